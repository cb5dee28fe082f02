"""`letterbox backup --out FILE`: the whole store (SQLite or the shared PostgreSQL store)
and its recording files in one file, read in one snapshot while the app keeps running.

Staff only; written in the audit log. `letterbox restore FILE` puts it back (see
``store/backup.py`` for the file's layout). Exit 0 when written, 1 when it could not be.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from letterbox.command import CommandError, terminal_text
from letterbox.staff_auth import add_staff_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True,
                        help="the backup file to write (a .zip; replaced if it exists)")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.services.moving import back_up
    from letterbox.staff_auth import staff_actor

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CommandError(f"{terminal_text(out)} is a folder: give the backup file's name.")
    if not out.parent.is_dir():
        raise CommandError(f"Cannot write the backup: the folder {terminal_text(out.parent)}"
                           f" does not exist.")
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        try:
            manifest = back_up(actor, services.core, out)
        except OSError as error:
            raise CommandError(f"Cannot write the backup {terminal_text(out)}: "
                               f"{terminal_text(error.strerror or error)}") from None
    rows = sum(t["rows"] for t in manifest["tables"].values())
    print(f"Backed up {rows} rows in {len(manifest['tables'])} tables and "
          f"{len(manifest['files'])} recording files (schema {manifest['schema_version']}) "
          f"to {terminal_text(out)}.")
    for rel in manifest["missing_files"]:
        print(f"Note: the recording file {terminal_text(rel)} was missing and is not in the "
              f"backup.")
    return 0
