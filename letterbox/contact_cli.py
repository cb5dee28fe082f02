"""`letterbox children` and `letterbox contact`: staff check and record contact approval.

A child added at the kiosk waits for staff ("pending"); nothing addressed to them can be
exported until a worker records that contact is approved. Until the worker station has a
screen for it, these commands are how staff do it.
"""

from __future__ import annotations

import argparse
from datetime import date

DECISIONS = {"approve": "approved", "not-permitted": "not_permitted", "pending": "pending"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("child", nargs="?", type=int,
                        help="the child's number (from `letterbox contact --list`)")
    parser.add_argument("decision", nargs="?", choices=sorted(DECISIONS),
                        help="approve, not-permitted, or pending")
    parser.add_argument("--reason", default="", help="why (for example, a no-contact order)")
    parser.add_argument("--consent", choices=("given", "refused", "unknown"),
                        help="record the carer's consent")
    parser.add_argument("--by", default="staff", help="who decided (initials or name)")
    parser.add_argument("--list", action="store_true", help="list children and their status")
    parser.add_argument("--parent", metavar="ID_NUMBER", help="only this parent's children")


def run(args: argparse.Namespace) -> int:
    from letterbox.core import open_core
    from letterbox.paths import resolve_data_dir
    from letterbox.store.profiles import ProfileError

    core = open_core(resolve_data_dir(args.data_dir))
    try:
        if args.list or args.child is None:
            return _list(core, args.parent)
        try:
            child = core.profiles.child(args.child)
        except KeyError:
            print(f"There is no child number {args.child}. "
                  "See `letterbox contact --list`.")
            return 1
        if args.decision is None and args.consent is None:
            print("Say what to record: approve, not-permitted or pending, and/or --consent.")
            return 2
        try:
            if args.decision:
                if args.decision == "not-permitted" and not args.reason.strip():
                    print("Please give a --reason when contact is not permitted.")
                    return 2
                child = core.profiles.set_contact(child.id, DECISIONS[args.decision],
                                                  args.reason, by=args.by)
            if args.consent:
                child = core.profiles.set_carer_consent(child.id, args.consent)
        except ProfileError as error:
            print(error)
            return 2
        print(f"{child.name}: contact {child.contact_status.replace('_', ' ')}"
              f"{f' ({child.contact_reason})' if child.contact_reason else ''};"
              f" carer consent {child.carer_consent}.")
        return 0
    finally:
        core.close()


def _list(core, parent_id_number: str | None) -> int:  # type: ignore[no-untyped-def]
    parents = core.profiles.parents()
    if parent_id_number:
        parents = [p for p in parents if p.id_number == parent_id_number]
        if not parents:
            print(f"No parent has the ID number {parent_id_number!r}.")
            return 1
    today = date.today()
    rows = 0
    for parent in parents:
        print(f"{parent.name} ({parent.id_number})")
        for child in core.profiles.children(parent.id):
            age = child.age_on(today)
            age_text = f"age {age}" if age is not None else "age ?"
            reason = f" — {child.contact_reason}" if child.contact_reason else ""
            print(f"  #{child.id:<5} {child.name} ({age_text})"
                  f": {child.contact_status.replace('_', ' ')}{reason};"
                  f" carer consent {child.carer_consent}")
            rows += 1
    if not rows:
        print("No children recorded yet.")
    return 0
