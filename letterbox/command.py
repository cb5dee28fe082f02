"""What every staff command shares: opening the data, one-line refusals, safe terminal text.

A command raises ``CommandError`` (or lets a ``LetterboxError`` through); ``cli.main``
prints one line on stderr and returns the exit code, never a traceback. Exit codes: 1 when
something could not be done or found, 2 when the command was refused (no staff member,
wrong passphrase, a value that cannot be accepted).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from letterbox.errors import ENGLISH, InvalidInput, LetterboxError, Locked, NotAllowed

if TYPE_CHECKING:
    from letterbox.core import Core
    from letterbox.services import Services
    from letterbox.services.actor import Actor
    from letterbox.store.profiles import Parent

REFUSED = 2
FAILED = 1


class CommandError(Exception):
    """Stop a command: ``message`` is printed on stderr as one line, then ``exit_code``."""

    def __init__(self, message: str, exit_code: int = FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def error_line(error: LetterboxError) -> tuple[str, int]:
    """The line to print for a typed error of the core, and the exit code."""
    if error.code in ENGLISH:
        text = error.english()
    else:  # a code without English words yet: still one line, with its values
        values = ", ".join(f"{k}={v}" for k, v in error.params.items())
        text = f"Not accepted ({error.code}{': ' + values if values else ''})."
    refused = isinstance(error, NotAllowed | InvalidInput | Locked)
    return terminal_text(text), REFUSED if refused else FAILED


def add_nested_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``--store`` on a sub-subcommand (``letterbox review approve …
    --data-dir D``).

    SUPPRESS keeps an unset option from hiding one given before the sub-subcommand.
    """
    from letterbox.cli import STORE_HELP

    parser.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir",
                        default=argparse.SUPPRESS,
                        help="data folder (default: $LETTERBOX_DATA_DIR or the platform's "
                             "application-data folder)")
    parser.add_argument("--store", metavar="URL", dest="sub_store",
                        default=argparse.SUPPRESS, help=STORE_HELP)


@contextmanager
def opened_core(args: argparse.Namespace) -> Iterator[Core]:
    """The core of the data folder and store the command names; closed afterwards.

    A damaged or garbage database, one made by a newer Letterbox, a folder where the
    database file should be, a folder that cannot be used, a store URL of an unknown kind
    or a server that cannot be reached becomes one ``CommandError`` line naming it.
    """
    from letterbox.core import open_core
    from letterbox.offline import NetworkForbidden
    from letterbox.paths import resolve_data_dir, resolve_store
    from letterbox.store.address import shown
    from letterbox.store.db import NewerSchemaError, StoreUnavailable

    data_dir = resolve_data_dir(args.data_dir)
    store: str | None = None
    try:
        store = resolve_store(getattr(args, "store", None), data_dir)
        core = open_core(data_dir, store)
    except (StoreUnavailable, NetworkForbidden) as error:
        raise CommandError(f"Cannot open the Letterbox store: {terminal_text(error)}") \
            from None
    except (sqlite3.DatabaseError, NewerSchemaError, OSError, ValueError) as error:
        where = f"store {shown(store)}" if store else f"data in {data_dir}"
        raise CommandError(f"Cannot open the Letterbox {where}: "
                           f"{terminal_text(str(error))}") from None
    try:
        yield core
    finally:
        core.close()


@contextmanager
def opened_services(args: argparse.Namespace) -> Iterator[Services]:
    """The services over the data folder the command names (see ``opened_core``)."""
    from letterbox.services import build_services

    with opened_core(args) as core:
        yield build_services(core)


def parent_by_id_number(services: Services, actor: Actor, value: str) -> Parent:
    """The parent named by ``value``: an ID number, or ``#N`` for database id N.

    A value that could name two parents (``#12`` is one parent's ID number and another's
    database id; ID numbers that differ only in case) is refused, never guessed.

    Raises:
        NotFound: nobody matches.
        InvalidInput: ``parent_ambiguous``.
    """
    from letterbox.errors import NotFound

    text = value.strip()
    exact = services.parents.find(actor, text) if text else None
    matches = {exact.id: exact} if exact is not None else {
        p.id: p for p in services.parents.all(actor)
        if text and p.id_number.casefold() == text.casefold()}
    if text.startswith("#") and text[1:].isdigit():
        try:
            by_id = services.parents.get(actor, int(text[1:]))
        except NotFound:
            pass
        else:
            matches[by_id.id] = by_id
    if len(matches) > 1:
        raise InvalidInput("parent_ambiguous", key=text)
    if not matches:
        raise NotFound(what="parent with ID number", key=value)
    return next(iter(matches.values()))


# CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-character escapes.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def terminal_text(value: object) -> str:
    """Text safe to print: escape sequences removed, other control characters as spaces.

    Names and titles come from the kiosk; a title must not be able to recolour, move or
    hide what a worker reads. Letters of every script are kept.
    """
    text = _ANSI.sub("", str(value))
    return "".join(ch if ch.isprintable() else " " for ch in text)


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Aligned columns (the last one unpadded), every cell made safe for the terminal."""
    cells = [[terminal_text(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return [("  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=False))
            + "  " + row[-1]).rstrip() for row in cells]
