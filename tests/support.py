"""Test and benchmark data: many valid employees, fast; PDF pages as images."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ikrar.core.names import display_name, search_key

GIVEN = ("Budi", "Siti", "Agus", "Dewi", "Asep", "Rina", "Dedi", "Yuli", "Ujang", "Euis",
         "Hendra", "Nur", "Rudi", "Lilis", "Bambang", "Sri", "Joko", "Wati", "Iwan", "Ratna")
FAMILY = ("Santoso", "Rahmawati", "Hidayat", "Lestari", "Suryana", "Kurniawan", "Nasution",
          "Siregar", "Saputra", "Wijaya", "Permana", "Hasibuan", "Sulistyo", "Setiawan")
UNITS = ("Dinas Pendidikan", "Dinas Kesehatan", "Badan Kepegawaian Daerah", "Sekretariat Daerah",
         "Dinas Komunikasi dan Informatika", "Kecamatan Sukamaju", "RSUD Sukamaju")


def nip_for(i: int) -> str:
    """A distinct, format-valid PNS NIP for every i below 19 million."""
    birth = date(1965, 1, 1) + timedelta(days=i % 10_000)
    gender = 1 + (i // 10_000) % 2
    serial = 1 + (i // 20_000) % 999
    return f"{birth:%Y%m%d}{birth.year + 25}{1 + i % 12:02d}{gender}{serial:03d}"


def employee_row(i: int) -> dict:
    name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // 7) % len(FAMILY)]}"
    back = "S.Kom." if i % 3 == 0 else ""
    return {
        "nip": nip_for(i), "name": name, "back_title": back,
        "rank": "Penata", "grade": "III/c", "position": "Analis Kebijakan Ahli Muda",
        "unit": UNITS[i % len(UNITS)], "agency": "Pemerintah Kabupaten Sukamaju",
        "search_key": search_key(display_name(name, "", back)),
    }


def add_employees(event, count: int, *, start: int = 0) -> list:
    """Insert `count` employees (and put them on `event`'s roster) through the outbox."""
    from ikrar.store import outbox
    from ikrar.store.db import db
    from ikrar.store.models import Employee, RosterEntry

    rows = [employee_row(i) for i in range(start, start + count)]
    with db.atomic():
        outbox.insert_many(Employee, rows)
        ids = [e.id for e in Employee.select(Employee.id).where(
            Employee.nip.in_([r["nip"] for r in rows]))]
        if event is not None:
            outbox.insert_many(RosterEntry, [{"event": event.id, "employee": i} for i in ids])
    return list(Employee.select().where(Employee.id.in_(ids)).order_by(Employee.nip))


def render_pdf(pdf: Path, dpi: int = 150, pages: range | None = None) -> list:
    """Pages of `pdf` as greyscale Pillow images on white, rendered with QtPdf (a dependency
    already, so the tests need no poppler); `pages` are 0-based, all by default."""
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    status = doc.load(str(pdf))
    assert status == QPdfDocument.Error.None_, f"QtPdf cannot read {pdf}: {status}"
    images = []
    try:
        for index in pages if pages is not None else range(doc.pageCount()):
            assert 0 <= index < doc.pageCount(), f"{pdf} has no page {index + 1}"
            points = doc.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            rendered = doc.render(index, size)
            assert not rendered.isNull(), f"QtPdf rendered page {index + 1} of {pdf} as nothing"
            page = QImage(size, QImage.Format.Format_RGB32)
            page.fill(QColor("white"))  # rendered pages are transparent where nothing is drawn
            painter = QPainter(page)
            painter.drawImage(0, 0, rendered)
            painter.end()
            gray = page.convertToFormat(QImage.Format.Format_Grayscale8)
            data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
            images.append(Image.frombytes("L", (gray.width(), gray.height()), data, "raw", "L",
                                          gray.bytesPerLine()))
    finally:
        doc.close()
    return images


def raw_db(path: Path | str, *, folder: Path | None = None, **options):
    """A DB-API connection to an (encrypted) Ikrar database outside peewee, keyed as Ikrar
    keys it: what someone holding the key would open. `folder`: the data folder whose key
    opens the file (default: the file's own folder)."""
    from ikrar.store.crypto import existing_key  # noqa: PLC0415
    from ikrar.store.db import connect_raw  # noqa: PLC0415

    return connect_raw(Path(path) if folder is None else path,
                       existing_key(folder or Path(path).parent), **options)

def _font(size: int):
    from PIL import ImageFont

    from ikrar.paths import resource

    return ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), size)


def agency_images(folder: Path | None = None, *, logo: bool = True,
                  signature: bool = True) -> None:
    """A fictional coat of arms and an official's signature, each marked CONTOH, in the
    data folder's assets (what final certificates need; the seal is then generated)."""
    from PIL import Image, ImageDraw

    from ikrar.documents.seal import assets_dir

    folder = folder or assets_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if logo:
        image = Image.new("RGBA", (360, 420), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.polygon([(180, 8), (350, 80), (320, 330), (180, 412), (40, 330), (10, 80)],
                     fill=(18, 92, 46, 255), outline=(200, 160, 20, 255), width=10)
        draw.ellipse((120, 110, 240, 230), fill=(230, 190, 30, 255))
        draw.rectangle((100, 260, 260, 300), fill=(230, 190, 30, 255))
        draw.text((180, 355), "CONTOH", font=_font(44), fill=(255, 255, 255, 255), anchor="mm")
        image.save(folder / "logo.png")
    if signature:
        image = Image.new("RGBA", (640, 240), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        points = [(40, 170), (90, 60), (120, 180), (170, 70), (200, 160), (260, 90),
                  (300, 150), (360, 80), (420, 150), (520, 110), (600, 60)]
        draw.line(points, fill=(20, 30, 110, 255), width=9, joint="curve")
        draw.line([(60, 200), (560, 185)], fill=(20, 30, 110, 255), width=6)
        draw.text((600, 225), "CONTOH", font=_font(26), fill=(150, 150, 150, 255),
                  anchor="rd")
        image.save(folder / "official_signature.png")


def both_documents(event, make_employee, *, seed: int = 1):
    """One attendee of an event that prints the certificate and the pakta, checked in on
    10 July 2024, with the station certified and the agency images installed: (issuer, data),
    both codes signed."""
    from datetime import datetime

    from ikrar.core.dates import zone
    from ikrar.core.strokes import synthetic_signature
    from ikrar.documents.batch import select_batch
    from ikrar.documents.certificate_data import page_for
    from ikrar.store import outbox
    from ikrar.store.checkin import check_in
    from ikrar.store.keystore import certify_local_station, init_agency_key

    certify_local_station(init_agency_key(None))
    agency_images()
    event.documents = "both"
    outbox.update(event)
    person = make_employee(event, name="Ani Lestari", front="Dr.", back="M.Si.")
    check_in(event, person, synthetic_signature(seed), method="badge",
             pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB")))
    [record] = select_batch(event).records
    issuer, data = page_for(record.number)
    assert data.qr_text and data.pakta_qr_text and data.qr_text != data.pakta_qr_text
    return issuer, data
