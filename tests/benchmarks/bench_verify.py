"""Benchmark for `letterbox verify` (not collected by pytest). Run:

    .venv/bin/python tests/benchmarks/bench_verify.py [--size-mb=1024]

Builds a signed packet of about 1 GB (four large WAV files of near-silence with noise,
a small letter and review sheet), as a folder and as a zip with the audio stored, then
times `verify --key` on each in a child process and reads its peak memory (ru_maxrss).
The anchor, measured in the same run, is plain SHA-256 of the same files with hashlib
in a child process (what `sha256sum` does). The packet is built in a child process too:
on Linux a child's ru_maxrss starts from its parent's high-water mark (the mm is copied
at fork and counted at exec), so this process stays small to keep the figures honest.
Targets: time ≤ 1.3× the anchor; peak
memory within a few tens of MB of the anchor's, whatever the size of the recordings.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))

HASH_FILES = r"""
import hashlib, json, resource, sys, time
start = time.perf_counter()
for name in sys.argv[1:]:
    digest = hashlib.sha256()
    with open(name, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
print(json.dumps({"s": time.perf_counter() - start,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

VERIFY = r"""
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from letterbox.export.verify import verify_packet
report = verify_packet(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"s": time.perf_counter() - start, "ok": report.ok,
                  "lines": report.lines()[:3],
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def write_wav(path: Path, megabytes: int, seed: int) -> None:
    """A 44.1 kHz stereo 16-bit WAV of near-silence with noise, written in 8 MB blocks."""
    import numpy as np

    rng = np.random.default_rng(seed)
    frames_per_block = (8 << 20) // 4
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        for _ in range(megabytes // 8):
            block = np.zeros(frames_per_block * 2, dtype=np.int16)
            block += rng.integers(-64, 64, block.size, dtype=np.int16)
            out.writeframes(block.tobytes())


def build_packet(base: Path, size_mb: int) -> tuple[Path, Path, Path]:
    """A signed packet folder, its zip (audio stored) and the station's public key."""
    from letterbox.export.manifest import Manifest, ManifestItem, file_entry, write_manifest
    from letterbox.export.recovery import zip_folder
    from letterbox.export.signing import make_station_key, sign_packet_manifest

    data = base / "data"
    key = make_station_key(data)
    folder = base / "Bench-Parent-packet"
    (folder / "letters").mkdir(parents=True)
    (folder / "audio").mkdir()
    (folder / "letters" / "letter-Zoe-hello.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 50_000)
    (folder / "review-sheet.pdf").write_bytes(b"%PDF-1.4\n" + b"y" * 80_000)
    items = []
    letter = file_entry(folder, folder / "letters" / "letter-Zoe-hello.pdf")
    items.append(ManifestItem("letter", 1, "Zoe", letter["path"], letter["size"],
                              letter["sha256"], pages=1, words=10))
    for number in range(4):
        path = folder / "audio" / f"recording-Zoe-{number + 1}.wav"
        write_wav(path, size_mb // 4, number)
        entry = file_entry(folder, path)
        items.append(ManifestItem("recording", number + 1, "Zoe", entry["path"],
                                  entry["size"], entry["sha256"], duration_s=1.0))
    manifest = Manifest(app={"name": "Letterbox", "version": "bench"},
                        created_at="2026-01-01T00:00:00+00:00",
                        sender={"name": "Bench Parent", "id_number": "B-1",
                                "housing_unit": "A", "facility": "F"},
                        profile={"id": "generic", "name": "Generic", "paper": "letter"},
                        items=items,
                        files=[file_entry(folder, f) for f in sorted(folder.rglob("*"))
                               if f.is_file()])
    write_manifest(folder, manifest)
    sign_packet_manifest(folder, data)
    zip_path = zip_folder(folder, base / f"{folder.name}.zip", folder.name)  # as export does
    return folder, zip_path, key


def child(script: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                         text=True, check=True, env=env)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> int:
    if sys.argv[1:2] == ["--build"]:  # the child that writes the packet
        build_packet(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    size_mb = 1024
    for arg in sys.argv[1:]:
        if arg.startswith("--size-mb="):
            size_mb = int(arg.split("=", 1)[1])
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp:
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build", tmp, str(size_mb)], check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        base = Path(tmp)
        folder = base / "Bench-Parent-packet"
        zip_path, key = base / f"{folder.name}.zip", base / "data" / "station.pub"
        files = [str(p) for p in sorted(folder.rglob("*")) if p.is_file()]
        total = sum(Path(f).stat().st_size for f in files)
        print(f"packet: {total / 1e9:.2f} GB in {len(files)} files, zip "
              f"{zip_path.stat().st_size / 1e9:.2f} GB (built in "
              f"{time.perf_counter() - started:.1f} s)")
        status = 0
        for label, packet, hashed in (("folder", folder, files), ("zip", zip_path,
                                                                 [str(zip_path)])):
            child(HASH_FILES, *hashed)  # warm the page cache for both alike
            anchors, verifies = [], []
            for _ in range(RUNS):  # alternate, so drift hits both alike
                anchors.append(child(HASH_FILES, *hashed))
                verifies.append(child(VERIFY, str(packet), str(key)))
            a_s = statistics.median(float(r["s"]) for r in anchors)  # type: ignore[arg-type]
            v_s = statistics.median(float(r["s"]) for r in verifies)  # type: ignore[arg-type]
            a_rss = max(int(r["rss_kb"]) for r in anchors)  # type: ignore[call-overload]
            v_rss = max(int(r["rss_kb"]) for r in verifies)  # type: ignore[call-overload]
            print(f"{label:6} anchor (hashlib sha256 of the same bytes): {a_s:6.2f} s, "
                  f"peak {a_rss / 1024:5.1f} MB")
            print(f"{label:6} verify --key: {v_s:6.2f} s ({v_s / a_s:.2f}x anchor), peak "
                  f"{v_rss / 1024:5.1f} MB ({v_rss / a_rss:.2f}x, +{(v_rss - a_rss) / 1024:.1f}"
                  f" MB); median of {RUNS}; {verifies[-1]['lines']}")
            status |= not all(r["ok"] for r in verifies)
        return status


if __name__ == "__main__":
    sys.exit(main())
