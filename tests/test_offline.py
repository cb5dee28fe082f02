"""Letterbox never opens an internet connection."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from letterbox.offline import NetworkForbidden


@pytest.mark.tries_network
@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_are_refused(family: int) -> None:
    """Creating an IPv4 or IPv6 socket raises, in the app and in the test suite."""
    with pytest.raises(NetworkForbidden):
        socket.socket(family, socket.SOCK_STREAM)


def test_unix_sockets_still_work() -> None:
    """Local Unix sockets (sound server, speech service) are allowed."""
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"hi")
    assert b.recv(2) == b"hi"
    a.close()
    b.close()


def test_cli_subprocess_refuses_network() -> None:
    """Commands run with the guard installed: a socket attempt inside one fails."""
    code = ("from letterbox.offline import forbid_network, NetworkForbidden\n"
            "import socket\nforbid_network()\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9))\n"
            "except NetworkForbidden:\n    print('refused')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.stdout.strip() == "refused", result.stderr


def _tcp(pg_url: str) -> tuple[str, int, str]:
    """The test server over TCP: (URL, port, database)."""
    from urllib.parse import urlsplit

    from letterbox.store.address import server_of

    port = server_of(pg_url).port
    name = urlsplit(pg_url).path.lstrip("/")
    return f"postgresql://letterbox@127.0.0.1:{port}/{name}", port, name


def _guarded(code: str) -> list[str]:
    """Run ``code`` in a fresh Python (its guard is its own); its printed lines."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


_PROBE = """
import socket
from letterbox.offline import NetworkForbidden, forbid_network
from letterbox.store.address import Server, server_of
from letterbox.store.postgres import PostgresDatabase

def attempt(what, action):
    try:
        action()
    except NetworkForbidden:
        print(what + ":refused")
    else:
        print(what + ":allowed")

forbid_network(allow=server_of({allowed!r}))
attempt("store", lambda: PostgresDatabase({url!r}).query_one("SELECT 1"))
attempt("same-port", lambda: socket.create_connection(("127.0.0.1", {port})).close())
attempt("other-port", lambda: socket.create_connection(("127.0.0.1", {port} + 1)))
attempt("other-host", lambda: socket.create_connection(("127.0.0.2", {port})))
attempt("lookup", lambda: socket.getaddrinfo("example.org", 443))
attempt("listen", lambda: socket.socket().bind(("127.0.0.1", 0)))
attempt("store-elsewhere", lambda: PostgresDatabase({elsewhere!r}))
attempt("second-server", lambda: forbid_network(allow=Server("127.0.0.1", {port} + 1)))
"""


def test_guard_allows_exactly_the_tcp_store_server(pg_url: str) -> None:
    """With a store on 127.0.0.1:PORT, the store and that address are reached; another
    port, another host, a name look-up, a listening socket, a store URL elsewhere and a
    second allowed server are all refused."""
    url, port, name = _tcp(pg_url)
    elsewhere = f"postgresql://letterbox@127.0.0.1:{port + 1}/{name}"
    lines = _guarded(_PROBE.format(allowed=url, url=url, port=port, elsewhere=elsewhere))
    assert lines == ["store:allowed", "same-port:allowed", "other-port:refused",
                     "other-host:refused", "lookup:refused", "listen:refused",
                     "store-elsewhere:refused", "second-server:refused"]


def test_guard_with_a_unix_socket_store_refuses_every_internet_socket(pg_url: str) -> None:
    """With a store on a Unix socket, the store is reached and no internet socket at all
    may be made, not even to the server's TCP port."""
    url, port, _ = _tcp(pg_url)
    lines = _guarded(_PROBE.format(allowed=pg_url, url=pg_url, port=port, elsewhere=url))
    assert lines == ["store:allowed", "same-port:refused", "other-port:refused",
                     "other-host:refused", "lookup:refused", "listen:refused",
                     "store-elsewhere:refused", "second-server:refused"]


def test_cli_reaches_a_tcp_store_through_the_guard(pg_url: str, tmp_path: Path) -> None:
    """`letterbox --store postgresql://…@127.0.0.1:PORT/…` works with the guard on."""
    from tests.helpers import run_cli

    url, _, _ = _tcp(pg_url)
    result = run_cli("--store", url, "demo", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
