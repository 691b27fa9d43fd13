"""A whole ceremony with logging on, then every log file is searched for the hub token and
for the sample NIPs and names: logs hold none of them (UU 27/2022; docs/privacy.md).

Import, check-ins with signatures, sync with a real hub on loopback, certificates, the
retention purge, a privacy export and forgetting the event, each through the command line with
-v (debug logging) where there is one. The database's own secrets (the token at rest) are
checked with its encryption, not here.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sync_support import use

from ikrar import cli
from ikrar.core.strokes import synthetic_signature
from ikrar.logs import setup_logging
from ikrar.store import keystore, outbox, settings
from ikrar.store.checkin import check_in
from ikrar.store.db import close_db
from ikrar.store.events import current_event
from ikrar.store.fields import utcnow
from ikrar.store.lookup import ScanRefused, resolve_scan
from ikrar.store.models import Employee, Event
from support import agency_images

ROSTER = """No;NIP Baru;Nama Lengkap;Gelar Depan;Gelar Belakang;Pangkat;Gol. Ruang;Jabatan;\
Unit Kerja
1;'199001012015011001;Cecep Gorbacep;;S.Kom.;Penata;III/c;Pranata Komputer;Dinas Kominfo
2;198502142010012003;Neneng Sulastriani;Dr.;M.Si.;Pembina;IV/a;Kepala Bidang;Dinas Kesehatan
3;197805232005011002;Ujang Sukmawijaya;;;Penata Muda;III/a;Analis;Kecamatan Sukamaju
"""
NOBODY = "196912311990031001"  # a valid NIP nobody holds: a refused scan


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), "-v", *args])


def test_logs_hold_no_token_nip_or_name_after_a_whole_ceremony(make_hub, tmp_path, capsys):
    hub = make_hub(None, employees=4)
    hub.use()
    event = Event.get()
    event.keep_biometrics, event.retention_days = True, 1
    event.official_title, event.official_name = "Sekretaris Daerah", "Herman Suryatman"
    outbox.update(event)
    people = [(e.nip, e.name) for e in Employee.select()]
    close_db()
    desk = tmp_path / "meja"
    code = hub.code("Meja 1")
    assert run(desk, "station", "join", hub.url, code) == 0
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    assert run(desk, "roster", "import", str(roster)) == 0
    assert run(desk, "sync") == 0

    use(desk, name="Meja 1")
    agency_images(desk / "assets")  # what final certificates need
    setup_logging(desk, verbose=True)
    token = settings.get("hub_token")
    assert token and len(token) >= 20
    event = current_event()
    agency = keystore.agency_public_key()
    everyone = list(Employee.select())
    people += [(e.nip, e.name) for e in everyone]
    for i, person in enumerate(everyone):
        found = resolve_scan(event, person.nip, agency)
        check_in(event, found.employee, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash, at=utcnow() - timedelta(days=2))
    try:
        resolve_scan(event, NOBODY, agency)
    except ScanRefused:
        pass
    try:  # a second check-in is refused, naming when and where (not who) in any log
        check_in(event, everyone[0], synthetic_signature(1), method="badge",
                 pledge_hash=event.pledge_hash)
    except Exception:  # noqa: BLE001 - refused as expected; only the logs matter here
        pass
    close_db()

    assert run(desk, "sync") == 0
    assert run(desk, "certificates", str(tmp_path / "sertifikat.pdf")) == 0
    assert run(desk, "privacy", "purge") == 0
    assert run(desk, "privacy", "export", everyone[0].nip, "--out",
               str(tmp_path / "export.json")) == 0
    assert run(desk, "sync") == 0
    assert run(desk, "event", "forget", str(event.id)) == 0
    assert run(desk, "event", "forget", "no-such-event") != 0
    assert run(desk, "privacy", "erase", NOBODY) != 0
    hub.stop()
    capsys.readouterr()

    logs = [p for p in [*desk.rglob("*.log*"), *hub.folder.rglob("*.log*"),
                        *tmp_path.glob("*-hub.log")] if p.is_file()]
    assert any("logs" in p.parts for p in logs) and any(p.stat().st_size for p in logs)
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "sync" in text  # the logs were written while all this ran
    assert token not in text, "the hub token is in a log"
    for nip, name in people + [(NOBODY, "")]:
        assert nip not in text, "a NIP is in a log"
        if name:
            assert name not in text and name.upper() not in text, "a name is in a log"
