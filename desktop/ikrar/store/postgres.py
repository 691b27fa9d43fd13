"""Opening a PostgreSQL database for the hub with the same peewee models as SQLite.

The store writes portable SQL (the database's own placeholder, upserts on a named key), so
this only turns a URL into a pooled connection.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
