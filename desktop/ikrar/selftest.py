"""`ikrar --self-test`: prove that an installed or packaged Ikrar works on this machine.

Everything happens in a temporary folder (never the user's data): open a database, load the
Indonesian translation, build the main window off screen, render one signed certificate.
Each check prints one line; the exit status is the number of failed checks (capped), 0 when all
passed. CI runs it against the PyInstaller build, where a missing resource or Qt plugin shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from ikrar import __version__, paths

CHECK_TRANSLATION = ("MainWindow", "Import roster…", "Impor daftar pegawai…")


class SelfTest:
    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.out = out
        self.failed: list[str] = []
        self.app = None
        self.event = None

    def check(self, name: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
            self.failed.append(name)
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=self.out)
            traceback.print_exc(file=sys.stderr)
            return False
        ms = (time.perf_counter() - started) * 1000
        print(f"ok   {name}: {detail} ({ms:.0f} ms)", file=self.out)
        return True

    # --- the checks -------------------------------------------------------------------------

    def resources(self) -> str:
        found = [paths.resource("pledge", "default_2024.txt"),
                 paths.resource("fonts", "DejaVuSans.ttf"),
                 paths.resource("icons", "ikrar.svg"),
                 paths.resource("i18n", "ikrar_id.ts"),
                 paths.resource("demo", "names.json")]
        return f"{len(found)} bundled files under {found[0].parents[1]}"

    def database(self) -> str:
        import secrets  # noqa: PLC0415

        from ikrar.store import crypto  # noqa: PLC0415
        from ikrar.store.db import init_db, is_plain  # noqa: PLC0415

        # A throwaway passphrase: a self-test leaves nothing in the credential store.
        local = init_db(self.folder / "data", station_name="Self-test",
                        passphrase=secrets.token_urlsafe(16))
        if is_plain(local.db_path):
            raise RuntimeError("the database was written unencrypted")
        store = crypto.keyring_backend()
        where = f"credential store {type(store).__name__}" if store else "no credential store"
        return f"{local.db_path.name}, SQLCipher-encrypted, in a temporary folder ({where})"

    def translation(self) -> str:
        from PySide6.QtCore import QLocale  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from ikrar.ui.widgets.i18n import install_translator  # noqa: PLC0415

        self.app = QApplication.instance() or QApplication(["ikrar", "--self-test"])
        QLocale.setDefault(QLocale("id"))
        installed = install_translator(self.app, "id", cache_dir=self.folder / "cache")
        context, source, expected = CHECK_TRANSLATION
        got = self.app.translate(context, source)
        if not installed or got != expected:
            raise RuntimeError(f"Indonesian not loaded: {source!r} reads {got!r}")
        return f"{source!r} -> {got!r}"

    def dates(self) -> str:
        from ikrar.core.dates import format_datetime, zone  # noqa: PLC0415

        text = format_datetime(datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB")), "WIB")
        if text != "Rabu, 10 Juli 2024, 09.14 WIB":
            raise RuntimeError(f"unexpected date format {text!r}")
        return text

    def window(self) -> str:
        from ikrar.app import build_main_window  # noqa: PLC0415
        from ikrar.store.db import local  # noqa: PLC0415

        window = build_main_window(local())
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        return f"main window built ({self.app.platformName()}): {title!r}"

    def certificate(self) -> str:
        from ikrar.core.dates import zone  # noqa: PLC0415
        from ikrar.core.names import display_name, search_key  # noqa: PLC0415
        from ikrar.core.strokes import synthetic_signature  # noqa: PLC0415
        from ikrar.documents.certificate import write_certificate  # noqa: PLC0415
        from ikrar.documents.certificate_data import page_for  # noqa: PLC0415
        from ikrar.store import outbox  # noqa: PLC0415
        from ikrar.store.certificates import issue_missing  # noqa: PLC0415
        from ikrar.store.checkin import check_in  # noqa: PLC0415
        from ikrar.store.events import create_event  # noqa: PLC0415
        from ikrar.store.keystore import certify_local_station, init_agency_key  # noqa: PLC0415
        from ikrar.store.models import Employee, RosterEntry  # noqa: PLC0415

        certify_local_station(init_agency_key(None))
        event = create_event("Deklarasi Netralitas ASN (uji mandiri)",
                             datetime(2024, 7, 10, 8, 0, tzinfo=zone("WIB")), city="Sumedang",
                             venue="Aula Tampomas", agency="Pemerintah Kabupaten Sumedang",
                             official_name="Herman Suryatman",
                             official_title="Pj. Sekretaris Daerah", official_acting=True)
        employee = outbox.insert(Employee(
            nip="199001012015011001", name="Budi Santoso", back_title="S.Kom.",
            rank="Penata", grade="III/c", position="Pranata Komputer", unit="Dinas Kominfo",
            search_key=search_key(display_name("Budi Santoso", "", "S.Kom.")),
        ))
        outbox.insert(RosterEntry(event=event, employee=employee))
        check_in(event, employee, synthetic_signature(1), method="badge",
                 pledge_hash=event.pledge_hash,
                 at=datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB")))
        numbers = issue_missing(event)
        if len(numbers) != 1:
            raise RuntimeError(f"expected one certificate number, got {numbers!r}")
        issuer, data = page_for(numbers[0])
        pdf = self.folder / "certificate.pdf"
        write_certificate(str(pdf), issuer, data)
        head = pdf.read_bytes()[:5]
        if head != b"%PDF-" or pdf.stat().st_size < 10_000:
            raise RuntimeError(f"{pdf.name} is not a complete PDF ({pdf.stat().st_size} bytes)")
        return f"{numbers[0]} written, {pdf.stat().st_size // 1024} KB"

    def run(self) -> int:
        print(f"Ikrar {__version__} self-test (Python {sys.version.split()[0]}, "
              f"{'packaged' if getattr(sys, 'frozen', False) else 'installed'})", file=self.out)
        self.check("bundled resources", self.resources)
        if self.check("temporary database", self.database):
            self.check("Indonesian translation", self.translation)
            self.check("Indonesian dates", self.dates)
            if self.app is not None:
                self.check("main window", self.window)
            self.check("one certificate", self.certificate)
        if self.failed:
            print(f"self-test FAILED: {', '.join(self.failed)}", file=self.out)
            return 1
        print("self-test passed", file=self.out)
        return 0


def run(out: TextIO | None = None) -> int:
    """Run every check in a temporary folder; 0 when all passed, 1 otherwise."""
    from ikrar.store.db import close_db  # noqa: PLC0415

    # A headless machine (CI, a service account) has no display: draw off screen there.
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
        or sys.platform == "darwin"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="ikrar-selftest-") as tmp:
        try:
            return SelfTest(Path(tmp), out or sys.stdout).run()
        finally:
            close_db()
