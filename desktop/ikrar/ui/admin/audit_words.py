"""Audit events in words: what happened ("Tanda tangan", "Cetak sertifikat") and its details as
named fields, with names instead of ids and times in the event's time zone. No raw JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from ikrar.ui.widgets import when
from ikrar.ui.widgets.messages import method_text


class AuditWords(QObject):
    """The audit page's vocabulary (a QObject so that lupdate and tr() find the words)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kinds = {
            "check_in": self.tr("Signature"),
            "walk_in_register": self.tr("Walk-in registered"),
            "checkin_close": self.tr("Check-in closed"),
            "checkin_reopen": self.tr("Check-in reopened"),
            "certificate_issue": self.tr("Certificates numbered"),
            "certificate_print": self.tr("Certificate printed"),
            "certificate_reprint": self.tr("Certificate reprinted"),
            "certificate_void": self.tr("Certificate voided"),
            "badges_print": self.tr("Badges printed"),
            "roster_import": self.tr("Roster imported"),
            "event_create": self.tr("Event created"),
            "event_edit": self.tr("Event changed"),
            "pledge_edit": self.tr("Pledge text changed"),
            "key_create": self.tr("Key created"),
            "key_import": self.tr("Agency key imported"),
            "station_certify": self.tr("Station certified"),
            "station_enrol": self.tr("Station enrolled at the hub"),
            "station_join": self.tr("Station joined a hub"),
            "station_revoke": self.tr("Station revoked"),
            "enrol_code": self.tr("Enrolment code made"),
            "pin_set": self.tr("PIN set"),
            "pin_clear": self.tr("PIN removed"),
            "pin_lockout": self.tr("PIN locked after failed attempts"),
            "sync": self.tr("Sync with the hub"),
            "sync_export": self.tr("Changes saved for USB"),
            "sync_import": self.tr("Changes read from USB"),
        }
        self.fields = {
            "event": self.tr("Event"), "employee": self.tr("Employee"),
            "method": self.tr("How"), "pledge_hash": self.tr("Pledge fingerprint"),
            "nip": self.tr("NIP"), "station": self.tr("Station"), "numbers": self.tr("Numbers"),
            "operator": self.tr("Operator"), "reason": self.tr("Reason"),
            "count": self.tr("Count"), "pages": self.tr("Pages"), "unit": self.tr("Unit"),
            "key_id": self.tr("Key"), "file": self.tr("File"), "rows": self.tr("Rows"),
            "imported": self.tr("New"), "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"), "rejected": self.tr("Refused"),
            "sha256": self.tr("File fingerprint"), "source": self.tr("Source"),
            "title": self.tr("Title"), "fields": self.tr("Fields"),
            "version": self.tr("Version"), "previous_version": self.tr("Previous version"),
            "role": self.tr("Role"), "fingerprint": self.tr("Fingerprint"),
            "encrypted": self.tr("Passphrase"), "replaced": self.tr("Replaced the old one"),
            "station_key_id": self.tr("Station key"), "agency_key_id": self.tr("Agency key"),
            "valid_until": self.tr("Valid until"), "hub": self.tr("Hub"),
            "minutes": self.tr("Valid for (minutes)"), "failures": self.tr("Failed attempts"),
            "seconds": self.tr("Locked for (seconds)"), "pushed": self.tr("Sent"),
            "pulled": self.tr("Received"), "written": self.tr("Written"),
            "first": self.tr("From"), "last": self.tr("To"), "entries": self.tr("Entries"),
            "new": self.tr("New entries"),
        }
        self.roles = {"agency": self.tr("agency"), "station": self.tr("station"),
                      "admin": self.tr("administrator"), "operator": self.tr("desk operator"),
                      "clerk": self.tr("clerk")}

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind.replace("_", " ").capitalize())

    def field(self, name: str) -> str:
        return self.fields.get(name, name.replace("_", " ").capitalize())

    def value(self, name: str, value: Any, labels: dict[str, str], zone: str) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list | tuple):
            return ", ".join(self.value(name, v, labels, zone) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{self.field(k)}: {self.value(k, v, labels, zone)}"
                             for k, v in value.items())
        if name == "method":
            return method_text(str(value))
        if name == "role":
            return self.roles.get(str(value), str(value))
        if name == "fields":
            return self.field(str(value))
        text = str(value)
        if text in labels:
            return labels[text]
        if name in ("pledge_hash", "sha256") and len(text) > 16:
            return text[:16] + "…"  # enough to compare, not a wall of hex
        if name == "valid_until":
            try:
                return when.date_and_time(datetime.fromisoformat(text), zone)
            except ValueError:
                return text
        return text

    def details(self, details: dict[str, Any], labels: dict[str, str], zone: str) -> str:
        """ "Acara: Apel Netralitas · Cara: Kartu (pindai)" — every field named, in words."""
        return " · ".join(f"{self.field(k)}: {self.value(k, v, labels, zone)}"
                          for k, v in details.items())

    def search_kinds(self, text: str) -> list[str]:
        """The kinds whose words contain `text` (the page's search box speaks words too)."""
        text = text.strip().casefold()
        return [k for k, words in self.kinds.items() if text and text in words.casefold()]
