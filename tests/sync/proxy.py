"""A TCP proxy between a station and the hub that misbehaves on purpose, one connection at a time.

Each accepted connection takes the next fault from `faults` ("pass" when none is left):
  "pass"          forward both ways
  "drop_request"  forward part of the request, then cut both sides (the hub sees half a batch)
  "drop_reply"    forward the whole request, then cut before the hub's answer reaches the station
  "delay"         hold the request for `delay` seconds, then forward
  "error500"      answer HTTP 500 without reaching the hub
  "garbage"       answer 200 with a body that is not JSON
  "busy503"       answer 503 with Retry-After: 0 and a JSON reason, as an overloaded hub does
`on_request(n)` is called after connection n's request went to the hub, before the answer.
`hold(request)` gives the seconds to hold a request (its bytes) before it goes to the hub.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

_500 = (b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
        b"Content-Length: 5\r\nConnection: close\r\n\r\noops!")
_GARBAGE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n"
            b"Connection: close\r\n\r\n<html>hi</html")
_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
         b"Retry-After: 0\r\nContent-Length: 19\r\nConnection: close\r\n\r\n"
         b'{"error": "busy"}\r\n')


class FaultyProxy:
    def __init__(self, target_port: int, faults: list[str] | None = None, *,
                 delay: float = 0.5, on_request: Callable[[int], None] | None = None,
                 hold: Callable[[bytes], float] | None = None) -> None:
        self.target_port = target_port
        self.faults = list(faults or [])
        self.delay = delay
        self.on_request = on_request
        self.hold = hold
        self.count = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below
        except OSError:
            pass
        self.listener.close()
        self._thread.join(timeout=10)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.count += 1
            fault = self.faults.pop(0) if self.faults else "pass"
            threading.Thread(target=self._serve, args=(client, fault, self.count),
                             daemon=True).start()

    def _read_request(self, client: socket.socket) -> bytes:
        """One whole HTTP request (headers and Content-Length body)."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def _serve(self, client: socket.socket, fault: str, n: int) -> None:
        with client:
            request = self._read_request(client)
            if fault == "error500":
                client.sendall(_500)
                return
            if fault == "garbage":
                client.sendall(_GARBAGE)
                return
            if fault == "busy503":
                client.sendall(_BUSY)
                return
            if fault == "delay":
                self._stop.wait(self.delay)
            if self.hold:
                self._stop.wait(self.hold(request))
            # One request per connection keeps faults per request.
            request = request.replace(b"keep-alive", b"close", 1)
            with socket.create_connection(("127.0.0.1", self.target_port), timeout=30) as hub:
                if fault == "drop_request":
                    hub.sendall(request[: max(1, len(request) * 2 // 3)])
                    return
                hub.sendall(request)
                if fault == "drop_reply":
                    # Wait for the hub to answer (it has committed or refused), then cut.
                    hub.recv(1)
                    return
                if self.on_request:
                    self.on_request(n)
                try:
                    while chunk := hub.recv(65536):
                        client.sendall(chunk)
                except OSError:  # the station gave up (timed out) or the hub went away
                    return
