"""The tools tell the truth: which database they checked, what is lost, which certificate."""

from __future__ import annotations

import httpx
import pytest
from sync_support import Station, pg_database

from ikrar import cli
from ikrar.core.errors import IkrarError
from ikrar.store import outbox, settings
from ikrar.store.db import close_db, init_db
from ikrar.store.models import AuditEvent, Employee
from ikrar.sync import station as sync_station
from ikrar.sync import tls
from ikrar.sync.client import HubCertificateMismatch, HubRefused, HubUnreachable


def test_audit_verify_checks_the_postgresql_hub_not_the_empty_sqlite_file(
        make_hub, pg_admin_url, capsys):
    url, drop = pg_database(pg_admin_url)
    try:
        hub = make_hub(url, start=False)
        folder = str(hub.folder)
        # The administrator starts using the folder with its database once…
        assert cli.main(["--data-dir", folder, "hub", "--database", url, "enrol", "Meja 1"]) == 0
        capsys.readouterr()
        # …then every command in the folder checks that database.
        assert cli.main(["--data-dir", folder, "audit", "verify"]) == 0
        out = capsys.readouterr().out
        assert "postgresql://" in out and "intact" in out
        hub.use()
        events = AuditEvent.select().count()
        assert events >= 3
        AuditEvent.update(subject="forged").where(AuditEvent.seq == 2).execute()
        close_db()
        for extra in ([], ["--database", url]):
            assert cli.main(["--data-dir", folder, "audit", "verify", *extra]) == 1
            assert "BROKEN at event 2" in capsys.readouterr().out
    finally:
        drop()


@pytest.mark.parametrize("loss", ["empty", "missing"])
def test_a_lost_database_is_refused_not_replaced_by_a_new_station(tmp_path, loss, capsys):
    first = init_db(tmp_path, station_name="Meja 1")
    station_id = first.station_id
    close_db()
    path = tmp_path / "ikrar.sqlite3"
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    if loss == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    with pytest.raises(IkrarError) as refused:
        init_db(tmp_path, station_name="Meja 1")
    assert refused.value.code == "store.db_lost"
    message = str(refused.value)
    assert station_id in message and "new data folder" in message
    assert "backups" not in message  # there are none to point at
    assert not path.exists() or path.stat().st_size == 0  # nothing was created in its place
    assert cli.main(["--data-dir", str(tmp_path), "event", "list"]) != 0
    assert "Nothing was created" in capsys.readouterr().err
    # A damaged file's message names the copies only where Ikrar took some.
    path.write_bytes(b"not a database at all, 32 bytes")
    with pytest.raises(IkrarError) as damaged:
        init_db(tmp_path)
    assert "backups" not in str(damaged.value)
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "ikrar-v1-20240101T000000Z.sqlite3").write_bytes(b"x")
    with pytest.raises(IkrarError) as damaged:
        init_db(tmp_path)
    assert str(tmp_path / "backups") in str(damaged.value)


def test_a_wrong_pinned_certificate_is_reported_as_such(tmp_path, make_hub):
    hub = make_hub(tls=True)
    code = hub.code("Meja 1")
    Station(tmp_path / "s", "Meja 1").use()
    sync_station.join(hub.url, code)
    # Another machine answers at the hub's address: its certificate is not the pinned one.
    other, _ = tls.ensure_certificate(tmp_path / "other", ["127.0.0.1"])
    settings.put("hub_certificate", other.read_text(encoding="ascii"))
    with pytest.raises(HubCertificateMismatch) as refused:
        sync_station.sync_once()
    assert not isinstance(refused.value, HubUnreachable)
    assert refused.value.code == "hub.wrong_certificate"
    assert "certificate other than the one this station pinned" in str(refused.value)


@pytest.mark.parametrize("minutes", ["-5", "0", "99999999999999", "soon"])
def test_enrol_minutes_out_of_range_exit_2_with_a_message(tmp_path, minutes, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--data-dir", str(tmp_path), "hub", "enrol", "Meja 1", "--minutes", minutes])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "--minutes" in err and ("from 1 to 10080" in err or "not a whole number" in err)


def test_no_tls_off_loopback_is_refused(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path), "hub", "--host", "0.0.0.0", "--no-tls"]) == 2
    assert "--no-tls is for this machine only" in capsys.readouterr().err


def test_an_invalid_nip_pushed_is_refused_naming_the_field(hub, stations):
    (a,) = stations("Meja 1")
    a.use()
    person = Employee.select().first()
    person.nip = "123456789012345678"  # 18 digits, no real birth date
    outbox.update(person)
    with pytest.raises(HubRefused) as refused:
        sync_station.sync_once()
    assert refused.value.status == 422
    assert "field 'nip' is not a valid NIP" in str(refused.value)
    assert "table employee" in str(refused.value)
    hub.use()
    assert Employee.select().where(Employee.nip == "123456789012345678").count() == 0
    close_db()
    assert httpx.get(hub.url + "/api/v1/health", timeout=10).status_code == 200
