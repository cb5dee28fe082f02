"""Test-only microphones: a fake AudioSource that yields numpy blocks, and a tone maker.

They live with the tests, not in ``letterbox.audio``: production code never needs them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from functools import partial

import numpy as np
from PySide6.QtCore import QObject

from letterbox.audio.controller import RecordingController, TakePlan, TakeRequest
from letterbox.audio.devices import SAMPLE_RATE
from letterbox.audio.recorder import BlockSink
from letterbox.audio.repair import TakeInfo
from letterbox.core import Core
from letterbox.services import build_services
from letterbox.services.actor import Actor
from letterbox.store.recordings import Recording
from letterbox.tasks import TaskRunner


class FakeSource:
    """A microphone for tests: delivers given numpy blocks from its own thread.

    Args:
        blocks: int16 arrays of shape (n, 1) or (n,), delivered in order.
        paced: sleep the blocks' duration between them (like hardware); else fire-hose.
        stall_after: stop delivering (without ending) after this many blocks, like an
            unplugged microphone.
        overflow_every: flag every n-th block as overflowed (0: never).
    """

    def __init__(self, blocks: Iterator[np.ndarray] | list[np.ndarray], *, paced: bool = False,
                 stall_after: int | None = None, overflow_every: int = 0) -> None:
        self._blocks = iter(blocks)
        self._paced = paced
        self._stall_after = stall_after
        self._overflow_every = overflow_every
        self._running = threading.Event()
        self._thread: threading.Thread | None = None
        self.fail_with: BaseException | None = None

    def start(self, sink: BlockSink) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self._running.set()
        self._thread = threading.Thread(target=self._deliver, args=(sink,), daemon=True,
                                        name="fake-microphone")
        self._thread.start()

    def _deliver(self, sink: BlockSink) -> None:
        for count, block in enumerate(self._blocks, start=1):
            if not self._running.is_set():
                return
            if self._stall_after is not None and count > self._stall_after:
                return  # like an unplugged microphone: no error, just no more blocks
            data = block.reshape(-1, 1).astype(np.int16, copy=True)
            sink(data, bool(self._overflow_every and count % self._overflow_every == 0))
            if self._paced:
                time.sleep(len(data) / SAMPLE_RATE)

    def stop(self, *, abort: bool = False) -> None:
        self._running.clear()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)


def tone(seconds: float, frequency: float = 440.0, amplitude: float = 0.5,
         block: int = 1024) -> Iterator[np.ndarray]:
    """Blocks of a sine tone."""
    total = int(seconds * SAMPLE_RATE)
    for start in range(0, total, block):
        n = min(block, total - start)
        t = (np.arange(start, start + n) / SAMPLE_RATE).astype(np.float64)
        yield (np.sin(2 * np.pi * frequency * t) * amplitude * 32767).astype(np.int16)


def silence(seconds: float, block: int = 1024) -> Iterator[np.ndarray]:
    """Blocks of digital silence (zeros)."""
    total = int(seconds * SAMPLE_RATE)
    for start in range(0, total, block):
        yield np.zeros(min(block, total - start), dtype=np.int16)


def recording_controller(core: Core, tasks: TaskRunner, source_factory: Callable[[], FakeSource],
                         recording: Recording, *, parent: QObject | None = None,
                         max_seconds: float = 600) -> RecordingController:
    """A controller that records into ``recording`` through the services, as its owner."""
    recordings = build_services(core).recordings
    owner = Actor.parent(recording.parent_id)

    def prepare(request: TakeRequest) -> TakePlan:
        left = recordings.remaining_seconds(owner, recording.id, request.role, request.position)
        return TakePlan(TakeInfo(recording.parent_id, recording.id, request.role,
                                 request.position, request.text), left)

    return RecordingController(core.paths, tasks, source_factory, prepare=prepare,
                               add_part=partial(recordings.add_part, owner),
                               max_seconds=max_seconds, parent=parent)
