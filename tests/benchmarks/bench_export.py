"""Benchmarks for export (not collected by pytest). Run:

    /tmp/venv0/bin/python tests/benchmarks/bench_export.py [--quick]

1. One letter's PDF as a whole process (interpreter start, imports, fonts, layout, write)
   against bare reportlab on the same text with the same font (target ≤ 1.3×), and
   against LibreOffice's headless conversion where installed (target ≤ 0.2×).
2. A packet of 20 letters and 20 five-minute recordings (MP3), made through the export
   screen with a real task runner, against libsndfile's own encode time for the same
   audio (target ≤ 1.2×), and the GUI's longest stall while it runs (target ≤ 50 ms).
   ``--quick`` uses one-minute recordings; ``--only=letter|packet|hour`` runs one part.
3. An hour-long recording processed to MP3 in a child process: its peak memory stays
   flat (blocks of a second), and it reads back with the right duration.

Every figure is printed with its anchor, measured in the same run.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

LETTERBOX_PDF = r"""
import sys
from pathlib import Path
from letterbox.demo import long_letter
from letterbox.export.facility import load_facility
from letterbox.export.letter_pdf import Sender, render_letter
pdf = render_letter(long_letter(), Sender("Demo Parent", "DEMO-0001"), load_facility(),
                    to_name="Zoë")
Path(sys.argv[1]).write_bytes(pdf.data)
"""

BARE_PDF = r"""
import sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from letterbox.demo import long_letter
pdfmetrics.registerFont(TTFont("Andika", sys.argv[2]))
style = ParagraphStyle("b", fontName="Andika", fontSize=14, leading=20)
story = [Paragraph(escape(line), style) for line in long_letter().split("\n") if line.strip()]
SimpleDocTemplate(sys.argv[1], pagesize=LETTER).build(story)
"""


def _median_process(code: str, *args: str) -> float:
    times = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_letter(tmp: Path) -> None:
    from letterbox.demo import long_letter
    from letterbox.resources import font_path

    print("== One letter's PDF, whole process (median of", RUNS, "runs)")
    ours = _median_process(LETTERBOX_PDF, str(tmp / "ours.pdf"))
    bare = _median_process(BARE_PDF, str(tmp / "bare.pdf"), str(font_path("Andika-Regular.ttf")))
    print(f"  Letterbox render_letter: {ours * 1000:7.0f} ms")
    print(f"  bare reportlab (anchor): {bare * 1000:7.0f} ms   ratio {ours / bare:.2f}× "
          f"(target ≤ 1.3×)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("  LibreOffice not installed, skipped")
        return
    text = tmp / "letter.txt"
    text.write_text(long_letter(), encoding="utf-8")
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                        str(text)], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    office = statistics.median(times)
    print(f"  LibreOffice headless   : {office * 1000:7.0f} ms   ours/LibreOffice "
          f"{ours / office:.2f}× (target ≤ 0.2×)")


def _voice(seconds: float, seed: int):  # type: ignore[no-untyped-def]
    import numpy as np

    rng = np.random.default_rng(seed)
    t = np.arange(int(48_000 * seconds)) / 48_000
    env = 0.55 + 0.45 * np.sin(2 * np.pi * (2.5 + seed * 0.1) * t)
    tone = np.sin(2 * np.pi * (150 + seed * 7) * t) + 0.4 * np.sin(2 * np.pi * 420 * t)
    return (0.08 * env * tone + 0.003 * rng.standard_normal(len(t))).astype(np.float32)


def _encode_mp3(source: str, target: str) -> None:
    """libsndfile alone: read the WAV and write MP3 in one-second blocks."""
    import soundfile

    with soundfile.SoundFile(source) as src, soundfile.SoundFile(
            target, "w", samplerate=src.samplerate, channels=1, format="MP3",
            subtype="MPEG_LAYER_III") as dst:
        for block in src.blocks(blocksize=48_000, dtype="float32"):
            dst.write(block)


def _make_data(data_dir: Path, minutes: float) -> list[Path]:
    import soundfile

    from letterbox.core import open_core
    from letterbox.demo import long_letter

    core = open_core(data_dir)
    parent = core.profiles.create_parent("Bench Parent", "BENCH-1", "1234",
                                         facility="FCI Example, PO Box 1, Town, ST 00000")
    kids = [core.profiles.add_child(parent.id, name, age_years=age, relationship="Dad",
                                    carer_name="Carer", carer_address="1 Road\nTown",
                                    contact_status="approved")
            for name, age in (("Zoë Martínez", 6), ("Дмитрий Петров", 11))]
    folder = core.paths.recording_dir(parent.id)
    folder.mkdir(parents=True, exist_ok=True)
    wavs = []
    for index in range(20):
        letter = core.letters.create(parent.id, kids[index % 2].id, title=f"Letter {index}",
                                     body=long_letter()[: 2000 + 400 * index])
        core.letters.set_status(letter.id, "ready")
        core.letters.set_status(letter.id, "approved")  # export takes approved items
        path = folder / f"take-{index}.wav"
        soundfile.write(str(path), _voice(minutes * 60, index), 48_000, subtype="PCM_16")
        rec = core.recordings.create(parent.id, kids[index % 2].id, "message",
                                     title=f"Message {index}")
        core.recordings.add_part(rec.id, "take", 1, path, duration_s=minutes * 60)
        core.recordings.set_status(rec.id, "ready")
        core.recordings.set_status(rec.id, "approved")
        wavs.append(path)
    core.staff.add("Bench Worker", "bench passphrase")
    core.close()
    return wavs


def bench_packet(tmp: Path, minutes: float) -> None:
    print(f"== Packet: 20 letters + 20 recordings of {minutes:g} min, MP3, 2 cores")
    data_dir = tmp / "data"
    wavs = _make_data(data_dir, minutes)
    started = time.perf_counter()
    for index, wav in enumerate(wavs):
        _encode_mp3(str(wav), str(tmp / f"anchor-{index}.mp3"))
    anchor_seq = time.perf_counter() - started
    started = time.perf_counter()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_encode_mp3, map(str, wavs),
                      [str(tmp / f"anchor2-{i}.mp3") for i in range(20)]))
    anchor_par = time.perf_counter() - started
    total, stall = _export_through_gui(data_dir, tmp / "packets")
    print(f"  Letterbox packet (GUI, task runner): {total:7.1f} s")
    print(f"  libsndfile MP3 encode, 1 process   : {anchor_seq:7.1f} s   ratio "
          f"{total / anchor_seq:.2f}× (target ≤ 1.2×)")
    print(f"  libsndfile MP3 encode, 2 processes : {anchor_par:7.1f} s   ratio "
          f"{total / anchor_par:.2f}× (same parallelism)")
    print(f"  GUI longest stall during export    : {stall * 1000:7.1f} ms (target ≤ 50 ms)")


def _export_through_gui(data_dir: Path, out: Path) -> tuple[float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from letterbox.core import open_core
    from letterbox.services import build_services
    from letterbox.tasks import TaskRunner
    from letterbox.ui.staff.export import ExportPage
    from letterbox.ui.staff.session import StaffSession

    app = QApplication.instance() or QApplication([])
    core = open_core(data_dir)
    tasks = TaskRunner()
    services = build_services(core)
    signed_in = services.signin.sign_in_staff("Bench Worker", "bench passphrase")
    screen = ExportPage(StaffSession.from_sign_in(core, services, tasks, signed_in))
    screen.choose_folder = lambda default: out  # type: ignore[method-assign]
    screen.show()
    screen.reload()
    while screen.overview is None:
        app.processEvents()
    clock, gaps, state = QElapsedTimer(), [0], {"done": False}
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    screen.export_finished.connect(lambda _r: state.update(done=True))
    started = time.perf_counter()
    timer.start()
    screen.start_export()
    while not state["done"]:
        app.processEvents()
        time.sleep(0.001)
    total = time.perf_counter() - started
    timer.stop()
    outcome = screen.outcome
    assert outcome is not None and len(outcome.results) == 1, "export did not complete"
    result = outcome.results[0]
    assert len(result.items) >= 40, "export did not complete"
    tasks.wait_for_done()
    app.processEvents()
    screen.close()
    screen.deleteLater()
    tasks.deleteLater()
    app.processEvents()
    core.close()
    return total, gaps[0] / 1000.0 - 0.005  # the 5 ms interval is not a stall


HOUR_CHILD = r"""
import sys, time
from pathlib import Path
import numpy as np, soundfile
from letterbox.audio.processing import ProcessingOptions, process_parts
minutes, folder = float(sys.argv[1]), Path(sys.argv[2])
source = folder / "hour.wav"
with soundfile.SoundFile(str(source), "w", 48000, 1, subtype="PCM_16") as out:
    t = np.arange(48000) / 48000
    for second in range(int(minutes * 60)):  # written a second at a time, never whole
        out.write((0.08 * np.sin(2 * np.pi * (150 + second % 40) * t)).astype(np.float32))
def peak_mb():  # VmHWM: this process's own peak (ru_maxrss would include the parent's)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
before = peak_mb()
started = time.perf_counter()
result = process_parts([source], folder / "hour.mp3", ProcessingOptions(format="mp3"))
took = time.perf_counter() - started
after = peak_mb()
print(f"{result.duration_s:.1f} {soundfile.info(str(result.path)).duration:.1f} {took:.1f} "
      f"{before:.0f} {after:.0f}")
"""


def bench_hour(tmp: Path, minutes: float) -> None:
    print(f"== A {minutes:g}-minute recording processed block by block to MP3")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", HOUR_CHILD, str(minutes), str(tmp)],
                          check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    made, read_back, took, rss_before, rss_after = done.stdout.split()
    whole = minutes * 60 * 48_000 * 4 / 2**20
    print(f"  duration written {made} s, read back {read_back} s, in {took} s")
    print(f"  peak memory {rss_before} MB before, {rss_after} MB after processing "
          f"(the audio as float32 would be {whole:.0f} MB)")


def main() -> int:
    quick = "--quick" in sys.argv
    only = [a.removeprefix("--only=") for a in sys.argv if a.startswith("--only=")]
    with tempfile.TemporaryDirectory(prefix="bench-export-") as name:
        tmp = Path(name)
        if not only or "letter" in only:
            bench_letter(tmp)
        if not only or "packet" in only:
            bench_packet(tmp, 1.0 if quick else 5.0)
        if not only or "hour" in only:
            bench_hour(tmp, 10.0 if quick else 60.0)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
