"""`letterbox setup-store --store URL`: check a facility's shared store and remember it for
this data folder, so the window and every command use it without ``--store``.

The store is reached and its schema created or brought up to date before anything is
written; ``store.toml`` in the data folder (readable by this user only: the URL may hold a
password) then names it. ``--clear`` forgets it (back to the SQLite file). Without either,
the command says which store this data folder uses. ``--store`` and ``LETTERBOX_STORE``
still win over the remembered one. Exits 0 when done, 1 when the store cannot be used.
"""

from __future__ import annotations

import argparse

from letterbox.command import CommandError, terminal_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--clear", action="store_true",
                        help="forget the remembered store: use the SQLite file again")


def run(args: argparse.Namespace) -> int:
    from letterbox.paths import (
        ENV_STORE,
        read_store_setting,
        resolve_data_dir,
        write_store_setting,
    )
    from letterbox.store.address import shown

    data_dir = resolve_data_dir(args.data_dir)
    if args.clear:
        path = write_store_setting(data_dir, None)
        print(f"Forgot the shared store ({path}); this data folder uses its SQLite file.")
        return 0
    if not args.store:
        try:
            remembered = read_store_setting(data_dir)
        except ValueError as error:
            raise CommandError(terminal_text(error)) from None
        print(f"Remembered store: {shown(remembered)}" if remembered else
              f"No store remembered: the SQLite file in {data_dir} (unless --store or "
              f"{ENV_STORE} names one).")
        return 0
    if not args.store.startswith(("postgresql://", "postgres://")):
        raise CommandError("Only a shared PostgreSQL store can be remembered "
                           "(--store postgresql://USER@HOST/DB).")
    from letterbox.command import opened_core

    with opened_core(args) as core:  # reaches it, and creates or updates its schema
        version = core.db.schema_version()
    try:
        path = write_store_setting(data_dir, args.store)
    except OSError as error:
        raise CommandError(f"Cannot write the store setting in {data_dir}: "
                           f"{terminal_text(error)}") from None
    print(f"This data folder now uses {shown(args.store)} (schema {version}); "
          f"remembered in {path}.")
    return 0
