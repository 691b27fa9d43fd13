"""Opening a PostgreSQL database for the hub with the same peewee models as SQLite.

The store writes portable SQL (the database's own placeholder, upserts on a named key), so
this turns a URL into a pooled connection, and writes many rows at once with COPY
(`copy_rows`), which the server takes at about twice the speed of a multi-row INSERT.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import peewee
from playhouse.pool import PooledPostgresqlDatabase

from ikrar.core.files import atomic_write

POOL_SIZE = 16  # connections per hub process (PostgreSQL allows 100 by default)
POOL_SIZE_ENV = "IKRAR_HUB_POOL_SIZE"  # set by `ikrar hub --pool-size`, read by every worker
POOL_WAIT = 10  # seconds a request waits for a free connection before the hub answers 503
CONFIG_NAME = "hub-database.json"


def is_url(text: str | None) -> bool:
    return bool(text) and text.split(":", 1)[0] in ("postgresql", "postgres")


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def open_url(url: str, pool_size: int | None = None) -> PooledPostgresqlDatabase:
    """A pool that waits up to POOL_WAIT seconds for a free connection instead of failing."""
    if pool_size is None:
        pool_size = int(os.environ.get(POOL_SIZE_ENV) or POOL_SIZE)
    parts = urlsplit(url)
    return PooledPostgresqlDatabase(
        parts.path.lstrip("/") or None,
        user=parts.username, password=parts.password, host=parts.hostname or None,
        port=parts.port, max_connections=pool_size, stale_timeout=300, timeout=POOL_WAIT,
    )


_SPECIAL = re.compile(r"[\\\t\n\r]")  # what COPY's text format escapes
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value: Any) -> str:
    """A value in COPY's text format (None: NULL), as the INSERT it replaces would store it."""
    if value is None:
        return "\\N"
    if type(value) is str:
        return value.translate(_ESCAPES) if _SPECIAL.search(value) else value
    if value is True or value is False:
        return "t" if value else "f"
    if type(value) is int:
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\\\x" + bytes(value).hex()  # bytea's hex input, its backslash escaped
    raise TypeError(type(value).__name__)


def copy_line(row: Sequence[Any]) -> str:
    """One row (or the first columns of one) in COPY's text format; TypeError for a value of
    a type this does not write."""
    special = _SPECIAL.search
    # text that needs no escape, the commonest, without a call per value
    return "\t".join([v if type(v) is str and not special(v) else _copy_text(v) for v in row])


def copy_rows(database: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
              ) -> bool:
    """Write `rows` into `table` with one COPY, in the open transaction; False (nothing
    written) when a value is of a type this does not write (the caller INSERTs then)."""
    try:
        lines = [copy_line(row) for row in rows]
    except TypeError:
        return False
    copy_lines(database, table, columns, lines)
    return True


def copy_lines(database: Any, table: str, columns: Sequence[str], lines: Sequence[str]) -> None:
    """Write rows made with `copy_line` into `table` with one COPY, in the open transaction."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    text = io.StringIO("\n".join(lines) + "\n")
    with peewee.__exception_wrapper__:  # its errors as peewee's, as execute_sql raises them
        database.cursor().copy_expert(f'COPY "{table}" ({quoted}) FROM STDIN', text, size=1 << 20)


# Ids (uuid columns) read as their text, not as uuid.UUID objects (peewee has psycopg2 make
# those for every query): the sync code looks up tens of thousands of ids per push, as text.
_UUID_OID = 2950
_uuid_text: list[Any] = []  # the type caster, made on first use (psycopg2: a hub's only)


def fetch_text_ids(database: Any, sql: str, params: Sequence[Any]) -> list[tuple]:
    """The rows of a query in the open transaction, ids as text ("0a1b…-…", dashed)."""
    from psycopg2 import extensions  # noqa: PLC0415 - installed with the hub only

    if not _uuid_text:
        _uuid_text.append(extensions.new_type((_UUID_OID,), "UUID_TEXT", lambda v, cur: v))
    with peewee.__exception_wrapper__:
        cursor = database.cursor()
        extensions.register_type(_uuid_text[0], cursor)
        cursor.execute(sql, params)
        return cursor.fetchall()


def remember(data_dir: Path, url: str) -> None:
    """Note in the hub's folder which database it serves, so every command there uses it.

    The file is owner-only in an owner-only folder, like a .pgpass; the URL keeps its password.
    """
    path = Path(data_dir) / CONFIG_NAME
    if remembered(data_dir) != url:
        atomic_write(path, json.dumps({"database": url}).encode("utf-8"))


def remembered(data_dir: Path) -> str | None:
    """The PostgreSQL URL this hub folder serves, or None (SQLite in the folder)."""
    try:
        value = json.loads((Path(data_dir) / CONFIG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = value.get("database") if isinstance(value, dict) else None
    return url if is_url(url) else None
