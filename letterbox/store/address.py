"""Where a store URL points, read without a database driver (start-up and the socket
guard need it before any connection): the server, and the URL as people may see it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Server:
    """A PostgreSQL server: a host name or address and a TCP port, or (``host`` starting
    with '/') the folder of its Unix socket, where ``socket_path`` is the socket."""

    host: str
    port: int

    @property
    def unix(self) -> bool:
        return self.host.startswith("/")

    @property
    def socket_path(self) -> str:
        return f"{self.host.rstrip('/')}/.s.PGSQL.{self.port}"

    def __str__(self) -> str:
        return self.socket_path if self.unix else f"{self.host}:{self.port}"


def server_of(url: str) -> Server:
    """The one server a ``postgresql://`` URL names (``?host=`` and ``?port=`` win over
    the URL's own, as in libpq).

    Raises:
        ValueError: no host, or several (libpq would try each; we allow exactly one).
    """
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = query.get("host") or unquote(parts.hostname or "")
    port_text = query.get("port") or (str(parts.port) if parts.port else "")
    if not host:
        raise ValueError("the store URL names no server (postgresql://user@HOST/db, or "
                         "?host=/socket/folder)")
    if "," in host or "," in port_text or "," in (parts.netloc or ""):
        raise ValueError("the store URL must name exactly one server")
    return Server(host, int(port_text) if port_text else DEFAULT_PORT)


def shown(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}:***@{netloc}").geturl()
