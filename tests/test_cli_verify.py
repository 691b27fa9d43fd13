"""`ikrar verify` exit statuses, a closed pipe, `ikrar certificates` refusing copies-only
batches without --reprint, and the event's verification URL in the QR."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ikrar.cli import main
from ikrar.core.keys import SigningKey
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.verify import qr_texts
from ikrar.store import keystore
from ikrar.store.checkin import check_in
from ikrar.store.db import close_db
from ikrar.ui.widgets.render import pdf_pages
from support import add_employees, agency_images

ROOT = Path(__file__).resolve().parents[1]


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def printed(event, data_dir, tmp_path, capsys):
    """Three signed attendees printed into one PDF by the command line."""
    keystore.certify_local_station(keystore.init_agency_key())
    agency_images()  # final pages need the logo and the official's signature
    for i, employee in enumerate(add_employees(event, 3)):
        check_in(event, employee, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash)
    close_db()
    out = tmp_path / "batch.pdf"
    assert run(data_dir, "certificates", str(out)) == 0
    capsys.readouterr()
    return out


def test_exit_status_tells_valid_invalid_unreadable_and_bad_input(printed, data_dir, tmp_path,
                                                                  capsys):
    assert run(data_dir, "verify", str(printed)) == 0
    assert capsys.readouterr().out.startswith("3 pages: 3 valid\n")
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(SigningKey.generate().public.to_pem())
    assert run(data_dir, "verify", str(printed), "--public-key", str(stranger)) == 1
    out = capsys.readouterr().out
    assert out.startswith("3 pages: 0 valid, 3 invalid\n") and out.count("page ") == 3
    blank = tmp_path / "blank.png"
    Image.new("L", (300, 300), 255).save(blank)
    assert run(data_dir, "verify", str(blank)) == 3
    assert "UNREADABLE" in capsys.readouterr().out
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert run(data_dir, "verify", str(empty)) == 4
    assert "is empty" in capsys.readouterr().err
    assert run(data_dir, "verify", "no-such-thing") == 2
    assert "exit status" in subprocess.run(
        [sys.executable, "-m", "ikrar", "verify", "--help"], capture_output=True, text=True,
        check=True).stdout


def test_json_lists_every_page(printed, data_dir, capsys):
    assert run(data_dir, "verify", str(printed), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "valid" and len(report["pages"]) == 3
    assert all(p["compared"] and p["codes"][0]["copy"] == 0 for p in report["pages"])


def test_a_closed_pipe_ends_quietly(printed, data_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run(
        # `head -c 0` leaves at once: the pipe is closed long before verify writes
        f"{sys.executable} -m ikrar --data-dir {data_dir} verify {printed} | head -c 0; "
        "exit ${PIPESTATUS[0]}",
        shell=True, capture_output=True, text=True, env=env, timeout=120,
        executable="/bin/bash")
    assert done.returncode == 141
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_copies_only_batch_needs_reprint(printed, data_dir, tmp_path, capsys):
    again = tmp_path / "again.pdf"
    assert run(data_dir, "certificates", str(again)) == 1
    err = capsys.readouterr().err
    assert "All 3 certificate(s)" in err and "--reprint" in err
    assert not again.exists()
    assert run(data_dir, "certificates", str(again), "--reprint") == 0
    texts = [page.extract_text() for page in PdfReader(again).pages]
    assert all("SALINAN ke-1" in text for text in texts)
    capsys.readouterr()
    assert run(data_dir, "verify", str(again)) == 0
    assert "SALINAN ke-1 (a copy)" not in capsys.readouterr().out  # a batch: summary only
    assert run(data_dir, "certificates", str(tmp_path / "third.pdf"), "--reprint") == 0
    codes = qr_texts(tmp_path / "third.pdf", render_pdf=pdf_pages)
    assert run(data_dir, "verify", codes[0]) == 0
    out = capsys.readouterr().out
    assert "SALINAN ke-2 (a copy)" in out and "Compare the name" in out


def test_event_verify_url_goes_into_the_qr(event, data_dir, tmp_path, capsys):
    keystore.certify_local_station(keystore.init_agency_key())
    agency_images()
    [employee] = add_employees(event, 1)
    check_in(event, employee, synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)
    close_db()
    assert run(data_dir, "event", "edit", str(event.id), "--verify-url", "bkpsdm ikrar") == 2
    assert "full address" in capsys.readouterr().err
    url = "https://bkpsdm.sumedangkab.go.id/ikrar/"
    assert run(data_dir, "event", "edit", str(event.id), "--verify-url", url) == 0
    out = tmp_path / "one.pdf"
    assert run(data_dir, "certificates", str(out)) == 0
    [code] = qr_texts(out, render_pdf=pdf_pages)
    assert code.startswith(url + "#92") and code[len(url) + 1:].isdigit()
    assert run(data_dir, "verify", code) == 0
