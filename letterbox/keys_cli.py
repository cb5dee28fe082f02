"""`letterbox keys init --staff NAME`: make the station key that signs every packet.

Prints the path of the public key (``station.pub`` in the data folder); hand that file to
whoever checks packets with ``letterbox verify PACKET --key station.pub``. An existing key
is never replaced without ``--force``. Exits 0 when made, 1 when it could not be, 2 when
refused (no staff member, wrong passphrase, a key already there).
"""

from __future__ import annotations

import argparse

from letterbox.command import REFUSED, CommandError, add_nested_data_dir, terminal_text
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
    from letterbox.export.signing import (
        StationKeyError,
        make_station_key,
        private_key_path,
    )
    from letterbox.staff_auth import staff_actor

    with opened_services(args) as services:
        staff_actor(services, args.staff)
        root = services.core.paths.root
        if private_key_path(root).exists() and not args.force:
            raise CommandError(f"A station key already exists in {terminal_text(root)}; give "
                               "--force to replace it (packets signed before then need the "
                               "old station.pub).", REFUSED)
        try:
            public = make_station_key(root, force=args.force)
        except (StationKeyError, OSError) as error:
            raise CommandError(f"Cannot make the station key: {terminal_text(error)}") from None
    print(public)
    return 0
