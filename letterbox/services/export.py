"""Export for the mail room: staff only, and only what the status machine lets go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.items import ItemStatus
from letterbox.store.profiles import Parent

if TYPE_CHECKING:  # the packet builder loads PDF and audio libraries: only when exporting
    from letterbox.export.facility import FacilityProfile
    from letterbox.export.packet import PacketExporter
    from letterbox.export.plan import ExportPlan, ExportResult, ExportRun


class ExportService:
    """Plans and builds packets; marks the items exported, with the worker's name."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def exportable_statuses(self) -> tuple[str, ...]:
        """Approved items; ready ones too where the facility does not require review."""
        if self._core.settings.get("review_required"):
            return (ItemStatus.APPROVED.value,)
        return (ItemStatus.APPROVED.value, ItemStatus.READY.value)

    def exporter(self, actor: Actor, profile: FacilityProfile | None = None, *,
                 workers: int = 2) -> PacketExporter:
        """The packet builder, for this staff member."""
        from letterbox.export.packet import PacketExporter

        require(actor, Action.EXPORT)
        return PacketExporter(self._core, profile, workers=workers,
                              statuses=self.exportable_statuses(), actor=actor)

    def recover(self, actor: Actor) -> tuple[int, int]:
        """Finish or abandon packets an export killed earlier left (at app start).

        Returns (finished, abandoned); (0, 0) when an export is running now.
        """
        from letterbox.errors import ExportRunning
        from letterbox.export.recovery import recover

        require(actor, Action.RECOVER_EXPORT)
        try:
            with self._core.export_lock.held():
                return recover(self._core, actor=actor)
        except ExportRunning:
            return 0, 0

    def parents_with_items(self, actor: Actor) -> list[int]:
        """Every parent with something that may be exported now."""
        return self.exporter(actor).parents_with_ready_items()

    def plan(self, actor: Actor, parent_id: int,
             profile: FacilityProfile | None = None) -> ExportPlan:
        return self.exporter(actor, profile).plan(parent_id)

    def export(self, actor: Actor, parent_id: int, out_dir: Path, *,
               profile: FacilityProfile | None = None,
               progress: Callable[[float, str], None] | None = None,
               should_cancel: Callable[[], bool] | None = None) -> ExportResult:
        """Build one parent's packet in ``out_dir``."""
        return self.exporter(actor, profile).export(parent_id, Path(out_dir),
                                                    progress=progress,
                                                    should_cancel=should_cancel)

    def export_run(self, actor: Actor, parent_ids: list[int] | None, out_dir: Path, *,
                   profile: FacilityProfile | None = None,
                   progress: Callable[[float, str], None] | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> ExportRun:
        """Build a packet for each parent (None: everyone with something to send),
        holding the export lock once for the whole run.

        One parent's failure (a sheet that cannot be made, a bad file) is kept in
        ``failures`` and the others still go. A full or unwritable target stops the run:
        every later parent would meet it too (``stopped``); so does a damaged station key.

        Raises:
            ExportRunning: another export holds the lock.
        """
        from letterbox.audio.processing import Cancelled
        from letterbox.errors import ExportRunning, ExportTargetFailed
        from letterbox.export.plan import ExportRun
        from letterbox.export.signing import StationKeyError

        exporter = self.exporter(actor, profile)
        run = ExportRun()
        with self._core.export_lock.held():
            ids = list(parent_ids) if parent_ids is not None else \
                exporter.parents_with_ready_items()
            for index, parent_id in enumerate(ids):
                if should_cancel is not None and should_cancel():
                    run.cancelled = True
                    break

                def step(fraction: float, message: str, index: int = index) -> None:
                    if progress is not None:
                        progress((index + fraction) / len(ids), message)

                try:
                    run.results.append(exporter.export(parent_id, Path(out_dir),
                                                       progress=step,
                                                       should_cancel=should_cancel))
                except Cancelled:
                    run.cancelled = True
                    break
                except ExportRunning:
                    raise
                except (ExportTargetFailed, StationKeyError) as error:  # so would the rest
                    run.failures.append((self._parent_or_id(parent_id), error))
                    run.stopped = index < len(ids) - 1
                    break
                except Exception as error:  # one parent's failure never stops the others
                    run.failures.append((self._parent_or_id(parent_id), error))
        return run

    def _parent_or_id(self, parent_id: int) -> Parent | int:
        """The parent whose packet failed (the actor may export, so may read them)."""
        try:
            return self._core.profiles.parent(parent_id)
        except Exception:  # the store itself may be what failed
            return parent_id
