"""Entry point of the packaged program (PyInstaller runs this file, not `python -m ikrar`)."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # Certificate batches draw in worker processes: a frozen program must let them start.
    multiprocessing.freeze_support()
    from ikrar.cli import main

    sys.exit(main())
