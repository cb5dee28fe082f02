"""The recorder engine: microphone blocks onto a queue, one writer thread onto disk.

The audio callback only copies the block and its overflow flag onto a queue and
returns. One writer thread owns the WAV file, streams every block to disk, flushes it
every second, keeps the level counters the meter reads, and is the watchdog: when no
block has come for ``stall_after_s`` (an unplugged microphone raises nothing, its
callbacks simply stop) it ends the take cleanly, keeping what was recorded. A take is
never held in memory.

While a take is being written it lives at ``<name>.partial.wav``; a clean stop renames it
to ``<name>.wav``. A file left behind by a killed process is repaired at start-up
(``letterbox.audio.repair``).

Every method here may block (opening PortAudio, joining the writer): the GUI calls them
through ``TaskRunner``. The counters are plain attributes written by one thread and read
by others, which the GIL makes safe without locks.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from letterbox.audio.devices import CHANNELS, DTYPE, SAMPLE_RATE, AudioUnavailable
from letterbox.audio.repair import partial_path

log = logging.getLogger(__name__)

BlockSink = Callable[[np.ndarray, bool], None]
"""What a source calls for each block: (frames × 1 int16 array it may keep, overflowed)."""

FLUSH_EVERY_S = 1.0
STALL_AFTER_S = 1.5        # + the 0.25 s poll: a stall is noticed within 2 s
FIRST_BLOCK_GRACE_S = 4.0  # PulseAudio can take a few seconds to deliver the first block
MAX_BACKLOG_BLOCKS = 4096  # ≥ 35 s of audio at any block size seen; see the sink below
BACKLOG_WAIT_S = 0.1
BATCH_BLOCKS = 256         # the writer drains up to this many queued blocks per write
_STOP = object()


class AudioSource(Protocol):
    """Something that delivers int16 mono blocks at 48 kHz to a sink, on its own thread."""

    def start(self, sink: BlockSink) -> None:
        """Open the device and begin calling ``sink``; raises AudioUnavailable."""

    def stop(self, *, abort: bool = False) -> None:
        """Stop delivering and release the device; ``abort`` after a stall (nothing to
        drain, and draining a dead device may never end)."""


@dataclass(frozen=True)
class TakeResult:
    """What one take produced.

    Attributes:
        dropped_estimate: frames the device should have sent for the time that passed
            but did not (paced devices), plus frames dropped because the disk fell behind.
        limit_reached: the take reached its maximum length and ended by itself.
        write_error: why the file could not take more sound (disk full…), or ''.
        peak: the loudest sample of the whole take (0..1), to flag a take nobody hears.
    """

    path: Path
    frames: int
    duration_s: float
    overflows: int
    stalled: bool
    dropped_estimate: int
    limit_reached: bool = False
    write_error: str = ""
    peak: float = 0.0


class Recorder:
    """Records one take at a time from an AudioSource into a WAV file.

    Args:
        source: the microphone (``SoundDeviceSource``) or a fake.
        stall_after_s: silence from the device (no blocks at all) that counts as unplugged.
    """

    def __init__(self, source: AudioSource, *, stall_after_s: float = STALL_AFTER_S,
                 first_block_grace_s: float = FIRST_BLOCK_GRACE_S) -> None:
        self._source = source
        self._stall_after = stall_after_s
        self._grace = first_block_grace_s
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._result: TakeResult | None = None
        self._lock = threading.Lock()  # start/stop only; never taken by the callback
        self._source_lock = threading.Lock()
        self._source_running = False
        self._done = threading.Event()
        self._accepting = False
        self._reset_counters()

    def _reset_counters(self) -> None:
        self.frames_written = 0
        self.frames_received = 0
        self.overflows = 0
        self.backlog_dropped = 0
        self.peak = 0            # largest |sample| since the meter last read it
        self.take_peak_max = 0   # largest |sample| of the whole take (never reset)
        self.paused = False
        self.stalled = False
        self.limit_reached = False
        self.write_error = ""
        self.max_frames = 0

    # -- state the GUI polls ---------------------------------------------------------
    @property
    def recording(self) -> bool:
        """True between start() and the end of the take (stop, stall or limit)."""
        return self._writer is not None and not self._done.is_set()

    @property
    def elapsed_s(self) -> float:
        """Seconds of audio in the take so far (paused time not counted)."""
        return self.frames_written / SAMPLE_RATE

    @property
    def result(self) -> TakeResult | None:
        """The finished take, once the writer has closed the file."""
        return self._result

    def take_peak(self) -> float:
        """The peak (0..1) since the last call, for a meter; resets it."""
        peak, self.peak = self.peak, 0
        return peak / 32768.0

    # -- control ------------------------------------------------------------------------
    def start(self, path: Path, *, max_seconds: float = 0, max_frames: int = 0) -> None:
        """Begin a take that will end up at ``path`` (a ``.wav``).

        Args:
            max_seconds: the facility's maximum length (0: none); ``max_frames`` if exact.

        Raises:
            AudioUnavailable: the device cannot be opened.
            OSError: the file cannot be created (disk full, permissions).
        """
        import soundfile

        with self._lock:
            if self.recording:
                raise RuntimeError("A take is already being recorded")
            self._reset_counters()
            self._result = None
            self.max_frames = max_frames or (round(max_seconds * SAMPLE_RATE)
                                             if max_seconds > 0 else 0)
            self._queue = queue.SimpleQueue()
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = partial_path(path)
            sound = soundfile.SoundFile(str(partial), "w", samplerate=SAMPLE_RATE,
                                        channels=CHANNELS, subtype="PCM_16", format="WAV")
            put = self._queue.put
            backlog = self._queue.qsize

            def sink(block: np.ndarray, overflowed: bool) -> None:
                # The audio callback's whole job: hand the block over and return. Only a
                # source faster than real time (the fire-hose test device) or a disk that
                # stalls for half a minute can fill the backlog: then the callback waits a
                # little for room (back-pressure, lossless for the fire-hose), and past that
                # drops the block and counts it, so memory stays bounded.
                # Once the take has ended the callback must not wait at all: PortAudio's
                # ALSA abort cancels the callback thread, and a thread cancelled in the
                # middle of Python hangs the interpreter (seen with the fire-hose).
                if backlog() >= MAX_BACKLOG_BLOCKS:
                    deadline = time.monotonic() + BACKLOG_WAIT_S
                    while (self._accepting and backlog() >= MAX_BACKLOG_BLOCKS
                           and time.monotonic() < deadline):
                        time.sleep(0.0005)
                    if backlog() >= MAX_BACKLOG_BLOCKS:
                        self.backlog_dropped += len(block)
                        return
                if self._accepting:
                    put((block, overflowed))

            self._done = threading.Event()
            self._accepting = True
            try:
                self._source.start(sink)
                self._source_running = True
            except BaseException:
                sound.close()
                partial.unlink(missing_ok=True)
                raise
            self._writer = threading.Thread(target=self._write, args=(sound, partial, path),
                                            name="letterbox-recorder", daemon=True)
            self._writer.start()

    def pause(self) -> None:
        """Stop keeping audio (the device keeps running, so resuming is instant)."""
        self.paused = True

    def resume(self) -> None:
        """Keep audio again after pause()."""
        self.paused = False

    def stop(self) -> TakeResult | None:
        """End the take and wait until the file is closed and renamed.

        The device is stopped first, so every block it captured is written. Returns the
        take (also when it had already ended by itself), or None when none was started.
        """
        with self._lock:
            if self._writer is None:
                return self._result
            if not self._done.is_set():
                self._stop_source()
                self._queue.put(_STOP)
            self._done.wait()
            self._writer = None
            return self._result

    def _stop_source(self, *, abort: bool = False) -> None:
        """Stop the device once, from whichever thread gets here first."""
        with self._source_lock:
            if self._source_running:
                self._source_running = False
                self._source.stop(abort=abort)

    # -- the writer thread ----------------------------------------------------------
    def _write(self, sound: Any, partial: Path, final: Path) -> None:
        started = time.monotonic()
        last_block = started
        last_flush = started
        first_block: float | None = None
        reason = "stopped"
        try:
            while True:
                try:
                    item = self._queue.get(timeout=0.25)
                except queue.Empty:
                    item = None
                now = time.monotonic()
                if item is _STOP:
                    break
                if item is not None:
                    blocks, stop = self._drain(item)
                    if first_block is None:
                        first_block = now
                    last_block = now
                    try:
                        full = bool(blocks) and not self.paused and self._keep(sound, blocks)
                    except (OSError, RuntimeError) as error:  # libsndfile: disk full, I/O
                        self.write_error = str(error) or type(error).__name__
                        reason = "write_error"
                        break
                    if full:
                        reason = "limit"
                        break
                    if stop:
                        break
                elif now - last_block > (self._stall_after if first_block else self._grace):
                    reason = "stalled"
                    break
                if now - last_flush >= FLUSH_EVERY_S:
                    sound.flush()
                    last_flush = now
        finally:
            # The take is made safe first; only then is the device stopped, because a
            # stalled device can block in stop() for as long as it stays stalled.
            dropped = self.backlog_dropped  # blocks refused after the end do not count
            if reason != "stopped":
                self.stalled = reason == "stalled"
                self.limit_reached = reason == "limit"
                log.warning("Take ended by itself: %s", reason)
            sound.close()
            os.replace(partial, final)
            elapsed = (last_block - first_block) if first_block else 0.0
            expected = int(elapsed * SAMPLE_RATE)
            missing = max(0, expected - self.frames_received - SAMPLE_RATE // 4)
            self._result = TakeResult(
                path=final, frames=self.frames_written,
                duration_s=self.frames_written / SAMPLE_RATE, overflows=self.overflows,
                stalled=self.stalled, dropped_estimate=missing + dropped,
                limit_reached=self.limit_reached, write_error=self.write_error,
                peak=self.take_peak_max / 32768.0)
            self._done.set()
            if reason != "stopped":
                self._accepting = False
                self._stop_source(abort=reason == "stalled")

    def _drain(self, first: Any) -> tuple[list[np.ndarray], bool]:
        """The first item and whatever else is queued (up to a batch); True on STOP.

        Writing many small blocks at once keeps the writer ahead of any real device.
        """
        blocks: list[np.ndarray] = []
        item = first
        while True:
            if item is _STOP:
                return blocks, True
            block, overflowed = item
            blocks.append(block)
            self.frames_received += len(block)
            if overflowed:
                self.overflows += 1
            if len(blocks) >= BATCH_BLOCKS:
                return blocks, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return blocks, False

    def _keep(self, sound: Any, blocks: list[np.ndarray]) -> bool:
        """Write blocks; True when the take has reached its maximum length."""
        data = blocks[0] if len(blocks) == 1 else np.concatenate(blocks)
        if self.max_frames:
            data = data[: self.max_frames - self.frames_written]
        if len(data):
            sound.write(data)
            self.frames_written += len(data)
            peak = max(int(data.max()), -int(data.min()))
            if peak > self.peak:
                self.peak = peak
            if peak > self.take_peak_max:
                self.take_peak_max = peak
        return bool(self.max_frames) and self.frames_written >= self.max_frames


class SoundDeviceSource:
    """The real microphone, through PortAudio (48 kHz, mono, 16-bit, high latency)."""

    def __init__(self, device: int | str | None = None, *, blocksize: int = 0) -> None:
        self.device = device
        self.blocksize = blocksize
        self._stream: Any = None

    def start(self, sink: BlockSink) -> None:
        from letterbox.audio.devices import check_input, load_sounddevice

        sd = load_sounddevice()
        check_input(self.device)

        def callback(indata: np.ndarray, _frames: int, _time: Any, status: Any) -> None:
            sink(indata.copy(), bool(status.input_overflow))

        try:
            stream = sd.InputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype=DTYPE,
                                    latency="high", device=self.device,
                                    blocksize=self.blocksize, callback=callback)
            stream.start()
        except (sd.PortAudioError, ValueError) as error:
            raise AudioUnavailable(
                "The microphone could not be opened.",
                "Check it is plugged in and not used by another program, then run "
                f"`letterbox doctor`. (Detail: {error})", code="microphone_unopened",
                detail=str(error)) from error
        self._stream = stream

    def stop(self, *, abort: bool = False) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                # stop() lets the callback return by itself; abort() (a stalled device
                # may never drain) cancels its thread, which is safe only when idle.
                if abort:
                    self._skip_terminate_at_exit()  # first: abort() itself may block
                    stream.abort()
                else:
                    stream.stop()
                stream.close()
            except Exception:
                log.exception("Closing the input stream failed")


    @staticmethod
    def _skip_terminate_at_exit() -> None:
        """After a stall PortAudio's own thread can stay stuck, and then sounddevice's
        exit handler (Pa_Terminate) never returns and the app cannot quit (seen with a
        frozen PulseAudio). The take is safe and the OS frees the device: skip it."""
        import atexit

        from letterbox.audio.devices import load_sounddevice

        handler = getattr(load_sounddevice(), "_exit_handler", None)
        if handler is not None:
            atexit.unregister(handler)
