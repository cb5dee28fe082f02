"""Moving in and keeping safe: copy one store into another, back a store up, restore it.

Staff only (``Action.MOVE_DATA``); each is written in the audit log of the store it
changed or read. The work itself is in ``store/copy.py`` and ``store/backup.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.audit import record_event
from letterbox.store.backup import Backup, make_backup, restore_backup
from letterbox.store.copy import CopyResult, StoreCopy


def copy_store(actor: Actor, source: Core, target: Core, *, target_root: Path,
               source_name: str, after_table: Callable[[str], None] | None = None,
               ) -> CopyResult:
    """Copy what ``target`` lacks of ``source`` (recording files into ``target_root``),
    check it all, and write it in the target's audit log.

    Raises:
        NotAllowed: not staff.
        TransferRefused: ``same_store``.
    """
    require(actor, Action.MOVE_DATA)
    result = StoreCopy(source.db, source.paths.root, target.db, target_root,
                       after_table=after_table).run()
    copied = sum(c.copied for c in result.tables.values())
    with target.db.transaction() as conn:
        record_event(conn, "store_copy", actor=actor, detail=(
            f"from {source_name}: {copied} rows, {result.files_copied} recording files; "
            f"{len(result.problems)} mismatches"))
    return result


def back_up(actor: Actor, core: Core, out: Path) -> dict[str, Any]:
    """Write the store and its recordings to ``out``; returns the manifest.

    Raises:
        NotAllowed: not staff.
        OSError: the file cannot be written (nothing is left behind).
    """
    require(actor, Action.MOVE_DATA)
    manifest = make_backup(core.db, core.paths.root, out)
    rows = sum(t["rows"] for t in manifest["tables"].values())
    with core.db.transaction() as conn:
        record_event(conn, "store_backup", actor=actor,
                     detail=f"{out.name}: {rows} rows, {len(manifest['files'])} files")
    return manifest


def restore(actor: Actor, core: Core, backup: Backup, *, replace: bool = False) -> list[str]:
    """Put a checked backup into the store; returns the mismatches found afterwards.

    ``actor`` may be a staff member of the backup (the store had none). After a
    replacing restore the store's staff ids are the backup's, so the audit names the
    actor without an id.

    Raises:
        NotAllowed: not staff.
        TransferRefused: ``store_not_empty`` without ``replace``.
    """
    require(actor, Action.MOVE_DATA)
    had_staff = core.staff.count() > 0
    problems = restore_backup(core.db, core.paths.root, backup, replace=replace)
    who = Actor(actor.kind, None, actor.name) if had_staff else actor
    with core.db.transaction() as conn:
        record_event(conn, "store_restore", actor=who, detail=(
            f"{backup.path.name}: {backup.rows} rows, {len(backup.files)} files"
            f"{', replacing the store' if replace else ''}"))
    return problems
