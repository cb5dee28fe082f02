"""One way to run slow work: ``TaskRunner.run(fn, on_done)`` over QThreadPool.

Disk, audio and PDF work never runs on the GUI thread. ``fn`` runs on a pool thread;
its result (or exception) comes back to the GUI thread through a queued signal and
is handed to ``on_done`` (or ``on_error``). Saving and export use the one-thread
``serial`` pool, so writes happen in the order they were asked for, on snapshots of
the data, never on live widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from letterbox.errors import LetterboxError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Bridge(QObject):
    """Lives on the GUI thread; its signal carries results back to it."""

    # on_done, on_error, result, error, owner
    finished = Signal(object, object, object, object, object)


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, fn: Callable[[], Any], on_done: Done | None,
                 on_error: Failed | None, owner: QObject | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._bridge = bridge
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:
            if isinstance(error, LetterboxError):  # a refusal the screen words: no alarm
                log.info("Refused: %s", error.english())
            else:
                log.exception("Background task failed")
            self._bridge.finished.emit(self._on_done, self._on_error, None, error, self._owner)
        else:
            self._bridge.finished.emit(self._on_done, self._on_error, result, None, self._owner)


def _receiver_alive(callback: Callable[..., Any], owner: QObject | None) -> bool:
    """False when the screen that asked (``owner``), or the Qt object whose method
    ``callback`` is, has been deleted meanwhile."""
    if owner is not None and not shiboken6.isValid(owner):
        return False
    bound = getattr(callback, "__self__", None)
    return not isinstance(bound, QObject) or shiboken6.isValid(bound)


class TaskRunner(QObject):
    """Runs callables off the GUI thread and delivers results on it.

    Args:
        synchronous: run every task inline (tests and command-line use).
    """

    task_failed = Signal(object)  # an exception nobody handled

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._serial_pool = QThreadPool()
        self._serial_pool.setMaxThreadCount(1)
        self._pending = 0
        self._lock = threading.Lock()

    def run(self, fn: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None, *, serial: bool = False,
            owner: QObject | None = None) -> None:
        """Run ``fn`` on a pool thread; call ``on_done(result)`` on the GUI thread.

        Args:
            fn: the work; takes no arguments (bind them with a lambda or partial).
            on_done: receives the result on the GUI thread.
            on_error: receives the exception; without it ``task_failed`` is emitted.
            serial: use the one-thread pool (saves, exports), keeping their order.
            owner: the screen that asked; its callbacks are dropped if it is gone by then
                (the one liveness guard: screens do not wrap callbacks themselves).
        """
        if self.synchronous:
            try:
                result = fn()
            except BaseException as error:
                self._deliver(on_done, on_error, None, error, owner)
            else:
                self._deliver(on_done, on_error, result, None, owner)
            return
        with self._lock:
            self._pending += 1
        pool = self._serial_pool if serial else self._pool
        pool.start(_Job(self._bridge, fn, on_done, on_error, owner))

    def _deliver(self, on_done: Done | None, on_error: Failed | None, result: Any,
                 error: BaseException | None, owner: QObject | None = None) -> None:
        if not self.synchronous:
            with self._lock:
                self._pending -= 1
        callback = on_error if error is not None else on_done
        if callback is not None and not _receiver_alive(callback, owner):
            return  # the screen that asked has gone (signed out, moved on): nothing to show
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    self.task_failed.emit(error)
            elif on_done is not None:
                on_done(result)
        except RuntimeError as problem:
            if "already deleted" not in str(problem):
                raise
            log.debug("A result arrived for a widget that is gone: %s", problem)

    @property
    def busy(self) -> bool:
        """True while a task has not yet delivered its result."""
        with self._lock:
            return self._pending > 0

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the pools are idle (shutdown and tests only, never in a handler)."""
        ok_serial = self._serial_pool.waitForDone(msecs)
        ok_pool = self._pool.waitForDone(msecs)
        return bool(ok_serial and ok_pool)
