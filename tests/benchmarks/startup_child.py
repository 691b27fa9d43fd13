"""Started by benchmarks_ui: open a window, print 'ready <peak resident MB>' once it is painted."""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(mode: str, folder: str) -> None:
    if mode == "app":
        from ikrar.logs import setup_logging
        from ikrar.store.db import init_db

        local = init_db(folder)
        setup_logging(local.data_dir)
        from PySide6.QtWidgets import QApplication

        from ikrar import app as ikrar_app

        qapp = QApplication.instance() or QApplication(sys.argv)
        window = ikrar_app.build_main_window(local)
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        qapp = QApplication(sys.argv)
        window = QMainWindow()
        window.resize(1280, 720)
    window.show()
    from PySide6.QtCore import QTimer

    def ready() -> None:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ready {peak_mb:.1f}", flush=True)
        qapp.quit()

    window.repaint()  # the first paint has happened when this returns
    QTimer.singleShot(0, ready)  # ... and the event loop is running: the window is usable
    qapp.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
