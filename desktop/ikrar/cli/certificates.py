"""Command line: `ikrar certificates` (the clerk's prepare → print → mark-printed flow)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikrar.core.errors import UsageError


def add_certificate_commands(commands) -> None:
    certs = commands.add_parser(
        "certificates", help="print certificates: one PDF, a folder of PDFs, or a printer")
    certs.add_argument("out", nargs="?", type=Path, metavar="OUT.pdf|DIR",
                       help="one PDF file, or a folder for one PDF per certificate")
    certs.add_argument("--event", help="event id or title (default: the current event)")
    certs.add_argument("--unit", help="only this unit (unit kerja)")
    certs.add_argument("--not-printed", action="store_true",
                       help="only certificates that were never printed")
    certs.add_argument("--reprint", metavar="NUMBER", nargs="?", const=True,
                       help="with NUMBER: a numbered copy (SALINAN) of that certificate; without "
                       "(put it after OUT): allow a batch whose certificates were all printed "
                       "before, printing each as a new numbered copy")
    certs.add_argument("--printer", metavar="QUEUE", help="send to this CUPS printer (lpstat -e)")
    certs.add_argument("--operator", default="", help="who printed, kept with the print record")
    certs.add_argument("--draft", action="store_true",
                       help="pages marked DRAF, without a verification code and not recorded "
                       "as printed: to check the layout, or while the logo, the official's "
                       "signature or the seal is missing (final pages are refused then)")
    certs.set_defaults(func=cmd_certificates)


def cmd_certificates(args: argparse.Namespace) -> int:
    import tempfile  # noqa: PLC0415

    from ikrar.documents import issue, printing  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415

    if args.out is None and not args.printer:
        raise UsageError("usage.output_missing",
                         "Give the output (OUT.pdf, or a folder) or --printer QUEUE.")
    copy_of = args.reprint if isinstance(args.reprint, str) else None
    if copy_of and (args.event or args.unit or args.not_printed):
        raise UsageError("usage.reprint_filters",
                         "--reprint makes a copy of one certificate; leave out --event, "
                         "--unit and --not-printed.")
    if args.printer and args.printer not in printing.printers():
        raise printing.PrinterError(
            "print.no_such_printer",
            f"There is no printer named {args.printer!r} (see `lpstat -e`). Nothing was printed.",
            printer=args.printer)
    event = None if copy_of else find_event(args.event)

    def send(prepared: issue.Prepared) -> None:
        job = printing.print_files(prepared.paths, args.printer,
                                   title=f"Sertifikat {prepared.batch.description}")
        what = "DRAFT certificate(s)" if args.draft else "certificate(s)"
        print(f"Sent {prepared.pages} {what} to printer {args.printer} (job {job}).")

    with tempfile.TemporaryDirectory(prefix="ikrar-print-") as scratch:
        out = args.out or Path(scratch) / "sertifikat.pdf"
        prepared, _ = issue.print_certificates(
            event, out, unit=args.unit, status=issue.NOT_PRINTED if args.not_printed else issue.ALL,
            number=copy_of, reprint=args.reprint is True, destination=args.printer or None,
            send=send if args.printer else None, operator=args.operator,
            progress=progress_bar(sys.stderr), draft=args.draft)
    if args.out:
        where = out if len(prepared.paths) == 1 else f"{len(prepared.paths)} files in {out}"
        what = "DRAFT certificate(s), not recorded as printed," if args.draft else \
            "certificate(s)"
        print(f"Wrote {prepared.pages} {what} ({prepared.batch.description}) to {where}.")
    return 0


def progress_bar(stream):
    """A one-line bar on stderr: [#####.....] 450/1000."""
    def show(done: int, total: int) -> None:
        filled = 30 * done // max(1, total)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
