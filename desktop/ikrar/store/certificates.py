"""Certificate numbers, issue, print records and voids.

A number comes from the event's pattern, e.g. `{seq:04d}/{station}/NETRAL/{year}`. Stations
print offline, so `seq` counts per station and the station's short code is part of every
number: two stations can both print "0001" without ever printing the same number.

Issuing gives a signed attendance its number; printing is recorded separately, and only after
the output was written or spooled (`mark_printed`). A certificate that was printed before is
printed again only as a numbered copy (*SALINAN*). Every issue, print and void is in the
audit chain.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import peewee
from peewee import fn

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.store import audit, outbox
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import (
    Attendance,
    Certificate,
    CertificatePrint,
    Employee,
    Event,
    Signature,
    Station,
)

FIELDS = ("seq", "station", "year", "month", "roman_month")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_WORD = re.compile(r"[A-Za-z]+|\d+")


class CertificateError(IkrarError):
    """A certificate cannot be issued, found, printed or voided as asked; nothing was changed."""


def station_code(station: Station) -> str:
    """Short code for numbers: initials of the station's name and 4 hex digits of its id.

    "Meja 1" with id …c0ffee42a3f9 → "M1-A3F9". The name makes it readable at the desk; the
    random tail of the UUIDv7 keeps two stations with the same name apart.
    """
    words = _WORD.findall(station.name or "")
    initials = "".join(w if w.isdigit() else w[0] for w in words).upper()[:4] or "ST"
    return f"{initials}-{station.id.hex[-4:].upper()}"


def check_pattern(pattern: str) -> None:
    """Refuse a numbering pattern that could repeat a number or does not format."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise CertificateError("numbering.invalid",
                               f"The numbering pattern {pattern!r} is not valid: {exc}.",
                               pattern=pattern, reason=exc) from exc
    unknown = names - set(FIELDS)
    if unknown:
        raise CertificateError(
            "numbering.unknown_field",
            f"The numbering pattern {pattern!r} uses {{{sorted(unknown)[0]}}}; "
            f"only {', '.join('{' + f + '}' for f in FIELDS)} can be used.",
            field=sorted(unknown)[0], fields=', '.join('{' + f + '}' for f in FIELDS),
        )
    if not {"seq", "station"} <= names:
        raise CertificateError(
            "numbering.needs_seq_station",
            f"The numbering pattern {pattern!r} must contain {{seq}} and {{station}}: "
            "stations print offline, and only the station code keeps their numbers apart.",
            pattern=pattern,
        )


def format_number(pattern: str, *, seq: int, station: str, when: datetime) -> str:
    check_pattern(pattern)
    try:
        return pattern.format(seq=seq, station=station, year=when.year, month=when.month,
                              roman_month=_ROMAN[when.month - 1])
    except (ValueError, IndexError, KeyError) as exc:
        raise CertificateError("numbering.invalid",
                               f"The numbering pattern {pattern!r} is not valid: {exc}.",
                               pattern=pattern, reason=exc) from exc


def current_certificate(attendance: Attendance) -> Certificate | None:
    """The attendance's certificate that is not voided, if it has one."""
    return (Certificate.select()
            .where((Certificate.attendance == attendance) & Certificate.voided_at.is_null())
            .first())


def find(number: str) -> Certificate:
    certificate = Certificate.get_or_none(Certificate.number == number.strip())
    if certificate is None:
        raise CertificateError("certificate.unknown_number",
                               f"There is no certificate numbered {number!r} on this station.",
                               number=number)
    return certificate


def _signable(event: Event, unit: str | None) -> peewee.ModelSelect:
    """Primary, signed attendances of an event without a live certificate."""
    live = (Certificate.select(Certificate.attendance)
            .where(Certificate.voided_at.is_null()))
    query = (Attendance.select(Attendance, Signature, Employee)
             .join(Signature, attr="signature").switch(Attendance).join(Employee)
             .where((Attendance.event == event) & Attendance.is_primary
                    & Attendance.id.not_in(live)))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    return query.order_by(Signature.signed_at)


def issue_missing(event: Event, unit: str | None = None) -> list[str]:
    """Number every signed attendee of the event (of `unit`) who has no certificate yet."""
    check_pattern(event.numbering_pattern)
    station = Station.get_by_id(local().station_id)
    code = station_code(station)
    tz = zone(event.timezone)
    numbers: list[str] = []
    try:
        with db.atomic():
            last = (Certificate.select(fn.MAX(Certificate.seq))
                    .where(Certificate.station == station).scalar()) or 0
            rows = []
            for attendance in _signable(event, unit):
                last += 1
                # The event's date, not the check-in's: one event, one year in its numbers.
                when = event.starts_at.astimezone(tz)
                number = format_number(event.numbering_pattern, seq=last, station=code, when=when)
                rows.append({"attendance": attendance.id, "station": station.id,
                             "number": number, "seq": last})
                numbers.append(number)
            if rows:
                outbox.insert_many(Certificate, rows)
                audit.append("certificate_issue", str(event.id), station=code, numbers=numbers)
    except peewee.IntegrityError as exc:
        raise CertificateError(
            "certificate.number_taken",
            f"A certificate number from pattern {event.numbering_pattern!r} already exists "
            f"({exc}). Another station may share this station's code {code}; rename one of them.",
            pattern=event.numbering_pattern, reason=exc, code=code,
        ) from exc
    return numbers


def print_counts(certificate_ids: Iterable) -> dict:
    """How many times each certificate was printed (0 for never), by certificate id."""
    ids = list(certificate_ids)
    counts = dict.fromkeys(ids, 0)
    for start in range(0, len(ids), 500):
        query = (CertificatePrint
                 .select(CertificatePrint.certificate, fn.COUNT(CertificatePrint.id))
                 .where(CertificatePrint.certificate.in_(ids[start:start + 500]))
                 .group_by(CertificatePrint.certificate).tuples())
        counts.update(dict(query))
    return counts


@dataclass(frozen=True)
class PrintRecord:
    certificate_id: object
    number: str
    copy: int  # 0 for the original, n for the n-th copy (SALINAN)


def mark_printed(records: Iterable[PrintRecord], destination: str, *,
                 operator: str = "") -> int:
    """Record that these pages were written or spooled; call only after that succeeded."""
    records = list(records)
    if not records:
        return 0
    station_id = local().station_id
    now = utcnow()
    with db.atomic():
        outbox.insert_many(CertificatePrint, [
            {"certificate": r.certificate_id, "station": station_id, "printed_at": now,
             "is_reprint": r.copy > 0, "destination": destination[:255], "operator": operator}
            for r in records
        ])
        originals = [r.number for r in records if r.copy == 0]
        copies = [f"{r.number} (salinan ke-{r.copy})" for r in records if r.copy > 0]
        if originals:
            audit.append("certificate_print", destination, numbers=originals, operator=operator)
        if copies:
            audit.append("certificate_reprint", destination, numbers=copies, operator=operator)
    return len(records)


def void(number: str, reason: str) -> Certificate:
    """Withdraw a certificate; its attendee gets a new number at the next issue."""
    reason = reason.strip()
    if not reason:
        raise CertificateError("certificate.void_reason_missing",
                               "Say why the certificate is voided; the reason is kept.")
    certificate = find(number)
    if certificate.voided_at is not None:
        raise CertificateError("certificate.already_void",
                               f"Certificate {certificate.number} is already void.",
                               number=certificate.number)
    with db.atomic():
        certificate.voided_at = utcnow()
        certificate.void_reason = reason[:255]
        outbox.update(certificate)
        audit.append("certificate_void", certificate.number, reason=certificate.void_reason)
    return certificate
