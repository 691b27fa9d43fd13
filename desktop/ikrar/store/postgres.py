"""Opening a PostgreSQL database for the hub with the same peewee models as SQLite.

Two things the SQLite-first store relies on are bridged here rather than in every caller:
- prepared statements written with SQLite's `?` (and numbered `?1`) placeholders, such as the
  outbox's bulk inserts, are rewritten to psycopg2's `%s` with the parameters reordered;
- `on_conflict_replace()` (used for settings and the schema version row) becomes
  `ON CONFLICT (primary key) DO UPDATE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from peewee import OnConflict
from playhouse.pool import PooledPostgresqlDatabase

_NUMBERED = re.compile(r"\?(\d+)")


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


def _translate(sql: str) -> tuple[str, list[int] | None]:
    """SQLite placeholders → psycopg2's; the order of numbered parameters, if any."""
    if "?" not in sql or "%s" in sql:
        return sql, None
    sql = sql.replace("%", "%%")
    order = [int(n) - 1 for n in _NUMBERED.findall(sql)]
    if order:
        return _NUMBERED.sub("%s", sql), order
    return sql.replace("?", "%s"), None


def _reorder(params: Sequence[Any], order: list[int] | None) -> Sequence[Any]:
    return params if order is None else [params[i] for i in order]


class _Cursor:
    """A psycopg2 cursor that also understands SQLite-style placeholders."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        sql, order = _translate(sql)
        return self._cursor.execute(sql, _reorder(params, order))

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        sql, order = _translate(sql)
        total = 0
        # psycopg2 reports only the last statement's rowcount for executemany: add them up.
        for params in seq:
            self._cursor.execute(sql, _reorder(params, order))
            total += max(self._cursor.rowcount, 0)
        self.rowcount = total

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class HubPostgresqlDatabase(PooledPostgresqlDatabase):
    def cursor(self, named_cursor: Any = None) -> Any:
        return _Cursor(super().cursor(named_cursor))

    def conflict_update(self, oc: OnConflict, query: Any) -> Any:
        if (oc._action or "").lower() == "replace":
            meta = query.model._meta
            preserve = [f for f in meta.sorted_fields if f is not meta.primary_key]
            oc = (OnConflict("update", preserve=preserve, conflict_target=(meta.primary_key,))
                  if preserve else OnConflict("ignore"))
        return super().conflict_update(oc, query)


def open_url(url: str) -> HubPostgresqlDatabase:
    parts = urlsplit(url)
    return HubPostgresqlDatabase(
        parts.path.lstrip("/") or None,
        user=parts.username, password=parts.password, host=parts.hostname or None,
        port=parts.port, max_connections=16, stale_timeout=300,
    )
