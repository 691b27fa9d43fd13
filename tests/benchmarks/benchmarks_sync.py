"""Benchmarks of sync: push of check-ins with signatures to a hub, pull into a fresh station.

The hub is set up as the administrator leaves it: an event whose roster was imported from a
file, so a station receives the roster as one signed document (`ikrar.sync.roster_doc`) and the
check-ins and signatures entry by entry.

The hub runs as `ikrar hub` in its own process on loopback (SQLite, and PostgreSQL when
IKRAR_TEST_PG names a server). Each figure stands beside its floor, measured in the same run
with nothing of Ikrar's stack: the same request and reply bytes sent over loopback HTTP
(`http.client` to the standard library's `http.server`), plus the same rows inserted with
plain `sqlite3` / `psycopg2`. Its notes split the figure: hub (the hub's time in the requests,
from its access log), transfer (the time with a request on its way less the hub's; for the push,
which has two requests on their way at once, the most at once instead), and station alone /
apply (the station's wall time with no request on its way: making the first body, or checking
and writing what it pulled; the station reads ahead while the hub works, so most of its work
hides behind the hub's and is not in these). CPU seconds of the station and of the hub process
stand beside them: on a loaded machine they are the steadier measure.
"""

from __future__ import annotations

import dataclasses
import http.client
import http.server
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

from run import Figure

from ikrar.store.db import close_db, db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_support import Hub, Station, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"
_TABLES = ("attendance", "signature")


def _bulk_check_ins(count: int) -> None:
    """The rows and outbox entries `check_in` writes, for `count` people, in bulk (setup)."""
    from ikrar.core import strokes
    from ikrar.store import outbox
    from ikrar.store.db import local
    from ikrar.store.events import current_event
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Attendance, Employee, RosterEntry, Signature

    event = current_event()
    me = local().station_id
    blobs = [strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(seed)))
             for seed in range(16)]
    people = [e for (e,) in Employee.select(Employee.id).join(RosterEntry)
              .where(RosterEntry.event == event).limit(count).tuples()]
    from ikrar.core.ids import new_id

    with db.atomic():
        at = utcnow()
        attendances = [{"id": new_id(), "event": event.id, "employee": person, "station": me,
                        "method": "badge", "checked_in_at": at} for person in people]
        outbox.insert_many(Attendance, attendances)
        outbox.insert_many(Signature, [{
            "attendance": row["id"], "station": me, "strokes": blobs[i % 16],
            "strokes_hash": strokes.strokes_hash(blobs[i % 16]), "pledge_hash": event.pledge_hash,
            "signed_at": at} for i, row in enumerate(attendances)])


def _prepare(hub: Hub, folder: Path, count: int) -> None:
    """The hub as the administrator leaves it: an event and its roster of `count` people,
    imported from a SIMPEG-style file, so stations receive it as one signed document."""
    from benchmarks_roster import _source

    from ikrar.store.models import Event
    from ikrar.store.roster import import_roster

    hub.prepare(employees=0)
    hub.use()
    report = import_roster(_source(folder / "roster", count), event=Event.get_by_id(hub.event_id))
    assert report.imported == count, report
    close_db()


def _rows(table: str) -> tuple[list[str], list[tuple]]:
    cursor = db.execute_sql(f'SELECT * FROM "{table}"')
    return [d[0] for d in cursor.description], cursor.fetchall()


def _sqlite_baseline(path: Path, tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """The same rows inserted directly into bare tables, one transaction, same pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    for table, (columns, _) in tables.items():
        conn.execute(f'CREATE TABLE "b_{table}" ({", ".join(columns)})')
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, (columns, rows) in tables.items():
        conn.executemany(f'INSERT INTO "b_{table}" VALUES ({", ".join("?" * len(columns))})',
                         rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _pg_baseline(url: str, tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    import psycopg2
    from psycopg2.extras import execute_values

    conn = psycopg2.connect(url)
    with conn.cursor() as cur:
        for table in tables:
            cur.execute(f'CREATE TABLE "b_{table}" (LIKE "{table}" INCLUDING ALL)')
    conn.commit()
    start = time.perf_counter()
    with conn.cursor() as cur:
        for table, (columns, rows) in tables.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            execute_values(cur, f'INSERT INTO "b_{table}" ({quoted}) VALUES %s',
                           [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                            for row in rows], page_size=1000)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


class _Recorder:
    """Wraps a client's HTTP sends: when each was on its way and the bytes each way."""

    def __init__(self, client) -> None:
        self.spans: list[tuple[float, float]] = []  # (start, end) of each request
        self.requests: list[tuple[str, str, bytes]] = []  # (method, path with query, body)
        self.replies: list[bytes] = []
        self._lock = threading.Lock()
        send = client._send

        def timed(method: str, path: str, **kwargs):
            start = time.perf_counter()
            response = send(method, path, **kwargs)
            end = time.perf_counter()
            query = kwargs.get("params")
            target = path + ("?" + "&".join(f"{k}={v}" for k, v in query.items())
                             if query else "")
            with self._lock:  # a push has two requests on their way at once
                self.spans.append((start, end))
                self.requests.append((method, target, kwargs.get("content") or b""))
                self.replies.append(response.content)
            return response

        client._send = timed

    @property
    def seconds(self) -> float:
        """The time with at least one request on its way (requests at once counted once)."""
        total, reached = 0.0, float("-inf")
        for start, end in sorted(self.spans):
            if end > reached:
                total += end - max(start, reached)
                reached = end
        return total

    @property
    def most_at_once(self) -> int:
        edges = sorted([(s, 1) for s, _ in self.spans] + [(e, -1) for _, e in self.spans])
        most = now = 0
        for _, step in edges:
            now += step
            most = max(most, now)
        return most


def _hub_seconds(hub: Hub, mark: int, path: str) -> float:
    """The hub's own time in the requests to `path` logged after `mark` (its access log)."""
    log = (hub.folder.parent / f"{hub.folder.name}-hub.log").read_bytes()[mark:]
    total = 0.0
    for line in log.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("msg") == "request" and event.get("path") == path:
            total += event["ms"] / 1000
    return total


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, itself and waited-for children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _log_mark(hub: Hub) -> int:
    path = hub.folder.parent / f"{hub.folder.name}-hub.log"
    return path.stat().st_size if path.exists() else 0


def _http_floor(requests: list[tuple[str, str, bytes]], replies: list[bytes]) -> float:
    """The same requests and replies over loopback HTTP, standard library at both ends."""
    pages = iter(replies)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(size)
            body = next(pages)
            # One write: headers and body in separate small writes meet delayed ACKs (40 ms
            # a request on Linux), which would make the floor a measure of that.
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\n\r\n" % len(body) + body)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
    try:
        start = time.perf_counter()
        for method, target, body in requests:
            conn.request(method, target, body=body or None,
                         headers={"Content-Type": "application/json"})
            conn.getresponse().read()
        return time.perf_counter() - start
    finally:
        conn.close()
        server.shutdown()
        server.server_close()


def _split(recorder: _Recorder, hub_s: float) -> dict[str, object]:
    """Where the time went: the wire (requests on their way less the hub's time in them; only
    when one request is on its way at a time) and the hub (its own time in the requests)."""
    size = sum(len(b) for _, _, b in recorder.requests) + sum(map(len, recorder.replies))
    wire = {"transfer": f"{max(0.0, recorder.seconds - hub_s):.3f} s"} \
        if recorder.most_at_once == 1 else {"requests at once": recorder.most_at_once}
    return {**wire, "hub": f"{hub_s:.3f} s", "requests": len(recorder.requests),
            "bytes": f"{size:,}"}


def _push_figure(folder: Path, count: int, database_url: str | None, label: str
                 ) -> tuple[Figure, Hub]:
    from ikrar.sync import station as sync_station

    hub = Hub(folder / "hub", database_url)
    _prepare(hub, folder, count)
    hub.start()
    a = Station(folder / "a", "Meja 1")
    code = hub.code("Meja 1")
    a.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()  # the roster: setup
    _bulk_check_ins(count)
    client = sync_station.client_from_settings()
    recorder = _Recorder(client)
    mark, hub_cpu, cpu = _log_mark(hub), _cpu(hub.proc.pid), time.process_time()
    start = time.perf_counter()
    pushed = sync_station.push(client)
    elapsed = time.perf_counter() - start
    cpu, hub_cpu = time.process_time() - cpu, _cpu(hub.proc.pid) - hub_cpu
    client.close()
    assert pushed == 2 * count, pushed
    hub_s = _hub_seconds(hub, mark, "/api/v1/push")
    hub.use()  # the rows as the hub's database holds them
    tables = {t: _rows(t) for t in _TABLES}
    assert len(tables["signature"][1]) == count
    close_db()
    insert = (_pg_baseline(database_url, tables) if database_url
              else _sqlite_baseline(folder / "baseline-push.sqlite3", tables))
    wire = _http_floor(recorder.requests, recorder.replies)
    target = "≤ 1.0 s" if database_url is None else "≤ 1.5 s"  # issue 18
    figure = Figure(f"sync push, {count:,} check-ins with signatures, {label} hub", "s",
                    elapsed, wire + insert,
                    f"the same request bytes over loopback HTTP {wire:.3f} s + the same rows "
                    f"inserted directly into {label} {insert:.3f} s", target, 1,
                    {"station alone": f"{elapsed - recorder.seconds:.3f} s",
                     **_split(recorder, hub_s),
                     "CPU station": f"{cpu:.2f} s", "CPU hub": f"{hub_cpu:.2f} s",
                     "entries": pushed, "batch": sync_station.BATCH})
    return figure, hub


def _pull_figure(folder: Path, hub: Hub, count: int, label: str, pg: bool = False) -> Figure:
    from ikrar.sync import station as sync_station

    b = Station(folder / "b", "Meja 2")
    code = hub.code("Meja 2")
    b.use()
    sync_station.join(hub.url, code)
    client = sync_station.client_from_settings()
    recorder = _Recorder(client)
    mark, hub_cpu, cpu = _log_mark(hub), _cpu(hub.proc.pid), time.process_time()
    start = time.perf_counter()
    received, applied = sync_station.pull(client)
    elapsed = time.perf_counter() - start
    cpu, hub_cpu = time.process_time() - cpu, _cpu(hub.proc.pid) - hub_cpu
    client.close()
    hub_s = sum(_hub_seconds(hub, mark, path) for path in ("/api/v1/changes", "/api/v1/roster"))
    tables = {t: _rows(t) for t in ("employee", "roster_entry", *_TABLES)}
    assert len(tables["signature"][1]) == count
    close_db()
    insert = _sqlite_baseline(folder / "baseline-pull.sqlite3", tables)
    wire = _http_floor(recorder.requests, recorder.replies)
    return Figure(f"sync pull into a fresh station, {label} hub ({count:,} check-ins, "
                  "roster)", "s", elapsed, wire + insert,
                  f"the same reply bytes over loopback HTTP {wire:.3f} s + the same rows "
                  f"inserted directly into SQLite {insert:.3f} s",
                  "≤ 2.25 s" if pg else "≤ 1.5 s", 1,
                  {**_split(recorder, hub_s),
                   "apply": f"{elapsed - recorder.seconds:.3f} s",
                   "CPU station": f"{cpu:.2f} s", "CPU hub": f"{hub_cpu:.2f} s",
                   "entries": received, "rows written": applied.written,
                   "roster": f"{count:,} people as one signed document",
                   "page": sync_station.PULL_BATCH})


RUNS = 3  # each figure is the median of this many runs, each on a fresh hub and stations


def _median(runs: list[Figure]) -> Figure:
    """The run whose figure is the median, with every run's figure beside it."""
    middle = sorted(runs, key=lambda f: f.median)[len(runs) // 2]
    unit = middle.unit
    return dataclasses.replace(middle, samples=len(runs), extra={
        **middle.extra, "runs": " / ".join(f"{f.median:.3f} {unit}" for f in runs)})


def _runs(folder: Path, count: int, label: str, admin: str | None) -> list[Figure]:
    pushes, pulls = [], []
    for run in range(RUNS):
        url, drop = pg_database(admin) if admin else (None, lambda: None)
        try:
            figure, hub = _push_figure(folder / f"{label}-{run}", count, url, label)
            try:
                pulls.append(_pull_figure(folder / f"{label}-{run}", hub, count, label,
                                          admin is not None))
            finally:
                hub.kill()
            pushes.append(figure)
        finally:
            drop()
    return [_median(pushes), _median(pulls)]


def sync(folder: Path, *, quick: bool) -> list[Figure]:
    count = 1_000 if quick else 10_000
    folder.mkdir(parents=True, exist_ok=True)
    figures = _runs(folder, count, "SQLite", None)
    admin = os.environ.get(PG_ENV)
    if not admin:
        print(f"(no PostgreSQL figures: set {PG_ENV})", file=sys.stderr)
        return figures
    return figures + _runs(folder, count, "PostgreSQL", admin)
