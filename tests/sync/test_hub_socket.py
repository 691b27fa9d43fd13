"""The hub's listening socket: what asyncio (and so uvicorn) makes of the connections it takes."""

from __future__ import annotations

import asyncio
import socket

import pytest

from ikrar.sync.serve import listen


def _accepted_nodelay(sock: socket.socket) -> int:
    """TCP_NODELAY of a connection as asyncio's server accepts it on `sock` (as uvicorn does)."""

    async def main() -> int:
        accepted: asyncio.Future = asyncio.get_running_loop().create_future()

        class Note(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                accepted.set_result(transport.get_extra_info("socket")
                                    .getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

        server = await asyncio.get_running_loop().create_server(Note, sock=sock)
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        try:
            return await asyncio.wait_for(accepted, 10)
        finally:
            writer.close()
            server.close()
            await server.wait_closed()

    return asyncio.run(main())


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_connections_are_sent_without_nagle(host: str) -> None:
    """Nagle's algorithm held back each reply's body behind its headers until the station's
    delayed ACK came, 40 ms on every request after a connection's first: a 10,000 check-in
    push spent 0.8 s of its 2.3 s waiting. asyncio switches it off only on TCP sockets that
    say so; a socket made with protocol 0 kept it on."""
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        sock = listen(host, 0)
    except OSError:
        if host == "::1":
            pytest.skip("IPv6 loopback is not configured")
        raise
    assert _accepted_nodelay(sock) != 0


def test_a_port_in_use_is_named() -> None:
    first = listen("127.0.0.1", 0)
    try:
        with pytest.raises(OSError, match=r"Cannot listen on 127\.0\.0\.1:\d+: .*--port"):
            listen("127.0.0.1", first.getsockname()[1])
    finally:
        first.close()
