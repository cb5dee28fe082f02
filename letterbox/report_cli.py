"""`letterbox report`: the programme report, per month and per parent (staff only).

An item counts in the month (UTC) it was first sent for review (its first submit event
in the audit log, or when it was made if the log has none); drafts are not counted.
``words`` are the words in letter bodies, ``minutes`` the chosen parts of recordings,
``children`` the distinct children with a counted item, ``returned``/``rejected`` the
items a worker returned or the mail room rejected in that month. ``--csv`` writes
``month,parent,letters,words,recordings,minutes,children,returned,rejected`` (parent is
the ID number) to stdout; without it, a readable table.
"""

from __future__ import annotations

import argparse
import csv
import sys

from letterbox.command import REFUSED, CommandError, format_table, terminal_text
from letterbox.staff_auth import add_staff_option

HEADERS = ("MONTH", "PARENT", "LETTERS", "WORDS", "RECORDINGS", "MINUTES", "CHILDREN",
           "RETURNED", "REJECTED")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (__doc__ or "").split("\n\n", 1)[-1].replace("``", "").strip()
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--from", dest="start", metavar="YYYY-MM", default=None,
                        help="first month (UTC, inclusive); default: the first there is")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM", default=None,
                        help="last month (UTC, inclusive); default: the last there is")
    parser.add_argument("--csv", action="store_true",
                        help="write CSV (month,parent,letters,words,recordings,minutes,"
                             "children,returned,rejected)")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services
    from letterbox.errors import InvalidInput
    from letterbox.services.report import CSV_COLUMNS, check_month
    from letterbox.staff_auth import staff_actor

    try:  # a bad month is refused before the passphrase is asked for
        check_month(args.start, "from")
        check_month(args.end, "to")
    except InvalidInput as error:
        raise CommandError(terminal_text(error.english()), REFUSED) from None
    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        rows = services.report.monthly(actor, args.start, args.end)
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(tuple(terminal_text(c) for c in row.csv_cells()) for row in rows)
        return 0
    if not rows:
        print("Nothing was sent for review in these months.")
        return 0
    table = [(r.month, r.id_number, r.letters, r.words, r.recordings, f"{r.minutes:.1f}",
              r.children, r.returned, r.rejected) for r in rows]
    total = ("TOTAL", f"{len({r.parent_id for r in rows})} parents",
             sum(r.letters for r in rows), sum(r.words for r in rows),
             sum(r.recordings for r in rows), f"{sum(r.minutes for r in rows):.1f}",
             "", sum(r.returned for r in rows), sum(r.rejected for r in rows))
    for line in format_table(HEADERS, [*table, total]):
        print(line)
    return 0
