"""Batches: choosing certificates, writing them on every core, cancelling, bad output folders."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ikrar.cli import main
from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import (
    BatchError,
    Cancelled,
    generate,
    reprint_batch,
    select_batch,
)
from ikrar.documents.pdfjoin import PdfConcatenator
from ikrar.store import outbox
from ikrar.store.certificates import mark_printed
from ikrar.store.checkin import check_in
from ikrar.store.keystore import certify_local_station, init_agency_key
from ikrar.store.models import AuditEvent, Certificate, CertificatePrint
from support import add_employees, agency_images, render_pdf

SIGNED_AT = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB"))
NUMBER = re.compile(r"Nomor: (\S+)")


@pytest.fixture
def keys(store):
    certify_local_station(init_agency_key(None))
    agency_images()  # final pages need the logo and the official's signature


@pytest.fixture
def signed(event, keys):
    """Twelve signed attendees (enough to use the worker processes)."""
    people = add_employees(event, 12)
    for i, employee in enumerate(people):
        check_in(event, employee, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash, at=SIGNED_AT)
    return people


def numbers_in(pdf: Path) -> list[str]:
    return [NUMBER.search(page.extract_text()).group(1) for page in PdfReader(pdf).pages]


def test_one_pdf_on_two_workers_in_order_with_progress(event, signed, tmp_path):
    batch = select_batch(event)
    seen = []
    out = generate(batch, tmp_path / "all.pdf", progress=lambda d, t: seen.append((d, t)),
                   workers=2)
    assert out.paths == [tmp_path / "all.pdf"] and out.pages == 12
    assert numbers_in(out.paths[0]) == [r.number for r in batch.records]
    assert len(set(numbers_in(out.paths[0]))) == 12
    assert seen[0] == (0, 12) and seen[-1] == (12, 12)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    PdfReader(out.paths[0], strict=True)  # the joined file is well formed
    [last] = render_pdf(out.paths[0], 20, range(11, 12))  # and renders without complaint
    assert last.getextrema()[0] < 128  # ink on the last page
    assert not [p for p in tmp_path.iterdir()  # no temporary file left
                if p.name.startswith(".") or p.suffix in (".part", ".tmp")]
    assert CertificatePrint.select().count() == 0  # generating is not printing


def test_from_a_worker_thread_as_the_gui_does(event, signed, tmp_path, monkeypatch):
    """With other threads running, workers come from a fork server, never a plain fork."""
    import threading

    from ikrar.documents import batch as batches

    batch = select_batch(event)
    result, started = {}, []
    real = batches._context
    monkeypatch.setattr(batches, "_context", lambda: started.append(real()) or started[-1])

    def work() -> None:
        try:
            result["out"] = generate(batch, tmp_path / "gui.pdf", workers=2)
        except Exception as exc:  # noqa: BLE001 - handed to the test thread
            result["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert "error" not in result, result.get("error")
    assert started[0].get_start_method() in ("forkserver", "spawn")
    assert numbers_in(result["out"].paths[0]) == [r.number for r in batch.records]


def test_batch_order_is_by_unit_then_name(event, signed):
    units = [Certificate.get(Certificate.id == r.certificate_id).attendance.employee.unit
             for r in select_batch(event).records]
    assert units == sorted(units)


def test_one_file_per_certificate_in_a_folder(event, signed, tmp_path):
    batch = select_batch(event, unit="Dinas Pendidikan")
    out = generate(batch, tmp_path / "folder", workers=2)
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == sorted(
        p.name for p in out.paths)
    assert len(out.paths) == len(batch.records) == 2
    for path in out.paths:
        [number] = numbers_in(path)
        assert path.name == number.replace("/", "-") + ".pdf"


def test_not_printed_and_nothing_to_print(event, signed, tmp_path):
    everyone = select_batch(event)
    mark_printed(everyone.records[:5], "test")
    rest = select_batch(event, not_printed=True)
    assert [r.number for r in rest.records] == [r.number for r in everyone.records[5:]]
    again = select_batch(event)  # printing again makes copies of the printed ones
    assert [r.copy for r in again.records] == [1] * 5 + [0] * 7
    mark_printed(rest.records, "test")
    with pytest.raises(BatchError, match="No certificates to print.*printed already"):
        select_batch(event, not_printed=True)


def test_nobody_signed(event, keys):
    with pytest.raises(BatchError, match="nobody has signed"):
        select_batch(event)


def test_reprint_is_a_numbered_copy(event, signed, tmp_path):
    original = select_batch(event).records[0]
    with pytest.raises(BatchError, match="never printed"):
        reprint_batch(original.number)
    mark_printed([original], "first.pdf")
    for copy in (1, 2):
        batch = reprint_batch(original.number)
        out = generate(batch, tmp_path / f"copy{copy}.pdf")
        text = PdfReader(out.paths[0]).pages[0].extract_text()
        assert "SALINAN" in text and f"ke-{copy}" in text
        assert numbers_in(out.paths[0]) == [original.number]
        mark_printed(batch.records, str(out.paths[0]))
    prints = CertificatePrint.select().order_by(CertificatePrint.printed_at)
    assert [p.is_reprint for p in prints] == [False, True, True]
    assert AuditEvent.select().where(AuditEvent.kind == "certificate_reprint").count() == 2


def test_cancel_leaves_nothing_behind(event, signed, tmp_path):
    batch = select_batch(event)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        generate(batch, out / "all.pdf", workers=2, cancelled=lambda: True)
    polls = iter(range(1000))
    with pytest.raises(Cancelled):  # cancelled while the workers are busy
        generate(batch, out / "folder", workers=2, cancelled=lambda: next(polls) > 2)
    assert [p.name for p in out.rglob("*")] == ["folder"]
    assert CertificatePrint.select().count() == 0


def test_read_only_output_folder(event, signed, mounted_tmpfs):
    folder = mounted_tmpfs("ro", read_only=True)
    batch = select_batch(event)
    with pytest.raises(BatchError, match="Cannot write certificates into"):
        generate(batch, folder / "all.pdf")
    with pytest.raises(BatchError, match="Cannot write certificates into"):
        generate(batch, folder / "sub")


def test_full_disk_leaves_no_partial_file(event, signed, mounted_tmpfs):
    folder = mounted_tmpfs("small", size_kb=64)
    with pytest.raises(BatchError, match="Cannot write"):
        generate(select_batch(event), folder / "all.pdf", workers=2)
    assert list(folder.iterdir()) == []


def test_each_signer_gets_the_pledge_version_they_signed(event, signed, tmp_path):
    from ikrar.store.pledges import set_pledge

    set_pledge(event, event.pledge_text.replace("Tahun 2024", "Tahun 2029"))
    [late] = add_employees(event, 1, start=100)
    check_in(event, late, synthetic_signature(99), method="badge",
             pledge_hash=event.pledge_hash, at=SIGNED_AT)
    batch = select_batch(event)
    out = generate(batch, tmp_path / "all.pdf", workers=2)
    late_number = Certificate.get(Certificate.attendance == late.attendances[0]).number
    for page in PdfReader(out.paths[0]).pages:
        text = " ".join(page.extract_text().split())
        newer = NUMBER.search(text).group(1) == late_number
        assert ("Tahun 2029" in text) == newer and ("Tahun 2024" in text) != newer


def test_a_pledge_version_this_station_lacks_stops_the_batch(event, signed):
    from ikrar.store.models import Signature
    from ikrar.store.pledges import PledgeVersionError

    signature = Signature.select().first()
    signature.pledge_hash = "f" * 64  # signed elsewhere, that version not synced here yet
    outbox.update(signature)
    with pytest.raises(PledgeVersionError, match="not stored on this station"):
        select_batch(event)
    assert Certificate.select().count() == 0


def test_concatenator_keeps_pages_and_text(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    parts = []
    for i in range(3):
        path = tmp_path / f"part{i}.pdf"
        canvas = Canvas(str(path))
        for j in range(2):
            canvas.drawString(100, 700, f"halaman {i}-{j}")
            canvas.showPage()
        canvas.save()
        parts.append(path)
    with open(tmp_path / "joined.pdf", "wb") as fh:
        joiner = PdfConcatenator(fh, title="Uji")
        for path in parts:
            joiner.add(path)
        joiner.finish()
    reader = PdfReader(tmp_path / "joined.pdf", strict=True)
    assert [p.extract_text().strip() for p in reader.pages] == [
        f"halaman {i}-{j}" for i in range(3) for j in range(2)]
    assert reader.metadata.title == "Uji"


def test_concatenator_lets_go_of_each_file_once_copied(tmp_path):
    """A chunk's reader holds the whole file and a cache of cycles: left to the collector,
    a few of them pile up in the main process (tens of MB on a large batch)."""
    import gc

    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "part.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "halaman")
    canvas.save()
    gc.collect()
    gc.disable()  # what is freed must be freed without the collector
    try:
        with open(tmp_path / "joined.pdf", "wb") as fh:
            joiner = PdfConcatenator(fh)
            for _ in range(3):
                joiner.add(path)
            joiner.finish()
        readers = [o for o in gc.get_objects() if isinstance(o, PdfReader)]
        assert readers, "the copied files' readers should still be there to check"
        assert all(r.stream.closed and not r.resolved_objects for r in readers)
    finally:
        gc.enable()


# --- the command line -----------------------------------------------------------------------


def test_cli_writes_pdf_marks_printed_and_shows_progress(event, signed, tmp_path, data_dir,
                                                         capsys):
    out = tmp_path / "all.pdf"
    assert main(["--data-dir", str(data_dir), "certificates", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Wrote 12 certificate(s)" in captured.out
    assert "[##############################] 12/12" in captured.err
    assert len(PdfReader(out).pages) == 12
    prints = list(CertificatePrint.select())
    assert len(prints) == 12 and {p.destination for p in prints} == {str(out.resolve())}
    number = prints[0].certificate.number
    assert main(["--data-dir", str(data_dir), "certificates", str(tmp_path / "c.pdf"),
                 "--reprint", number]) == 0
    assert "SALINAN" in PdfReader(tmp_path / "c.pdf").pages[0].extract_text()
    assert main(["--data-dir", str(data_dir), "certificates", str(tmp_path / "n.pdf"),
                 "--not-printed"]) == 1
    assert "every certificate was printed already" in capsys.readouterr().err


def test_cli_missing_printer_marks_nothing(event, signed, tmp_path, data_dir, capsys,
                                           monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-cups"))  # no lp, no lpstat: no CUPS here
    code = main(["--data-dir", str(data_dir), "certificates", str(tmp_path / "x.pdf"),
                 "--printer", "PDF"])
    assert code == 1
    assert "CUPS" in capsys.readouterr().err
    assert CertificatePrint.select().count() == 0
    assert not (tmp_path / "x.pdf").exists()


def test_a_station_without_certificate_numbers_nothing(event, store, make_employee):
    from ikrar.core.keys import KeyFileError

    check_in(event, make_employee(event), synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash, at=SIGNED_AT)
    with pytest.raises(KeyFileError, match="no certificate from the agency"):
        select_batch(event)
    assert Certificate.select().count() == 0
