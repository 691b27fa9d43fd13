"""Requests a hub must refuse early: huge bodies, no token, enrolment floods and takeovers."""

from __future__ import annotations

import socket
import threading
import time
import uuid

import httpx
import pytest
from sync_support import Station

from ikrar.core.keys import SigningKey
from ikrar.store import settings
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubError

MB = 1024 * 1024
HUGE = 200 * MB


def rss(pid: int) -> int:
    """Resident memory of a process, in bytes (from /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


class PeakRss:
    """The highest RSS of a process while the block runs (sampled every 10 ms)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._done = pid, rss(pid), threading.Event()

    def _sample(self) -> None:
        while not self._done.wait(0.01):
            self.peak = max(self.peak, rss(self.pid))

    def __enter__(self) -> PeakRss:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, rss(self.pid))


def send_huge(port: int, path: str, *, chunked: bool, token: str | None = None
              ) -> tuple[int, float]:
    """POST 200 MB as an attacker's client does (all of it, as fast as the socket takes it):
    (status, seconds until the hub answered)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {HUGE}")
    if token:
        head.append(f"Authorization: Bearer {token}")
    block = b"[" + b"1," * (MB // 2 - 1) + b"1"
    chunk = (f"{len(block):x}\r\n".encode() + block + b"\r\n") if chunked else block
    start = time.perf_counter()
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())

    def pour() -> None:
        try:
            for _ in range(HUGE // len(block)):
                sock.sendall(chunk)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the hub closed the connection: what it should do

    writer = threading.Thread(target=pour, daemon=True)
    writer.start()
    answer = b""
    try:
        while b"\r\n" not in answer:
            got = sock.recv(4096)
            if not got:
                break
            answer += got
    finally:
        elapsed = time.perf_counter() - start
        sock.close()
        writer.join(timeout=10)
    assert answer.startswith(b"HTTP/1.1 "), answer[:200]
    return int(answer.split()[1]), elapsed


@pytest.mark.parametrize("path, chunked, with_token, status", [
    ("/api/v1/push", False, False, 413),  # refused by its Content-Length alone
    ("/api/v1/push", True, False, 401),  # refused by the missing token; 16 MB read, dropped
    ("/api/v1/enrol", False, False, 413),
    ("/api/v1/enrol", True, False, 413),
    ("/api/v1/push", False, True, 413),
    ("/api/v1/push", True, True, 413),
])
def test_a_200_mb_body_is_refused_early_and_costs_the_hub_no_memory(
        make_hub, path, chunked, with_token, status):
    hub = make_hub()
    token = None
    if with_token:
        code = hub.code("Meja 1")
        Station(hub.folder.parent / "s", "Meja 1").use()
        sync_station.join(hub.url, code)
        token = settings.get("hub_token")
    httpx.get(hub.url + "/api/v1/health", timeout=10)  # the hub has served one request
    before = rss(hub.proc.pid)
    with PeakRss(hub.proc.pid) as memory:
        got, elapsed = send_huge(hub.port, path, chunked=chunked, token=token)
    assert got == status
    assert elapsed < 2.0
    assert memory.peak - before < 50 * MB, (before, memory.peak)
    assert httpx.get(hub.url + "/api/v1/health", timeout=10).status_code == 200


def test_a_body_over_the_limit_is_refused_with_a_clear_message(make_hub):
    hub = make_hub()
    reply = httpx.post(hub.url + "/api/v1/enrol", content=b"x" * (65 * 1024), timeout=10)
    assert reply.status_code == 413
    assert "larger than the hub accepts" in reply.json()["error"]


def test_enrolment_attempts_are_limited_per_address(make_hub):
    hub = make_hub()
    body = {"code": "AAAA-BBBB-CCCC-DDDD", "station_id": str(uuid.uuid4()),
            "public_key": SigningKey.generate().public.to_pem().decode("ascii")}
    answers = [httpx.post(hub.url + "/api/v1/enrol", json=body, timeout=10) for _ in range(21)]
    assert [a.status_code for a in answers[:20]] == [403] * 20
    assert answers[20].status_code == 429
    assert 1 <= int(answers[20].headers["Retry-After"]) <= 60
    assert "Too many enrolment attempts" in answers[20].json()["error"]


def test_a_fresh_code_cannot_take_over_an_enrolled_station(make_hub, tmp_path):
    hub = make_hub()
    real = Station(tmp_path / "real", "Meja 1")
    code = hub.code("Meja 1")
    real.use()
    sync_station.join(hub.url, code)
    real_id, real_token = str(real.use().station_id), settings.get("hub_token")
    # The attacker holds a fresh code and presents the real station's id with their own key.
    code = hub.code("Meja 9")
    reply = httpx.post(hub.url + "/api/v1/enrol", timeout=10, json={
        "code": code, "station_id": real_id,
        "public_key": SigningKey.generate().public.to_pem().decode("ascii")})
    assert reply.status_code == 200
    newcomer = reply.json()
    assert newcomer["station_id"] != real_id
    uuid.UUID(newcomer["station_id"])
    me = httpx.get(hub.url + "/api/v1/me", timeout=10,
                   headers={"Authorization": f"Bearer {newcomer['token']}"}).json()
    assert me["station_id"] == newcomer["station_id"] and me["name"] == "Meja 9"
    real.use()
    assert settings.get("hub_token") == real_token
    assert "Sync done" in sync_station.sync_once().describe()  # the real token still works
    me = httpx.get(hub.url + "/api/v1/me", timeout=10,
                   headers={"Authorization": f"Bearer {real_token}"}).json()
    assert me["station_id"] == real_id and me["name"] == "Meja 1"


def test_a_station_copied_from_another_is_told_to_use_a_new_folder(make_hub, tmp_path):
    import shutil

    hub = make_hub()
    first = Station(tmp_path / "first", "Meja 1")
    first.use()
    first_id = str(first.use().station_id)
    from ikrar.store.db import close_db

    close_db()
    shutil.copytree(tmp_path / "first", tmp_path / "copy")
    code = hub.code("Meja 1")
    first.use()
    sync_station.join(hub.url, code)
    code = hub.code("Meja 2")
    Station(tmp_path / "copy", "Meja 2").use()
    with pytest.raises(HubError, match="new data folder") as refused:
        sync_station.join(hub.url, code)
    assert refused.value.code == "station.id_taken"
    assert settings.get("hub_token") is None and settings.get("station_id") == first_id


def test_a_refused_token_is_read_whole_by_a_station_sending_a_push(make_hub):
    """A revoked station's push (a few MB, within the limit) gets its 401 and the hub's words,
    never 'connection reset': a server that answers and closes with the body still unread
    resets the connection, and the station would call a revoked hub 'offline'."""
    hub = make_hub()
    body = b'{"entries": [' + b'{"x": "' + b"a" * (12 * MB) + b'"}]}'
    for _ in range(20):
        reply = httpx.post(hub.url + "/api/v1/push", content=body, timeout=10,
                           headers={"Authorization": "Bearer not-a-token",
                                    "Content-Type": "application/json"})
        assert reply.status_code == 401
        assert reply.json()["error"]
