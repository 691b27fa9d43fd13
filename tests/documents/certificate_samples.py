"""Sample certificate pages for docs/certificates/ (PDF and 110-dpi PNG), and the data the
certificate tests print: a PNS with a long name and many titles, a PPPK, a reprint, a draft
and a pakta integritas, with fictional agency images marked CONTOH.

    .venv/bin/python tests/documents/certificate_samples.py [OUT_DIR]

writes them (default docs/certificates/); the tests import `agency_images`, `prepare_event`
and `SAMPLES` from here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent / "desktop"), str(HERE.parent)]

from ikrar.core.dates import zone  # noqa: E402
from support import agency_images  # noqa: E402

LONG_NAME = "Raden Ajeng Siti Nurhasanah Kusumawardhani Wiranatakusumah"
EVENT_DAY = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB"))
LATE_DAY = datetime(2024, 7, 11, 10, 2, tzinfo=zone("WIB"))
WITNESSES = [
    {"role": "Bawaslu Kabupaten Sumedang", "title": "Ketua", "name": "Ahmad Rifai, S.H."},
    {"role": "KPU Kabupaten Sumedang", "title": "Anggota", "name": "Siti Aminah, S.Sos."},
    {"role": "Inspektorat Daerah", "title": "Inspektur Pembantu",
     "name": "Drs. Dedi Supriadi, M.Si."},
]


def employee(event, name: str, *, front: str = "", back: str = "", **fields):
    """An employee on the event's roster."""
    from ikrar.core.names import display_name, search_key
    from ikrar.store import outbox
    from ikrar.store.models import Employee, RosterEntry

    person = outbox.insert(Employee(name=name, front_title=front, back_title=back,
                                    search_key=search_key(display_name(name, front, back)),
                                    **fields))
    outbox.insert(RosterEntry(event=event, employee=person))
    return person


def prepare_event(event, *, documents: str = "certificate") -> None:
    """The sample event's signature block, as the agency writes it."""
    from ikrar.store import outbox

    event.official_name = "Dr. H. Herman Suryatman, S.Sos., M.Si."
    event.official_title = "Pj. Sekretaris Daerah"
    event.official_rank = "Pembina Utama Muda"
    event.official_nip = "197003151990031005"
    event.organiser_unit = "Sekretariat Daerah"
    event.letterhead = ["PEMERINTAH KABUPATEN SUMEDANG", "SEKRETARIAT DAERAH",
                        "Jl. Prabu Geusan Ulun No. 36, Sumedang 45311"]
    event.witnesses = WITNESSES
    event.documents = documents
    outbox.update(event)


def samples(out: Path) -> list[Path]:
    """Write every sample page as a PNG into `out` (the PDFs stay in a scratch folder);
    returns the PNGs."""
    from ikrar.core.pledge import default_pledge
    from ikrar.core.strokes import synthetic_signature
    from ikrar.documents.batch import select_batch
    from ikrar.documents.certificate import write_certificate
    from ikrar.documents.certificate_data import page_for
    from ikrar.documents.seal import assets_dir
    from ikrar.store.checkin import check_in
    from ikrar.store.db import close_db, init_db
    from ikrar.store.events import create_event
    from ikrar.store.keystore import certify_local_station, init_agency_key

    out.mkdir(parents=True, exist_ok=True)
    pngs = []
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryDirectory() as pdfs:
        init_db(Path(scratch), station_name="Meja 1")
        certify_local_station(init_agency_key(None))
        agency_images(assets_dir())
        event = create_event("Deklarasi Netralitas ASN", EVENT_DAY.replace(hour=8, minute=0),
                             city="Sumedang", venue="Aula Tampomas",
                             agency="Pemerintah Kabupaten Sumedang",
                             official_name="x", official_title="x", pledge=default_pledge())
        prepare_event(event)
        pns = employee(event, LONG_NAME, front="Prof. Dr. Ir. Hj.",
                       back="S.H., M.Si., M.ASEAN / Eng., Ph.D.", nip="198204172006042009",
                       rank="Pembina Tingkat I", grade="IV/b",
                       position="Kepala Bagian Organisasi dan Reformasi Birokrasi",
                       unit="Sekretariat Daerah")
        pppk = employee(event, "Yudi Hermawan", back="S.Kom.", nip="199305122023211004",
                        status="PPPK", rank="", grade="VII", position="Pranata Komputer Ahli "
                        "Pertama", unit="Dinas Komunikasi dan Informatika")
        for seed, (who, when) in enumerate(((pns, EVENT_DAY), (pppk, LATE_DAY)), 1):
            check_in(event, who, synthetic_signature(seed), method="badge",
                     pledge_hash=event.pledge_hash, at=when)
        records = select_batch(event).records
        jobs = {"pns-gelar-panjang": (records[1].number, 0, False),
                "pppk": (records[0].number, 0, False),
                "salinan": (records[1].number, 1, False),
                "draf": (records[0].number, 0, True)}
        for name, (number, copy, draft) in jobs.items():
            issuer, data = page_for(number, copy, draft=draft)
            write_certificate(str(Path(pdfs) / f"{name}.pdf"), issuer, data)
        event.documents = "pakta"
        event.save()
        issuer, data = page_for(records[1].number)
        write_certificate(str(Path(pdfs) / "pakta.pdf"), issuer, data)
        close_db()
        for pdf in sorted(Path(pdfs).glob("*.pdf")):
            target = out / pdf.stem
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf),
                            str(target)], check=True)
            pngs.append(target.with_suffix(".png"))
    return pngs


SAMPLES = ("pns-gelar-panjang", "pppk", "salinan", "draf", "pakta")

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "docs" / \
        "certificates"
    for path in samples(target):
        print(path)
