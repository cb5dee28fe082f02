"""Audio benchmarks: run ``/tmp/venv0/bin/python tests/benchmarks/bench_audio.py``.

Each figure is printed with its target and a ratio against an anchor measured in the
same run on the same machine:

1. Writer throughput on the fire-hose device (an hour of 48 kHz audio through real
   PortAudio into the recorder): × real time (target ≥ 200×), and as a ratio to
   libsndfile writing the same frames to WAV directly (the ceiling for any writer).
2. Memory growth over that hour: peak RSS minus RSS before the take (target ≤ 20 MB).
3. CPU while recording 10 s on the paced PulseAudio device, against a bare PortAudio
   stream with an empty callback on the same device.
4. The GUI event loop's longest stall while recording (3 takes with the real screen,
   including microphone check, start, stop and save), target ≤ 50 ms, against the same
   loop idle.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.audio.sound_devices import Mic, start_firehose, start_pulse, stop_pulse  # noqa: E402

RATE = 48_000
_BARE_FIREHOSE = """
import time
import sounddevice as sd
n = [0]
def cb(indata, frames, t, status):
    n[0] += frames
stream = sd.InputStream(samplerate=48000, channels=1, dtype="int16", latency="high",
                        callback=cb)
start = time.monotonic(); stream.start(); time.sleep(3); stream.stop(); stream.close()
print(n[0] / (time.monotonic() - start))
"""
_BARE_STREAM = """
import os, sys, time
import sounddevice as sd
def cb(indata, frames, t, status):
    pass
stream = sd.InputStream(samplerate=48000, channels=1, dtype="int16", latency="high",
                        device="pulse", callback=cb)
t0 = os.times(); w0 = time.monotonic()
stream.start(); time.sleep(float(sys.argv[1])); stream.stop(); stream.close()
t1 = os.times()
print((t1.user + t1.system) - (t0.user + t0.system), time.monotonic() - w0)
"""


def _line(name: str, value: str, target: str, ratio: str) -> None:
    print(f"{name:<44} {value:>16}   target {target:<12} {ratio}")


def libsndfile_write_speed(frames: int, folder: Path) -> float:
    """Frames per second that soundfile/libsndfile writes to WAV PCM_16, 1 s blocks."""
    import soundfile

    block = np.random.default_rng(1).integers(-32768, 32768, size=(RATE, 1), dtype=np.int16)
    path = folder / "raw.wav"
    start = time.perf_counter()
    with soundfile.SoundFile(str(path), "w", RATE, 1, "PCM_16", format="WAV") as out:
        for _ in range(frames // RATE):
            out.write(block)
    elapsed = time.perf_counter() - start
    path.unlink()
    return frames / elapsed


def firehose(work: Path) -> None:
    mic = start_firehose(work / "firehose")
    frames = int(mic.extra["frames"])  # type: ignore[call-overload]
    result = mic.record(work / "hour.wav", "--until-frames", str(frames), "--progress", "5",
                        timeout=300)
    (work / "hour.wav").unlink()
    wall = float(result["wall_s"])  # type: ignore[arg-type]
    speed = frames / wall
    raw = libsndfile_write_speed(frames, work)
    _line("1. writer throughput (fire-hose, 1 h)", f"{speed / RATE:,.0f}× real time",
          "≥ 200×", f"{speed / RATE / 200:.1f}× target; {speed / raw:.2f} of libsndfile's "
          f"raw WAV write ({raw / RATE:,.0f}×)")
    bare = subprocess.run([sys.executable, "-c", _BARE_FIREHOSE], env=mic.env,
                          capture_output=True, text=True, timeout=60, check=True)
    device = float(bare.stdout.split()[0])
    _line("   the same device, empty callback", f"{device / RATE:,.0f}× real time", "",
          f"recorder keeps {speed / device:.2f} of what the device alone delivers")
    kb = {k: int(v) for k, v in result.items() if str(k).startswith("rss_kb")}  # type: ignore
    growth = (kb["rss_kb_peak"] - kb["rss_kb_warm"]) / 1024
    startup = (kb["rss_kb_warm"] - kb["rss_kb_before"]) / 1024
    _line("2. memory growth per hour recorded", f"{growth:.1f} MB", "≤ 20 MB",
          f"{growth / 20:.2f} of target (peak RSS after minute 1 → hour 1; the first "
          f"minute's one-off start-up, PortAudio + queue filling: {startup:.1f} MB; "
          f"peak {kb['rss_kb_peak'] / 1024:.0f} MB)")
    (work / "firehose" / "input.raw").unlink(missing_ok=True)


def paced_cpu(mic: Mic, work: Path) -> None:
    seconds = 10.0
    result = mic.record(work / "cpu.wav", "--seconds", str(seconds), "--progress", "1",
                        timeout=60)
    cpu = float(result["cpu_s"]) / float(result["wall_s"])  # type: ignore[arg-type]
    bare = subprocess.run([sys.executable, "-c", _BARE_STREAM, str(seconds)], env=mic.env,
                          capture_output=True, text=True, timeout=60, check=True)
    bare_cpu_s, bare_wall = (float(x) for x in bare.stdout.split())
    bare_cpu = bare_cpu_s / bare_wall
    _line("3. CPU while recording (paced, 10 s)", f"{cpu * 100:.1f}% of a core", "(report)",
          f"{cpu / bare_cpu:.2f}× a bare PortAudio stream ({bare_cpu * 100:.1f}%)")


def gui_stall(mic: Mic) -> None:
    tone = Path(tempfile.mkdtemp()) / "tone.wav"
    import soundfile

    t = np.arange(int(20 * RATE)) / RATE
    soundfile.write(str(tone), (np.sin(2 * np.pi * 440 * t) * 0.3 * 32767).astype(np.int16),
                    RATE)
    player = mic.play(tone)
    probe = subprocess.run([sys.executable, str(Path(__file__).with_name("audio_gui_probe.py"))],
                           env=mic.env, capture_output=True, text=True, timeout=120, check=False)
    player.kill()
    player.wait()
    if probe.returncode != 0:
        print("4. GUI probe failed:", probe.stderr[-2000:])
        return
    data = json.loads(probe.stdout.strip().splitlines()[-1])
    rec, idle = data["recording"], data["idle"]
    _line("4. longest GUI stall while recording", f"{rec['max_ms']:.1f} ms", "≤ 50 ms",
          f"{rec['max_ms'] / 50:.2f} of target; p99 {rec['p99_ms']:.1f} ms; idle max "
          f"{idle['max_ms']:.1f} ms ({rec['max_ms'] / idle['max_ms']:.1f}× idle)")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="lb-bench-audio-"))
    print(f"Audio benchmarks (work folder {work})")
    firehose(work)
    mic = start_pulse(work / "pulse")
    try:
        paced_cpu(mic, work)
        gui_stall(mic)
    finally:
        stop_pulse(mic)
    return 0


if __name__ == "__main__":
    sys.exit(main())
