"""`letterbox keys init --staff NAME`: make the station key that signs every packet.

Prints the path of the public key (``station.pub`` in the data folder); hand that file to
whoever checks packets with ``letterbox verify PACKET --key station.pub``. An existing key
is never replaced without ``--force``. Exits 0 when made, 1 when it could not be, 2 when
refused (no staff member, wrong passphrase, a key already there).
"""

from __future__ import annotations

import argparse

from letterbox.command import (
    FAILED,
    REFUSED,
    CommandError,
    add_nested_data_dir,
    terminal_text,
)
from letterbox.staff_auth import add_staff_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="make this station's signing key",
                              description="make this station's signing key")
    init.add_argument("--force", action="store_true",
                      help="replace an existing key (packets signed with it then need the "
                           "old station.pub)")
    add_staff_option(init)
    add_nested_data_dir(init)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.errors import LetterboxError
    from letterbox.staff_auth import staff_actor

    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        try:
            made = services.keys.make(actor, replace=args.force)
        except LetterboxError as error:
            code = REFUSED if error.code == "key_exists" else FAILED
            raise CommandError(terminal_text(error.english()), code) from None
        except OSError as error:
            raise CommandError(f"Cannot make the station key: {terminal_text(error)}") from None
    print(made.public_path)
    return 0
