"""`ikrar privacy purge|export|erase` and `ikrar event forget` from the command line; a
certificate printed after the purge still verifies, its strokes matching."""

from __future__ import annotations

import json
import stat
from datetime import timedelta

from ikrar.cli import main
from ikrar.core.strokes import decode, has_biometrics, synthetic_signature
from ikrar.store import keystore, roles
from ikrar.store.checkin import check_in
from ikrar.store.db import close_db, init_db
from ikrar.store.fields import utcnow
from ikrar.store.models import AuditEvent, Employee, Event, Signature
from support import add_employees, agency_images


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _ceremony(event, days_ago=40, count=2) -> list[str]:
    keystore.certify_local_station(keystore.init_agency_key())
    Event.update(keep_biometrics=True, retention_days=30).where(Event.id == event.id).execute()
    event = Event.get_by_id(event.id)
    people = add_employees(event, count)
    for i, person in enumerate(people):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash, at=utcnow() - timedelta(days=days_ago))
    close_db()
    return [p.nip for p in people]


def test_a_certificate_printed_after_the_purge_still_verifies(event, data_dir, tmp_path,
                                                             capsys):
    _ceremony(event)
    assert run(data_dir, "privacy", "purge", "--dry-run") == 0
    assert capsys.readouterr().out.startswith("2 signature(s) in 1 event(s) would be stripped")
    init_db(data_dir)
    assert all(s.has_biometrics for s in Signature.select())
    close_db()
    assert run(data_dir, "privacy", "purge") == 0
    assert "2 signature(s) in 1 event(s) were stripped" in capsys.readouterr().out
    init_db(data_dir)
    assert not any(has_biometrics(decode(bytes(s.strokes))) for s in Signature.select())
    close_db()
    out = tmp_path / "after.pdf"
    agency_images(data_dir / "assets")  # what final certificates need
    assert run(data_dir, "certificates", str(out)) == 0
    capsys.readouterr()
    assert run(data_dir, "verify", str(out), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    pages = report["pages"] if isinstance(report, dict) and "pages" in report else report
    text = json.dumps(pages)
    assert '"strokes_match": true' in text and '"strokes_match": false' not in text


def test_export_is_owner_only_and_erase_needs_the_administrator(event, data_dir, tmp_path,
                                                               capsys, monkeypatch):
    nips = _ceremony(event, days_ago=1)
    out = tmp_path / "orang.json"
    assert run(data_dir, "privacy", "export", nips[0], "--out", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["person"][0]["nip"] == nips[0] and len(exported["check_ins"]) == 1
    assert run(data_dir, "privacy", "export", "12345") != 0  # a bad NIP: a message
    assert "not a NIP" in capsys.readouterr().err
    assert run(data_dir, "privacy", "erase", nips[0]) != 0
    assert "inside their legal retention" in capsys.readouterr().err
    init_db(data_dir)
    roles.set_pin(roles.ADMIN, "135790")
    close_db()
    monkeypatch.setenv("IKRAR_ADMIN_PIN", "000000")
    assert run(data_dir, "privacy", "erase", nips[0], "--force") != 0
    assert "administrator" in capsys.readouterr().err
    monkeypatch.setenv("IKRAR_ADMIN_PIN", "135790")
    assert run(data_dir, "privacy", "erase", nips[0], "--force") == 0
    init_db(data_dir)
    assert Employee.get_or_none(Employee.nip == nips[0]) is None
    assert AuditEvent.get(AuditEvent.kind == "person_erased").details["forced_by"] == "admin_pin"
    close_db()


def test_forget_from_the_command_line_says_what_to_do(event, data_dir, capsys):
    _ceremony(event, days_ago=1)
    assert run(data_dir, "event", "forget", str(event.id)) != 0
    assert "does not sync with a hub" in capsys.readouterr().err
