"""`letterbox export`: build mail-room packets from the items that may leave now.

Approved items, or ready ones too where the ``review_required`` setting is off. One packet
per parent (or only ``--parent``: an ID number, or ``#N`` for a database id): a folder and
its .zip in ``--out``. Items for children whose contact is not approved are never
exported; each is named with the reason (they keep their status). A parent whose packet
fails is named in one line and the others still go. Exits 0 when every packet was made,
1 when one failed or another export is running, 2 when refused (no staff member, wrong
passphrase, an ambiguous ``--parent``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.command import FAILED, CommandError, error_line, terminal_text
from letterbox.errors import LetterboxError
from letterbox.staff_auth import add_staff_option

if TYPE_CHECKING:
    from letterbox.services import Services
    from letterbox.store.profiles import Parent


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="DIR", required=True, help="where packets are written")
    parser.add_argument("--parent", metavar="ID_NUMBER", default=None,
                        help="only this parent: their ID number, or #N for database id N")
    parser.add_argument("--profile", metavar="PROFILE", default=None,
                        help="facility profile id (default: the facility_profile setting)")
    add_staff_option(parser)


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_services, parent_by_id_number
    from letterbox.export.facility import FacilityProfileError, chosen_facility
    from letterbox.staff_auth import staff_actor

    with opened_services(args) as services:
        actor = staff_actor(services, args.staff)
        core = services.core
        try:
            profile = chosen_facility(args.profile or core.settings.get("facility_profile"),
                                      core.paths.facilities)
        except (KeyError, FacilityProfileError) as error:
            raise CommandError(f"Cannot export: {terminal_text(error)}") from None
        if args.parent is not None:
            parent_ids = [parent_by_id_number(services, actor, args.parent).id]
        else:
            parent_ids = services.export.parents_with_items(actor)
        if not parent_ids:
            print(f"Nothing to export: no item is {_exportable(services)}.")
            return 0
        run = services.export.export_run(actor, parent_ids, Path(args.out), profile=profile)
        refused_any = False
        for result in run.results:
            name = terminal_text(f"{result.parent.name} ({result.parent.id_number})")
            if result.folder is not None:
                print(f"{name}: {len(result.items)} items exported to {result.folder}")
                print(f"  zip: {result.zip_path}")
                for item in result.items:
                    print(f"  exported {item.kind} \u201c{terminal_text(item.title)}\u201d for "
                          f"{terminal_text(item.child)} -> {item.file}")
            else:
                print(f"{name}: nothing could be exported.")
            for refusal in result.refused:
                refused_any = True
                print(f"  NOT EXPORTED {refusal.kind}:{refusal.item_id} "
                      f"\u201c{terminal_text(refusal.title)}\u201d for "
                      f"{terminal_text(refusal.child or 'nobody')}: "
                      f"{terminal_text(refusal.reason)}")
        for who, problem in run.failures:
            print(f"{_who(who)}: NO PACKET: {_failure(problem)}", file=sys.stderr)
        failed = bool(run.failures)
        if run.stopped:
            print("The export stopped there: the other parents were not tried.",
                  file=sys.stderr)
        if refused_any:
            print("Items marked NOT EXPORTED keep their status; staff can check them.")
        if failed:
            if len(parent_ids) > 1:
                print("Some packets could not be made (above); their items keep their "
                      "status.", file=sys.stderr)
            return FAILED
        return 0


def _who(parent: Parent | int) -> str:
    if isinstance(parent, int):  # the store itself may be what failed
        return f"parent #{parent}"
    return terminal_text(f"{parent.name} ({parent.id_number})")


def _failure(error: Exception) -> str:
    if isinstance(error, LetterboxError):
        return error_line(error)[0]
    text = " ".join(str(error).split()) or "no details"
    return terminal_text(f"{type(error).__name__}: {text}")


def _exportable(services: Services) -> str:
    statuses = services.export.exportable_statuses()
    return " or ".join(statuses) if len(statuses) > 1 else f"{statuses[0]} yet"
