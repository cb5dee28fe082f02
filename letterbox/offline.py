"""Letterbox never talks to a network. This guard makes that a fact, not a hope.

An audit hook refuses to create IPv4 or IPv6 sockets from Python. Unix sockets (the
sound server, the speech service) stay allowed.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_installed = False


class NetworkForbidden(RuntimeError):
    """Something tried to open an internet socket."""


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkForbidden("Letterbox works offline: internet sockets are not allowed.")
    elif event == "socket.getaddrinfo":
        raise NetworkForbidden("Letterbox works offline: name look-ups are not allowed.")


def forbid_network() -> None:
    """Install the guard (once per process; audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
