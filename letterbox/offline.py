"""Letterbox never talks to a network. This guard makes that a fact, not a hope.

An audit hook refuses to create IPv4 or IPv6 sockets from Python. Unix sockets (the
sound server, the speech service) stay allowed. A facility's shared store is the one
exception: ``forbid_network(allow=server)`` lets exactly that server's host and port be
looked up and connected to, and nothing else. The PostgreSQL driver connects from C,
out of the hook's sight, so the store asks ``check_server`` before it connects and
compares the address it reached afterwards.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

from letterbox.store.address import Server

_installed = False
_allowed: Server | None = None
_addresses: frozenset[str] = frozenset()  # the allowed host's addresses, looked up once


class NetworkForbidden(RuntimeError):
    """Something tried to open an internet socket."""


def _allowed_destination(host: object, port: object) -> bool:
    server = _allowed
    if server is None or server.unix:
        return False
    return port == server.port and (host == server.host or host in _addresses)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in (socket.AF_INET, socket.AF_INET6) and (
                _allowed is None or _allowed.unix):
            raise NetworkForbidden("Letterbox works offline: internet sockets are not allowed.")
    elif event == "socket.getaddrinfo":
        if not (_allowed is not None and not _allowed.unix and args[0] == _allowed.host
                and args[1] in (None, _allowed.port, str(_allowed.port))):
            raise NetworkForbidden("Letterbox works offline: name look-ups are not allowed.")
    elif event in ("socket.connect", "socket.sendto", "socket.bind"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, tuple) and len(address) >= 2 and (
                event == "socket.bind" or not _allowed_destination(address[0], address[1])):
            raise NetworkForbidden(f"Letterbox may only reach its store ({_allowed}), "
                                   f"not {address[0]}:{address[1]}.")


def forbid_network(allow: Server | None = None) -> None:
    """Install the guard (once per process; audit hooks cannot be removed), letting
    ``allow`` — the shared store's server — through.

    Raises:
        NetworkForbidden: another server was allowed already in this process.
    """
    global _installed, _allowed, _addresses
    if allow is not None and allow != _allowed:
        if _allowed is not None:
            raise NetworkForbidden(f"Letterbox may only reach its store ({_allowed}).")
        _allowed = allow
        _addresses = frozenset(_addresses_of(allow))
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def allowed_server() -> Server | None:
    """The one server this process may reach, if any."""
    return _allowed


def check_server(server: Server) -> None:
    """Refuse, before connecting, a store server the guard does not allow (a Unix socket
    is local and always allowed; without the guard installed anything is).

    Raises:
        NetworkForbidden: a TCP server other than the allowed one.
    """
    if not _installed or server.unix:
        return
    if _allowed is None or server != _allowed:
        raise NetworkForbidden(f"Letterbox may only reach its store "
                               f"({_allowed or 'none: it works offline'}), not {server}.")


def _addresses_of(server: Server) -> set[str]:
    if server.unix:
        return set()
    try:
        return {str(ipaddress.ip_address(server.host))}
    except ValueError:
        pass
    try:  # the hook allows looking up exactly this host
        found = socket.getaddrinfo(server.host, server.port, proto=socket.IPPROTO_TCP)
    except OSError:
        return set()  # not found now: connecting will fail and say so
    return {str(info[4][0]) for info in found}
