"""One module turns error codes into the user's language; every code raised has its text."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from ikrar import app
from ikrar.core.errors import IkrarError
from ikrar.store.db import StoreError, init_db
from ikrar.ui.admin.first_run import FirstRunWizard
from ikrar.ui.widgets import messages
from ikrar.ui.widgets.message_texts import TEXTS

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "ikrar"
# Errors whose first argument is a reason that the class puts under a prefix.
PREFIXED = {"VerificationError": "verify.", "ScanRefused": "scan.", "WalkInError": "walk_in.",
            "PrintFailed": "printer."}
# Codes whose text depends on a parameter (see messages._variant).
VARIANTS = {"checkin.not_on_roster": (".walk_in", ".closed"),
            "batch.none_to_print": (".printed", ".unsigned"), "walk_in.nip": (".other",)}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    names, grown = {"IkrarError", "UsageError"}, True
    while grown:
        grown = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        getattr(b, "id", getattr(b, "attr", None)) in names for b in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def raised_codes() -> tuple[set[str], list[str]]:
    """Every code the code base can raise, and the constructions that name none."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")}
    classes = _error_classes(trees)
    codes: set[str] = set()
    nameless: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", getattr(func, "attr", None))
            is_super_init = name == "__init__" and isinstance(func, ast.Attribute)
            if name not in classes and not is_super_init:
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.JoinedStr) and is_super_init:
                continue  # f"verify.{reason}": the prefixed classes, collected at their calls
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                if not is_super_init and name not in {"LockedOut", "AlreadyCheckedIn",
                                                      "GapError", "HubGap", "HubRefused",
                                                      "Cancelled"}:
                    nameless.append(f"{path.name}:{node.lineno}")
                continue
            codes.add(PREFIXED.get(name, "") + first.value)
        for node in ast.walk(tree):  # self.code = "hub.gap"
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                    getattr(t, "attr", None) == "code" for t in node.targets):
                codes.add(node.value.value)
    from ikrar.store.lookup import _VERIFY_CODES  # the scan reasons a bad badge turns into

    codes |= {f"scan.{reason}" for reason in _VERIFY_CODES.values()}
    return codes, nameless


def test_every_code_raised_has_a_text():
    codes, nameless = raised_codes()
    assert len(codes) > 150
    # ScanRefused(code, ...) in lookup passes a reason chosen from _VERIFY_CODES above.
    assert all(where.startswith("lookup.py") for where in nameless), nameless
    missing = set()
    for code in codes:
        forms = [code + suffix for suffix in VARIANTS.get(code, ("",))]
        missing |= {form for form in forms if form not in TEXTS}
    assert missing == set()


def test_an_unknown_code_gets_a_generic_text_naming_it():
    assert messages.error_text(IkrarError("no.such_code", "English")) == \
        "Something went wrong (no.such_code). The details are in the log file."
    assert "ZeroDivisionError" in messages.error_text(ZeroDivisionError())


def test_parameters_are_filled_in():
    exc = IkrarError("roster.too_large", "English", file="a.xlsx", size=61.4, limit=50)
    assert messages.error_text(exc).startswith("a.xlsx is 61 MB; a roster can be at most 50 MB.")


def test_the_event_form_refuses_in_indonesian(indonesian, qtbot, store):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.event_buttons.ok_button, Qt.MouseButton.LeftButton)

    assert wizard.event_notice.isVisible()
    assert wizard.event_notice.text() == "Acara harus memiliki judul."
    QThreadPool.globalInstance().waitForDone()


def test_a_read_only_data_folder_is_reported_in_indonesian(indonesian, tmp_path, monkeypatch,
                                                           mounted_tmpfs):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    if os.geteuid() == 0:  # root writes anywhere a mount allows
        folder = mounted_tmpfs("ro", read_only=True)
    else:
        folder = tmp_path / "data"
        folder.mkdir(mode=0o500)
    app.install_excepthook(tmp_path / "ikrar.log")
    try:
        init_db(folder)
    except StoreError:
        sys.excepthook(*sys.exc_info())
    finally:
        if os.geteuid() != 0:
            folder.chmod(0o700)

    assert shown == [f"Folder data {folder} hanya-baca. Ikrar harus dapat menulis di sana: pilih "
                     "folder lain, atau perbaiki izinnya."]
