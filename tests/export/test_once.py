"""Exactly-once export under kill -9: a real `letterbox export` subprocess killed at each
step and at random moments, then a normal export; two exports started together."""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.export.once_helpers import (
    check_exactly_once,
    child_env,
    export_command,
    marked_processes,
    prepare,
    start,
    wait_no_orphans,
)
from tests.helpers import STAFF_PASSPHRASE

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/environ").exists(),
                                 reason="finds orphan workers through /proc")]

STEPS = ("after_insert", "after_build", "after_zip", "after_zip_rename", "after_rename",
         "after_mark")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A data folder with the demo, review off and three recordings; the staff name."""
    data = tmp_path_factory.mktemp("template") / "data"
    data.mkdir()
    return data, prepare(data)


def _trial(template: tuple[Path, str], root: Path, *, kill_at: str | None = None,
           delay: float | None = None) -> dict[str, object]:
    """Kill one export (at a step, or only its own process after ``delay`` s, leaving its
    workers orphaned), then export normally; the facts."""
    source, staff = template
    data, out = root / "data", root / "out"
    shutil.copytree(source, data)
    mark = uuid.uuid4().hex
    child = start(export_command(data, out, staff), child_env(STAFF_PASSPHRASE, mark, kill_at))
    alive_at_kill = 0
    if delay is not None:
        time.sleep(delay)
        if child.poll() is None:
            alive_at_kill = len(marked_processes(mark))
            os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)
    orphans = wait_no_orphans(mark)
    after = start(export_command(data, out, staff), child_env(STAFF_PASSPHRASE, uuid.uuid4().hex))
    stdout, stderr = after.communicate(timeout=60)
    assert after.returncode == 0, stderr
    packets, items = check_exactly_once(data, out)
    return {"killed": child.returncode, "orphans": orphans, "packets": packets, "items": items,
            "stdout": stdout, "alive_at_kill": alive_at_kill}


def test_kill_at_every_step_then_export_leaves_each_item_in_one_packet(
        template: tuple[Path, str], tmp_path: Path) -> None:
    """Killed at each step boundary, the next export finishes or clears the packet: every
    item ends in exactly one complete packet, marked exported, with no leftovers."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = {step: pool.submit(_trial, template, tmp_path / step, kill_at=step)
                for step in STEPS}
        facts = {step: run.result() for step, run in runs.items()}
    for step, fact in facts.items():
        assert fact["killed"] == -signal.SIGKILL, step  # the hook was reached
        assert fact["orphans"] == [], step
        assert fact["packets"] == 1 and fact["items"] == 7, (step, fact)
    # Killed before the zip and folder were both in place: the packet is made again.
    # Killed after: the next export finishes the one on disk and finds nothing left.
    for step in ("after_rename", "after_mark"):
        assert "nothing could be exported" in str(facts[step]["stdout"]), step
    for step in ("after_insert", "after_build", "after_zip", "after_zip_rename"):
        assert "items exported" in str(facts[step]["stdout"]), step


def test_kill_at_random_moments_then_export_leaves_each_item_in_one_packet(
        template: tuple[Path, str], tmp_path: Path) -> None:
    """Killed at ten random moments (the export's own process, its workers orphaned), the
    workers end within 5 s and the next export leaves every item in exactly one packet."""
    chance = random.Random(20261130)
    delays = [chance.uniform(0.5, 2.5) for _ in range(10)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = [pool.submit(_trial, template, tmp_path / f"r{n}", delay=delay)
                for n, delay in enumerate(delays)]
        facts = [run.result() for run in runs]
    for delay, fact in zip(delays, facts, strict=True):
        assert fact["orphans"] == [], (delay, fact)
        assert fact["packets"] == 1 and fact["items"] == 7, (delay, fact)
    # Some kills found encoder workers running (the export plus its workers and their
    # resource tracker), so orphans were really there to end.
    assert any(int(str(fact["alive_at_kill"])) > 2 for fact in facts), facts


def test_two_exports_at_once_never_duplicate(template: tuple[Path, str],
                                             tmp_path: Path) -> None:
    """Two exports started together: one makes the packet; the other says one is running
    (or, starting after it, finds nothing left to export). No item goes twice."""
    source, staff = template
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(source, data)
    env = child_env(STAFF_PASSPHRASE, uuid.uuid4().hex)
    children = [start(export_command(data, out, staff), env) for _ in range(2)]
    results = [(c.communicate(timeout=60), c.returncode) for c in children]
    made = [r for r in results if r[1] == 0 and "items exported" in r[0][0]]
    assert len(made) == 1, results
    other = next(r for r in results if r is not made[0])
    (stdout, stderr), code = other
    assert (code == 1 and "Another export is running" in stderr
            and len(stderr.strip().splitlines()) == 1) or \
        (code == 0 and "nothing could be exported" in stdout), other
    assert check_exactly_once(data, out) == (1, 7)
