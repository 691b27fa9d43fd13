"""Batches of certificates: choosing them, and writing them to PDF on every core.

`select_batch` (an event, optionally one unit, optionally only those never printed) and
`reprint_batch` (one number) say which pages to make; `generate` makes them, into one PDF or
one PDF per certificate in a folder, reporting `progress(done, total)` and stopping when
`cancelled()` says so. Nothing here records a print: the caller calls
`ikrar.store.certificates.mark_printed` once the file was written or the job spooled.

The main process reads the database and signs each QR (fast); worker processes lay out and
draw the pages in chunks, each chunk its own small PDF, and the main process streams the chunks
into the output in order. At most a few chunks are in flight, and chunks are copied object by
object rather than collected, so memory stays flat however large the batch.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from ikrar.core.dates import format_date, zone
from ikrar.core.errors import IkrarError
from ikrar.core.names import display_name, name_without_titles
from ikrar.core.nip import format_nip
from ikrar.core.payloads import CertificateClaim, sign_certificate
from ikrar.documents import certificate as page
from ikrar.documents.certificate import CertificateData, Issuer, Witness
from ikrar.documents.seal import assets_dir, load_picture, load_seal
from ikrar.store.certificates import PrintRecord, issue_missing, print_counts
from ikrar.store.certificates import find as find_certificate
from ikrar.store.keystore import station_certificate, station_key
from ikrar.store.models import Attendance, Certificate, CertificatePrint, Employee, Event, Signature
from ikrar.store.pledges import pledge_text_for

IN_PROCESS_MAX = 8  # smaller batches are drawn here: starting workers would cost more


class BatchError(IkrarError):
    """The batch cannot be made; nothing was written and nothing marked printed."""


class Cancelled(BatchError):
    def __init__(self) -> None:
        super().__init__("batch.cancelled",
                         "Cancelled: no certificate file was written, nothing marked printed.")


@dataclass
class Batch:
    event: Event
    records: list[PrintRecord]  # in print order; copy > 0 prints as SALINAN
    description: str


@dataclass
class Output:
    paths: list[Path]  # the PDF, or one PDF per certificate
    pages: int


# --- choosing -------------------------------------------------------------------------------


def issuer_for(event: Event) -> Issuer:
    """What the event's certificates share; refuses an event that cannot print yet."""
    if not event.official_name.strip() or not event.official_title.strip():
        raise BatchError(
            "batch.no_official",
            f"Event {event.title!r} has no presiding official: certificates need the official's "
            "title and name. Set them on the event page (or create the event with "
            "--official-title and --official-name).",
            title=event.title,
        )
    assets = assets_dir()
    logo_path, signature_path = assets / "logo.png", assets / "official_signature.png"
    logo = load_picture(logo_path, "logo") if logo_path.exists() else None
    signature = (load_picture(signature_path, "official's signature")
                 if signature_path.exists() else None)
    letterhead = tuple(line for line in (event.letterhead or []) if line.strip())
    if not letterhead and event.agency:
        letterhead = (event.agency.upper(),)
    official = (name_without_titles(event.official_name) if event.official_acting
                else event.official_name.strip())
    witnesses = tuple(
        Witness(str(w.get("role", "")), str(w.get("name", "")), str(w.get("title", "")))
        for w in (event.witnesses or []) if isinstance(w, dict) and w.get("name")
    )
    return Issuer(
        letterhead=letterhead, logo=logo, event_title=event.title, venue=event.venue,
        official_title=event.official_title.strip(), official_name=official,
        official_signature=signature,
        seal=load_seal(event.agency or (letterhead[0] if letterhead else "")),
        witnesses=witnesses, pledge_text=event.pledge_text,
    )


def _check_pledges(event: Event, unit: str | None) -> None:
    """Every text these attendees signed must be on this station, or nothing is numbered."""
    query = (Signature.select(Signature.pledge_hash).distinct()
             .join(Attendance).join(Employee)
             .where((Attendance.event == event) & Attendance.is_primary
                    & (Signature.pledge_hash != event.pledge_hash)))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    for (signed_hash,) in query.tuples():
        pledge_text_for(event, signed_hash)  # PledgeVersionError says what to do


def select_batch(event: Event, *, unit: str | None = None, not_printed: bool = False) -> Batch:
    """Certificates of the event's signed attendees (numbering the new ones), by unit, name."""
    issuer_for(event)  # an event or station that cannot print gets no numbers either
    station_certificate()
    _check_pledges(event, unit)
    issue_missing(event, unit)
    query = (Certificate.select(Certificate.id, Certificate.number)
             .join(Attendance).join(Employee)
             .where((Attendance.event == event) & Certificate.voided_at.is_null()))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    if not_printed:
        query = query.where(Certificate.id.not_in(
            CertificatePrint.select(CertificatePrint.certificate)))
    rows = list(query.order_by(Employee.unit, Employee.search_key).tuples())
    counts = print_counts([cid for cid, _ in rows])
    what = event.title + (f", unit {unit}" if unit else "") + (
        ", not yet printed" if not_printed else "")
    if not rows:
        raise BatchError(
            "batch.none_to_print", f"No certificates to print ({what}): "
            + ("every certificate was printed already." if not_printed
               else "nobody has signed yet."),
            what=what, not_printed=not_printed,
        )
    return Batch(event, [PrintRecord(cid, number, counts[cid]) for cid, number in rows], what)


def reprint_batch(number: str) -> Batch:
    """A numbered copy (SALINAN) of one certificate that was printed before."""
    certificate = find_certificate(number)
    if certificate.voided_at is not None:
        raise BatchError("batch.reprint_void", f"Certificate {certificate.number} is void "
                         f"({certificate.void_reason}); it cannot be reprinted.",
                         number=certificate.number, void_reason=certificate.void_reason)
    copies = print_counts([certificate.id])[certificate.id]
    if copies == 0:
        raise BatchError("batch.reprint_unprinted",
                         f"Certificate {certificate.number} was never printed; print it "
                         "normally instead of as a copy.",
                         number=certificate.number)
    event = certificate.attendance.event
    return Batch(event, [PrintRecord(certificate.id, certificate.number, copies)],
                 f"copy of {certificate.number}")


# --- page data (main process) ---------------------------------------------------------------


class _Signer:
    def __init__(self, event: Event) -> None:
        self.key, self.cert = station_key(), station_certificate()
        self.event = event
        self.tz = zone(event.timezone)
        self.pledges: dict[str, str] = {event.pledge_hash: ""}  # "": the event's current text

    def pledge(self, signed_hash: str) -> str:
        if signed_hash not in self.pledges:
            self.pledges[signed_hash] = pledge_text_for(self.event, signed_hash)
        return self.pledges[signed_hash]

    def data(self, certificate: Certificate, copy: int) -> CertificateData:
        attendance = certificate.attendance
        employee, signature = attendance.employee, attendance.signature
        signed_at = signature.signed_at.astimezone(self.tz)
        claim = CertificateClaim(certificate.number, employee.nip, str(self.event.id),
                                 signed_at.replace(microsecond=0), signature.strokes_hash)
        rank = ", ".join(x for x in (employee.rank, employee.grade) if x)
        date = format_date(signed_at)
        return CertificateData(
            number=certificate.number,
            name=display_name(employee.name, employee.front_title, employee.back_title),
            nip=format_nip(employee.nip), rank=rank, position=employee.position,
            unit=employee.unit,
            place_date=f"{self.event.city}, {date}" if self.event.city else date,
            strokes=bytes(signature.strokes),
            qr_text=sign_certificate(claim, self.key, self.cert), copy=copy,
            pledge_text=self.pledge(signature.pledge_hash),
        )


def page_for(number: str, copy: int = 0) -> tuple[Issuer, CertificateData]:
    """One certificate's page content, signed: for previews and `write_certificate`."""
    certificate = find_certificate(number)
    event = certificate.attendance.event
    [data] = _page_data(_Signer(event), [PrintRecord(certificate.id, certificate.number, copy)])
    return issuer_for(event), data


def _page_data(signer: _Signer, records: list[PrintRecord]) -> list[CertificateData]:
    ids = [r.certificate_id for r in records]
    rows = (Certificate.select(Certificate, Attendance, Employee, Signature)
            .join(Attendance).join(Employee).switch(Attendance)
            .join(Signature, attr="signature")
            .where(Certificate.id.in_(ids)))
    by_id = {row.id: row for row in rows}
    missing = [r.number for r in records if r.certificate_id not in by_id]
    if missing:
        raise BatchError("batch.no_signature",
                         f"Certificate {missing[0]} has no stored signature; it cannot print.",
                         number=missing[0])
    return [signer.data(by_id[r.certificate_id], r.copy) for r in records]


# --- drawing (worker processes) -------------------------------------------------------------

_issuer: Issuer | None = None


def _init_worker(issuer: Issuer) -> None:
    global _issuer
    _issuer = issuer


def file_name(data: CertificateData) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in data.number).strip("-")
    return f"{safe}-salinan-{data.copy}.pdf" if data.copy else f"{safe}.pdf"


def _draw_chunk(task: tuple[list[CertificateData], str, bool]) -> list[str]:
    """Draw pages into one PDF at `target` (or, per_file, one PDF each in folder `target`)."""
    datas, target, per_file = task
    assert _issuer is not None
    if per_file:
        written = []
        for data in datas:
            path = os.path.join(target, file_name(data))
            with open(path, "wb") as fh:
                page.write_certificate(fh, _issuer, data)
            written.append(path)
        return written
    # Left uncompressed: the joiner packs the streams faster than reportlab would.
    canvas = page.new_canvas(target, title="Sertifikat", compress=False)
    for data in datas:
        page.draw_certificate(canvas, _issuer, data)
        canvas.showPage()
    canvas.save()
    return [target]


def _context() -> multiprocessing.context.BaseContext:
    """How to start workers: fork when this process runs a single thread (the command line:
    instant, the drawing code already loaded), else a fork server, never fork: a Qt
    application has threads of its own, and forking those can deadlock."""
    if _single_threaded():
        return multiprocessing.get_context("fork")
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["ikrar.documents.batch"])
        return ctx
    return multiprocessing.get_context("spawn")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use, not the host's
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _single_threaded() -> bool:
    try:  # Linux lists every thread, Qt's and the C libraries' included
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


# --- generating -----------------------------------------------------------------------------


def generate(
    batch: Batch,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Output:
    """Write the batch to `out`: one PDF if it ends in .pdf, else one PDF each in that folder.

    Raises BatchError (Cancelled when `cancelled()` turned true) with nothing left behind.
    """
    out = Path(out)
    per_file = out.suffix.lower() != ".pdf"
    total = len(batch.records)
    if total == 0:
        raise BatchError("batch.empty", "No certificates to print.")
    issuer = issuer_for(batch.event)
    signer = _Signer(batch.event)
    folder = out if per_file else out.parent
    _check_writable(folder, create=per_file)
    workers = max(1, workers or _cores())
    # Each chunk carries its own fonts and forms, so chunks are large; six per worker still
    # move the progress bar often enough.
    chunk = max(4, min(100, total // (workers * 6) or 1))
    # Files appear in the output folder only when the whole batch is done: one PDF is
    # joined into OUT.pdf.part and renamed, single PDFs are drawn into a hidden folder
    # beside them and moved in at the end.
    scratch = Path(tempfile.mkdtemp(prefix=".ikrar-", dir=out if per_file else None))
    part = out.with_name(out.name + ".part")
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    try:
        tasks = _tasks(signer, batch.records, chunk, scratch, per_file)
        progress(0, total)
        if per_file:
            drawn: list[str] = []
            for paths, done in _run(tasks, issuer, workers, total, cancelled):
                drawn += paths
                progress(done, total)
            written = []
            for path in map(Path, drawn):
                os.replace(path, out / path.name)
                written.append(out / path.name)
            return Output(written, total)
        with open(part, "wb") as fh:
            joiner = PdfConcatenator(fh, title=f"Sertifikat — {batch.description}",
                                     author=issuer.letterhead[0] if issuer.letterhead else "")
            for paths, done in _run(tasks, issuer, workers, total, cancelled):
                joiner.add(paths[0])
                os.unlink(paths[0])
                progress(done, total)
            joiner.finish()
        os.replace(part, out)
        return Output([out], total)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BatchError("batch.cannot_write",
                             f"Cannot write {out}: {exc.strerror or exc}. Nothing was marked "
                             "printed.",
                             out=out, reason=exc.strerror or exc) from exc
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _check_writable(folder: Path, *, create: bool) -> None:
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BatchError(
            "batch.cannot_write_folder",
            f"Cannot write certificates into {folder}: {exc.strerror or exc}. Choose another "
            "folder; nothing was printed.",
            folder=folder, reason=exc.strerror or exc,
        ) from exc


def _tasks(signer: _Signer, records: list[PrintRecord], chunk: int, scratch: Path,
           per_file: bool) -> Iterator[tuple[list[CertificateData], str, bool]]:
    for index, start in enumerate(range(0, len(records), chunk)):
        datas = _page_data(signer, records[start:start + chunk])
        if per_file:
            yield datas, str(scratch), True
        else:
            yield datas, str(scratch / f"chunk-{index:05d}.pdf"), False


def _run(tasks: Iterator, issuer: Issuer, workers: int, total: int,
         cancelled: Callable[[], bool]) -> Iterator[tuple[list[str], int]]:
    """Results of the tasks in order, with the running count of pages done."""
    done = 0
    if workers == 1 or total <= IN_PROCESS_MAX:
        _init_worker(issuer)
        for task in tasks:
            if cancelled():
                raise Cancelled()
            paths = _draw_chunk(task)
            done += len(task[0])
            yield paths, done
        return
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker,
                               initargs=(issuer,))
    finished = False
    try:
        pending: deque = deque()
        tasks = iter(tasks)
        exhausted = False
        while True:
            # Keep every worker busy with one chunk queued behind it, no more: the page data
            # of the whole batch never sits in memory at once.
            while not exhausted and len(pending) < 2 * workers:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                pending.append((len(task[0]), pool.submit(_draw_chunk, task)))
            if not pending:
                break
            count, future = pending.popleft()
            while True:
                if cancelled():
                    raise Cancelled()
                try:
                    paths = future.result(timeout=0.05)
                    break
                except TimeoutError:
                    continue
                except BrokenProcessPool as exc:
                    raise BatchError(
                        "batch.worker_died",
                        "A process drawing certificates stopped unexpectedly (out of memory?). "
                        "Nothing was marked printed; try a smaller batch, e.g. one unit."
                    ) from exc
            done += count
            yield paths, done
        finished = True
    finally:
        if not finished:  # cancelled or failed: do not wait for the chunks still being drawn
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


# --- joining chunk PDFs ---------------------------------------------------------------------


class PdfConcatenator:
    """Streams pages of several PDFs into one file, copying each file's objects once.

    pypdf's writer keeps every page in memory until it writes; this writes each chunk's
    objects as soon as they are read and keeps only their offsets, so a 5,000-page batch
    needs no more memory than a 50-page one.

    Streams that come uncompressed are deflated at level 1: a certificate page is mostly
    path numbers, which that level packs nearly as well as the default in a third of the time.
    """

    def __init__(self, fh: BinaryIO, *, title: str = "", author: str = "") -> None:
        self.fh = fh
        self.offsets: list[int] = [0, 0, 0, 0]  # 1 catalog, 2 page tree, 3 info: at finish
        self.kids: list[int] = []
        self.info = (title, author)
        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def add(self, path: str | Path) -> None:
        reader = PdfReader(path)
        mapping: dict[int, int] = {}
        queue: list[int] = []

        def new_ref(idnum: int) -> int:
            if idnum not in mapping:
                mapping[idnum] = len(self.offsets)
                self.offsets.append(0)
                queue.append(idnum)
            return mapping[idnum]

        pages = {}
        for p in reader.pages:
            ref = p.indirect_reference
            pages[ref.idnum] = p
            self.kids.append(new_ref(ref.idnum))
        while queue:
            old = queue.pop()
            obj = reader.get_object(old)
            if old in pages:
                obj = self._page_dict(pages[old])
            self._write(mapping[old], _remap(obj, new_ref))

    @staticmethod
    def _page_dict(p) -> DictionaryObject:
        """The page with what it inherits from its old page tree, under the new tree."""
        copy = DictionaryObject(p)
        for key in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"):
            node = p
            while key not in copy and "/Parent" in node:
                node = node["/Parent"].get_object()
                if key in node:
                    copy[NameObject(key)] = node.raw_get(key)
        copy[NameObject("/Parent")] = _Ref(2)
        return copy

    def _write(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.fh.tell()
        buf = io.BytesIO()
        buf.write(b"%d 0 obj\n" % number)
        if isinstance(obj, StreamObject):
            data = obj._data
            head = DictionaryObject(obj)
            if "/Filter" not in head:
                data = zlib.compress(data, 1)
                head[NameObject("/Filter")] = NameObject("/FlateDecode")
            head[NameObject("/Length")] = NumberObject(len(data))
            head.write_to_stream(buf)
            buf.write(b"\nstream\n")
            buf.write(data)
            buf.write(b"\nendstream")
        else:
            obj.write_to_stream(buf)
        buf.write(b"\nendobj\n")
        self.fh.write(buf.getvalue())

    def finish(self) -> None:
        kids = ArrayObject(_Ref(k) for k in self.kids)
        self._write(2, DictionaryObject({NameObject("/Type"): NameObject("/Pages"),
                                         NameObject("/Kids"): kids,
                                         NameObject("/Count"): NumberObject(len(self.kids))}))
        self._write(1, DictionaryObject({NameObject("/Type"): NameObject("/Catalog"),
                                         NameObject("/Pages"): _Ref(2)}))
        title, author = self.info
        self._write(3, DictionaryObject({
            NameObject("/Title"): TextStringObject(title),
            NameObject("/Author"): TextStringObject(author),
            NameObject("/Creator"): TextStringObject("Ikrar"),
            NameObject("/CreationDate"): TextStringObject(time.strftime("D:%Y%m%d%H%M%S")),
        }))
        start = self.fh.tell()
        lines = [b"xref\n0 %d\n" % len(self.offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % off for off in self.offsets[1:]]
        self.fh.write(b"".join(lines))
        self.fh.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                      % (len(self.offsets), start))


class _Ref(IndirectObject):
    """A reference into the file being written (no reader behind it)."""

    def __init__(self, idnum: int) -> None:
        super().__init__(idnum, 0, None)


def _remap(obj: PdfObject, new_ref: Callable[[int], int]) -> PdfObject:
    if isinstance(obj, IndirectObject):
        return _Ref(new_ref(obj.idnum))
    if isinstance(obj, StreamObject):
        copy = StreamObject()
        copy.update({k: _remap(v, new_ref) for k, v in obj.items()})
        copy._data = obj._data
        return copy
    if isinstance(obj, DictionaryObject):
        return DictionaryObject({k: _remap(v, new_ref) for k, v in obj.items()})
    if isinstance(obj, ArrayObject):
        return ArrayObject(_remap(v, new_ref) for v in obj)
    return obj
