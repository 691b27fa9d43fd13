"""Batches of certificates: choosing them, and writing them to PDF on every core.

`select_batch` (an event, optionally one unit, optionally only those never printed) and
`reprint_batch` (one number) say which pages to make; `generate` makes them, into one PDF or
one PDF per certificate in a folder, reporting `progress(done, total)` and stopping when
`cancelled()` says so. Nothing here records a print: the caller calls
`ikrar.store.certificates.mark_printed` once the file was written or the job spooled.

The main process reads the database and signs each QR (fast; `certificate_data`); worker
processes lay out and draw the pages in chunks, each chunk its own small PDF, and the main
process streams the chunks into the output in order (`pdfjoin`). At most a few chunks are in
flight, chunks are copied object by object rather than collected (each chunk's reader closed
once copied), and each chunk's rows are dropped from SQLite's page cache once read, so memory
stays flat however large the batch.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ikrar.core.files import atomic_open
from ikrar.documents import certificate as page
from ikrar.documents.certificate import CertificateData, Issuer
from ikrar.documents.certificate_data import (
    BatchError,
    Signer,
    check_pledges,
    issuer_for,
    page_data,
)
from ikrar.documents.pdfjoin import PdfConcatenator
from ikrar.store.certificates import PrintRecord, issue_missing, print_counts
from ikrar.store.certificates import find as find_certificate
from ikrar.store.db import db
from ikrar.store.keystore import station_certificate
from ikrar.store.models import Attendance, Certificate, CertificatePrint, Employee, Event

IN_PROCESS_MAX = 8  # smaller batches are drawn here: starting workers would cost more


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


def select_batch(event: Event, *, unit: str | None = None, not_printed: bool = False) -> Batch:
    """Certificates of the event's signed attendees (numbering the new ones), by unit, name."""
    issuer_for(event)  # an event or station that cannot print gets no numbers either
    station_certificate()
    check_pledges(event, unit)
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


# --- drawing (worker processes) -------------------------------------------------------------

_issuer: Issuer | None = None


def _init_worker(issuer: Issuer) -> None:
    global _issuer
    _issuer = issuer


def file_name(data: CertificateData, *, draft: bool = False) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in data.number).strip("-")
    safe += "-draf" if draft else ""
    return f"{safe}-salinan-{data.copy}.pdf" if data.copy else f"{safe}.pdf"


def _draw_chunk(task: tuple[list[CertificateData], str, bool]) -> list[str]:
    """Draw pages into one PDF at `target` (or, per_file, one PDF each in folder `target`)."""
    datas, target, per_file = task
    assert _issuer is not None
    if per_file:
        written = []
        for data in datas:
            path = os.path.join(target, file_name(data, draft=_issuer.draft))
            with open(path, "wb") as fh:
                page.write_certificate(fh, _issuer, data)
            written.append(path)
        return written
    # Left uncompressed: the joiner packs the streams faster than reportlab would.
    canvas = page.new_canvas(target, title="Sertifikat", compress=False)
    for data in datas:
        page.draw_pages(canvas, _issuer, data)  # the certificate, the pakta, or both
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
    draft: bool = False,
) -> Output:
    """Write the batch to `out`: one PDF if it ends in .pdf, else one PDF each in that folder.
    A `draft` says DRAF on every page and signs no code (see `ikrar.documents.certificate`).

    Raises BatchError (Cancelled when `cancelled()` turned true) with nothing left behind.
    """
    out = Path(out)
    per_file = out.suffix.lower() != ".pdf"
    total = len(batch.records)
    if total == 0:
        raise BatchError("batch.empty", "No certificates to print.")
    issuer = issuer_for(batch.event, draft=draft)
    signer = Signer(batch.event, draft=draft)
    folder = out if per_file else out.parent
    _check_writable(folder, create=per_file)
    workers = max(1, workers or _cores())
    # Each chunk carries its own fonts and forms, so chunks are large; six per worker still
    # move the progress bar often enough.
    chunk = max(4, min(100, total // (workers * 6) or 1))
    # Files appear in the output folder only when the whole batch is done: one PDF is
    # joined into a hidden temporary file and renamed (atomic_open), single PDFs are drawn
    # into a hidden folder beside them and moved in at the end.
    scratch = Path(tempfile.mkdtemp(prefix=".ikrar-", dir=out if per_file else None))
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
        with atomic_open(out, mode=None) as fh:  # shared like any file the clerk saves
            joiner = PdfConcatenator(fh, title=f"Sertifikat — {batch.description}",
                                     author=issuer.letterhead[0] if issuer.letterhead else "")
            for paths, done in _run(tasks, issuer, workers, total, cancelled):
                joiner.add(paths[0])
                os.unlink(paths[0])
                progress(done, total)
            joiner.finish()
        return Output([out], total)
    except OSError as exc:
        raise BatchError("batch.cannot_write",
                         f"Cannot write {out}: {exc.strerror or exc}. Nothing was marked "
                         "printed.", out=out, reason=exc.strerror or exc) from exc
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


def _tasks(signer: Signer, records: list[PrintRecord], chunk: int, scratch: Path,
           per_file: bool) -> Iterator[tuple[list[CertificateData], str, bool]]:
    for index, start in enumerate(range(0, len(records), chunk)):
        datas = page_data(signer, records[start:start + chunk])
        # Each chunk reads rows no other chunk reads: drop them from SQLite's page cache, or
        # the cache (up to its 32 MB) grows with the batch.
        db.execute_sql("PRAGMA shrink_memory")
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
