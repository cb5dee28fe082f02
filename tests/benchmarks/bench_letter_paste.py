"""How long the window stalls when a parent pastes a huge text into the letter editor.

Run: ``QT_QPA_PLATFORM=offscreen /tmp/venv0/bin/python tests/benchmarks/bench_letter_paste.py``
(it makes a demo data folder in a temporary directory). Prints the time of the paste
itself and the longest event-loop stall in the four seconds after it (spell check,
autosave, page count), and the kind message shown when the text is too long to keep.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from letterbox.app import build
from letterbox.core import open_core
from letterbox.demo import DEMO_ID_NUMBER, create_demo
from letterbox.paths import DataPaths

LINE = "I love you, and I think of you every day.\n"
PASTES = (("1 MB, one paragraph", ("I love you. " * 90_000)[:1_000_000]),
          ("1 MB, many lines", (LINE * 25_000)[:1_000_000]),
          ("150 KB, many lines", LINE * 3_600))


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="letterbox-bench-"))
    core = open_core(data)
    create_demo(core)
    core.settings.set("speech_engine", "mock")
    core.close()
    app = build(DataPaths(data).ensure(), ["bench"])
    window = app.window
    window.show()
    parent = app.core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    child = app.core.profiles.children(parent.id)[0]
    window.start_session(parent)
    window.open_letter_flow(child_id=child.id)
    screen = window.current_screen
    while screen.services is None:
        app.qt.processEvents()
        time.sleep(0.01)
    screen.occasion_page.buttons[-1].click()  # write freely
    edit = screen.editor_page.edit
    for name, text in PASTES:
        edit.set_text("")
        start = time.perf_counter()
        edit.insertPlainText(text)
        pasted = time.perf_counter() - start
        longest, end = 0.0, time.perf_counter() + 4
        while time.perf_counter() < end:
            before = time.perf_counter()
            app.qt.processEvents()
            longest = max(longest, time.perf_counter() - before)
            time.sleep(0.005)
        print(f"{name}: paste {pasted:.2f} s, longest stall after it {longest:.2f} s, "
              f"message: {screen.banner.text()[:60]!r}")
    window.close()
    app.shutdown()


if __name__ == "__main__":
    main()
