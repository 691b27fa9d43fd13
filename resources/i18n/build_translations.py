"""Compile every ikrar_*.ts and qtbase_*.ts in this folder into a .qm beside it (for packaging).

    python resources/i18n/build_translations.py [OUTPUT_FOLDER]

The .qm files are build products (ignored by git). A source checkout does not need them: the app
compiles a missing or stale one into its cache on start (see `ikrar.ui.widgets.i18n`).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    try:
        from ikrar.ui.widgets.i18n import TranslationError, compile_ts
    except ImportError:  # run from a checkout without the package installed
        sys.path.insert(0, str(HERE.parent.parent / "desktop"))
        from ikrar.ui.widgets.i18n import TranslationError, compile_ts

    sources = sorted([*HERE.glob("ikrar_*.ts"), *HERE.glob("qtbase_*.ts")])
    if not sources:
        print(f"no ikrar_*.ts in {HERE}", file=sys.stderr)
        return 1
    out = Path(argv[0]) if argv else HERE
    for ts in sources:
        try:
            qm = compile_ts(ts, out / ts.with_suffix(".qm").name)
        except TranslationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{ts.name} -> {qm.name} ({qm.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
