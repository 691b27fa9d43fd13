"""GUI bootstrap. The CLI has already parsed arguments, set up logging and opened the database;
this module (the first to import Qt) creates the application, the translator, the error dialog
and the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QLockFile, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ikrar import APP_NAME, __version__, paths
from ikrar.core.errors import IkrarError
from ikrar.store import settings
from ikrar.store.db import Local
from ikrar.ui.main_window import MainWindow
from ikrar.ui.widgets import messages
from ikrar.ui.widgets.i18n import DEFAULT_LANGUAGE, SOURCE_LANGUAGE, install_translator

log = logging.getLogger(__name__)


def log_file(local: Local) -> Path:
    """Where the CLI writes the log (it sets the logging up; this only names the place)."""
    return local.data_dir / "logs" / "ikrar.log"


def error_text(exc: BaseException, log_path: Path) -> tuple[str, str]:
    """(headline, details) for an error dialog: a user's error as is, a bug with the log's place."""
    if isinstance(exc, IkrarError):
        return messages.error_text(exc), ""
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


LOCK_NAME = "ikrar.lock"
QUIT_WHEN_READY_ENV = "IKRAR_QUIT_WHEN_READY"
ALREADY_RUNNING = 3  # exit status of a second window on one data folder
JOBS_AT_EXIT_MS = 30_000  # a sync still talking to the hub when the window closed


def instance_lock(data_dir: Path) -> QLockFile | None:
    """Hold `data_dir/ikrar.lock` while a window is open; None when another process holds it.

    Only the GUI takes it: `ikrar roster list` and the other commands still work meanwhile. A
    lock left by a crashed Ikrar (its process gone) is taken over.
    """
    lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age; only a dead owner frees it
    if lock.tryLock(0):
        try:  # QLockFile creates it world-readable; the data folder is owner-only
            os.chmod(lock.fileName(), 0o600)
        except OSError as exc:
            log.warning("cannot make %s owner-only: %s", LOCK_NAME, exc.strerror)
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot create %s (%s); starting without the lock", LOCK_NAME, lock.error())
    return lock


def show_start_error(text: str, details: str = "") -> None:
    """A message at start (read-only folder, second window) instead of a traceback."""
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    if details:
        box.setInformativeText(details)
    box.exec()


_early_app: QApplication | None = None  # made to ask the passphrase, kept for the window


def ask_passphrase(path: Path, creating: bool, retry: bool) -> str | None:
    """The database passphrase from a dialog (no credential store here), before any window.

    In Indonesian: the language setting is inside the database this opens.
    """
    global _early_app
    from ikrar.ui.widgets import passphrase  # noqa: PLC0415

    _early_app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translator(_early_app, DEFAULT_LANGUAGE,
                                     cache_dir=paths.cache_dir(path.parent) / "i18n")
    try:
        return passphrase.ask(path, creating, retry)
    finally:
        for translator in translators:  # run() installs the database's own language
            _early_app.removeTranslator(translator)


def refuse_hub_on_postgres(data_dir: Path) -> None:
    """Say, before any database is opened, that this folder is a PostgreSQL hub's (in
    Indonesian: no language setting can be read). Opening it would make a new, empty SQLite
    database beside the hub's, and what was entered there would never reach the hub."""
    global _early_app
    _early_app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translator(_early_app, DEFAULT_LANGUAGE,
                                     cache_dir=paths.cache_dir(data_dir) / "i18n")
    try:
        show_start_error(QCoreApplication.translate(
            "app", "This data folder belongs to a hub that keeps its data in PostgreSQL:\n"
            "{path}\n\nThe app works on a data folder of its own. Start Ikrar with another data "
            "folder; the hub's figures are in its web console.").format(path=data_dir))
    finally:
        for translator in translators:
            _early_app.removeTranslator(translator)


def already_running_text(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "app", "Ikrar is already open on this data folder:\n{path}\n\nUse the window that is "
        "open, or close it before starting Ikrar again.",
    ).format(path=data_dir)


def first_run(local: Local) -> tuple[Local, bool] | None:
    """On a fresh folder, the wizard: (local, demo) to go on with, or None when closed."""
    from ikrar.ui.admin import first_run as wizard_module  # noqa: PLC0415

    if not wizard_module.needed():
        return local, False
    wizard = wizard_module.FirstRunWizard()
    try:
        choice = wizard.choice if wizard.exec() else None
    finally:
        # No window exists to own the wizard: it is deleted here, on the GUI thread, not by a
        # garbage collection that may run on a job's thread (once its job, if any, is done).
        QThreadPool.globalInstance().waitForDone(JOBS_AT_EXIT_MS)
        shiboken6.delete(wizard)
    if choice is None:
        return None
    if choice == wizard_module.DEMO:
        return wizard_module.open_demo(), True
    return local, False


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
    install_translator(app, language, cache_dir=paths.cache_dir(local.data_dir) / "i18n")
    lock = instance_lock(local.data_dir)
    if lock is None:
        show_start_error(already_running_text(local.data_dir))
        return ALREADY_RUNNING

    if not demo:
        started = first_run(local)
        if started is None:
            return 0
        if started[1]:
            local, demo = started
            demo_lock = instance_lock(local.data_dir)
            if demo_lock is None:
                show_start_error(already_running_text(local.data_dir))
                return ALREADY_RUNNING
    window = build_main_window(local, demo=demo)
    window.show_placed()
    if os.environ.get(QUIT_WHEN_READY_ENV):  # benchmarks: time from start to a usable window
        window.repaint()
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    log.info("main window shown (%s)", "demo" if demo else local.data_dir)
    status = app.exec()
    # Deleted here, on the GUI thread, once no job can report to it any more.
    if QThreadPool.globalInstance().waitForDone(JOBS_AT_EXIT_MS):
        shiboken6.delete(window)
    return status
