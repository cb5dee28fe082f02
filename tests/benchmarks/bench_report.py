"""Benchmark for `letterbox report --csv` (not collected by pytest). Run:

    .venv/bin/python tests/benchmarks/bench_report.py [--items=20000]

Fills a data folder with 200 parents and N items (60 % letters of about 150 words,
40 % recordings with two parts each), each moved through submit and some through
return, export and rejection, with audit events over twelve months (written in bulk
with SQL, the shapes the status machine writes). Then times the whole command in a
child process, staff sign-in included. Target: ≤ 1 s for 20,000 items.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PASS = "bench passphrase 1"


def fill(data: Path, items: int) -> None:
    from letterbox.core import open_core
    from letterbox.services.actor import Actor

    core = open_core(data)
    core.staff.add("Bench", PASS, actor=Actor.system())
    rng = random.Random(1)
    words = ["home", "school", "moon", "bedtime", "story", "football", "love", "drawing"]
    with core.db.transaction() as conn:
        for p in range(200):
            conn.execute("INSERT INTO parent (id, name, id_number, pin_salt, pin_hash,"
                         " created_at) VALUES (?,?,?,x'00',x'00','2025-01-01')",
                         (p + 1, f"Parent {p}", f"B{p:04d}"))
            for c in range(3):
                conn.execute("INSERT INTO child (id, parent_id, name, created_at) VALUES"
                             " (?,?,?, '2025-01-01')", (p * 3 + c + 1, p + 1, f"C{c}"))
        for i in range(1, items + 1):
            parent = rng.randint(1, 200)
            child = (parent - 1) * 3 + rng.randint(1, 3)
            month = f"2025-{rng.randint(1, 12):02d}"
            at = f"{month}-{rng.randint(1, 28):02d}T10:00:00+00:00"
            status = rng.choice(("ready", "approved", "returned", "exported", "sent",
                                 "rejected", "draft"))
            kind = "letter" if rng.random() < 0.6 else "recording"
            if kind == "letter":
                body = " ".join(rng.choice(words) for _ in range(150))
                conn.execute("INSERT INTO letter (id, parent_id, child_id, body, status,"
                             " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                             (i, parent, child, body, status, at, at))
            else:
                conn.execute("INSERT INTO recording (id, parent_id, child_id, kind, status,"
                             " created_at, updated_at) VALUES (?,?,?,'message',?,?,?)",
                             (i, parent, child, status, at, at))
                for take in range(2):
                    conn.execute("INSERT INTO recording_part (recording_id, role, position,"
                                 " file, duration_s, chosen, created_at) VALUES"
                                 " (?, 'take', ?, 'x.wav', ?, ?, ?)",
                                 (i, take, rng.uniform(10, 300), take, at))
            events = [f"{kind}_created"]
            if status != "draft":
                events.append(f"{kind}_submit")
            if status in ("returned",):
                events.append(f"{kind}_return")
            if status in ("approved", "exported", "sent", "rejected"):
                events.append(f"{kind}_approve")
            if status in ("exported", "sent", "rejected"):
                events.append(f"{kind}_export")
            if status == "rejected":
                events.append(f"{kind}_mail_rejected")
            for action in events:
                conn.execute("INSERT INTO event (at, parent_id, item_kind, item_id, action)"
                             " VALUES (?,?,?,?,?)", (at, parent, kind, i, action))
    core.close()


def main() -> None:
    items = 20_000
    for arg in sys.argv[1:]:
        if arg.startswith("--items="):
            items = int(arg.split("=", 1)[1])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        fill(data, items)
        env = {**os.environ, "LETTERBOX_STAFF_PASSPHRASE": PASS,
               "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "letterbox", "report", "--csv", "--staff", "Bench",
               "--data-dir", str(data)]
        times = []
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
            times.append(time.perf_counter() - start)
        rows = len(done.stdout.splitlines()) - 1
        print(f"{items} items, {rows} CSV rows: best {min(times):.3f} s, "
              f"worst {max(times):.3f} s (target ≤ 1 s)")


if __name__ == "__main__":
    main()
