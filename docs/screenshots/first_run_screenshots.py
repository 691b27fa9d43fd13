"""Screenshots of the first-run wizard and the settings dialog, in Indonesian.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python docs/screenshots/first_run_screenshots.py

Writes first_run.png and settings.png beside this file, from a fresh temporary data folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ikrar.store.db import init_db
from ikrar.ui.admin.first_run import FirstRunWizard
from ikrar.ui.admin.settings_dialog import SettingsDialog
from ikrar.ui.widgets.i18n import install_translator

HERE = Path(__file__).resolve().parent


def grab(widget, name: str, app: QApplication) -> None:
    widget.show()
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> None:
    app = QApplication(["ikrar"])
    QLocale.setDefault(QLocale("id"))
    with tempfile.TemporaryDirectory() as tmp:
        install_translator(app, "id", cache_dir=Path(tmp) / "cache")
        local = init_db(Path(tmp) / "data", station_name="Meja 1")
        wizard = FirstRunWizard()
        grab(wizard, "first_run.png", app)
        wizard.close()
        dialog = SettingsDialog(str(local.data_dir))
        grab(dialog, "settings.png", app)


if __name__ == "__main__":
    main()
