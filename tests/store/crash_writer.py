"""Writes letters as fast as it can, printing each committed count, until killed.

Used by test_crash.py: run as a subprocess, killed with SIGKILL mid-write.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from letterbox.core import open_core
from letterbox.store.letters import LetterDraft


def main(data_dir: str) -> None:
    core = open_core(Path(data_dir))
    parent = core.profiles.create_parent("Crash Test", "CRASH-1", "1234")
    child = core.profiles.add_child(parent.id, "Maya", age_years=6)
    n = 0
    while True:
        letter = core.letters.create(parent.id, child.id, body=f"letter {n}")
        for k in range(5):
            body = f"letter {n} revision {k} " + "word " * 200
            core.letters.save(letter.id, LetterDraft(body, {"step": k}, new_version=True))
        core.letters.set_status(letter.id, "ready")
        n += 1
        print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
