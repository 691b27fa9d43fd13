"""GUI bootstrap. The CLI has already parsed arguments, set up logging and opened the database;
this module (the first to import Qt) creates the application, the translator, the error dialog
and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ikrar import APP_NAME, __version__, paths
from ikrar.errors import IkrarError
from ikrar.store import settings
from ikrar.store.db import Local
from ikrar.ui.i18n import DEFAULT_LANGUAGE, SOURCE_LANGUAGE, install_translator
from ikrar.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def log_file(local: Local) -> Path:
    """Where the CLI writes the log (it sets the logging up; this only names the place)."""
    return local.data_dir / "logs" / "ikrar.log"


def error_text(exc: BaseException, log_path: Path) -> tuple[str, str]:
    """(headline, details) for an error dialog: a user's error as is, a bug with the log's place."""
    if isinstance(exc, IkrarError):
        return str(exc), ""
    headline = QCoreApplication.translate(
        "app", "Something went wrong and Ikrar could not finish what it was doing."
    )
    details = QCoreApplication.translate(
        "app",
        "Error: {error}\n\nThe details were written to the log file:\n{path}\n\n"
        "Please send that file to whoever supports Ikrar for you. Records already saved are safe.",
    ).format(error=f"{type(exc).__name__}: {exc}", path=log_path)
    return headline, details


def install_excepthook(log_path: Path) -> None:
    """Log any uncaught exception and show it in a readable dialog instead of dying silently."""
    showing = False

    def hook(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            traceback.print_exception(kind, exc, tb)
            return
        showing = True
        try:
            headline, details = error_text(exc, log_path)
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, headline)
            box.setInformativeText(details)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def build_main_window(local: Local, *, demo: bool = False) -> MainWindow:
    """The main window on the open database (a QApplication must exist; nothing is shown)."""
    return MainWindow(local, demo=demo)


def run(local: Local, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """Create the application and the main window and run until it closes; the exit status."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        app.setWindowIcon(QIcon(str(paths.resource("icons", "ikrar.svg"))))
    except FileNotFoundError:
        log.warning("application icon missing")
    install_excepthook(log_file(local))

    language = settings.get("language") or DEFAULT_LANGUAGE
    if language != SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(language))  # numbers as "12.000", not "12,000"
    install_translator(app, language, cache_dir=local.data_dir / "cache" / "i18n")

    window = build_main_window(local, demo=demo)
    window.show()
    log.info("main window shown (%s)", "demo" if demo else local.data_dir)
    return app.exec()
