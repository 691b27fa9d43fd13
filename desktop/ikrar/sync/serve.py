"""Running the hub: the socket, TLS when off loopback, uvicorn, and structured logs.

With `workers` > 1 (PostgreSQL only) uvicorn's supervisor starts that many processes on the
one listening socket; each opens the database and the agency key itself (`worker_app`), from
what the parent passes in its environment.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import uvicorn

from ikrar.core.keys import KeyFileError, PublicKey
from ikrar.store import keystore
from ikrar.store.db import init_db, local
from ikrar.sync import guard, tls
from ikrar.sync.hub import JsonFormatter, create_app

log = logging.getLogger("ikrar.hub")
PASSPHRASE_ENV = "IKRAR_KEY_PASSPHRASE"
# What a worker process needs to open the same hub (set by `run` for its workers).
WORKER_ENV = "IKRAR_HUB_WORKER"


def tls_dir() -> Path:
    return local().data_dir / "tls"


def hub_fingerprint(host: str | None = None) -> str:
    """The fingerprint stations pin (the certificate is made when missing)."""
    cert, _ = tls.ensure_certificate(tls_dir(), [host] if host else None)
    return tls.fingerprint(cert.read_bytes())


def load_agency(passphrase: str | None = None):
    """The agency key the hub certifies stations with; made on the first start."""
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or None
    try:
        return keystore.agency_key(passphrase)
    except KeyFileError:
        if (keystore.keys_dir() / keystore.AGENCY_KEY).exists():
            raise
    key = keystore.init_agency_key(passphrase)
    print(f"Created the agency key {key.public.key_id} (fingerprint {key.public.fingerprint}) "
          f"in {keystore.keys_dir()}. Back it up.", flush=True)
    return key


def _json_logs() -> None:
    """Every handler the CLI set up writes JSON lines for the hub's records."""
    root = logging.getLogger()
    for handler in root.handlers:
        handler.setFormatter(JsonFormatter())
    if not any(getattr(h, "stream", None) is sys.stderr for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    for handler in root.handlers:
        if getattr(handler, "stream", None) is sys.stderr:
            handler.setLevel(logging.INFO)


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, url: str) -> None:
        super().__init__(config)
        self.url = url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        # Tests and scripts wait for this line (the port may have been chosen by the system).
        print(f"Ikrar hub listening on {self.url}", flush=True)


def _short_turns() -> None:
    """Hand the interpreter lock over every 0.5 ms instead of every 5 ms.

    The thread holding the hub's write lock makes a dozen database round trips per push; after
    each it waits for the interpreter lock while other threads parse request bodies. At the
    default interval that wait alone kept the write lock several times longer under load.
    """
    sys.setswitchinterval(0.0005)


def worker_app(verify_page: Callable[[PublicKey], str] | None = None,
               console: Callable[..., None] | None = None):
    """The application in a worker process started by uvicorn's supervisor.

    The command's own factory (`ikrar.cli.sync.hub_worker_app`) calls this with the page maker
    and the console, which sync may not import itself.
    """
    spec = json.loads(os.environ[WORKER_ENV])
    init_db(Path(spec["data_dir"]), station_name="Hub", database_url=spec["database"])
    # A spawned worker starts with the root logger at WARNING: without this the hub's one line
    # per request (INFO) was lost whenever several workers ran.
    logging.getLogger().setLevel(logging.INFO)
    _json_logs()
    _short_turns()
    app = create_app(load_agency(), max_body=spec["max_body"],
                     enrol_per_minute=spec["enrol_per_minute"], verify_page=verify_page,
                     console_silent_s=spec.get("console_silent_s"), console=console)
    # The socket listens already (the parent bound it); connections wait in its backlog.
    print(f"Ikrar hub listening on {spec['url']} (worker {os.getpid()})", flush=True)
    return app


def _console_login(url: str) -> None:
    """Say where the console is and how to log in: the agency key's passphrase, or (a key
    without one) a login code made for this start, printed here only."""
    from ikrar.store.db import db  # noqa: PLC0415
    from ikrar.sync import console_auth, ledger  # noqa: PLC0415

    with db.connection_context(), ledger.hub_write():
        code = console_auth.new_login_code()
    print(f"Web console: {url}/console/", flush=True)
    if code:
        print(f"Console login code (until the hub stops): {code}", flush=True)
    else:
        print("Console login: the agency key's passphrase.", flush=True)


def listen(host: str, port: int) -> socket.socket:
    """The hub's listening socket on host:port (0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on connections whose socket says TCP.
    # Without it a reply's headers and body leave in two writes, and the second waits for the
    # station's delayed ACK: 40 ms on every request after a connection's first.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OSError(f"Cannot listen on {host}:{port}: {exc.strerror}. Is another hub "
                      "running? Choose another --port.") from exc
    sock.listen(2048)
    return sock


def run(host: str, port: int, *, use_tls: bool | None = None, workers: int = 1,
        database_url: str | None = None, max_body: int = guard.MAX_BODY,
        enrol_per_minute: int = guard.ENROL_PER_MINUTE,
        verify_page: Callable[[PublicKey], str] | None = None,
        worker_factory: str = "ikrar.sync.serve:worker_app",
        console_silent_s: int | None = 600,
        console: Callable[..., None] | None = None) -> int:
    """Serve until interrupted. `use_tls` None: HTTPS unless the host is loopback.

    `console`, `console_silent_s`: see `create_app`; either None serves no web console.

    `verify_page`, `console`: see `create_app`; with several workers each builds its app with
    `worker_factory` (an import string), which must pass the same ones.
    """
    if console is None:
        console_silent_s = None
    agency = load_agency()
    use_tls = not tls.is_loopback(host) if use_tls is None else use_tls
    sock = listen(host, port)
    port = sock.getsockname()[1]
    ssl_files: dict[str, str] = {}
    if use_tls:
        cert, key = tls.ensure_certificate(tls_dir(), [host])
        ssl_files = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
        print(f"Hub certificate fingerprint: {tls.fingerprint(cert.read_bytes())}", flush=True)
    _json_logs()
    scheme = "https" if use_tls else "http"
    shown = f"[{host}]" if ":" in host else host
    options = {"log_config": None, "access_log": False, "lifespan": "off",
               "timeout_keep_alive": 30, "backlog": 2048, **ssl_files}
    url = f"{scheme}://{shown}:{port}"
    log.info("hub starting", extra={"fields": {"url": url, "tls": use_tls, "workers": workers,
                                               "station": local().station_id}})
    if console_silent_s is not None:
        _console_login(url)
    if workers <= 1:
        _short_turns()
        config = uvicorn.Config(create_app(agency, max_body=max_body,
                                           enrol_per_minute=enrol_per_minute,
                                           verify_page=verify_page,
                                           console_silent_s=console_silent_s,
                                           console=console), **options)
        _Server(config, url).run(sockets=[sock])
        return 0
    from uvicorn.supervisors import Multiprocess  # noqa: PLC0415

    os.environ[WORKER_ENV] = json.dumps({
        "data_dir": str(local().data_dir), "database": database_url, "max_body": max_body,
        "enrol_per_minute": enrol_per_minute, "url": url, "console_silent_s": console_silent_s})
    config = uvicorn.Config(worker_factory, factory=True, workers=workers,
                            **options)
    Multiprocess(config, sockets=[sock]).run()
    return 0
