"""A hub in a subprocess and stations in this process, for sync tests and benchmarks.

The store binds one database per process, so each station is opened in turn (`use()`), and
the hub runs as `ikrar hub` in its own process, as it does in the field.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import uuid
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.store.db import close_db, db, init_db
from ikrar.store.models import SYNCED_MODELS, Event

START_TIMEOUT = 60


def use(folder: Path, database_url: str | None = None, name: str = "Meja"):
    close_db()
    return init_db(folder, station_name=name, database_url=database_url)


class Hub:
    """`ikrar hub` on 127.0.0.1 in a subprocess, over a data folder (and maybe PostgreSQL)."""

    def __init__(self, folder: Path, database_url: str | None = None) -> None:
        self.folder, self.database_url = folder, database_url
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.port = 0
        self.event_id: str | None = None
        self.tls = False

    def use(self):
        return use(self.folder, self.database_url, "Hub")

    def prepare(self, employees: int = 30) -> None:
        """The administrator's part: agency key, an event and its roster, on the hub."""
        from ikrar.store.events import create_event
        from ikrar.sync.serve import load_agency
        from support import add_employees

        self.use()
        load_agency()
        event = create_event("Deklarasi Netralitas ASN",
                             datetime(2024, 7, 10, 8, 0, tzinfo=zone("WIB")),
                             city="Sumedang", venue="Aula Tampomas")
        add_employees(event, employees)
        self.event_id = str(event.id)
        close_db()

    def code(self, name: str, minutes: int = 60) -> str:
        from ikrar.sync import enrol
        from ikrar.sync.serve import hub_fingerprint

        self.use()
        try:
            return enrol.create_code(name, event_id=self.event_id, minutes=minutes,
                                     fingerprint=hub_fingerprint()).text
        finally:
            close_db()

    def start(self, *, port: int | None = None, tls: bool = False,
              options: tuple[str, ...] = ()) -> str:
        args = [sys.executable, "-m", "ikrar", "--data-dir", str(self.folder), "hub",
                "--port", str(self.port if port is None else port), *options]
        if self.database_url:
            args += ["--database", self.database_url]
        args.append("--tls" if tls else "--no-tls")
        self.tls = tls
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        log = open(self.folder.parent / f"{self.folder.name}-hub.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log, env=env)
        log.close()
        lines: queue.Queue[str] = queue.Queue()

        def read(stream) -> None:
            for raw in stream:
                lines.put(raw.decode("utf-8", "replace"))
            lines.put("")

        threading.Thread(target=read, args=(self.proc.stdout,), daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=START_TIMEOUT)
            except queue.Empty:
                self.kill()
                raise RuntimeError("the hub did not start in time") from None
            if not line:
                raise RuntimeError(f"the hub exited: {self.log_text()[-2000:]}")
            if "listening on" in line:
                self.url = line.split("listening on ", 1)[1].split()[0].strip()
                self.port = urlsplit(self.url).port or 0
                return self.url

    def log_text(self) -> str:
        path = self.folder.parent / f"{self.folder.name}-hub.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)

    def kill(self) -> None:
        """kill -9 of the hub: its worker processes too, or they would outlive the test."""
        if self.proc and self.proc.poll() is None:
            workers = _children(self.proc.pid)
            self.proc.kill()
            self.proc.wait(timeout=30)
            for pid in workers:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        return out
    return out + [grand for child in out for grand in _children(child)]


class Station:
    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name

    def use(self):
        return use(self.folder, None, self.name)

    def event(self) -> Event:
        from ikrar.store.events import current_event

        return current_event()

    def check_in(self, employee, seed: int = 1, **kwargs):
        from ikrar.store.checkin import check_in

        event = self.event()
        return check_in(event, employee, synthetic_signature(seed), method="badge",
                        pledge_hash=event.pledge_hash, **kwargs)

    def sync(self, **kwargs):
        from ikrar.sync import station

        self.use()
        return station.sync_once(**kwargs)


def sealed(body: dict) -> dict:
    """A push body signed by the open station's key, as a station signs what it pushes."""
    from ikrar.store import keystore
    from ikrar.store.sync_apply import Entry
    from ikrar.sync import signing

    entries = [Entry(body["station_id"], e["seq"], e["table"], e["row_id"], e["op"], e["data"],
                     e["hlc"]) for e in body["entries"]]
    seal = signing.seal(entries, keystore.station_key(),
                        keystore.station_certificate().to_text())
    return dict(body, seal=seal.to_wire())


def snapshot() -> dict[str, dict]:
    """Every synced row of the open database, comparable across SQLite and PostgreSQL."""
    out: dict[str, dict] = {}
    for model in SYNCED_MODELS:
        rows = {}
        for row in model.select().dicts():
            clean = {}
            for key, value in row.items():
                if isinstance(value, memoryview):
                    value = bytes(value)
                elif isinstance(value, uuid.UUID):
                    value = value.hex
                clean[key] = value
            rows[clean["id"]] = clean
        out[model._meta.table_name] = rows
    return out


def pg_database(admin_url: str):
    """A fresh PostgreSQL database for one test: (url, drop)."""
    import psycopg2

    name = f"ikrar_t_{uuid.uuid4().hex[:12]}"
    conn = psycopg2.connect(admin_url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(admin_url)
    url = urlunsplit(parts._replace(path=f"/{name}"))

    def drop() -> None:
        close_db()
        if db.obj is not None and hasattr(db.obj, "close_all"):
            db.obj.close_all()
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()

    return url, drop
