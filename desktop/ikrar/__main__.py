from __future__ import annotations

import sys

from ikrar.cli import main

sys.exit(main())
