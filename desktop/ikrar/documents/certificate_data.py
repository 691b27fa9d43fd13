"""What a certificate shows, read from the store: the issuer (what all of an event's pages
share) and each attendee's page data with its signed QR.

This runs in the main process, which holds the database and the station key; the plain
`Issuer` and `CertificateData` it returns travel to the processes that draw the pages
(`ikrar.documents.certificate`).
"""

from __future__ import annotations

from datetime import datetime

from ikrar.core.certificate_code import CertificateFields, sign_code
from ikrar.core.dates import format_date, zone
from ikrar.core.errors import IkrarError
from ikrar.core.names import display_name, name_without_titles
from ikrar.core.nip import format_nip
from ikrar.documents.certificate import CertificateData, Issuer, Witness
from ikrar.documents.seal import assets_dir, load_picture, load_seal
from ikrar.store.certificates import PrintRecord
from ikrar.store.certificates import find as find_certificate
from ikrar.store.keystore import station_certificate, station_key
from ikrar.store.models import Attendance, Certificate, Employee, Event, Signature
from ikrar.store.pledges import pledge_text_for


class BatchError(IkrarError):
    """The batch cannot be made; nothing was written and nothing marked printed."""


def issuer_for(event: Event) -> Issuer:
    """What the event's certificates share; refuses an event that cannot print yet."""
    if not event.official_name.strip() or not event.official_title.strip():
        raise BatchError(
            "batch.no_official",
            f"Event {event.title!r} has no presiding official: certificates need the official's "
            "title and name. Set them on the event page (or create the event with "
            "--official-title and --official-name).", title=event.title
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
    def __init__(self, event: Event) -> None:
        self.key, self.cert = station_key(), station_certificate()
        self.event = event
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
        fields = CertificateFields(name, employee.nip, certificate.number, str(self.event.id),
                                   signed_at.replace(microsecond=0), copy,
                                   signature.strokes_hash, self.issued_on)
        rank = ", ".join(x for x in (employee.rank, employee.grade) if x)
        date = format_date(signed_at)
        return CertificateData(
            number=certificate.number,
            name=name,
            nip=format_nip(employee.nip), rank=rank, position=employee.position,
            unit=employee.unit,
            place_date=f"{self.event.city}, {date}" if self.event.city else date,
            strokes=bytes(signature.strokes),
            qr_text=sign_code(fields, self.key, self.cert, url=self.url), copy=copy,
            pledge_text=self.pledge(signature.pledge_hash),
        )


def page_for(number: str, copy: int = 0) -> tuple[Issuer, CertificateData]:
    """One certificate's page content, signed: for previews and `write_certificate`."""
    certificate = find_certificate(number)
    event = certificate.attendance.event
    [data] = page_data(Signer(event), [PrintRecord(certificate.id, certificate.number, copy)])
    return issuer_for(event), data


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
