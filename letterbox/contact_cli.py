"""`letterbox contact`: staff check and record contact approval.

A child added at the kiosk waits for staff ("pending"); nothing addressed to them can be
exported until a worker records that contact is approved. The list shows children, so it
needs a staff member too (``--staff NAME``); the audit log names who decided.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from letterbox.command import REFUSED, CommandError, terminal_text
from letterbox.staff_auth import add_staff_option

if TYPE_CHECKING:
    from letterbox.services import Services
    from letterbox.services.actor import Actor

DECISIONS = {"approve": "approved", "not-permitted": "not_permitted", "pending": "pending"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("child", nargs="?", type=int,
                        help="the child's number (from `letterbox contact --list`)")
    parser.add_argument("decision", nargs="?", choices=sorted(DECISIONS),
                        help="approve, not-permitted, or pending")
    parser.add_argument("--reason", default="", help="why (for example, a no-contact order)")
    parser.add_argument("--consent", choices=("given", "refused", "unknown"),
                        help="record the carer's consent")
    parser.add_argument("--list", action="store_true", help="list children and their status")
    parser.add_argument("--parent", metavar="ID_NUMBER", help="only this parent's children")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.errors import NotFound
    from letterbox.staff_auth import staff_actor

    listing = args.list or args.child is None
    if not listing:
        if args.decision is None and args.consent is None:
            raise CommandError("Say what to record: approve, not-permitted or pending, "
                               "and/or --consent.", REFUSED)
        if args.decision == "not-permitted" and not args.reason.strip():
            raise CommandError("Please give a --reason when contact is not permitted.",
                               REFUSED)
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        if listing:
            return _list(services, actor, args.parent)
        try:
            child = services.parents.child(actor, args.child)
        except NotFound:
            raise CommandError(f"There is no child number {args.child}. "
                               "See `letterbox contact --list`.") from None
        if args.decision:
            child = services.contacts.decide(actor, child.id, DECISIONS[args.decision],
                                             args.reason)
        if args.consent:
            child = services.contacts.record_consent(actor, child.id, args.consent)
        reason = f" ({child.contact_reason})" if child.contact_reason else ""
        print(terminal_text(f"{child.name}: contact {child.contact_status.replace('_', ' ')}"
                            f"{reason}; carer consent {child.carer_consent}."))
        return 0


def _list(services: Services, actor: Actor, parent_id_number: str | None) -> int:
    from letterbox.command import parent_by_id_number

    if parent_id_number:
        parents = [parent_by_id_number(services, actor, parent_id_number)]
    else:
        parents = services.parents.all(actor)
    today = date.today()
    rows = 0
    for parent in parents:
        print(terminal_text(f"{parent.name} ({parent.id_number})"))
        for child in services.contacts.children(actor, parent.id):
            age = child.age_on(today)
            age_text = f"age {age}" if age is not None else "age ?"
            reason = f" — {child.contact_reason}" if child.contact_reason else ""
            print(terminal_text(f"  #{child.id:<5} {child.name} ({age_text})"
                                f": {child.contact_status.replace('_', ' ')}{reason};"
                                f" carer consent {child.carer_consent}"))
            rows += 1
    if not rows:
        print("No children recorded yet.")
    return 0
