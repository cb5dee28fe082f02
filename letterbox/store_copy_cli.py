"""`letterbox store copy --from SOURCE --to TARGET`: move a kiosk's data, recordings
included, into the facility's shared store (see ``store/copy.py`` for how ids map).

SOURCE is a data folder (its SQLite file and recordings) or a store URL; TARGET a store
URL or a data folder. Recording files go to ``--to-data-dir`` (default: TARGET when it is
a folder, else this command's data folder), in the app's layout. Staff only: the staff
member signs in on the target, or on the source while the target has no staff accounts
yet. The copy is written in the target's audit log. Safe to run again: a second run
copies nothing new and says so; a run that was interrupted finishes. Exit 0 when every
count and checksum agrees, 1 with one line per mismatch otherwise.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.command import CommandError, add_nested_data_dir, terminal_text
from letterbox.staff_auth import add_staff_option

if TYPE_CHECKING:
    from letterbox.core import Core
    from letterbox.store.copy import CopyResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser("copy", help="copy a kiosk's data into another store",
                              description=__doc__.split("\n\n")[0] if __doc__ else None)
    copy.add_argument("--from", dest="source", metavar="SOURCE", required=True,
                      help="a data folder, or a store URL")
    copy.add_argument("--to", dest="target", metavar="URL", required=True,
                      help="the store to copy into: postgresql://… or a data folder")
    copy.add_argument("--to-data-dir", metavar="DIR", default=None,
                      help="where the recording files go (default: the target folder, or "
                           "this command's data folder)")
    add_staff_option(copy)
    add_nested_data_dir(copy)


def is_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


@contextmanager
def _opened(where: str, data_dir: Path, role: str) -> Iterator[Core]:
    """The core of a store URL (files in ``data_dir``) or of a data folder."""
    from letterbox.core import open_core
    from letterbox.offline import NetworkForbidden
    from letterbox.store.address import shown
    from letterbox.store.db import NewerSchemaError, StoreUnavailable

    folder = Path(where).expanduser()
    if role == "source" and not is_url(where) and not (folder / "letterbox.sqlite3").is_file():
        raise CommandError(f"No Letterbox data in {terminal_text(folder)} (the {role}): give "
                           f"a data folder holding letterbox.sqlite3, or a store URL.")
    try:
        core = open_core(data_dir, where) if is_url(where) else open_core(folder)
    except (StoreUnavailable, NetworkForbidden, NewerSchemaError, sqlite3.DatabaseError,
            OSError, ValueError) as error:
        raise CommandError(f"Cannot open the {role} {terminal_text(shown(where))}: "
                           f"{terminal_text(error)}") from None
    try:
        yield core
    finally:
        core.close()


def _allow_servers(args: argparse.Namespace) -> None:
    from letterbox.cli import store_server
    from letterbox.offline import NetworkForbidden, allowed_server, forbid_network

    servers = {s for s in (store_server(u) for u in (args.source, args.target)
                           if is_url(u)) if s is not None and not s.unix}
    try:
        for server in servers:
            if server != allowed_server():
                forbid_network(allow=server)
    except (NetworkForbidden, ValueError) as error:
        raise CommandError(f"Cannot copy between these stores: {terminal_text(error)} Copy "
                           f"through a data folder, or on the server's computer.") from None


def run(args: argparse.Namespace) -> int:
    from letterbox.paths import resolve_data_dir
    from letterbox.services import build_services
    from letterbox.services.moving import copy_store
    from letterbox.staff_auth import staff_actor
    from letterbox.store.address import shown

    data_dir = resolve_data_dir(args.data_dir)
    _allow_servers(args)
    target_root = Path(args.to_data_dir or (data_dir if is_url(args.target)
                                            else args.target)).expanduser()
    with ExitStack() as stack:
        source = stack.enter_context(_opened(args.source, data_dir, "source"))
        target = stack.enter_context(_opened(args.target, target_root, "target"))
        signs_in = target if target.staff.count() else source
        actor = staff_actor(build_services(signs_in), args.staff)
        result = copy_store(actor, source, target, target_root=target_root,
                            source_name=shown(args.source))
    _report(result, args)
    return 1 if result.problems else 0


def _report(result: CopyResult, args: argparse.Namespace) -> None:
    from letterbox.store.address import shown

    where = f"{terminal_text(shown(args.source))} into {terminal_text(shown(args.target))}"
    if result.nothing_new:
        print(f"Nothing new to copy from {where}: it was all copied before.")
    else:
        print(f"Copied from {where}:")
        for table, counts in result.tables.items():
            if counts.source:
                extra = [f"{counts.matched} matched the target's own",
                         f"{counts.already} there from before",
                         f"{counts.left_out} left out"]
                shown_extra = ", ".join(e for e in extra if not e.startswith("0 "))
                print(f"  {table}: {counts.copied} of {counts.source} copied"
                      + (f" ({shown_extra})" if shown_extra else ""))
        print(f"  recording files: {result.files_copied} copied"
              + (f", {result.files_already} there from before" if result.files_already
                 else ""))
    for line in result.problems:
        print(f"Mismatch: {terminal_text(line)}", file=sys.stderr)
    if not result.problems:
        print(f"Checked: every row is in the target, counts and checksums equal for "
              f"{len(result.tables)} tables and {result.files_checked} recording files.")
