"""Starting the two test microphones of AUDIO-TESTING.md (for tests and benchmarks).

- a PulseAudio null sink: what ``paplay -d kiosk`` plays is heard by PortAudio's ALSA
  device ``pulse``, paced like real hardware;
- ALSA's file plugin reading a raw file as fast as the CPU allows (the fire-hose).

Recordings through them run in a subprocess (``record_driver.py``) with the device's
environment, because PortAudio fixes its device list when it starts.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DRIVER = Path(__file__).with_name("record_driver.py")
FIREHOSE_FRAMES = 3600 * 48_000          # one hour at 48 kHz
CHUNK = 4_800_000


class DeviceMissing(RuntimeError):
    """A Debian package the test devices need is not installed."""


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise DeviceMissing(f"`{tool}` is missing: install the Debian package {package} "
                            "(bash scripts/test installs it)")
    return path


@dataclass
class Mic:
    """A test microphone: the environment and device name for the driver."""

    env: dict[str, str]
    device: str | None
    extra: dict[str, object] = field(default_factory=dict)

    def record(self, out: Path, *args: str, timeout: float = 60) -> dict[str, object]:
        """Record with the driver until it ends; return its final result."""
        proc = self.spawn(out, *args)
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
        assert proc.returncode == 0, stderr
        lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
        return dict(lines[-1]["result"])

    def spawn(self, out: Path, *args: str) -> subprocess.Popen[str]:
        """Start the driver; its stdout gives JSON lines."""
        cmd = [sys.executable, str(DRIVER), str(out)]
        if self.device:
            cmd += ["--device", self.device]
        return subprocess.Popen([*cmd, *args], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def play(self, wav: Path) -> subprocess.Popen[bytes]:
        """Play a file into the null sink (PulseAudio microphone only)."""
        return subprocess.Popen(["paplay", "-d", "kiosk", str(wav)], env=self.env)


def base_env(home: Path) -> dict[str, str]:
    """This process's environment without sound settings, with HOME moved."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE", "ALSA"))}
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_pulse(root: Path) -> Mic:
    """Start a private PulseAudio with the null sink 'kiosk' under ``root``."""
    pulseaudio = _need("pulseaudio", "pulseaudio")
    _need("pactl", "pulseaudio-utils")
    _need("paplay", "pulseaudio-utils")
    if not Path("/usr/share/alsa/alsa.conf.d/pulse.conf").exists():
        raise DeviceMissing("ALSA's pulse plugin is missing: install libasound2-plugins")
    runtime = root / "run"
    runtime.mkdir(mode=0o700, parents=True)
    home = root / "home"
    home.mkdir()
    env = base_env(home)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    started = subprocess.run(
        [pulseaudio, "-n", "--daemonize=yes", "--exit-idle-time=-1",
         "-L", "module-native-protocol-unix", "-L", "module-null-sink sink_name=kiosk",
         "-L", "module-always-sink"], env=env, capture_output=True, text=True, timeout=30,
        check=False)
    deadline = time.monotonic() + 15
    while subprocess.run(["pactl", "info"], env=env, capture_output=True,
                         check=False).returncode != 0:
        if time.monotonic() > deadline:
            raise DeviceMissing(f"PulseAudio did not start: {started.stderr}")
        time.sleep(0.1)
    pid_file = runtime / "pulse" / "pid"
    pid = int(pid_file.read_text().split()[0]) if pid_file.exists() else 0
    return Mic(env=env, device="pulse", extra={"pid": pid})


def stop_pulse(mic: Mic) -> None:
    """Stop the private PulseAudio (by its own command)."""
    pid = int(mic.extra.get("pid", 0))  # type: ignore[call-overload]
    if pid:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)  # in case a stall test left it stopped
    subprocess.run(["pactl", "exit"], env=mic.env, capture_output=True, check=False,
                   timeout=10)


def firehose_input(path: Path, frames: int = FIREHOSE_FRAMES) -> None:
    """Seeded noise, written in chunks: every sample is known, none repeats a pattern."""
    rng = np.random.default_rng(20261125)
    with path.open("wb") as out:
        for start in range(0, frames, CHUNK):
            n = min(CHUNK, frames - start)
            out.write(rng.integers(-32768, 32768, size=n, dtype=np.int16).tobytes())


def start_firehose(root: Path, frames: int = FIREHOSE_FRAMES) -> Mic:
    """An unpaced microphone: ALSA's file plugin reading ``frames`` of seeded noise."""
    home = root / "home"
    home.mkdir(parents=True)
    raw = root / "input.raw"
    firehose_input(raw, frames)
    (home / ".asoundrc").write_text(
        "pcm.!default {\n  type plug\n  slave.pcm {\n    type file\n"
        '    slave.pcm "null"\n    file "/dev/null"\n'
        f'    infile "{raw}"\n    format "raw"\n  }}\n}}\n', encoding="utf-8")
    return Mic(env=base_env(home), device=None, extra={"raw": raw, "frames": frames})
