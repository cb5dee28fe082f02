"""`letterbox staff`: add, list, change the passphrase of, and remove staff accounts.

Whoever installs Letterbox adds the first account (no ``--staff`` needed while there is
none); every later change needs an existing staff member's ``--staff NAME``. A new
passphrase is asked twice at the terminal, or read as one line from standard input when
that is not a terminal (``printf '%s\\n' "$PASS" | letterbox staff add NAME``).
"""

from __future__ import annotations

import argparse
import sys

from letterbox.command import REFUSED, CommandError, add_nested_data_dir, terminal_text
from letterbox.services.actor import Actor
from letterbox.staff_auth import add_staff_option, ask_hidden, staff_actor


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text, named in (
            ("add", "add a staff account (the first needs no --staff)", True),
            ("list", "list staff accounts", False),
            ("passwd", "set a new passphrase (also clears a lockout)", True),
            ("remove", "close a staff account (the last one stays)", True)):
        action = actions.add_parser(name, help=help_text, description=help_text)
        if named:
            action.add_argument("name", metavar="NAME", help="the staff member's name")
        add_staff_option(action, " (not needed for the very first account)"
                         if name == "add" else "")
        add_nested_data_dir(action)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services

    with opened_services(args) as services:
        if args.action == "add" and services.staff.needs_first():
            # The installer's first account: nobody can sign in yet.
            actor = Actor.system("installer")
        elif args.action == "add" and not args.staff:
            raise CommandError("Staff accounts exist already: a staff member adds the next "
                               "one with --staff NAME.", REFUSED)
        else:
            actor = staff_actor(services, args.staff)
        if args.action == "list":
            for member in services.staff.all(actor):
                print(f"{terminal_text(member.name)}  (since {member.created_at[:10]})")
            return 0
        if args.action == "remove":
            member = services.staff.remove(actor, args.name)
            print(f"Removed the staff account {terminal_text(member.name)}.")
            return 0
        passphrase = new_passphrase(args.name)
        if args.action == "add":
            member = services.staff.add(actor, args.name, passphrase)
            print(f"Added the staff account {terminal_text(member.name)}.")
        else:
            member = services.staff.set_passphrase(actor, args.name, passphrase)
            print(f"New passphrase set for {terminal_text(member.name)}.")
        return 0


def new_passphrase(name: str) -> str:
    """Asked twice at a terminal; otherwise one line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = ask_hidden(f"New passphrase for {terminal_text(name)}: ")
        if first != ask_hidden("The same passphrase again: "):
            raise CommandError("The two passphrases differ; nothing was changed.", REFUSED)
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise CommandError("Give the new passphrase on one line of standard input, or run "
                           "this at a terminal.", REFUSED)
    return passphrase
