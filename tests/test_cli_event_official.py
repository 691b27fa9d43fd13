"""`ikrar event create|edit`: the official's signature block, what prints, and the agency's
images, all from the command line; bad input named, never a traceback."""

from __future__ import annotations

from ikrar.cli import main
from ikrar.documents.certificate_data import missing_assets
from ikrar.documents.seal import assets_dir
from ikrar.store.db import close_db, init_db
from ikrar.store.events import current_event
from ikrar.store.models import AuditEvent
from support import agency_images


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_create_and_edit_the_official_block_images_and_documents(data_dir, tmp_path, capsys):
    images = tmp_path / "images"
    agency_images(images)
    assert run(data_dir, "event", "create", "--title", "Ikrar", "--date", "2024-07-10",
               "--city", "Sumedang", "--official-name", "Dr. H. Herman Suryatman, M.Si.",
               "--official-title", "a.n. Bupati Sumedang\\nSekretaris Daerah",
               "--official-rank", "Pembina Utama Muda", "--official-nip",
               "19700315 199003 1 005", "--documents", "both", "--witness",
               "Bawaslu Kabupaten Sumedang|Ketua|Ahmad Rifai, S.H.",
               "--logo", str(images / "logo.png")) == 0
    init_db(data_dir)
    event = current_event()
    assert event.official_name == "Dr. H. Herman Suryatman, M.Si."
    assert event.official_title == "a.n. Bupati Sumedang\nSekretaris Daerah"
    assert (event.official_rank, event.official_nip) == ("Pembina Utama Muda",
                                                         "197003151990031005")
    assert event.documents == "both"
    assert event.witnesses == [{"role": "Bawaslu Kabupaten Sumedang", "title": "Ketua",
                                "name": "Ahmad Rifai, S.H."}]
    assert missing_assets() == ["official_signature"]
    close_db()
    capsys.readouterr()
    assert run(data_dir, "event", "edit", "Ikrar", "--official-nip", "", "--sign-place",
               "Jatinangor", "--sign-date", "2024-07-11", "--documents", "pakta",
               "--signature", str(images / "official_signature.png")) == 0
    out = capsys.readouterr().out
    assert "official_nip" in out and "official_signature" in out
    init_db(data_dir)
    event = current_event()
    assert event.official_nip == "" and event.official_place == "Jatinangor"
    assert (event.official_date, event.documents) == ("2024-07-11", "pakta")
    assert event.official_rank == "Pembina Utama Muda"  # untouched: not given
    assert (assets_dir() / "official_signature.png").exists() and missing_assets() == []
    edit = AuditEvent.select().where(AuditEvent.kind == "event_edit").get()
    assert "official_signature" in edit.details["fields"]
    close_db()


def test_bad_official_input_is_named(data_dir, tmp_path, capsys):
    assert run(data_dir, "event", "create", "--title", "Ikrar", "--date", "2024-07-10") == 0
    capsys.readouterr()
    for args, said in ((["--official-nip", "1970"], "18 digits"),
                       (["--sign-date", "11/07/2024"], "2024-07-10"),
                       (["--witness", "Bawaslu only"], "INSTITUTION|POSITION|NAME"),
                       ([], "Say what to change")):
        assert run(data_dir, "event", "edit", "Ikrar", *args) != 0
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err
    not_image = tmp_path / "seal.png"
    not_image.write_bytes(b"not an image")
    assert run(data_dir, "event", "edit", "Ikrar", "--seal", str(not_image)) != 0
    err = capsys.readouterr().err
    assert str(not_image) in err and "Traceback" not in err
    init_db(data_dir)
    assert not (assets_dir() / "seal.png").exists()
    close_db()
