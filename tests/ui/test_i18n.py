"""Translations: every string has its Indonesian text, and the window speaks Indonesian."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ikrar.paths import resource
from ikrar.ui.widgets import i18n

TS = resource("i18n", "ikrar_id.ts")
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w+\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_message_has_a_finished_indonesian_translation():
    found = messages(TS)
    assert len(found) > 40
    for context, source, translation in found:
        where = f"{context}: {source!r}"
        # Plural messages (%n) keep their text in <numerusform> children.
        text = "".join(translation.itertext()) if translation is not None else ""
        assert text.strip(), where
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        # The code fills {placeholders} in after translating: they must survive.
        assert sorted(PLACEHOLDER.findall(text)) == sorted(
            PLACEHOLDER.findall(source)
        ), where


def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    """Run lupdate on the sources: nothing new to translate and nothing stale."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop/ikrar/ui").rglob("*.py"))
    sources.append(str(ROOT / "desktop/ikrar/app.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(ctx, src) for ctx, src, _ in messages(fresh)}
    committed = {(ctx, src) for ctx, src, _ in messages(TS)}
    assert in_code - committed == set(), "run pyside6-lupdate and translate the new strings"
    assert committed - in_code == set(), "run pyside6-lupdate -no-obsolete"


def test_the_window_speaks_indonesian(indonesian, make_window, event, tmp_path):
    assert indonesian, "the Indonesian translation did not load"
    # Compiled from the .ts into the cache given (or shipped beside it by a build).
    cached = tmp_path / "cache" / "ikrar_id.qm"
    assert cached.exists() or (TS.with_suffix(".qm")).exists()

    window = make_window()

    assert window.import_action.text() == "Impor daftar pegawai…"
    assert window.header.figure_boxes["expected"].caption_label.text() == "Terdaftar"
    assert window.roster_view.search_edit.placeholderText() == "Cari nama atau NIP"
    assert window.roster_view.count_label.text() == "0 pegawai"
    assert window.status.station_label.text() == "Perangkat: Meja 1"


def test_a_missing_translation_leaves_english_and_a_warning(qapp, tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="ikrar.ui.widgets.i18n")
    installed = i18n.install_translator(qapp, "xx", cache_dir=tmp_path)
    try:
        assert installed == []
        assert "English" in caplog.text
        assert qapp.translate("MainWindow", "Import roster…") == "Import roster…"
    finally:
        i18n.remove_translators(qapp, installed)


def test_a_damaged_translation_leaves_english_and_a_warning(qapp, tmp_path, caplog):
    source = tmp_path / "i18n"
    source.mkdir()
    ts = source / "ikrar_id.ts"
    ts.write_bytes(TS.read_bytes())
    damaged = source / "ikrar_id.qm"
    damaged.write_bytes(b"this is not a qm file")
    os.utime(damaged, (ts.stat().st_mtime + 60,) * 2)  # newer than the .ts: it would be used
    caplog.set_level(logging.WARNING, logger="ikrar.ui.widgets.i18n")

    installed = i18n.install_translator(qapp, "id", cache_dir=tmp_path, source_dir=source)
    try:
        assert not any("ikrar_id" in t.filePath() for t in installed)
        assert "damaged" in caplog.text
        assert qapp.translate("MainWindow", "Import roster…") == "Import roster…"
    finally:
        i18n.remove_translators(qapp, installed)


def test_a_stale_cache_is_compiled_again(tmp_path):
    cache = tmp_path / "cache"
    first = i18n.qm_for("id", cache)
    if first.parent != cache:
        pytest.skip("a build shipped a fresh .qm beside the .ts")
    os.utime(first, (TS.stat().st_mtime - 60,) * 2)  # older than the .ts

    again = i18n.qm_for("id", cache)

    assert again == first
    assert again.stat().st_mtime >= TS.stat().st_mtime


def test_build_script_compiles_every_ts(tmp_path):
    script = ROOT / "resources" / "i18n" / "build_translations.py"
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    qm = tmp_path / "ikrar_id.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Import roster…") == "Impor daftar pegawai…"


def test_refused_rows_are_explained_in_indonesian(indonesian, qtbot, tmp_path, store):
    from ikrar.store.roster import import_roster
    from ikrar.ui.admin.import_dialog import ImportReportDialog

    roster = tmp_path / "roster.csv"
    roster.write_text("NIP;Nama\n1.99001E+17;Budi Santoso\n199001012015011001;\n",
                      encoding="utf-8")
    dialog = ImportReportDialog(import_roster(roster))
    qtbot.addWidget(dialog)
    rows = dialog.rejection_rows()
    assert rows[0][0] == "2" and rows[0][2].startswith("Excel mengubah NIP menjadi angka")
    assert rows[1][0] == "3"
    assert rows[1][2] == "Nama kosong; setiap baris harus berisi nama pegawai."
    # The full English detail stays available to whoever needs it.
    assert "Text" in dialog.table.item(0, 2).toolTip()
