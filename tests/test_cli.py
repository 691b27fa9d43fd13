from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ikrar import __version__
from ikrar.cli import main
from ikrar.store.db import close_db, init_db
from ikrar.store.demo import DEMO_PASSPHRASE
from ikrar.store.models import Employee, Event, RosterEntry

CSV = """DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL
PEMERINTAH KABUPATEN SUKAMAJU

No;NIP Baru;Nama Lengkap;Gelar Depan;Gelar Belakang;Pangkat;Gol. Ruang;Jabatan;Unit Kerja
1;'199001012015011001;Budi Santoso;;S.Kom.;Penata;III/c;Pranata Komputer;Dinas Kominfo
2;198502142010012003;Siti Rahmawati;Dr.;M.Si.;Pembina;IV/a;Kepala Bidang;Dinas Kesehatan
"""


def run(data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    close_db()
    return code


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "event", "roster", "audit"):
        assert command in out


def test_module_entry_point_prints_version():
    done = subprocess.run([sys.executable, "-m", "ikrar", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"Ikrar {__version__}"


def test_event_create_list_use(data_dir, capsys):
    assert run(data_dir, "event", "create", "--title", "Deklarasi Netralitas ASN",
               "--date", "2024-07-10T08:00", "--city", "Sumedang", "--venue", "Aula Tampomas",
               "--replace", "Pemilu dan Pemilihan=Pilkada", "--acting") == 0
    assert run(data_dir, "event", "create", "--title", "Apel Pagi", "--date", "2024-08-17",
               "--tz", "WITA") == 0
    capsys.readouterr()
    assert run(data_dir, "event", "list", "--json") == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["title"] for e in events] == ["Deklarasi Netralitas ASN", "Apel Pagi"]
    assert events[0]["starts"] == "Rabu, 10 Juli 2024, 08.00 WIB"
    assert events[1]["current"]
    assert run(data_dir, "event", "use", "Deklarasi Netralitas ASN") == 0
    init_db(data_dir)
    from ikrar.store.events import current_event

    chosen = current_event()
    assert chosen.title == "Deklarasi Netralitas ASN" and chosen.official_acting
    assert "Pilkada" in chosen.pledge_text and "Pemilu dan Pemilihan" not in chosen.pledge_text


def test_bad_date_and_unknown_event_are_clear(data_dir, capsys):
    assert run(data_dir, "event", "create", "--title", "X", "--date", "10/07/2024") == 2
    assert "2024-07-10" in capsys.readouterr().err
    assert run(data_dir, "event", "use", "nothing-like-this") == 1
    assert "No event matches" in capsys.readouterr().err


def test_roster_import_json_and_exit_codes(data_dir, tmp_path, capsys):
    run(data_dir, "event", "create", "--title", "Ikrar", "--date", "2024-07-10")
    good = tmp_path / "roster.csv"
    good.write_text(CSV, encoding="utf-8-sig")
    capsys.readouterr()
    assert run(data_dir, "roster", "import", str(good), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["updated"], report["rejected"]) == (2, 0, [])

    bad = tmp_path / "bad.csv"
    bad.write_text(CSV + "3;1.99001E+17;Asep Suryana;;;Penata;III/c;Staf;Kecamatan\n",
                   encoding="utf-8")
    assert run(data_dir, "roster", "import", str(bad), "--json") != 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] is False
    assert [(r["row"], r["field"]) for r in report["rejected"]] == [(7, "NIP")]

    init_db(data_dir)
    assert Employee.select().count() == 2
    assert RosterEntry.select().count() == 2
    close_db()

    assert run(data_dir, "roster", "import", str(bad), "--skip-invalid") == 0
    init_db(data_dir)
    assert Employee.select().count() == 2  # the two good rows were unchanged


def test_roster_import_refuses_a_file_that_is_not_a_roster(data_dir, tmp_path, capsys):
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    assert run(data_dir, "roster", "import", str(junk)) != 0
    assert "foto.jpg" in capsys.readouterr().err


def test_roster_list_search(data_dir, tmp_path, capsys):
    run(data_dir, "event", "create", "--title", "Ikrar", "--date", "2024-07-10")
    roster = tmp_path / "roster.csv"
    roster.write_text(CSV, encoding="utf-8")
    run(data_dir, "roster", "import", str(roster))
    capsys.readouterr()
    assert run(data_dir, "roster", "list", "--search", "dr. siti", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["Dr. Siti Rahmawati, M.Si."]
    assert run(data_dir, "roster", "list", "--search", "19900101 2015", "--json") == 0
    assert [r["nip"] for r in json.loads(capsys.readouterr().out)] == ["199001012015011001"]


def test_demo_fills_its_own_folder_and_never_real_data(data_dir, tmp_path, capsys):
    demo_dir = tmp_path / "demo"
    assert main(["--data-dir", str(demo_dir), "demo", "--no-gui", "--count", "120"]) == 0
    close_db()
    init_db(demo_dir, passphrase=DEMO_PASSPHRASE)
    assert Employee.select().count() == 120
    assert Event.select().count() == 1
    close_db()
    # Running it again does not refill.
    assert main(["--data-dir", str(demo_dir), "demo", "--no-gui"]) == 0
    close_db()
    # A folder with real data is refused.
    run(data_dir, "event", "create", "--title", "Real", "--date", "2024-07-10")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo", "--no-gui"]) == 2
    assert "real data" in capsys.readouterr().err
    close_db()


def test_demo_opens_with_no_credential_store_and_nobody_to_ask(tmp_path, monkeypatch):
    """The README's first command on a bare machine: no keyring backend, no passphrase set,
    no terminal to ask; the demo (fictional people only) keys itself with its published
    passphrase, and a real folder on the same machine still needs one."""
    import json

    import keyring
    from keyring.backends import fail

    from ikrar.store import crypto

    monkeypatch.delenv("IKRAR_DB_PASSPHRASE", raising=False)
    keyring.set_keyring(fail.Keyring())
    demo_dir = tmp_path / "demo"
    assert main(["--data-dir", str(demo_dir), "demo", "--no-gui", "--count", "50"]) == 0
    close_db()
    assert json.loads((demo_dir / "database-key.json").read_text())["source"] == "passphrase"
    assert not (demo_dir / "ikrar.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert main(["--data-dir", str(demo_dir), "demo", "--no-gui"]) == 0  # and again
    close_db()
    crypto.set_prompt(None)
    with pytest.raises(crypto.DatabaseKeyError):
        init_db(tmp_path / "real")
    close_db()


def test_demo_default_folder_is_apart_from_real_data(monkeypatch):
    from ikrar import paths

    monkeypatch.delenv("IKRAR_DATA_DIR", raising=False)
    assert paths.demo_data_dir() != paths.data_dir()


def test_read_only_data_folder_is_a_clear_error(mounted_tmpfs, capsys):
    folder = mounted_tmpfs("readonly", read_only=True)
    assert main(["--data-dir", str(folder), "event", "list"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and str(folder) in err


def test_roster_import_on_a_full_disk_writes_nothing(mounted_tmpfs, tmp_path, capsys):
    from support import employee_row

    folder = mounted_tmpfs("tiny", size_kb=900)
    assert main(["--data-dir", str(folder), "event", "create", "--title", "Apel",
                 "--date", "2024-07-10"]) == 0
    close_db()
    big = tmp_path / "big.csv"
    lines = ["NIP;Nama;Unit Kerja"]
    lines += [f"{r['nip']};{r['name']};{r['unit']}" for r in map(employee_row, range(8000))]
    big.write_text("\n".join(lines), encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "roster", "import", str(big)]) == 1
    err = capsys.readouterr().err
    assert "disk holding the Ikrar data folder is full" in err and "Nothing was saved" in err
    close_db()
    init_db(folder)
    assert Employee.select().count() == 0
    assert RosterEntry.select().count() == 0
    from ikrar.store import audit

    assert audit.verify().ok


def test_audit_export_writes_what_the_audit_page_exports(data_dir, tmp_path, capsys):
    import csv

    from ikrar.store import audit
    from ikrar.store.audit_export import export

    init_db(data_dir)
    audit.append("certificate_void", "0001/M1", reason="duplikat")
    audit.append("sync", "hub", pushed=3)
    export(tmp_path / "page.csv", "void")  # what the audit page writes for the search "void"
    close_db()
    assert run(data_dir, "audit", "export", str(tmp_path / "cli.csv"), "--search", "void") == 0
    assert "Wrote 1 audit events" in capsys.readouterr().out
    page = list(csv.reader((tmp_path / "page.csv").open(encoding="utf-8-sig", newline="")))
    cli = list(csv.reader((tmp_path / "cli.csv").open(encoding="utf-8-sig", newline="")))
    assert cli == page and cli[1][3] == "certificate_void"
    assert run(data_dir, "audit", "export", str(tmp_path / "all.json")) == 0
    events = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [e["kind"] for e in events][-2:] == ["certificate_void", "sync"]
    assert run(data_dir, "audit", "export", "--csv", str(tmp_path / "forced.json")) == 0
    assert (tmp_path / "forced.json").read_text(encoding="utf-8-sig").startswith("seq,at,")
    assert run(data_dir, "audit", "export", str(tmp_path / "missing" / "x.csv")) != 0
    assert "Cannot write" in capsys.readouterr().err
