"""Running the hub: the socket, TLS when off loopback, uvicorn, and structured logs."""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import uvicorn

from ikrar.core.keys import KeyFileError, PublicKey
from ikrar.store import keystore
from ikrar.store.db import local
from ikrar.sync import tls
from ikrar.sync.hub import JsonFormatter, create_app

log = logging.getLogger("ikrar.hub")
PASSPHRASE_ENV = "IKRAR_KEY_PASSPHRASE"


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


def run(host: str, port: int, *, use_tls: bool | None = None,
        verify_page: Callable[[PublicKey], str] | None = None) -> int:
    """Serve until interrupted. `use_tls` None: HTTPS unless the host is loopback.
    `verify_page`: see `create_app`."""
    agency = load_agency()
    use_tls = not tls.is_loopback(host) if use_tls is None else use_tls
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OSError(f"Cannot listen on {host}:{port}: {exc.strerror}. Is another hub "
                      "running? Choose another --port.") from exc
    sock.listen(128)
    port = sock.getsockname()[1]
    ssl_files: dict[str, str] = {}
    if use_tls:
        cert, key = tls.ensure_certificate(tls_dir(), [host])
        ssl_files = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
        print(f"Hub certificate fingerprint: {tls.fingerprint(cert.read_bytes())}", flush=True)
    _json_logs()
    scheme = "https" if use_tls else "http"
    shown = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(create_app(agency, verify_page), log_config=None, access_log=False,
                            lifespan="off", timeout_keep_alive=30, **ssl_files)
    server = _Server(config, f"{scheme}://{shown}:{port}")
    log.info("hub starting", extra={"fields": {"url": server.url, "tls": use_tls,
                                               "station": local().station_id}})
    server.run(sockets=[sock])
    return 0
