"""Started by benchmarks_ui: open a window, print 'ready <peak resident MB>' once it is painted."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_resident_mb() -> float:
    """Peak resident set (VmHWM; ru_maxrss would include the parent's, from before exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


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
        print(f"ready {peak_resident_mb():.1f}", flush=True)
        qapp.quit()

    window.repaint()  # the first paint has happened when this returns
    QTimer.singleShot(0, ready)  # ... and the event loop is running: the window is usable
    qapp.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
