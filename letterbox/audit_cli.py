"""`letterbox audit`: who did what, and when, from the audit log (staff only).

An aligned table by default; ``--csv`` writes the columns
``at,actor_kind,actor,action,parent,item,detail`` for a spreadsheet or a funder's report.
Times are UTC, as stored.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from datetime import date

from letterbox.command import REFUSED, CommandError, format_table, terminal_text
from letterbox.staff_auth import add_staff_option

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEADERS = ("AT (UTC)", "KIND", "ACTOR", "ACTION", "PARENT", "ITEM", "DETAIL")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", action="store_true",
                        help="write CSV (at,actor_kind,actor,action,parent,item,detail)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", default=None,
                        help="only events on or after this date (UTC)")
    parser.add_argument("--parent", metavar="ID_NUMBER", default=None,
                        help="only events about this parent (their ID number)")
    add_staff_option(parser)


def since_date(text: str | None) -> str | None:
    """The ``--since`` value checked as a real date, or CommandError (exit 2)."""
    if text is None:
        return None
    try:
        if not _DATE.fullmatch(text.strip()):
            raise ValueError
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise CommandError(f"--since needs a date as YYYY-MM-DD, such as "
                           f"{date.today().isoformat()}; not {text!r}.", REFUSED) from None


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.services.audit import CSV_COLUMNS, csv_row
    from letterbox.staff_auth import staff_actor

    since = since_date(args.since)
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        events = services.audit.events(actor, since=since, parent_id_number=args.parent)
        # Kiosk-typed names and reasons must not reach a terminal as escape sequences.
        rows = [tuple(terminal_text(cell) for cell in csv_row(event)) for event in events]
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
        return 0
    if not rows:
        print("No events.")
        return 0
    readable = [(row[0].replace("T", " ").removesuffix("+00:00"), *row[1:]) for row in rows]
    for line in format_table(HEADERS, readable):
        print(line)
    return 0
