"""Many stations at once: each pushes its check-ins in a few syncs and pulls a page after each.

The push bodies are made the way a station makes them (`sync.station.push` through
`HubClient.push`, recorded instead of sent), for one real station data folder per simulated
station; the load is then replayed with asyncio + httpx, each station syncing every PERIOD
seconds from a random start. Beside it, the same requests against a bare FastAPI app on the
same server stack and worker count (`bare_server.py`). Memory is the peak RSS of the whole
server (parent and workers), sampled every 100 ms.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from run import Figure

from ikrar.store.db import close_db, db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_support import Hub, Station, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"
ROUNDS = 4
PERIOD = 10.0  # seconds between one station's syncs


def _tree_rss(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as fh:
                total += next(int(line.split()[1]) * 1024 for line in fh
                              if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its living descendants."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


class Peak:
    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.1):
            self.peak = max(self.peak, _tree_rss(self.pid))

    def done(self) -> int:
        self.stop.set()
        self.thread.join()
        return self.peak


def _recorder():
    from ikrar.sync.client import HubClient

    class Recorder(HubClient):
        """A HubClient that keeps each push request instead of sending it, and acknowledges."""

        def __init__(self) -> None:
            super().__init__("http://127.0.0.1:9", "unused")
            self.requests: list[tuple[str, str, dict]] = []
            self._lock = threading.Lock()

        def _call(self, method, path, **kwargs):
            # Two batches are on their way at once (`sync.push`): each acknowledged by its own
            # last entry, kept in the order of their entries.
            last = json.loads(kwargs["content"])["entries"][-1]["seq"]
            with self._lock:
                self.requests.append((last, method, path, kwargs))
                self.requests.sort(key=lambda request: request[0])
            return {"acked": last, "received": 0, "written": 0}

    return Recorder()


def _prepare_stations(folder: Path, hub: Hub, count: int, per: int) -> list[dict]:
    """Real station folders, enrolled over HTTP, holding the event and their people as pulled;
    their push bodies for ROUNDS syncs recorded."""
    from ikrar.store import settings
    from ikrar.store.models import Employee, Event, RosterEntry
    from ikrar.sync import enrol, ledger
    from ikrar.sync import station as sync_station
    from ikrar.sync.serve import load_agency

    hub.use()
    codes = [enrol.create_code(f"Meja {i + 1}", event_id=hub.event_id).text
             for i in range(count)]
    events = list(Event.select().dicts())
    people = list(Employee.select().order_by(Employee.nip).dicts())
    roster = {r["employee"]: r for r in RosterEntry.select().dicts()}
    ledger.absorb_local(load_agency())  # the roster in the log, as the first pull finds it
    last = ledger.last_seq()
    close_db()
    out = []
    for i in range(count):
        station = Station(folder / f"s{i:03d}", f"Meja {i + 1}")
        station.use()
        mine = people[(i * per) % len(people):][:per]
        with db.atomic():
            Event.insert_many(events).execute()
            Employee.insert_many(mine).execute()
            RosterEntry.insert_many([roster[p["id"]] for p in mine]).execute()
            settings.put("current_event", hub.event_id)
        sync_station.join(hub.url, codes[i])
        settings.put("sync_pull_checkpoint", last)  # the roster was pulled before the event
        recorder = _recorder()
        done = 0
        for r in range(ROUNDS):
            take = per // ROUNDS if r < ROUNDS - 1 else per - done
            _check_in_slice(take, done)
            done += take
            sync_station.push(recorder)
        out.append({"token": settings.get("hub_token"), "pushes": [
            (path, kw["content"], kw.get("headers", {})) for _, _, path, kw in recorder.requests],
            "checkpoint": last})
        close_db()
    return out


def _check_in_slice(take: int, skip: int) -> None:
    """`take` more check-ins, the rows and outbox entries `check_in` writes (in bulk)."""
    from ikrar.core import strokes
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import local
    from ikrar.store.events import current_event
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Attendance, Employee, Signature

    event, me = current_event(), local().station_id
    blob = strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(skip)))
    people = [e for (e,) in Employee.select(Employee.id).order_by(Employee.nip)
              .offset(skip).limit(take).tuples()]
    with db.atomic():
        at = utcnow()
        rows = [{"id": new_id(), "event": event.id, "employee": person, "station": me,
                 "method": "badge", "checked_in_at": at} for person in people]
        outbox.insert_many(Attendance, rows)
        outbox.insert_many(Signature, [{
            "attendance": row["id"], "station": me, "strokes": blob,
            "strokes_hash": strokes.strokes_hash(blob), "pledge_hash": event.pledge_hash,
            "signed_at": at} for row in rows])


_LAST = re.compile(rb'"last":\s*(\d+),\s*"more":\s*(?:true|false)\s*}\s*$')


def _last(content: bytes, checkpoint: int) -> int:
    """The page's `last`, read from its tail: the generator shares the hub's cores and needs
    only this number, so it does not decode each page (up to 1,000 entries) whole."""
    found = _LAST.search(content, max(0, len(content) - 200))
    return int(found.group(1)) if found else json.loads(content).get("last", checkpoint)


async def _station(base: str, spec: dict, stats: dict, start: float) -> None:
    headers = {"Authorization": f"Bearer {spec['token']}"}
    checkpoint = spec["checkpoint"]
    async with httpx.AsyncClient(base_url=base, timeout=120, headers=headers) as http:
        await asyncio.sleep(random.uniform(0, PERIOD))
        for path, content, extra in spec["pushes"]:
            began = time.perf_counter()
            try:
                reply = await http.post(path, content=content, headers=extra)
                ok = reply.status_code == 200
            except httpx.HTTPError:
                ok = False
            stats["push"].append(time.perf_counter() - began)
            stats["errors"] += not ok
            began = time.perf_counter()
            try:
                reply = await http.get("/api/v1/changes",
                                       params={"after": checkpoint, "limit": 1000})
                ok = reply.status_code == 200
                if ok:
                    checkpoint = _last(reply.content, checkpoint)
            except httpx.HTTPError:
                ok = False
            stats["pull"].append(time.perf_counter() - began)
            stats["errors"] += not ok
            await asyncio.sleep(max(0.0, PERIOD - (time.perf_counter() - began)))


def _replay(base: str, specs: list[dict], pid: int) -> dict:
    stats: dict = {"push": [], "pull": [], "errors": 0}
    peak = Peak(pid)
    start, cpu = time.perf_counter(), _tree_cpu(pid)

    async def main() -> None:
        await asyncio.gather(*(_station(base, s, stats, start) for s in specs))

    asyncio.run(main())
    stats["seconds"] = time.perf_counter() - start
    stats["cpu"] = _tree_cpu(pid) - cpu  # the server's own CPU time, not the database's
    stats["rss"] = peak.done()
    return stats


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def _bare(workers: int, specs: list[dict], pull_bytes: int) -> dict:
    from port_for import get_port

    port = get_port(None)
    env = {**os.environ, "BARE_PULL_BYTES": str(pull_bytes)}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "bare_server:app", "--port",
                             str(port), "--workers", str(workers), "--log-level", "warning",
                             "--app-dir", str(Path(__file__).resolve().parent)], env=env)
    try:
        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v1/changes", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        return _replay(f"http://127.0.0.1:{port}", specs, proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _figure(folder: Path, label: str, database_url: str | None, count: int, per: int,
            workers: int) -> Figure:
    hub = Hub(folder / "hub", database_url)
    hub.prepare(employees=max(count * per // 4, per))
    options = ("--enrol-per-minute", "100000")
    if workers > 1:
        options += ("--workers", str(workers))
    hub.start(options=options)
    try:
        specs = _prepare_stations(folder, hub, count, per)
        idle = _tree_rss(hub.proc.pid)
        load = _replay(hub.url, specs, hub.proc.pid)
        groups = _groups(hub.log_text())
    finally:
        hub.kill()
    bare = _bare(workers, specs, 1_000_000)
    mb = 1024 * 1024
    return Figure(
        f"hub under load, {count} stations × {per} check-ins ({ROUNDS} syncs each, every "
        f"{PERIOD:.0f} s), {label}, {workers} worker(s): push p95", "s",
        _p95(load["push"]), _p95(bare["push"]),
        "the same requests to a bare FastAPI app, same server and workers",
        "0 errors, push p95 ≤ 1 s", len(load["push"]),
        {"errors": load["errors"], "push median s": round(statistics.median(load["push"]), 3),
         "pull p95 s": round(_p95(load["pull"]), 3),
         "hub RSS idle/peak MB": f"{idle / mb:.0f}/{load['rss'] / mb:.0f}",
         "bare RSS peak MB": round(bare["rss"] / mb), "bare errors": bare["errors"],
         "run s": round(load["seconds"], 1),
         "server CPU s hub/bare": f"{load['cpu']:.1f}/{bare['cpu']:.1f}", **groups})


def _groups(log: str) -> dict:
    """What the hub's group writes were: pushes per transaction, time holding the lock."""
    groups = [json.loads(line) for line in log.splitlines()
              if line.startswith("{") and '"msg": "group write"' in line]
    if not groups:
        return {}
    return {"pushes per write median/max": f"{statistics.median(g['pushes'] for g in groups):g}"
            f"/{max(g['pushes'] for g in groups)}",
            "write ms median/p95": f"{statistics.median(g['ms'] for g in groups):.0f}/"
            f"{_p95([g['ms'] for g in groups]):.0f}"}


def hub_load(folder: Path, *, quick: bool) -> list[Figure]:
    per = 200
    folder.mkdir(parents=True, exist_ok=True)
    figures = [_figure(folder / "sqlite", "SQLite", None, 10 if quick else 50, per, 1)]
    admin = os.environ.get(PG_ENV)
    if not admin:
        print(f"(no PostgreSQL figures: set {PG_ENV})", file=sys.stderr)
        return figures
    url, drop = pg_database(admin)
    try:
        figures.append(_figure(folder / "pg", "PostgreSQL", url, 20 if quick else 200, per, 4))
    finally:
        drop()
    return figures
