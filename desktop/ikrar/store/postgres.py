"""Opening a PostgreSQL database for the hub with the same peewee models as SQLite.

The store writes portable SQL (the database's own placeholder, upserts on a named key), so
this only turns a URL into a pooled connection.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from playhouse.pool import PooledPostgresqlDatabase


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


def open_url(url: str) -> PooledPostgresqlDatabase:
    parts = urlsplit(url)
    return PooledPostgresqlDatabase(
        parts.path.lstrip("/") or None,
        user=parts.username, password=parts.password, host=parts.hostname or None,
        port=parts.port, max_connections=16, stale_timeout=300,
    )
