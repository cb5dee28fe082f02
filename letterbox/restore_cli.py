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
    from letterbox.services.actor import Actor
    from letterbox.services.policy import Action, require
    from letterbox.staff_auth import staff_actor
    from letterbox.store.audit import record_event
    from letterbox.store.backup import BackupError, read_backup, restore_backup

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CommandError(f"No backup file at {terminal_text(path)}.")
    try:
        backup = read_backup(path)
    except BackupError as error:
        raise CommandError(terminal_text(error), REFUSED) from None
    with opened_services(args) as services:
        core = services.core
        store_staff = core.staff.count() > 0
        actor = (staff_actor(services, args.staff) if store_staff
                 else _backup_staff(backup, args.staff))
        require(actor, Action.MOVE_DATA)
        try:
            problems = restore_backup(core.db, core.paths.root, backup, replace=args.replace)
        except BackupError as error:
            raise CommandError(terminal_text(error), REFUSED) from None
        if store_staff and actor.id is not None:
            # the store's own staff member signed in; their id may name another now
            actor = Actor(actor.kind, None, actor.name)
        with core.db.transaction() as conn:
            record_event(conn, "store_restore", actor=actor, detail=(
                f"{path.name}: {backup.rows} rows, {len(backup.files)} files"
                f"{', replacing the store' if args.replace else ''}"))
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
