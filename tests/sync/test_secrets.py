"""The hub token and the station's keys: encrypted at rest, never written to a log."""

from __future__ import annotations

import logging

from ikrar.core import sealing
from ikrar.logs import log_path, setup_logging
from ikrar.store import settings
from ikrar.store.db import DB_FILENAME, close_db
from ikrar.store.models import Employee


def test_the_token_and_keys_are_in_no_log_and_no_file_in_the_clear(hub, stations):
    (a,) = stations("Meja 1")
    a.use()
    setup_logging(a.folder, verbose=True)  # the most a log ever says, httpx's debug included
    try:
        logging.getLogger("httpx").setLevel(logging.DEBUG)
        logging.getLogger("httpcore").setLevel(logging.DEBUG)
        token = settings.get("hub_token")
        assert token and len(token) >= 20
        for i, person in enumerate(list(Employee.select().order_by(Employee.nip))[:3]):
            a.check_in(person, seed=i)
        a.sync()
        a.use()
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        logging.getLogger("httpx").setLevel(logging.NOTSET)
        logging.getLogger("httpcore").setLevel(logging.NOTSET)
    close_db()
    logs = log_path(a.folder).parent
    written = b"".join(f.read_bytes() for f in logs.iterdir() if f.is_file())
    assert b"HTTP Request" in written or b"sync" in written  # the log did record the sync
    hub_log = a.folder.parent / f"{hub.folder.name}-hub.log"
    everything = [*a.folder.rglob("*"), hub_log, *hub.folder.rglob("*")]
    for file in (f for f in everything if f.is_file()):
        data = file.read_bytes()
        assert token.encode() not in data, f"the hub token is readable in {file}"
    keys = a.folder / "keys"
    for name in ("station.key", "bundle.key"):
        data = (keys / name).read_bytes()
        assert sealing.is_encrypted(data) and b"PRIVATE KEY" not in data, name
    assert not (a.folder / DB_FILENAME).read_bytes().startswith(b"SQLite format 3")
    if hub.database_url is None:  # the SQLite hub's database is encrypted as well
        assert not (hub.folder / DB_FILENAME).read_bytes().startswith(b"SQLite format 3")
        assert sealing.is_encrypted((hub.folder / "keys" / "bundle.key").read_bytes())
