"""The one-folder build (build.spec): start of the built program to a usable window, and size.

Needs `dist/ikrar/` (python packaging/build.py); without it the suite reports nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks_ui import _launch
from run import Figure

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "dist" / "ikrar"
PROGRAM = BUILD / ("ikrar-cli.exe" if os.name == "nt" else "ikrar")


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def _start_built(data: Path) -> float:
    """Seconds from spawning the built program to its main window shown and painted."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "IKRAR_QUIT_WHEN_READY": "1"}
    start = time.perf_counter()
    child = subprocess.Popen([str(PROGRAM), "--data-dir", str(data)], stdout=subprocess.PIPE,
                             text=True, env=env)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    child.stdout.close()
    if line.strip() != "ready":
        raise RuntimeError(f"the built program did not show its window: {line!r}")
    return elapsed


def packaging(folder: Path, *, quick: bool) -> list[Figure]:
    if not PROGRAM.exists():
        print(f"packaging: skipped, no build at {BUILD} (python packaging/build.py)",
              file=sys.stderr)
        return []
    data = folder / "data"
    subprocess.run([str(PROGRAM), "--data-dir", str(data), "event", "create", "--title",
                    "Deklarasi Netralitas ASN", "--date", "2024-07-10T08:00"],
                   check=True, capture_output=True)
    repeat = 3 if quick else 7
    _start_built(data)  # warm the OS file cache once, as a second start would be
    built = [_start_built(data) for _ in range(repeat)]
    bare = [_launch("bare", folder)[0] for _ in range(repeat)]
    qt = BUILD / "_internal" / "PySide6"
    return [
        Figure("built program: start to usable window", "s", statistics.median(built),
               statistics.median(bare), "bare PySide6 window, from Python", "≤ 1.5 s", repeat,
               {}),
        Figure("one-folder build size", "MB", folder_mb(BUILD),
               folder_mb(qt) if qt.exists() else 0.0, "its Qt part", "report", 1,
               {"files": sum(1 for p in BUILD.rglob("*") if p.is_file())}),
    ]
