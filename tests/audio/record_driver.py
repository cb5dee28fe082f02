"""Record one take through real PortAudio, in its own process (test driver).

sounddevice fixes the device list when PortAudio starts, and the test devices are chosen
by environment (HOME's .asoundrc, XDG_RUNTIME_DIR's PulseAudio), so every real-device
recording runs here, in a fresh process with that environment. Prints JSON lines: one
``{"started": ...}``, progress lines ``{"frames": n, "t": s}``, and the final result.

Usage: record_driver.py OUT.wav [--device NAME] [--seconds S] [--until-frames N]
       [--max-seconds S] [--sidecar PARENT_ID:RECORDING_ID]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from letterbox.audio.recorder import Recorder, SoundDeviceSource
from letterbox.audio.repair import TakeInfo, write_sidecar


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _rss_kb() -> int:
    return _status_kb("VmRSS")


def _cpu_s() -> float:
    times = os.times()
    return times.user + times.system


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--device", default=None)
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after this wall time")
    parser.add_argument("--until-frames", type=int, default=0,
                        help="stop once this many frames are written (fire-hose)")
    parser.add_argument("--max-seconds", type=float, default=0.0)
    parser.add_argument("--sidecar", default="")
    parser.add_argument("--progress", type=float, default=0.1)
    args = parser.parse_args()
    if args.sidecar:
        parent_id, recording_id = (int(x) for x in args.sidecar.split(":"))
        write_sidecar(args.out, TakeInfo(parent_id, recording_id, "take", 1))
    recorder = Recorder(SoundDeviceSource(args.device))
    rss_before = _rss_kb()
    cpu_before = _cpu_s()
    begin = time.monotonic()
    recorder.start(args.out, max_seconds=args.max_seconds, max_frames=args.until_frames)
    _say(started=time.monotonic() - begin)
    next_report = 0.0
    rss_warm = 0
    while recorder.recording:
        if not rss_warm and recorder.frames_written >= 60 * 48_000:
            rss_warm = _rss_kb()  # after the first minute: start-up costs are paid
        now = time.monotonic() - begin
        if args.seconds and now >= args.seconds:
            break
        if now >= next_report:
            _say(frames=recorder.frames_written, t=now)
            next_report = now + args.progress
        time.sleep(0.01)
    if not recorder.recording and recorder.result is not None:  # ended by itself
        ended = "stalled" if recorder.result.stalled else "limit"
        _say(ended=ended, t=time.monotonic() - begin)
    result = recorder.stop()
    assert result is not None
    _say(result={"frames": result.frames, "duration_s": result.duration_s,
                 "overflows": result.overflows, "stalled": result.stalled,
                 "dropped_estimate": result.dropped_estimate,
                 "limit_reached": result.limit_reached,
                 "received": recorder.frames_received,
                 "wall_s": time.monotonic() - begin,
                 "cpu_s": _cpu_s() - cpu_before,
                 "rss_kb_before": rss_before, "rss_kb_peak": _status_kb("VmHWM"),
                 "rss_kb_warm": rss_warm,
                 "rss_kb_after": _rss_kb()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
