"""`letterbox restore FILE`: put a backup (`letterbox backup`) into the store this
command names (the SQLite file in the data folder, or ``--store URL``), its recording
files into the data folder.

The whole file is checked first: a damaged file, another kind of file or one made by a
newer Letterbox is refused, and nothing is written. A store that holds data is refused
unless ``--replace`` is given. Staff only: a staff member of the store signs in, or, when
the store has no staff accounts yet, one of the backup's staff members. Written in the
audit log. Exit 0 when restored and every count and checksum agrees, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.command import REFUSED, CommandError, terminal_text
from letterbox.staff_auth import add_staff_option

if TYPE_CHECKING:
    from letterbox.services.actor import Actor
    from letterbox.store.backup import Backup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the backup file")
    parser.add_argument("--replace", action="store_true",
                        help="replace everything in a store that already holds data")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.services.moving import restore
    from letterbox.staff_auth import staff_actor
    from letterbox.store.backup import read_backup

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CommandError(f"No backup file at {terminal_text(path)}.")
    backup = read_backup(path)  # checked whole before anything is opened or written
    with opened_services(args) as services:
        actor = (staff_actor(services, args.staff) if services.core.staff.count()
                 else _backup_staff(backup, args.staff))
        problems = restore(actor, services.core, backup, replace=args.replace)
    for line in problems:
        print(f"Mismatch: {terminal_text(line)}", file=sys.stderr)
    if problems:
        return 1
    print(f"Restored {backup.rows} rows in {len(backup.tables)} tables and "
          f"{len(backup.files)} recording files from {terminal_text(path)}; counts and "
          f"checksums checked.")
    return 0


def _backup_staff(backup: Backup, name: str | None) -> Actor:
    """A staff member of the backup, signed in with their passphrase (the store has
    no staff accounts to ask)."""
    import hmac

    from letterbox.services.actor import Actor
    from letterbox.staff_auth import passphrase_for
    from letterbox.store.staff import passphrase_hash
    from letterbox.store.transfer import unplain

    if not name or not name.strip():
        raise CommandError("This needs a staff member: give --staff NAME.", REFUSED)
    passphrase = passphrase_for(name)
    for row in backup.tables.get("staff", []):
        if row["removed_at"] is None and str(row["name"]).casefold() == name.casefold():
            expected = unplain(row["hash"])
            if hmac.compare_digest(passphrase_hash(passphrase, unplain(row["salt"])),
                                   expected):
                return Actor.staff(int(row["id"]), str(row["name"]))
    raise CommandError("That staff name and passphrase do not match a staff account in the "
                       "backup.", REFUSED)
