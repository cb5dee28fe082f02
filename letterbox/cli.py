"""Command line: ``letterbox`` opens the window; subcommands serve staff and tests."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from letterbox import APP_NAME, __version__

if TYPE_CHECKING:
    from letterbox.store.address import Server

# name → (module, one-line help). Each module has add_arguments(parser) and run(args).
# Modules are imported only when their command runs, so `--version` stays instant.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "doctor": ("letterbox.doctor", "check that this computer can run Letterbox"),
    "demo": ("letterbox.demo", "create the training profile 'Demo Parent'"),
    "staff": ("letterbox.staff_cli", "add, list, change or remove staff accounts"),
    "contact": ("letterbox.contact_cli", "list children; record contact approval (staff)"),
    "parent": ("letterbox.parent_cli", "archive a profile; keepsake packet; delete data (staff)"),
    "review": ("letterbox.review_cli", "list, approve and return items; mail-room outcomes"),
    "prompts": ("letterbox.writing.prompts_cli", "check prompt files and count them"),
    "settings": ("letterbox.settings_cli", "list or change settings (staff)"),
    "export": ("letterbox.export.cli", "export approved items as mail-room packets (staff)"),
    "audit": ("letterbox.audit_cli", "who did what and when, as a table or CSV (staff)"),
    "report": ("letterbox.report_cli", "letters, recordings and children reached per month "
                                       "and parent, as a table or CSV (staff)"),
    "keys": ("letterbox.keys_cli", "make the station key that signs packets (staff)"),
    "verify": ("letterbox.export.verify", "prove a packet came unchanged from a station"),
    "setup-store": ("letterbox.store_cli", "check a shared store (--store URL) and remember "
                                           "it for this data folder, or --clear it"),
    "store": ("letterbox.store_copy_cli", "copy a kiosk's data, recordings included, into "
                                          "the shared store (staff)"),
    "backup": ("letterbox.backup_cli", "the whole store and its recordings in one file "
                                       "(staff)"),
    "restore": ("letterbox.restore_cli", "put a backup file into an empty store, or "
                                         "--replace one (staff)"),
}


STORE_HELP = ("the store: postgresql://user@host/db for a facility's shared store "
              "(default: $LETTERBOX_STORE, else the SQLite file in the data folder)")


def _data_dir_option(parser: argparse.ArgumentParser, dest: str = "data_dir") -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=None, dest=dest,
                        help="data folder (default: $LETTERBOX_DATA_DIR or the platform's "
                             "application-data folder)")
    parser.add_argument("--store", metavar="URL", default=None,
                        dest="store" if dest == "data_dir" else "sub_store", help=STORE_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="letterbox", description=f"{APP_NAME}: letters and recorded messages to children.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="open full screen without window decorations; only a staff "
                             "member signed in can close it (see scripts/kiosk-session)")
    _data_dir_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        _data_dir_option(child, dest="sub_data_dir")
        child.set_defaults(_module=module_name)
        _module(module_name).add_arguments(child)
    return parser


def _module(name: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no subcommand, open the window."""
    args = build_parser().parse_args(argv)
    # `letterbox --data-dir D doctor` and `letterbox doctor --data-dir D` both work.
    args.data_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    args.store = getattr(args, "sub_store", None) or args.store
    if getattr(args, "command", None) is None:
        from letterbox.app import main as run_app

        return run_app(data_dir=args.data_dir, kiosk=args.kiosk, store=args.store)
    from letterbox.offline import forbid_network
    from letterbox.paths import resolve_data_dir, resolve_store

    try:  # the one server a shared store allows, from --store, the variable or the setting
        url = resolve_store(args.store) or resolve_store(None, resolve_data_dir(args.data_dir))
        forbid_network(allow=store_server(url))
    except ValueError as error:
        print(f"Cannot use the store: {error}", file=sys.stderr)
        return 2
    return _run(args)


def store_server(url: str | None) -> Server | None:
    """The server a store URL names, or None (the SQLite file, or a URL of another kind,
    refused when opened). Raises ValueError for a URL naming no single server."""
    from letterbox.store.address import server_of

    return server_of(url) if url and url.startswith(("postgresql:", "postgres:")) else None


def _run(args: argparse.Namespace) -> int:
    """Run one subcommand; every refusal or failure the user can fix is one stderr line."""
    import sqlite3

    from letterbox.command import CommandError, error_line, terminal_text
    from letterbox.errors import LetterboxError

    try:
        return int(_module(args._module).run(args))
    except CommandError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except LetterboxError as error:
        line, code = error_line(error)
        print(line, file=sys.stderr)
        return code
    except sqlite3.DatabaseError as error:  # damaged after it opened
        print(f"Cannot read the Letterbox data: {terminal_text(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a full disk, a folder that may not be written
        where = f" ({terminal_text(error.filename)})" if error.filename else ""
        print(f"Letterbox could not use a file{where}: "
              f"{terminal_text(error.strerror or error)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
