"""Ikrar's figures: medians on this machine, each beside a bare baseline from the same run.

    .venv/bin/python tests/benchmarks/run.py [--only NAME ...] [--quick]

Prints a table (Markdown, for README.md) and writes tests/benchmarks/results/latest.json.
Not collected by pytest; speed targets are never turned into timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/support.py
sys.path.insert(0, str(HERE))

RESULTS = HERE / "results"
# Every benchmark database is encrypted, as a station's is. A machine running benchmarks (CI, a
# headless server) has no credential store, so the key comes from a passphrase here, which the
# benchmarks' child processes (start-up, hub) inherit too.
os.environ.setdefault("IKRAR_DB_PASSPHRASE", "ikrar-benchmarks-passphrase")


@dataclass
class Figure:
    name: str
    unit: str
    median: float
    baseline: float
    baseline_label: str
    target: str
    samples: int
    extra: dict

    def row(self) -> str:
        extra = ", ".join(f"{k} {v}" for k, v in self.extra.items())
        return (f"| {self.name} | {self.median:.{_digits(self.median)}f} {self.unit} | "
                f"{self.baseline:.{_digits(self.baseline)}f} {self.unit} ({self.baseline_label}) | "
                f"{self.target} | {extra} |")


def _digits(value: float) -> int:
    return 3 if value < 1 else 2 if value < 10 else 1


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), samples


def _table(figures: list[Figure]) -> str:
    header = ("| figure | median | baseline (same run) | target | notes |\n"
              "|---|---|---|---|---|")
    return "\n".join([header, *(f.row() for f in figures)])


def main() -> int:
    import benchmarks_certificates
    import benchmarks_console
    import benchmarks_console_page
    import benchmarks_encryption
    import benchmarks_hub_load
    import benchmarks_kiosk
    import benchmarks_packaging
    import benchmarks_privacy
    import benchmarks_report
    import benchmarks_roster
    import benchmarks_scan
    import benchmarks_search
    import benchmarks_signature
    import benchmarks_station
    import benchmarks_store
    import benchmarks_sync
    import benchmarks_ui
    import benchmarks_verify
    import benchmarks_verify_page

    suites = {
        "nip_lookup": benchmarks_store.nip_lookup,
        "check_in": benchmarks_store.check_in,
        "import_csv": benchmarks_roster.import_csv,
        "import_xlsx": benchmarks_roster.import_xlsx,
        "roster_receive": benchmarks_roster.station_receive,
        "roster_pull": benchmarks_roster.station_pull,
        "check_in_encrypted": benchmarks_encryption.check_in_encrypted,
        "import_encrypted": benchmarks_encryption.import_encrypted,
        "startup": benchmarks_ui.startup,
        "certificates": benchmarks_certificates.certificates,
        "packaging": benchmarks_packaging.packaging,
        "scan_to_card": benchmarks_station.scan_to_card,
        "thank_you_to_ready": benchmarks_kiosk.thank_you_to_ready,
        "scan_with_modifiers": benchmarks_scan.scan_with_modifiers,
        "search": benchmarks_search.search,
        "sync": benchmarks_sync.sync,
        "hub_load": benchmarks_hub_load.hub_load,
        "console": benchmarks_console.console,
        "signature_input": benchmarks_signature.signature_input,
        "signature_size": benchmarks_signature.signature_size,
        "signature_png": benchmarks_signature.signature_png,
        "signature_drawing": benchmarks_signature.signature_drawing,
        "report": benchmarks_report.report,
        "dashboard": benchmarks_report.dashboard,
        "badges": benchmarks_report.badges,
        "verify": benchmarks_verify.verify,
        "verify_page": benchmarks_verify_page.verify_page,
        "console_page": benchmarks_console_page.console_page,
        "purge": benchmarks_privacy.purge,
        "shape_hash": benchmarks_privacy.shape,
    }
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=sorted(suites))
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the runner")
    args = parser.parse_args()
    figures: list[Figure] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ikrar-bench-") as scratch:
        for name in args.only or suites:
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                done = suites[name](Path(scratch) / name, quick=args.quick)
            except Exception:  # noqa: BLE001 - one broken suite must not lose the others' figures
                traceback.print_exc()
                failed.append(name)
                continue
            for figure in done:  # as they come: a long run's figures survive a later failure
                print(figure.row(), file=sys.stderr, flush=True)
            figures += done
    print(_table(figures))
    if failed:
        print(f"FAILED suites (their figures are missing): {', '.join(failed)}", file=sys.stderr)
    RESULTS.mkdir(exist_ok=True)
    latest = RESULTS / "latest.json"
    if args.only and latest.exists():
        # A partial run replaces its own figures and keeps the others from the last run.
        fresh = {f.name for f in figures}
        kept = [Figure(**f) for f in json.loads(latest.read_text(encoding="utf-8"))["figures"]
                if f["name"] not in fresh]
        figures = kept + figures
    latest.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform()},
        "quick": args.quick,
        "figures": [asdict(f) for f in figures],
    }, indent=2), encoding="utf-8")
    (RESULTS / "latest.md").write_text(_table(figures) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
