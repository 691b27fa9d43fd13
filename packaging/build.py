"""Build the one-folder program: translations first, then PyInstaller (Windows and Linux).

    python packaging/build.py [--self-test]

Needs the `build` extra (`pip install -e ".[build]"`). The program lands in dist/ikrar/
(`ikrar`; on Windows `ikrar.exe` and `ikrar-cli.exe`); with --self-test it is then run once
as `ikrar --self-test`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
QM_DIR = ROOT / "build" / "pyinstaller-assets" / "i18n"  # read by build.spec
# On Windows ikrar.exe has no console (it would print nothing): commands use ikrar-cli.exe.
PROGRAM = DIST / "ikrar" / ("ikrar-cli.exe" if os.name == "nt" else "ikrar")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true",
                        help="run the built program's self-test")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    # The .qm files go to build/, not beside the .ts: a checkout's tests keep compiling their own.
    script = ROOT / "resources" / "i18n" / "build_translations.py"
    subprocess.run([sys.executable, str(script), str(QM_DIR)], check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "build.spec")],
        check=True, cwd=ROOT,
    )
    size = folder_size(PROGRAM.parent)
    print(f"built {PROGRAM} in {time.perf_counter() - started:.0f} s, "
          f"folder {size / 1e6:.0f} MB")
    if args.self_test:
        return subprocess.run([str(PROGRAM), "--self-test"], check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
