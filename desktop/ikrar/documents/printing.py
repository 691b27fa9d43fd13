"""Sending finished PDFs to a printer through CUPS (`lp`), from the command line or a worker.

The GUI's print dialog (QPrinter) is a separate path; this one needs no display and is what
`ikrar certificates --printer QUEUE` and the tests use. A job counts as printed once CUPS has
accepted (spooled) it: the caller records the print only after `print_files` returned.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from ikrar.core.errors import IkrarError

TIMEOUT_S = 120  # spooling a 1,000-page file to a local queue takes a few seconds
_JOB_ID = re.compile(r"request id is (\S+)")


class PrinterError(IkrarError):
    """The job was not accepted by the printer; nothing was printed or marked printed."""


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PrinterError(
            "print.cups_missing",
            f"Printing needs CUPS, and its `{name}` command is not installed on this computer. "
            "Install CUPS (Debian/Ubuntu: apt-get install cups-client), or save the "
            "certificates as PDF and print that file.",
            name=name,
        )
    return path


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(
            "print.timeout",
            f"The print system did not answer within {TIMEOUT_S} s ({args[0]}). Check that CUPS "
            "is running; nothing was marked printed.",
            seconds=TIMEOUT_S, command=args[0],
        ) from exc
    except OSError as exc:
        raise PrinterError("print.cannot_run", f"Cannot run {args[0]}: {exc.strerror or exc}.",
                           command=args[0], reason=exc.strerror or exc) from exc


def printers() -> list[str]:
    """Names of the print queues CUPS knows (`lpstat -e`)."""
    done = _run([_tool("lpstat"), "-e"])
    if done.returncode != 0:
        reason = done.stderr.strip() or f"lpstat exited with {done.returncode}"
        if "no destinations" in reason.lower():
            return []
        raise PrinterError("print.cannot_list", f"Cannot list printers: {reason}. Is CUPS running?",
                           reason=reason)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def print_files(paths: Sequence[Path], queue: str, *, title: str = "Ikrar") -> str:
    """Spool the PDFs to `queue` as one job and return the CUPS job id.

    Raises PrinterError, naming the queues there are, when the queue does not exist or CUPS
    refuses the job (queue stopped, not accepting jobs, file unreadable).
    """
    if not paths:
        raise PrinterError("print.nothing", "Nothing to print.")
    known = printers()
    if queue not in known:
        there = ", ".join(known) if known else "none"
        raise PrinterError(
            "print.no_such_queue",
            f"There is no printer named {queue!r} (printers on this computer: {there}). "
            "Nothing was printed.",
            queue=queue, there=there,
        )
    for path in paths:
        if not Path(path).is_file():
            raise PrinterError("print.file_missing", f"The file to print, {path}, does not exist.",
                               path=path)
    done = _run([_tool("lp"), "-d", queue, "-t", title, "--", *map(str, paths)])
    if done.returncode != 0:
        reason = done.stderr.strip() or done.stdout.strip() or f"lp exited {done.returncode}"
        raise PrinterError("print.refused",
                           f"Printer {queue!r} refused the job: {reason}. Nothing was printed.",
                           queue=queue, reason=reason)
    match = _JOB_ID.search(done.stdout)
    return match.group(1) if match else ""
