"""Benchmarks of certificates: one page, a 1,000-page batch, and memory as the batch grows.

Each beside a bare reportlab page with the same text, images, QR and signature, drawn with
plain drawString/drawImage calls in one process: what reportlab alone costs for that content.
Memory is measured in child processes (this one, its fork server and the workers).
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __name__ == "__main__":  # run as the memory child
    sys.path[:0] = [str(HERE), str(HERE.parent)]

from run import Figure, median_ms  # noqa: E402

SIGNATURES = 20  # distinct signatures, cycled: real ones are 300-800 points like these


def _setup(folder: Path, count: int):
    """An event with `count` signed attendees (bulk written), keys and agency images."""
    from PIL import Image

    from ikrar.core import strokes
    from ikrar.core.dates import zone
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import close_db, db, init_db
    from ikrar.store.events import create_event
    from ikrar.store.keystore import certify_local_station, init_agency_key
    from ikrar.store.models import Attendance, Signature
    from support import add_employees

    close_db()
    local = init_db(folder, station_name="Meja 1")
    event = create_event(
        "Deklarasi Netralitas ASN", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")),
        city="Sumedang", venue="Aula Tampomas", agency="Pemerintah Kabupaten Sumedang",
        letterhead=["PEMERINTAH KABUPATEN SUMEDANG", "SEKRETARIAT DAERAH",
                    "Jl. Prabu Geusan Ulun No. 36, Sumedang 45311"],
        official_name="Dr. H. Herman Suryatman, S.Sos., M.Si.",
        official_title="Pj. Sekretaris Daerah", official_rank="Pembina Utama Muda",
        official_nip="197003151990031005", organiser_unit="Sekretariat Daerah",
        witnesses=[{"role": "Bawaslu Kabupaten Sumedang", "name": "Ahmad Rifai, S.H.",
                    "title": "Ketua"},
                   {"role": "KPU Kabupaten Sumedang", "name": "Siti Aminah", "title": "Anggota"},
                   {"role": "Inspektorat Daerah", "name": "Drs. Dedi Supriadi, M.Si.",
                    "title": "Inspektur Pembantu"}],
    )
    certify_local_station(init_agency_key(None))
    assets = folder / "assets"
    assets.mkdir()
    Image.new("RGBA", (400, 480), (20, 90, 40, 255)).save(assets / "logo.png")
    Image.new("RGBA", (600, 220), (16, 26, 60, 0)).save(assets / "official_signature.png")
    # No seal.png: the generated stamp (glyph outlines round the inked logo) is the dearer one.
    blobs = [strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(i)))
             for i in range(SIGNATURES)]
    people = add_employees(event, count)
    at = datetime(2024, 7, 10, 9, tzinfo=zone("WIB"))
    with db.atomic():
        ids = [new_id() for _ in people]
        outbox.insert_many(Attendance, [
            {"id": aid, "event": event.id, "employee": p.id, "station": local.station_id,
             "method": "badge", "checked_in_at": at + timedelta(seconds=i)}
            for i, (aid, p) in enumerate(zip(ids, people, strict=True))])
        outbox.insert_many(Signature, [
            {"attendance": aid, "station": local.station_id, "strokes": blobs[i % SIGNATURES],
             "strokes_hash": strokes.strokes_hash(blobs[i % SIGNATURES]),
             "pledge_hash": event.pledge_hash, "signed_at": at + timedelta(seconds=i)}
            for i, aid in enumerate(ids)])
    return event


# --- the bare baseline ----------------------------------------------------------------------


def _bare_content(issuer, data):
    """The same strings (pledge pre-split into lines), images, QR and ink as a page has."""
    import textwrap

    from ikrar.core import strokes
    from ikrar.core.pledge import parse_pledge

    pledge = parse_pledge(issuer.pledge_text)
    body = [pledge.heading, *textwrap.wrap(pledge.preamble, 95)]
    for i, point in enumerate(pledge.points, 1):
        body += textwrap.wrap(f"{i}. {point}", 95)
    body += textwrap.wrap(pledge.closing, 95)
    lines = [*issuer.letterhead, "SERTIFIKAT", f"Nomor: {data.number}", "Diberikan kepada:",
             data.name, data.nip, data.rank, data.position, data.unit, *body,
             data.place_date, issuer.official_title, issuer.official_name, data.name,
             f"NIP {data.nip}", f"Nomor sertifikat: {data.number}"]
    points = [[(p.x, p.y) for p in s] for s in strokes.decode(data.strokes).strokes]
    return lines, points


def _bare_page(canvas, issuer, data) -> None:
    from reportlab.lib.units import mm

    from ikrar.documents.fonts import SERIF
    from ikrar.documents.qr import draw_qr

    lines, ink = _bare_content(issuer, data)
    canvas.setFont(SERIF, 10)
    for i, line in enumerate(lines):
        canvas.drawString(60, 800 - i * 13, line)
    for picture, x in ((issuer.logo, 60), (issuer.official_signature, 320),
                       (issuer.seal.image or issuer.logo, 360)):
        canvas.drawImage(picture.reader(), x, 150, 100, 80, mask="auto")
    draw_qr(canvas, data.qr_text, 56, 28, 34 * mm)
    path = canvas.beginPath()
    for stroke in ink:
        path.moveTo(*stroke[0])
        for point in stroke[1:]:
            path.lineTo(*point)
    canvas.drawPath(path)


def _bare_pdf(target, issuer, datas) -> None:
    from ikrar.documents.certificate import new_canvas

    canvas = new_canvas(target, title="bare")
    for data in datas:
        _bare_page(canvas, issuer, data)
        canvas.showPage()
    canvas.save()


def _pages(event, count: int):
    from ikrar.documents import batch, certificate_data

    chosen = batch.select_batch(event)
    chosen.records = chosen.records[:count]
    issuer = certificate_data.issuer_for(event)
    signer = certificate_data.Signer(event)
    return chosen, issuer, signer


# --- figures --------------------------------------------------------------------------------


def certificates(folder: Path, *, quick: bool) -> list[Figure]:
    return [*one_certificate(folder / "one", quick=quick),
            *batch_1000(folder / "batch", quick=quick),
            *memory(folder / "memory", quick=quick)]


def one_certificate(folder: Path, *, quick: bool) -> list[Figure]:
    from ikrar.documents import certificate_data
    from ikrar.documents.certificate import write_certificate
    from ikrar.documents.certificate_data import page_for
    from ikrar.documents.qr import qr_matrix
    from ikrar.store.db import close_db

    repeat = 10 if quick else 40
    event = _setup(folder, repeat)
    chosen, issuer, signer = _pages(event, repeat)
    numbers = iter([r.number for r in chosen.records] * 2)

    def one() -> None:  # from the database row to PDF bytes, QR signed and encoded
        qr_matrix.cache_clear()
        issuer_now, data = page_for(next(numbers))
        write_certificate(io.BytesIO(), issuer_now, data)

    one()
    cpu_start = time.process_time()
    measured, _ = median_ms(one, repeat)
    cpu_ms = (time.process_time() - cpu_start) / repeat * 1000
    datas = certificate_data.page_data(signer, chosen.records)
    it = iter(datas * 2)

    def bare() -> None:
        qr_matrix.cache_clear()
        _bare_pdf(io.BytesIO(), issuer, [next(it)])

    baseline, _ = median_ms(bare, repeat)
    close_db()
    return [Figure("one certificate, database row to PDF", "ms", measured, baseline,
                   "bare reportlab page, same text/images/QR/ink", "≤ 50 ms", repeat,
                   {"CPU ms (mean)": round(cpu_ms, 1),
                    "load avg": round(os.getloadavg()[0], 1)})]


def batch_1000(folder: Path, *, quick: bool) -> list[Figure]:
    from ikrar.documents import batch, certificate_data
    from ikrar.documents.qr import qr_matrix
    from ikrar.store.db import close_db

    count = 100 if quick else 1_000
    event = _setup(folder, count)
    chosen, issuer, signer = _pages(event, count)
    samples, cpu = [], []
    load = os.getloadavg()[0]  # other work on the machine slows two busy workers most
    for attempt in range(2):
        qr_matrix.cache_clear()
        start, used = time.perf_counter(), _cpu_seconds()
        out = batch.generate(chosen, folder / f"batch-{attempt}.pdf")
        samples.append(time.perf_counter() - start)
        cpu.append(_cpu_seconds() - used)
        assert out.pages == count
        size_mb = out.paths[0].stat().st_size / 1e6
    datas = certificate_data.page_data(signer, chosen.records)
    qr_matrix.cache_clear()
    start = time.perf_counter()
    _bare_pdf(str(folder / "bare.pdf"), issuer, datas)
    bare = time.perf_counter() - start
    close_db()
    return [Figure(f"{count:,} certificates into one PDF", "s", statistics.median(samples),
                   bare, "bare reportlab pages, one process", "≤ 10 s", len(samples),
                   {"workers": os.cpu_count(), "CPU s, all processes": round(min(cpu), 1),
                    "load avg at start": round(load, 1), "PDF MB": round(size_mb, 1)})]


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (forked workers, when no threads
    forced a fork server; then the workers' time is missing and this is a lower bound)."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def memory(folder: Path, *, quick: bool) -> list[Figure]:
    from ikrar.documents import batch
    from ikrar.store.db import close_db

    small, large = (200, 1_000) if quick else (1_000, 5_000)
    batch.select_batch(_setup(folder, large))  # numbered here, so both children only print
    close_db()
    ours = {n: _child("ikrar", folder, n) for n in (small, large)}
    bare = {n: _child("bare", folder, n) for n in (small, large)}
    return [Figure(f"peak memory, {large:,} certificates", "MB", ours[large]["total"],
                   bare[large]["total"], "bare reportlab, one process",
                   f"flat: ≤ {small:,}-batch + 15%", 1,
                   {f"at {small:,}": ours[small]["total"],
                    f"bare at {small:,}": bare[small]["total"],
                    f"main at {small:,}": ours[small]["main"],
                    f"main at {large:,}": ours[large]["main"],
                    f"largest worker at {small:,}": ours[small]["worker"],
                    f"largest worker at {large:,}": ours[large]["worker"],
                    "other processes": ours[large]["workers"],
                    "load avg": round(os.getloadavg()[0], 1)})]


def _child(mode: str, folder: Path, count: int) -> dict:
    done = subprocess.run([sys.executable, __file__, mode, str(folder), str(count)],
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"memory child failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _peaks() -> dict[int, int]:
    """Peak resident KB (VmHWM) of this process and every process below it."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    family, grew = {os.getpid()}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    peaks = {}
    for pid in family:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        peaks[pid] = int(line.split()[1])
        except OSError:
            continue
    return peaks


def _memory_child(mode: str, folder: Path, count: int) -> None:
    from ikrar.documents import batch, certificate_data
    from ikrar.store.db import init_db
    from ikrar.store.models import Event

    init_db(folder)
    chosen, issuer, signer = _pages(Event.get(), count)
    seen: dict[int, int] = {}

    def sample(done: int, total: int) -> None:
        for pid, kb in _peaks().items():
            seen[pid] = max(seen.get(pid, 0), kb)

    if mode == "ikrar":
        batch.generate(chosen, folder / f"mem-{count}.pdf", progress=sample)
    else:  # the bare baseline keeps every page until it saves, as reportlab does
        datas = (d for start in range(0, count, 50)
                 for d in certificate_data.page_data(signer, chosen.records[start:start + 50]))
        _bare_pdf(str(folder / f"bare-{count}.pdf"), issuer, datas)
    sample(count, count)
    me = os.getpid()
    workers = [kb for pid, kb in seen.items() if pid != me]
    print(json.dumps({"main": round(seen[me] / 1024, 1),
                      "worker": round(max(workers, default=0) / 1024, 1),
                      "workers": len(workers),
                      "total": round(sum(seen.values()) / 1024, 1)}))


if __name__ == "__main__":
    _memory_child(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
