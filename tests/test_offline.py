"""Letterbox never opens an internet connection."""

from __future__ import annotations

import socket
import subprocess
import sys

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
