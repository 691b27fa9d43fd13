"""What a certificate shows, read from the store: the issuer (what all of an event's pages
share) and each attendee's page data with its signed QR.

This runs in the main process, which holds the database and the station key; the plain
`Issuer` and `CertificateData` it returns travel to the processes that draw the pages
(`ikrar.documents.certificate`).
"""

from __future__ import annotations

from datetime import date, datetime

from ikrar.core.certificate_code import CertificateFields, sign_code
from ikrar.core.dates import format_date, zone
from ikrar.core.errors import IkrarError
from ikrar.core.names import display_name
from ikrar.core.nip import format_nip
from ikrar.documents.certificate import KINDS, CertificateData, Issuer, Witness
from ikrar.documents.seal import SEAL_FILENAME, assets_dir, load_picture, load_seal
from ikrar.store.certificates import PrintRecord
from ikrar.store.certificates import find as find_certificate
from ikrar.store.keystore import station_certificate, station_key
from ikrar.store.models import Attendance, Certificate, Employee, Event, Signature
from ikrar.store.pledges import pledge_text_for


class BatchError(IkrarError):
    """The batch cannot be made; nothing was written and nothing marked printed."""


LOGO, SIGNATURE, SEAL = "logo.png", "official_signature.png", SEAL_FILENAME
# What a final page needs from the agency, by file in the assets folder.
FINAL_ASSETS = {"logo": LOGO, "official_signature": SIGNATURE, "seal": SEAL}
# How `install_asset` checks each one, for the command line and the event page alike: what its
# messages call the image, and whether it needs a transparent background.
ASSET_CHECKS = {LOGO: ("logo", False), SIGNATURE: ("official's signature", False),
                SEAL: ("seal", True)}


def missing_assets() -> list[str]:
    """Which of logo, official_signature and seal a final page still lacks: without them only
    a draft (DRAF) prints. The seal is the agency's own image, or the generated stamp, which
    is believable only with the coat of arms (the logo) in its centre."""
    folder = assets_dir()
    missing = [what for what, name in FINAL_ASSETS.items() if not (folder / name).exists()]
    if "seal" in missing and "logo" not in missing:
        missing.remove("seal")
    return missing


def event_day(event: Event) -> date:
    return event.starts_at.astimezone(zone(event.timezone)).date()


def official_day(event: Event) -> date:
    """The day the official signs: the event's own date unless the event says otherwise."""
    try:
        return date.fromisoformat(event.official_date) if event.official_date else event_day(
            event)
    except ValueError:
        return event_day(event)


def _place_date(place: str, day: date) -> str:
    text = format_date(day)
    return f"{place}, {text}" if place else text


def issuer_for(event: Event, *, draft: bool = False) -> Issuer:
    """What the event's certificates share; refuses an event that cannot print yet."""
    if not event.official_name.strip() or not event.official_title.strip():
        raise BatchError(
            "batch.no_official",
            f"Event {event.title!r} has no presiding official: certificates need the official's "
            "title and name. Set them on the event page (or create the event with "
            "--official-title and --official-name).", title=event.title
        )
    assets = assets_dir()
    logo_path, signature_path = assets / LOGO, assets / SIGNATURE
    logo = load_picture(logo_path, "logo") if logo_path.exists() else None
    signature = (load_picture(signature_path, "official's signature")
                 if signature_path.exists() else None)
    letterhead = tuple(line for line in (event.letterhead or []) if line.strip())
    if not letterhead and event.agency:
        letterhead = (event.agency.upper(),)
    witnesses = tuple(
        Witness(str(w.get("role", "")), str(w.get("name", "")), str(w.get("title", "")))
        for w in (event.witnesses or []) if isinstance(w, dict) and w.get("name")
    )
    nip = "".join(event.official_nip.split())
    return Issuer(
        letterhead=letterhead, logo=logo, event_title=event.title, venue=event.venue,
        official_title=event.official_title.strip(),
        official_name=" ".join(event.official_name.split()),  # exactly as written
        official_signature=signature,
        seal=load_seal(event.agency or (letterhead[0] if letterhead else ""),
                       unit=event.organiser_unit, logo=logo),
        witnesses=witnesses, pledge_text=event.pledge_text,
        official_rank=event.official_rank.strip(),
        official_nip=format_nip(nip) if len(nip) == 18 and nip.isdigit() else nip,
        place_date=_place_date(event.official_place.strip() or event.city, official_day(event)),
        documents=KINDS.get(event.documents, KINDS["certificate"]), draft=draft,
    )


def check_pledges(event: Event, unit: str | None) -> None:
    """Every text these attendees signed must be on this station, or nothing is numbered."""
    query = (Signature.select(Signature.pledge_hash).distinct()
             .join(Attendance).join(Employee)
             .where((Attendance.event == event) & Attendance.is_primary
                    & (Signature.pledge_hash != event.pledge_hash)))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    for (signed_hash,) in query.tuples():
        pledge_text_for(event, signed_hash)  # PledgeVersionError says what to do


class Signer:
    """Signs each page's code (none on a draft) and fills in what the page prints."""

    def __init__(self, event: Event, *, draft: bool = False) -> None:
        self.draft = draft
        self.key, self.cert = (None, None) if draft else (station_key(), station_certificate())
        self.event = event
        self.kinds = KINDS.get(event.documents, KINDS["certificate"])
        self.day = official_day(event)
        self.place_date = _place_date(event.city, event_day(event))
        self.tz = zone(event.timezone)
        self.issued_on = datetime.now(self.tz).date()
        self.url = event.verify_url
        self.pledges: dict[str, str] = {event.pledge_hash: ""}  # "": the event's current text

    def pledge(self, signed_hash: str) -> str:
        if signed_hash not in self.pledges:
            self.pledges[signed_hash] = pledge_text_for(self.event, signed_hash)
        return self.pledges[signed_hash]

    def data(self, certificate: Certificate, copy: int) -> CertificateData:
        attendance = certificate.attendance
        employee, signature = attendance.employee, attendance.signature
        signed_at = signature.signed_at.astimezone(self.tz)
        name = display_name(employee.name, employee.front_title, employee.back_title)
        pppk = employee.status.upper() == "PPPK"
        rank = employee.grade if pppk else ", ".join(
            x for x in (employee.rank, employee.grade) if x)
        codes = dict.fromkeys(("certificate", "pakta"), "")
        if not self.draft:
            fields = CertificateFields(name, employee.nip, certificate.number,
                                       str(self.event.id), signed_at.replace(microsecond=0),
                                       copy, signature.strokes_hash, self.issued_on)
            for kind in self.kinds:
                codes[kind] = sign_code(fields, self.key, self.cert, url=self.url, kind=kind)
        return CertificateData(
            number=certificate.number,
            name=name,
            nip=format_nip(employee.nip), rank=rank, position=employee.position,
            unit=employee.unit,
            place_date=self.place_date,
            strokes=bytes(signature.strokes),
            qr_text=codes["certificate"], copy=copy,
            pledge_text=self.pledge(signature.pledge_hash),
            status="PPPK" if pppk else "PNS",
            signed_on="" if signed_at.date() == self.day else format_date(signed_at),
            pakta_qr_text=codes["pakta"],
        )


def page_for(number: str, copy: int = 0, *,
             draft: bool = False) -> tuple[Issuer, CertificateData]:
    """One certificate's page content, signed: for previews and `write_certificate`."""
    certificate = find_certificate(number)
    event = certificate.attendance.event
    [data] = page_data(Signer(event, draft=draft),
                       [PrintRecord(certificate.id, certificate.number, copy)])
    return issuer_for(event, draft=draft), data


def page_data(signer: Signer, records: list[PrintRecord]) -> list[CertificateData]:
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
