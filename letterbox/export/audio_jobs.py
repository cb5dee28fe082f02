"""Process a packet's recordings on every core.

MP3 and Vorbis encoders hold Python's GIL (measured: two threads encoding MP3 were
slower than one), so several recordings are processed in separate processes
(``spawn``: safe beside Qt's threads, and the same on Windows). A shared event cancels
them between blocks; a queue brings their progress back. One recording, or one worker,
runs in this process. Each worker watches the export that started it and ends within
a second when that process dies, even by kill -9.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterbox.audio.processing import Cancelled, ProcessedAudio, ProcessingOptions, process_parts

_cancel_event: Any = None
_progress_queue: Any = None


@dataclass(frozen=True)
class AudioJob:
    """One recording to process: its parts in playing order and the output file."""

    key: str
    parts: tuple[Path, ...]
    out: Path
    weight: float = 1.0


def _init_worker(event: Any, progress: Any, parent_pid: int) -> None:
    global _cancel_event, _progress_queue
    _cancel_event, _progress_queue = event, progress
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch",
                     daemon=True).start()


def _watch_parent(parent_pid: int, interval: float = 0.5) -> None:
    """End this worker when the export that started it has died (even by kill -9).

    A dead parent cannot say so; its orphaned workers would encode on for minutes. On
    POSIX the orphan's parent changes; elsewhere the parent's pid stops answering.
    """
    while True:
        time.sleep(interval)
        if os.getppid() != parent_pid or not _alive(parent_pid):
            os._exit(3)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate it on Windows; getppid suffices there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _run_in_worker(job: AudioJob, options: ProcessingOptions) -> ProcessedAudio:
    last = [0.0]

    def report(fraction: float) -> None:
        if fraction - last[0] >= 0.02 or fraction >= 1.0:  # keep the queue quiet
            last[0] = fraction
            _progress_queue.put((job.key, fraction))

    return process_parts(list(job.parts), job.out, options,
                         should_cancel=_cancel_event.is_set, progress=report)


def process_all(jobs: Sequence[AudioJob], options: ProcessingOptions, *, workers: int,
                should_cancel: Callable[[], bool],
                progress: Callable[[str, float], None],
                meanwhile: Callable[[], None] | None = None,
                ) -> dict[str, ProcessedAudio | Exception]:
    """Process every job; each result is the processed audio or the error it met.

    ``meanwhile`` (the packet's letters) runs in this thread while the workers start and
    encode, so neither waits for the other.

    Raises:
        Cancelled: ``should_cancel`` said so (outputs already written stay for the caller
            to delete with the rest of its unfinished packet).
    """
    results: dict[str, ProcessedAudio | Exception] = {}
    if workers <= 1 or len(jobs) <= 1:
        if meanwhile is not None:
            meanwhile()
        for job in jobs:
            if should_cancel():
                raise Cancelled

            def report(fraction: float, key: str = job.key) -> None:
                progress(key, fraction)

            try:
                results[job.key] = process_parts(list(job.parts), job.out, options,
                                                 should_cancel=should_cancel, progress=report)
            except Cancelled:
                raise
            except Exception as error:
                results[job.key] = error
        return results
    context = multiprocessing.get_context("spawn")
    event, updates = context.Event(), context.Queue()
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context,
                             initializer=_init_worker,
                             initargs=(event, updates, os.getpid())) as pool:
        pending: dict[Future[ProcessedAudio], AudioJob] = {
            pool.submit(_run_in_worker, job, options): job for job in jobs}
        try:
            if meanwhile is not None:
                meanwhile()
            while pending:
                done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                _drain(updates, progress)
                if should_cancel():
                    event.set()
                    raise Cancelled
                for future in done:
                    job = pending.pop(future)
                    try:
                        results[job.key] = future.result()
                    except Cancelled:
                        event.set()
                        raise
                    except Exception as error:
                        results[job.key] = error
        except BaseException:
            event.set()
            for future in pending:
                future.cancel()
            raise
        finally:
            _drain(updates, progress)
    updates.close()
    updates.join_thread()
    return results


def _drain(updates: Any, progress: Callable[[str, float], None]) -> None:
    while True:
        try:
            key, fraction = updates.get_nowait()
        except queue.Empty:
            return
        progress(key, fraction)
