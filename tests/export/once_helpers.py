"""Shared set-up and checks for the exactly-once export tests (no tests here)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from letterbox.core import Core, open_core
from letterbox.demo import create_demo, write_demo_tune
from letterbox.export.recovery import is_leftover
from letterbox.staff_auth import PASSPHRASE_ENV
from tests.helpers import ROOT, add_staff

MARKER = "LETTERBOX_TEST_RUN_MARK"


def prepare(data_dir: Path) -> str:
    """Demo data, review off, two more recordings (so encoder workers start); staff name."""
    core = open_core(data_dir)
    try:
        parent, _ = create_demo(core)
        core.settings.set("review_required", False)
        dima = next(c for c in core.profiles.children(parent.id) if c.name.startswith("Д"))
        folder = core.paths.recording_dir(parent.id)
        for number in (1, 2):
            path = folder / f"extra-{number}.wav"
            seconds = write_demo_tune(path)
            rec = core.recordings.create(parent.id, dima.id, "message", title=f"Song {number}")
            core.recordings.add_part(rec.id, "take", 1, path, duration_s=seconds)
            core.recordings.set_status(rec.id, "ready")
    finally:
        core.close()
    return add_staff(data_dir)[0]


def export_command(data_dir: Path, out: Path, staff: str) -> list[str]:
    return [sys.executable, "-m", "letterbox", "export", "--data-dir", str(data_dir),
            "--out", str(out), "--staff", staff]


def child_env(passphrase: str, mark: str, kill_at: str | None = None) -> dict[str, str]:
    env = {**os.environ, PASSPHRASE_ENV: passphrase, MARKER: mark}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("LETTERBOX_TEST_KILL_AT", None)
    if kill_at:
        env["LETTERBOX_TEST_KILL_AT"] = kill_at
    return env


def start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def marked_processes(mark: str) -> list[int]:
    """Live processes (not zombies) whose environment carries ``MARKER=mark``."""
    needle = f"{MARKER}={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def wait_no_orphans(mark: str, seconds: float = 5.0) -> list[int]:
    """Wait until no marked process is left; those still there after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        left = marked_processes(mark)
        if not left or time.monotonic() > deadline:
            for pid in left:  # never leave them running on the test machine
                os.kill(pid, signal.SIGKILL)
            return left
        time.sleep(0.1)


def check_exactly_once(data_dir: Path, out: Path) -> tuple[int, int]:
    """Every exportable item in exactly one complete packet on disk, marked iff so; no
    leftovers and no packet still building. Returns (packets, items)."""
    core: Core = open_core(data_dir)
    try:
        assert core.packets.building() == []
        packets = core.packets.all()
        seen: dict[tuple[str, int], int] = {}
        for packet in packets:
            assert Path(packet.folder).is_dir() and Path(packet.zip).is_file(), packet
            assert (Path(packet.folder) / "manifest.json").is_file()
            for key in core.packets.items_of(packet.id):
                assert key not in seen, f"{key} in packets {seen[key]} and {packet.id}"
                seen[key] = packet.id
        on_disk = {p.name for p in out.iterdir()} if out.exists() else set()
        expected = {Path(p.folder).name for p in packets} | {Path(p.zip).name for p in packets}
        assert on_disk == expected, on_disk ^ expected
        assert not any(is_leftover(out / name) for name in on_disk)
        parent = core.profiles.find_by_id_number("DEMO-0001")
        assert parent is not None
        items = [("letter", x.id, x.status, x.packet_id) for x in
                 core.letters.for_parent(parent.id)]
        items += [("recording", x.id, x.status, x.packet_id) for x in
                  core.recordings.for_parent(parent.id)]
        for kind, item_id, status, packet_id in items:
            if (kind, item_id) in seen:
                assert status == "exported" and packet_id == seen[(kind, item_id)]
            else:
                assert status != "exported", (kind, item_id)
        return len(packets), len(seen)
    finally:
        core.close()
