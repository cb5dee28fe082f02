"""`letterbox parent`: close a profile on release or transfer (staff).

``letterbox parent archive ID_NUMBER --staff NAME [--note TEXT] [--keepsake DIR]
[--delete-data --confirm ID_NUMBER]`` archives the profile (no sign-in at the kiosk,
nothing exported), optionally makes a keepsake packet of everything the parent made, and
optionally deletes their letters, recordings and children. Deleting is asked twice: the
flag, and the ID number typed again. ``letterbox parent unarchive ID_NUMBER`` opens it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from letterbox.command import REFUSED, CommandError, terminal_text
from letterbox.staff_auth import add_staff_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("archive", "unarchive"),
                        help="archive (close) or unarchive (open again) a profile")
    parser.add_argument("id_number", metavar="ID_NUMBER", help="the parent's ID number")
    parser.add_argument("--note", default="", help="why (released, transferred…)")
    parser.add_argument("--keepsake", metavar="DIR", type=Path,
                        help="also make a keepsake packet of everything they made, in DIR")
    parser.add_argument("--delete-data", action="store_true",
                        help="then delete their letters, recordings and children")
    parser.add_argument("--confirm", metavar="ID_NUMBER", default="",
                        help="the ID number again, to confirm --delete-data")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services, parent_by_id_number
    from letterbox.staff_auth import staff_actor

    if args.action == "unarchive" and (args.keepsake or args.delete_data):
        raise CommandError("--keepsake and --delete-data go with archive.", REFUSED)
    if args.delete_data and args.confirm.strip() != args.id_number.strip():
        raise CommandError("Deleting cannot be undone: repeat the ID number with --confirm "
                           "to delete the data.", REFUSED)
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        parent = parent_by_id_number(services, actor, args.id_number)
        if args.action == "unarchive":
            services.parents.unarchive(actor, parent.id)
            print(terminal_text(f"{parent.name} ({parent.id_number}): profile open again."))
            return 0
        if not parent.archived:
            parent = services.parents.archive(actor, parent.id, args.note)
        print(terminal_text(f"{parent.name} ({parent.id_number}): profile closed."))
        if args.keepsake is not None:
            result = services.keepsake.make(actor, parent.id, args.keepsake)
            if result.zip_path is None:
                print("Nothing to keep: they have made nothing yet.")
            else:
                items = sum(1 for item in result.items if item.kind != "extras")
                print(terminal_text(f"Keepsake packet ({items} items): {result.zip_path}"))
        if args.delete_data:
            done = services.parents.delete_data(actor, parent.id)
            print(f"Deleted: {done.letters} letters, {done.recordings} recordings, "
                  f"{done.children} children. The audit trail is kept.")
        return 0
