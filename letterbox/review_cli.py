"""`letterbox review`: the review queue, approve and return, and the mail room's outcome.

Items are named ``letter:N`` or ``recording:N`` (as ``review list`` prints them). Every
move goes through ``ReviewService``, so the status machine and the audit log are the same
as at the worker station.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from letterbox.command import (
    add_nested_data_dir,
    clip,
    format_table,
    parent_by_id_number,
    terminal_text,
)
from letterbox.staff_auth import add_staff_option, staff_actor

if TYPE_CHECKING:
    from letterbox.services import Services
    from letterbox.services.actor import Actor

# Parents' drafts are private: staff never list them.
LISTABLE = ("ready", "approved", "returned", "exported", "sent", "rejected")
TITLE_WIDTH = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="items waiting for review (or with a status)",
                                 description="One line per item: item, parent ID number, "
                                             "child, title, status.")
    listing.add_argument("--status", choices=LISTABLE, default="ready",
                         help="which items (default: ready, waiting for review)")
    listing.add_argument("--parent", metavar="ID_NUMBER", default=None,
                         help="only this parent's items (their ID number)")
    for name, help_text, needs_reason in (
            ("approve", "approve an item for the mail room", False),
            ("return", "send an item back to the parent, with a reason", True),
            ("sent", "the mail room sent an exported item on", False),
            ("rejected", "the mail room refused an exported item, with its reason", True)):
        action = actions.add_parser(name, help=help_text, description=help_text)
        action.add_argument("item", metavar="ITEM", help="letter:N or recording:N")
        if needs_reason:
            action.add_argument("--reason", required=True,
                                help="why (the parent sees it at their next sign-in)")
    for action in actions.choices.values():
        add_staff_option(action)
        add_nested_data_dir(action)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.services.review import ItemRef

    ref = None if args.action == "list" else ItemRef.parse(args.item)
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        if ref is None:
            return _list(services, actor, args.status, args.parent)
        review = services.review
        if args.action == "approve":
            item = review.approve(actor, ref)
        elif args.action == "return":
            item = review.return_item(actor, ref, args.reason)
        else:
            item = review.mail_outcome(actor, ref, sent=args.action == "sent",
                                       reason=getattr(args, "reason", ""))
        note = f" ({terminal_text(item.status_note)})" if item.status_note else ""
        print(f"{ref} \u201c{terminal_text(item.title) or 'no title'}\u201d: "
              f"{item.status}{note}.")
        return 0


def _list(services: Services, actor: Actor, status: str, id_number: str | None) -> int:
    parent_id = parent_by_id_number(services, actor, id_number).id if id_number else None
    entries = services.review.queue(actor, (status,), parent_id=parent_id)
    if not entries:
        print(f"No items are {status}.")
        return 0
    rows = [(str(e.ref), e.id_number, e.child or "-",
             clip(terminal_text(e.title) or "(no title)", TITLE_WIDTH),
             f"{e.status}: {e.status_note}" if e.status_note else e.status)
            for e in entries]
    for line in format_table(("ITEM", "PARENT", "CHILD", "TITLE", "STATUS"), rows):
        print(line)
    return 0
