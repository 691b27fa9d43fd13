"""Retention purges on the wire: how every node strips a signature's pen time and pressure.

A purge is an entry with op "purge" on the signature table naming only the row, its check-in
(for the pull scope) and when it was purged. It carries no strokes: each node strips the
strokes it holds itself (`strip`), so a purge can only remove time and pressure, never alter
or erase the drawn shape. Its own station (station key) or the administrator (agency key, as
the hub signs its own writes) may send one (`authorship.authorise_purge`).

Every node also forgets the bytes in its logs: the outbox entries (`change`) and the hub's log
(`hub_change`) of a purged signature are rewritten with the stripped strokes. A signature
carries the hash of its drawn shape (`shape_hash`, signed with the check-in), and its digest
under the batch seal leaves the strokes out (`sync.signing.digest`), so a rewritten entry still
verifies, and `check_strokes` holds every strokes value to one of the two hashes the station
signed: a hub serving a "purged" entry with another drawing is refused like a forger.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

from ikrar.core import strokes
from ikrar.store.authorship import SyncDataError, authorise_purge, norm
from ikrar.store.db import db

PURGE = "purge"
# What a purge entry may name; anything else (strokes above all) refuses its batch.
PURGE_COLUMNS = frozenset({"id", "hlc", "attendance_id", "biometrics_purged_at",
                           "has_biometrics"})
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _bad(where: str, detail: str) -> SyncDataError:
    return SyncDataError("sync.data_invalid", f"{where}: {detail}.", where=where, detail=detail)


def strip(data: bytes) -> bytes:
    """The strokes with pen time and pressure dropped; the drawn shape exactly as it was."""
    return strokes.stripped(bytes(data))[0]


def check_strokes(where: str, values: dict[str, Any]) -> None:
    """A signature's strokes are the ones its station signed, or their drawn shape alone."""
    shape = values.get("shape_hash")
    data = values.get("strokes")
    if shape is None or data is None:  # signed before shapes were hashed: the digest covers it
        return
    if strokes.strokes_hash(data) == values.get("strokes_hash"):
        return
    try:  # decoded whole: damaged bytes are refused here, not where they are drawn
        bare = not strokes.has_biometrics(strokes.decode(data))
        drawn = strokes.stripped(data)[1]
    except strokes.StrokeFormatError as exc:
        raise _bad(where, f"its strokes are unreadable ({exc})") from None
    if not bare or drawn != shape:  # with time or pressure, or another drawing
        raise _bad(where, "its strokes are neither the ones its station signed nor their "
                          "drawn shape")


def apply_purge(entry: Any, values: dict[str, Any], held: dict[str, str], author: Any) -> bool:
    """Strip the held signature's biometrics (called by `sync_apply` inside its transaction)."""
    where = f"entry {entry.seq} ({entry.table} purge)"
    if entry.table != "signature":
        raise _bad(where, "only a signature's biometrics are purged")
    extra = set(entry.data) - PURGE_COLUMNS
    if extra or values.get("biometrics_purged_at") is None:
        raise _bad(where, f"a purge names only the row and when it was purged, not "
                          f"{', '.join(sorted(extra)) or 'nothing'}")
    row_id = values["id"]
    if row_id not in held:
        return False  # not held here; the hub's log already serves it stripped
    authorise_purge(where, entry.station_id, entry.signer, author)
    strip_rows({row_id: values["biometrics_purged_at"]}, entry.hlc)
    held[row_id] = max(held[row_id], entry.hlc)
    return True


def strip_rows(rows: dict[str, str], hlc: str | None = None) -> int:
    """Strip these signatures (id → purge time) and every logged copy of them; how many changed.

    The row keeps its clock time unless `hlc` is newer, so the purge commutes with any write.
    """
    changed = 0
    for row_id, purged_at in rows.items():
        found = db.execute_sql('SELECT "strokes", "biometrics_purged_at", "hlc" FROM "signature" '
                               f'WHERE "id" = {db.param}', [row_id]).fetchone()
        if found is None:
            continue
        data, was, held = found
        stripped = strip(data)
        db.execute_sql(
            f'UPDATE "signature" SET "strokes" = {db.param}, "has_biometrics" = {db.param}, '
            f'"biometrics_purged_at" = {db.param}, "hlc" = {db.param} WHERE "id" = {db.param}',
            [stripped, False, min(was, purged_at) if was else purged_at,
             max(held, hlc or held), row_id])
        redact_logs([row_id], stripped)
        changed += 1
    return changed


def redact_logs(row_ids: Iterable[str], stripped: bytes) -> None:
    """Rewrite the outbox and hub log entries of these signatures with the stripped strokes."""
    ids = {form for row_id in row_ids for form in _forms(row_id)}
    marks = ", ".join([db.param] * len(ids))
    blob = {"$b64": base64.b64encode(stripped).decode("ascii")}
    for table, key in (("change", "seq"), ("hub_change", "seq")):
        rows = db.execute_sql(
            f'SELECT "{key}", "data" FROM "{table}" WHERE "table" = {db.param} AND "op" <> '
            f'{db.param} AND "row_id" IN ({marks})', ["signature", PURGE, *ids]).fetchall()
        for seq, text in rows:
            data = json.loads(text) if isinstance(text, str) else text
            if "strokes" not in data or data["strokes"] == blob:
                continue
            data["strokes"] = blob
            db.execute_sql(f'UPDATE "{table}" SET "data" = {db.param} WHERE "{key}" = {db.param}',
                           [_ENCODE(data), seq])


def _forms(row_id: str) -> tuple[str, ...]:
    """The ways a row id is written in the logs: 32 hex digits, and with dashes."""
    h = norm(row_id) or ""
    return h, f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_VIA = ("event_id", "attendance_id", "certificate_id", "employee_id")


def unforgotten(prepared: list[tuple[Any, dict[str, Any]]]) -> list[tuple[Any, dict[str, Any]]]:
    """The entries not about what this station forgot on purpose (`ikrar.store.privacy`).

    A forgotten person comes back only with an entry of this batch that needs them (someone
    put on the roster of an event this station still holds).
    """
    if db.execute_sql('SELECT 1 FROM "forgotten_row" LIMIT 1').fetchone() is None:
        return prepared  # the hub, and almost every station: one cheap look
    named = {norm(v) for _, values in prepared for k in _VIA for v in [values.get(k)] if v}
    named |= {norm(values["id"]) for _, values in prepared}
    gone = {norm(r) for (r,) in _select(sorted(named))}
    # Someone a surviving entry needs (on the roster of an event still held) comes back.
    needed = {norm(v["employee_id"]) for _, v in prepared if v.get("employee_id")
              and not ({norm(v["id"])} | {norm(v.get(k)) for k in _VIA[:3] if v.get(k)}) & gone}
    back = sorted(needed & gone)
    if back:
        gone -= set(back)
        marks = ", ".join([db.param] * len(back))
        db.execute_sql(f'DELETE FROM "forgotten_row" WHERE "row_id" IN ({marks})', back)
    kept, dropped = [], []
    for entry, values in prepared:  # in order: what hangs on a dropped row is dropped too
        row_id = norm(values["id"])
        if ({row_id} | {norm(values.get(k)) for k in _VIA if values.get(k)}) & gone:
            if row_id not in gone:
                gone.add(row_id)
                dropped.append((row_id, entry.table))
        else:
            kept.append((entry, values))
    for start in range(0, len(dropped), 200):
        chunk = dropped[start:start + 200]
        db.execute_sql('INSERT INTO "forgotten_row" ("row_id", "table") VALUES '
                       + ", ".join([f"({db.param}, {db.param})"] * len(chunk))
                       + ' ON CONFLICT DO NOTHING', [v for pair in chunk for v in pair])
    return kept


def _select(ids: list[str]) -> list[tuple]:
    out: list[tuple] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join([db.param] * len(chunk))
        out += db.execute_sql(f'SELECT "row_id" FROM "forgotten_row" WHERE "row_id" IN ({marks})',
                              chunk).fetchall()
    return out
