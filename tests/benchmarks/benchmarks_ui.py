"""Start to usable main window, measured from process start, beside a bare PySide6 window."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from run import Figure

CHILD = Path(__file__).with_name("startup_child.py")


def _launch(mode: str, folder: Path) -> tuple[float, float]:
    """Seconds from spawning the process to its window being shown and painted, and peak MB."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), mode, str(folder)],
                             stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    child.stdout.close()
    if not line.startswith("ready"):
        raise RuntimeError(f"startup child ({mode}) failed: {line!r}")
    return elapsed, float(line.split()[1])


def startup(folder: Path, *, quick: bool) -> list[Figure]:
    from benchmarks_store import _fill_raw, _fresh

    from ikrar.store.db import close_db

    count = 5_000 if quick else 100_000
    local = _fresh(folder)
    close_db()
    _fill_raw(local.db_path, count)
    repeat = 3 if quick else 7
    _launch("app", folder)  # warm the OS file cache once, as a second start would be
    app = [_launch("app", folder) for _ in range(repeat)]
    bare = [_launch("bare", folder) for _ in range(repeat)]
    return [
        Figure(f"start to usable window, {count:,} employees", "s",
               statistics.median(t for t, _ in app), statistics.median(t for t, _ in bare),
               "bare PySide6 window", "≤ 1.0 s", repeat, {}),
        Figure(f"resident memory at that point, {count:,} employees", "MB",
               statistics.median(m for _, m in app), statistics.median(m for _, m in bare),
               "bare PySide6 window", "≤ 250 MB", repeat, {}),
    ]
