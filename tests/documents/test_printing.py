"""Printing through CUPS: a real job to the cups-pdf virtual printer, and printers that fail.

Needs CUPS with a cups-pdf queue named PDF (CI: `cups printer-driver-cups-pdf`, cupsd started,
`lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E`); skipped without.
cups-pdf writes into the job owner's home (`~/PDF`, from the password database, not $HOME)
or, for anonymous jobs, /var/spool/cups-pdf/ANONYMOUS.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ikrar.cli import main
from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import generate, select_batch
from ikrar.documents.printing import PrinterError, print_files, printers
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.store.models import CertificatePrint

QUEUE = "PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def _cups_pdf_queue() -> bool:
    if shutil.which("lpstat") is None:
        return False
    done = subprocess.run(["lpstat", "-v", QUEUE], capture_output=True, text=True)
    return done.returncode == 0 and "cups-pdf:" in done.stdout


pytestmark = pytest.mark.skipif(not _cups_pdf_queue(),
                                reason="needs CUPS with a cups-pdf printer named PDF")


def output_folders() -> list[Path]:
    return [Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF",
            Path("/var/spool/cups-pdf/ANONYMOUS")]


def wait_for_output(job: str, timeout: float = 120) -> Path:
    """The file cups-pdf wrote for `job` ("PDF-12"), once complete."""
    number = job.rsplit("-", 1)[-1]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for folder in output_folders():
            for path in folder.glob(f"*job_{number}.pdf") if folder.is_dir() else []:
                done = subprocess.run(["lpstat", "-W", "completed", "-o", QUEUE],
                                      capture_output=True, text=True).stdout
                if re.search(rf"^{re.escape(job)}\s", done, re.M):
                    return path
        time.sleep(0.2)  # an outside process: nothing to wait on but the file system
    raise AssertionError(f"cups-pdf wrote no file for {job} within {timeout} s "
                         f"(looked in {', '.join(map(str, output_folders()))})")


@pytest.fixture
def signed(event, store):
    from support import add_employees, agency_images

    certify_local_station(init_agency_key(None))
    agency_images()  # final pages need the logo and the official's signature
    [employee] = add_employees(event, 1)
    check_in(event, employee, synthetic_signature(5), method="badge",
             pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 9, tzinfo=zone("WIB")))
    return employee


@pytest.fixture
def spare_queue():
    """A throw-away cups-pdf queue this test may stop, reject or delete."""
    name = f"IkrarSpare{uuid.uuid4().hex[:8]}"
    made = subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-m", PPD, "-E"],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot add a CUPS queue here: {made.stderr.strip()}")
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)


def test_print_job_produces_a_pdf_that_verifies(event, signed, data_dir, capsys):
    from ikrar.documents.verify import verify_file
    from ikrar.ui.widgets.render import pdf_pages

    public = agency_public_key()
    assert QUEUE in printers()
    assert main(["--data-dir", str(data_dir), "certificates", "--printer", QUEUE]) == 0
    said = capsys.readouterr().out
    job = re.search(r"\(job (\S+)\)", said).group(1)
    [record] = CertificatePrint.select()
    assert record.destination == QUEUE and not record.is_reprint
    printed = wait_for_output(job)
    try:
        assert len(PdfReader(printed).pages) == 1
        # what came out of the printer still verifies
        checked = verify_file(printed, public, render_pdf=pdf_pages)
        assert checked.certificate.claim.number == record.certificate.number
    finally:
        printed.unlink(missing_ok=True)


def test_unknown_printer_is_refused_and_nothing_marked(event, signed, data_dir, capsys,
                                                        tmp_path):
    out = generate(select_batch(event), tmp_path / "c.pdf")
    with pytest.raises(PrinterError, match="no printer named 'Nowhere'.*PDF"):
        print_files(out.paths, "Nowhere")
    code = main(["--data-dir", str(data_dir), "certificates", str(tmp_path / "d.pdf"),
                 "--printer", "Nowhere"])
    assert code == 1 and "no printer named 'Nowhere'" in capsys.readouterr().err
    assert CertificatePrint.select().count() == 0


def test_printer_that_refuses_jobs(event, signed, spare_queue, tmp_path):
    subprocess.run(["cupsreject", spare_queue], check=True, capture_output=True)
    out = generate(select_batch(event), tmp_path / "c.pdf")
    with pytest.raises(PrinterError, match="refused the job"):
        print_files(out.paths, spare_queue)


def test_printer_that_disappears_mid_batch(event, signed, spare_queue, tmp_path):
    batch = select_batch(event)
    gone = []

    def unplug(done: int, total: int) -> None:
        if not gone:
            subprocess.run(["lpadmin", "-x", spare_queue], check=True, capture_output=True)
            gone.append(spare_queue)

    out = generate(batch, tmp_path / "c.pdf", progress=unplug)
    with pytest.raises(PrinterError, match="no printer named"):
        print_files(out.paths, spare_queue)
    assert CertificatePrint.select().count() == 0
