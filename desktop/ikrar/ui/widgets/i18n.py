"""Translations: English source strings, Indonesian by default, `.qm` built from the `.ts`.

`.qm` files are build products and are not committed. A packaged build ships them next to the
`.ts` (see `resources/i18n/build_translations.py`); a source checkout compiles them on first start
with the `lrelease` that PySide6-Essentials ships, into a cache folder.

Qt's own dialogs (message box buttons, the file chooser, the print dialog, a text field's context
menu) take their words from a `qtbase_<language>.qm`. PySide6 ships none for Indonesian, so
`resources/i18n/qtbase_id.ts` holds them, built and loaded the same way as Ikrar's own; and
dialogs are Qt's rather than the platform's, which would speak the system's language instead.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from ikrar import paths
from ikrar.core.files import atomic_write

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"
DOMAINS = ("ikrar", "qtbase")  # Ikrar's strings; Qt's own dialogs' (where Qt ships none)
SOURCE_LANGUAGE = "en"
LRELEASE_TIMEOUT_S = 60


class TranslationError(RuntimeError):
    pass


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Ikrar", appauthor=False)) / "i18n"


def find_lrelease() -> Path | None:
    """lrelease as shipped in PySide6-Essentials, else the `pyside6-lrelease` beside Python."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [
        Path(PySide6.__file__).parent / f"lrelease{exe}",
        Path(sys.executable).parent / f"pyside6-lrelease{exe}",
    ]
    found = shutil.which("pyside6-lrelease")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one `.ts` into `qm` (written atomically, so a half-written file is never loaded)."""
    tool = find_lrelease()
    if tool is None:
        raise TranslationError("lrelease was not found (it ships with PySide6-Essentials)")
    qm.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ikrar-lrelease-") as scratch:
        tmp = Path(scratch) / qm.name
        try:
            result = subprocess.run(
                [str(tool), "-silent", str(ts), "-qm", str(tmp)],
                capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S, check=False,
            )
            if result.returncode != 0 or not tmp.is_file() or tmp.stat().st_size == 0:
                detail = (result.stderr or result.stdout).strip()
                raise TranslationError(
                    f"lrelease failed on {ts.name}: {detail or result.returncode}")
            atomic_write(qm, tmp.read_bytes())
        except (OSError, subprocess.SubprocessError) as exc:
            raise TranslationError(f"cannot compile {ts.name}: {exc}") from exc
    return qm


def _fresh(qm: Path, ts: Path | None) -> bool:
    if not qm.is_file():
        return False
    return ts is None or qm.stat().st_mtime >= ts.stat().st_mtime


def translations_dir() -> Path:
    try:
        return paths.resource("i18n")
    except FileNotFoundError as exc:
        raise TranslationError(str(exc)) from exc


def _file_or_none(folder: Path, name: str) -> Path | None:
    path = folder / name
    return path if path.is_file() else None


def qm_for(language: str, cache_dir: Path | None = None, source_dir: Path | None = None,
           *, domain: str = "ikrar") -> Path:
    """A `.qm` for `language` at least as new as its `.ts`, compiling one if needed.

    A `.qm` shipped beside the `.ts` (a packaged build) wins; otherwise the cache is used.
    `domain`: "ikrar" for Ikrar's strings, "qtbase" for Qt's own dialogs.
    """
    folder = source_dir or translations_dir()
    ts = _file_or_none(folder, f"{domain}_{language}.ts")
    shipped = _file_or_none(folder, f"{domain}_{language}.qm")
    # A packaged build's copies carry no meaningful times: its .qm was built with the .ts.
    if shipped is not None and (getattr(sys, "frozen", False) or _fresh(shipped, ts)):
        return shipped
    if ts is None:
        raise TranslationError(f"no {domain} translation for language {language!r}")
    cached = (cache_dir or default_cache_dir()) / f"{domain}_{language}.qm"
    if _fresh(cached, ts):
        return cached
    log.info("compiling translation %s into %s", ts.name, cached.parent)
    return compile_ts(ts, cached)


def install_translator(
    app: QCoreApplication,
    language: str | None,
    cache_dir: Path | None = None,
    source_dir: Path | None = None,
) -> list[QTranslator]:
    """Install Ikrar's (and Qt's own) translators for `language`; English UI when that fails.

    Returns the installed translators (parented to `app`, so they live as long as it does).
    """
    language = (language or DEFAULT_LANGUAGE).strip().lower()
    if language == SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    try:
        qm = qm_for(language, cache_dir, source_dir)
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise TranslationError(f"{qm} is damaged or not a translation file")
        app.installTranslator(translator)
        installed.append(translator)
    except TranslationError as exc:
        log.warning("showing the English interface: %s", exc)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
        installed += _install_own_qtbase(app, language, cache_dir, source_dir)
    if installed:
        # The platform's file and colour dialogs would speak the system's language.
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    return installed


def _install_own_qtbase(app: QCoreApplication, language: str, cache_dir: Path | None,
                        source_dir: Path | None) -> list[QTranslator]:
    """Ikrar's translation of Qt's own dialogs, for a language Qt has none for."""
    try:
        qm = qm_for(language, cache_dir, source_dir, domain="qtbase")
    except TranslationError as exc:
        log.info("Qt's own dialogs stay in English: %s", exc)
        return []
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("Qt's own dialogs stay in English: %s is damaged", qm)
        translator.deleteLater()
        return []
    app.installTranslator(translator)
    return [translator]


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
