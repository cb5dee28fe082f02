"""Keepsake packets: everything a parent made, for them to take home (staff only)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require

if TYPE_CHECKING:  # the packet builder loads PDF and audio libraries: only when making one
    from letterbox.export.plan import ExportPlan, ExportResult


class KeepsakeService:
    """Plans and makes a parent's keepsake packet; no item changes status."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def plan(self, actor: Actor, parent_id: int) -> ExportPlan:
        """What the keepsake would hold."""
        from letterbox.export.keepsake import keepsake_plan

        require(actor, Action.MANAGE_PARENTS)
        return keepsake_plan(self._core, parent_id)

    def make(self, actor: Actor, parent_id: int, out_dir: Path, *, workers: int = 2,
             progress: Callable[[float, str], None] | None = None,
             should_cancel: Callable[[], bool] | None = None) -> ExportResult:
        """Build the keepsake packet (folder and zip) in ``out_dir``, signed like any packet.

        Raises:
            Cancelled, ExportRunning, ExportTargetFailed: as for a mail packet.
        """
        from letterbox.export.keepsake import KeepsakeExporter

        require(actor, Action.MANAGE_PARENTS)
        require(actor, Action.EXPORT)
        exporter = KeepsakeExporter(self._core, workers=workers, statuses=(), actor=actor)
        return exporter.export(parent_id, Path(out_dir), progress=progress,
                               should_cancel=should_cancel)
