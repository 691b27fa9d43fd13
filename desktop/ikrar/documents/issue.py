"""Issuing certificates, the one flow for the clerk's page and `ikrar certificates`:

choose what to print (`choose`), number and draw it (`prepare`), send or save it and only then
record the print (`deliver`). The command line runs the three in one go (`print_certificates`);
the clerk's page shows a preview between `prepare` and `deliver`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ikrar.documents import batch as batches
from ikrar.documents.certificate_data import missing_assets
from ikrar.store.certificate_list import ALL, NOT_PRINTED, PRINTED
from ikrar.store.certificates import PrintRecord, mark_printed
from ikrar.store.models import Event

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class Prepared:
    batch: batches.Batch
    paths: list[Path]  # the PDF, or one PDF per certificate
    pages: int
    draft: bool = False  # DRAF pages: never recorded as printed

    @property
    def path(self) -> Path:
        return self.paths[0]

    @property
    def records(self) -> list[PrintRecord]:
        return self.batch.records


def choose(event: Event | None, *, unit: str | None = None, status: str = ALL,
           number: str | None = None, reprint: bool = False) -> batches.Batch:
    """The certificates to print: the event's (of `unit`, by print status), numbering the new
    ones, or a numbered copy (SALINAN) of certificate `number`.

    A batch that would hold only copies (everything was printed before) is refused unless
    `reprint` (or status PRINTED, which asks for copies): re-running a print by mistake must
    not stamp a second set of pages SALINAN."""
    if number is not None:
        return batches.reprint_batch(number)
    if event is None:
        raise batches.BatchError("batch.no_event", "There is no event to print certificates for.")
    batch = batches.select_batch(event, unit=unit, not_printed=status == NOT_PRINTED)
    if status == PRINTED:
        batch.records = [r for r in batch.records if r.copy > 0]
        if not batch.records:
            raise batches.BatchError("batch.no_copies",
                                     "No printed certificates to copy with these filters.")
    elif not reprint and all(r.copy > 0 for r in batch.records):
        count = len(batch.records)
        raise batches.BatchError(
            "batch.only_reprints",
            f"All {count} certificate(s) ({batch.description}) were printed before: this batch "
            "would print only copies, each stamped SALINAN with a new copy number. To print "
            "the copies, pass --reprint; to print only new certificates, --not-printed.",
            count=count, what=batch.description)
    return batch


def prepare(batch: batches.Batch, out: Path, *, progress: Progress | None = None,
            cancelled: Cancelled | None = None, draft: bool = False) -> Prepared:
    """Draw the batch into `out` (a PDF, or a folder of PDFs); nothing is marked printed."""
    output = batches.generate(batch, out, progress=progress, cancelled=cancelled, draft=draft)
    return Prepared(batch, list(output.paths), output.pages, draft)


def check_final(draft: bool) -> None:
    """Final pages need the agency's logo, the official's signature and the seal; without
    any of them only a draft may print (the clerk's page asks, the command line refuses)."""
    missing = missing_assets()
    if missing and not draft:
        names = ", ".join(ASSET_WORDS[m] for m in missing)
        raise batches.BatchError(
            "batch.assets_missing",
            f"Final certificates need the agency's logo, the official's signature and the "
            f"seal; missing: {names}. Add them on the event page (or `ikrar event edit "
            f"--logo/--signature/--seal`), or print a draft with --draft.",
            missing=names)


ASSET_WORDS = {"logo": "logo", "official_signature": "official's signature", "seal": "seal"}


def deliver(prepared: Prepared, destination: str, *, send: Callable[[], object] | None = None,
            operator: str = "") -> int:
    """Send the prepared pages (when `send` is given), then record them printed at
    `destination`. A `send` that raises leaves every certificate as it was. A draft is not
    a print: its certificates stay unprinted (0 recorded)."""
    if send is not None:
        send()
    if prepared.draft:
        return 0
    return mark_printed(prepared.records, destination, operator=operator)


def print_certificates(event: Event | None, out: Path, *, unit: str | None = None,
                       status: str = ALL, number: str | None = None, reprint: bool = False,
                       destination: str | None = None, send: Callable[[Prepared], object]
                       | None = None, operator: str = "", progress: Progress | None = None,
                       cancelled: Cancelled | None = None,
                       draft: bool = False) -> tuple[Prepared, int]:
    """Choose, prepare and deliver in one go; `destination` defaults to the written file.
    Refuses final pages while the agency's images are missing (`check_final`)."""
    check_final(draft)
    prepared = prepare(choose(event, unit=unit, status=status, number=number,
                              reprint=reprint), out,
                       progress=progress, cancelled=cancelled, draft=draft)
    where = destination or str(Path(out).resolve())
    count = deliver(prepared, where, operator=operator,
                    send=(lambda: send(prepared)) if send is not None else None)
    return prepared, count
