"""Giving interrupted recordings back: at start-up the repair runs off the GUI thread;
when their owner signs in, each is offered: "A recording was interrupted. Keep it?"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from letterbox.core import Core
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.tasks import TaskRunner

if TYPE_CHECKING:
    from letterbox.audio.repair import Orphan

log = logging.getLogger(__name__)


class InterruptedTakes(QObject):
    """Finds repaired takes at start-up and offers each to its owner once.

    Args:
        ask: shows the question, returns True for Keep (a window method, so tests can
            answer it).
        services: the window's services; a kept take is added as its owner.
    """

    def __init__(self, core: Core, tasks: TaskRunner, ask: Callable[[str, str], bool],
                 parent: QObject | None = None, *, services: Services | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._services = services if services is not None else build_services(core)
        self._tasks = tasks
        self._ask = ask
        self.orphans: list[Orphan] | None = None   # None until the repair has run
        self._waiting_parent: int | None = None
        tasks.run(lambda: _find_orphans(core), self._found,
                  lambda error: log.error("Repair of takes failed: %s", error))

    def _found(self, orphans: list[Orphan]) -> None:
        self.orphans = orphans
        if orphans:
            log.info("%d interrupted take(s) repaired", len(orphans))
        if self._waiting_parent is not None:
            self.offer(self._waiting_parent)

    def offer(self, parent_id: int) -> None:
        """Ask the signed-in parent about each of their interrupted takes."""
        if self.orphans is None:
            self._waiting_parent = parent_id
            return
        self._waiting_parent = None
        from letterbox.audio.repair import discard, orphans_of

        recordings, owner = self._services.recordings, Actor.parent(parent_id)
        for orphan in orphans_of(self.orphans, parent_id):
            # Imported here: the audio engine (numpy) is not needed to start the kiosk.
            from letterbox.audio.takes import keep_orphan
            from letterbox.ui.widgets.recorder_panel import clock

            self.orphans.remove(orphan)
            keep = self._ask(self.tr("A recording was interrupted"), self.tr(
                "A recording was interrupted (%1 long). Keep it?")
                .replace("%1", clock(orphan.duration_s)))
            if keep:
                self._tasks.run(partial(keep_orphan, recordings, owner, orphan), serial=True)
            else:
                self._tasks.run(partial(discard, orphan), serial=True)

    def forget_waiting(self) -> None:
        """The parent signed out before the repair finished."""
        self._waiting_parent = None


def _find_orphans(core: Core) -> list[Orphan]:
    """The repair at start-up (on a pool thread, which imports it: the kiosk starts
    without it)."""
    from letterbox.audio.repair import find_orphans
    from letterbox.services.outbox import waiting_files

    # Takes waiting for the shared store are known too: their owner is the outbox.
    return find_orphans(core.paths, core.recordings.known_files()
                        | waiting_files(core.paths.root))
