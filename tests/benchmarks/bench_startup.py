"""Benchmark: process start → first painted frame of the home screen.

Anchor, measured in the same run: a bare PySide6 window holding a QTextEdit. Each is
started as a fresh process N times; the figure is the median wall time from just
before the process starts to the moment its first frame is painted. Target: ≤ 2×.

The Letterbox child builds the real application through ``letterbox.app.build`` on a
data folder holding the demo profile, signs the demo parent in (as the PIN screen
would) and reports when the home screen first paints with its data shown. With
``LETTERBOX_TEST_PG`` naming a PostgreSQL server (``scripts/bench`` starts one), the same
start-up is also measured over a shared store holding the demo, and held to the target.

Both sides are measured as installed: with compiled bytecode (the warm-up run fills a
bytecode cache in the temporary folder, even where PYTHONDONTWRITEBYTECODE is set;
otherwise only Letterbox, run from source, would be compiled on every start, while
Python's and PySide's own modules come compiled). Each probe watches only the widget
whose paint it times: an application-wide Python filter would itself cost the side with
more widgets time (PySide sets up every Qt type the first time it meets an object of a
class it does not wrap).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
TARGET = 2.0

ANCHOR = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv[:1])
win = QMainWindow(); win.setCentralWidget(QTextEdit()); win.resize(1024, 768)
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj is win.centralWidget().viewport():
            print(time.time(), flush=True); QTimer.singleShot(0, app.quit)
        return False
w = Watch(); win.centralWidget().viewport().installEventFilter(w)
win.show(); app.exec()
"""

LETTERBOX = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from letterbox.app import build
from letterbox.paths import DataPaths
from letterbox.ui.home import HomeScreen
built = build(DataPaths(Path(sys.argv[1])), store=sys.argv[2] if len(sys.argv) > 2 else None)
app, window, core = built.qt, built.window, built.core
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if (ev.type() == QEvent.Type.Paint and isinstance(obj, HomeScreen)
                and obj.data is not None):
            print(time.time(), flush=True); QTimer.singleShot(0, app.quit)
        return False
parent = core.profiles.find_by_id_number("DEMO-0001")
window.start_session(parent)
w = Watch(); window.current_screen.installEventFilter(w)
window.show(); app.exec(); built.shutdown()
"""


def first_paint(code: str, pycache: Path, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, timeout=60, check=True, cwd=str(ROOT))
    return float(out.stdout.strip().splitlines()[-1]) - start


def _shared_store(server: str) -> str:
    """A fresh database on the test server, for the shared-store run; its URL."""
    from urllib.parse import urlsplit

    import psycopg

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS letterbox_bench_startup WITH (FORCE)")
        admin.execute("CREATE DATABASE letterbox_bench_startup")
    return urlsplit(server)._replace(path="/letterbox_bench_startup").geturl()


def main() -> int:
    server = os.environ.get("LETTERBOX_TEST_PG", "")
    with tempfile.TemporaryDirectory() as tmp:
        data, shared_data = Path(tmp) / "data", Path(tmp) / "shared-data"
        runs: dict[str, list[str]] = {"SQLite file": [str(data)]}
        subprocess.run([sys.executable, "-m", "letterbox", "demo", "--data-dir", str(data)],
                       check=True, capture_output=True, cwd=str(ROOT))
        if server:
            store = _shared_store(server)
            subprocess.run([sys.executable, "-m", "letterbox", "--store", store, "demo",
                            "--data-dir", str(shared_data)],
                           check=True, capture_output=True, cwd=str(ROOT))
            runs["PostgreSQL store"] = [str(shared_data), store]
        pycache = Path(tmp) / "pycache"
        first_paint(ANCHOR, pycache)  # warm the file and bytecode caches for all
        for args in runs.values():
            first_paint(LETTERBOX, pycache, *args)
        anchor: list[float] = []
        ours: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(RUNS):  # interleaved, so machine noise hits all alike
            anchor.append(first_paint(ANCHOR, pycache))
            for name, args in runs.items():
                ours[name].append(first_paint(LETTERBOX, pycache, *args))
    a = statistics.median(anchor)
    print(f"bare PySide6 window + QTextEdit: {a * 1000:7.0f} ms (median of {RUNS})")
    passed = True
    for name, times in ours.items():
        b = statistics.median(times)
        ratio = b / a
        passed = passed and ratio <= TARGET
        print(f"Letterbox home screen painted, {name}: {b * 1000:7.0f} ms (median of {RUNS})")
        print(f"startup ratio ({name}): {ratio:.2f}x (target <= {TARGET:.1f}x) "
              f"{'PASS' if ratio <= TARGET else 'OVER TARGET'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
