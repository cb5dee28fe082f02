"""`letterbox export`: build review packets from every item marked ready.

One packet per parent (or only ``--parent``): a folder and its .zip in ``--out``. Items
for children whose contact is not approved are never exported; each is named with the
reason (they keep their status). Exits 0 when the export ran, 1 on an error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="DIR", required=True, help="where packets are written")
    parser.add_argument("--parent", metavar="ID", default=None,
                        help="only this parent (database id or ID number)")
    parser.add_argument("--profile", metavar="PROFILE", default=None,
                        help="facility profile id (default: the facility_profile setting)")


def run(args: argparse.Namespace) -> int:
    from letterbox.core import open_core
    from letterbox.export.facility import FacilityProfileError, chosen_facility
    from letterbox.export.packet import PacketExporter
    from letterbox.paths import resolve_data_dir

    core = open_core(resolve_data_dir(args.data_dir))
    try:
        try:
            profile = chosen_facility(args.profile or core.settings.get("facility_profile"),
                                      core.paths.facilities)
        except (KeyError, FacilityProfileError) as error:
            print(f"Cannot export: {error}", file=sys.stderr)
            return 1
        exporter = PacketExporter(core, profile)
        if args.parent is not None:
            parent = _find_parent(core, args.parent)
            if parent is None:
                print(f"No parent {args.parent!r}.", file=sys.stderr)
                return 1
            parent_ids = [parent]
        else:
            parent_ids = exporter.parents_with_ready_items()
        if not parent_ids:
            print("Nothing is ready for review.")
            return 0
        refused_any = False
        for parent_id in parent_ids:
            result = exporter.export(parent_id, Path(args.out),
                                     progress=lambda f, m: None)
            name = f"{result.parent.name} ({result.parent.id_number})"
            if result.folder is not None:
                print(f"{name}: {len(result.items)} items exported to {result.folder}")
                print(f"  zip: {result.zip_path}")
                for item in result.items:
                    print(f"  exported {item.kind} \u201c{item.title}\u201d for {item.child}"
                          f" -> {item.file}")
            else:
                print(f"{name}: nothing could be exported.")
            for refusal in result.refused:
                refused_any = True
                print(f"  NOT EXPORTED {refusal.kind} {refusal.item_id} \u201c{refusal.title}\u201d"
                      f" for {refusal.child or 'nobody'}: {refusal.reason}")
        if refused_any:
            print("Items marked NOT EXPORTED stay 'Ready for review'; staff can check them.")
        return 0
    finally:
        core.close()


def _find_parent(core, key: str) -> int | None:  # type: ignore[no-untyped-def]
    if key.isdigit():
        try:
            return int(core.profiles.parent(int(key)).id)
        except KeyError:
            pass
    parent = core.profiles.find_by_id_number(key)
    return None if parent is None else int(parent.id)
