"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from letterbox.core import Core
    from letterbox.services.actor import Actor

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, data_dir: Path | None = None, timeout: float = 120,
            env: dict[str, str] | None = None,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m letterbox ARGS`` as a real subprocess.

    ``input`` is its standard input (otherwise empty). It runs in a new session, without
    the terminal, so no passphrase prompt can wait on the person running the tests.
    """
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "letterbox", *args]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)] if args else []
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=str(ROOT), check=False, input=input,
                          stdin=subprocess.DEVNULL if input is None else None,
                          start_new_session=True)


STAFF_NAME = "Jo Bloggs"
STAFF_PASSPHRASE = "correct horse 42"


def add_staff(data_dir: Path, name: str = STAFF_NAME,
              passphrase: str = STAFF_PASSPHRASE) -> tuple[str, str]:
    """A staff account in the data folder (made as set-up work); returns (name, passphrase)."""
    from letterbox.core import open_core
    from letterbox.services.actor import Actor

    core = open_core(data_dir)
    try:
        core.staff.add(name, passphrase, actor=Actor.system("test set-up"))
    finally:
        core.close()
    return name, passphrase


def approve_ready(core: Core, actor: Actor) -> list[str]:
    """Approve every item waiting for review, as ``actor``; returns their references."""
    from letterbox.services.review import ReviewService

    review = ReviewService(core)
    refs = [entry.ref for entry in review.queue(actor)]
    for ref in refs:
        review.approve(actor, ref)
    return [str(ref) for ref in refs]
