"""`letterbox doctor`: can this kiosk run Letterbox, and record? One line per check."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from letterbox import resources

MIN_FREE_MB = 500     # about 90 minutes of 48 kHz mono WAV
WARN_FREE_MB = 2_000
MAX_CLOCK_SKEW_S = 60.0
TOO_QUIET_RMS_DBFS = -50.0
CLIPPING_PEAK_DBFS = -0.5


@dataclass
class Check:
    """The result of one check. ``required`` checks decide the exit code."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True

    def line(self) -> str:
        tag = "OK  " if self.ok else ("FAIL" if self.required else "WARN")
        text = f"{tag}  {self.name}: {self.detail}"
        return text + (f"\n      fix: {self.fix}" if not self.ok and self.fix else "")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mic-test", action="store_true",
                        help="record 3 seconds from the default microphone and report the level")
    parser.add_argument("--seconds", type=float, default=3.0, help=argparse.SUPPRESS)
    parser.add_argument("--speech-probe", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from letterbox.paths import resolve_data_dir

    if args.speech_probe:
        import json

        from letterbox.audio.speech_probe import speech_probe

        print(json.dumps(speech_probe()), flush=True)
        return 0
    data_dir = resolve_data_dir(args.data_dir)
    checks: list[Check] = []
    for check in CHECKS:
        result = check(data_dir)
        checks.append(result)
        print(result.line(), flush=True)
        if check is check_data_dir and result.ok:
            checks.append(check_store(data_dir, getattr(args, "store", None)))
            print(checks[-1].line(), flush=True)
    if args.mic_test:
        result = mic_test(args.seconds)
        checks.append(result)
        print(result.line(), flush=True)
    failed = [c for c in checks if c.required and not c.ok]
    print(f"\n{len(checks) - len(failed)} of {len(checks)} checks passed"
          + ("; this kiosk can record." if not failed else "; see the fixes above."))
    return 0 if not failed else 1


def check_portaudio(_data_dir: Path) -> Check:
    from letterbox.audio.devices import AudioUnavailable, load_sounddevice

    try:
        sd = load_sounddevice()
    except AudioUnavailable as error:
        return Check("PortAudio", False, error.problem, error.fix)
    return Check("PortAudio", True, str(sd.get_portaudio_version()[1]))


def check_input_device(_data_dir: Path) -> Check:
    from letterbox.audio.devices import AudioUnavailable, check_input, input_devices

    try:
        devices = input_devices()
        name = check_input()
    except AudioUnavailable as error:
        return Check("Microphone", False, error.problem, error.fix)
    return Check("Microphone", True,
                 f"{name} (default; {len(devices)} input device(s), 48 kHz mono works)")


SPEECH_TIMEOUT_S = 15.0


def check_speech(_data_dir: Path) -> Check:
    """Text-to-speech engines and voices for English and Spanish (needed to read aloud).

    Probed in a child process: a stuck speech service blocks QTextToSpeech forever, and
    the doctor must always finish.
    """
    from letterbox.audio.speech_probe import probe_in_child

    fix = ("Install a speech engine (Debian/Ubuntu: sudo apt-get install speech-dispatcher "
           "speech-dispatcher-espeak-ng). Letters and recording work without it; reading "
           "aloud and echo reading do not.")
    found = probe_in_child(SPEECH_TIMEOUT_S)
    if found.get("problem") == "stuck":
        return Check("Speech", False, f"the speech service did not answer in "
                     f"{SPEECH_TIMEOUT_S:.0f} s", "Restart the speech service (pkill -9 "
                     "speech-dispatcher) or the computer.", required=False)
    if not found.get("engine"):
        return Check("Speech", False, str(found.get("problem") or "no working text-to-speech "
                     "engine"), fix, required=False)
    languages = found.get("languages")
    languages = languages if isinstance(languages, list) else []
    missing = [name for name in ("English", "Spanish") if name not in languages]
    if missing:
        return Check("Speech", False, f"engine {found['engine']} has no voice for "
                     f"{' or '.join(missing)}", fix, required=False)
    return Check("Speech", True, f"engine {found['engine']}, {found['voices']} voice(s), "
                 "English and Spanish")


def check_fonts(_data_dir: Path) -> Check:
    names = ["Andika-Regular.ttf", "Andika-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
    missing = [n for n in names if not resources.font_path(n).is_file()]
    if missing:
        return Check("Fonts", False, f"missing {', '.join(missing)}",
                     "Reinstall Letterbox: its assets/fonts folder is incomplete.")
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        for name in names:
            TTFont(name, str(resources.font_path(name)))
    except TTFError as error:
        return Check("Fonts", False, f"a font file is damaged ({error})",
                     "Reinstall Letterbox.")
    return Check("Fonts", True, "Andika and DejaVu Sans load")


def check_data_dir(data_dir: Path) -> Check:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".doctor-") as handle:
            handle.write(b"letterbox")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return Check("Data folder", False, f"{data_dir} is not writable ({error.strerror})",
                     "Give the kiosk user write access to this folder, or start Letterbox "
                     "with --data-dir pointing at one it can write.")
    return Check("Data folder", True, f"{data_dir} is writable")


def check_store(data_dir: Path, store: str | None = None) -> Check:
    """The store (``store``: the --store URL, else as ``resolve_store`` finds it) opens,
    its schema is this version's, and a shared store's clock agrees with this computer's."""
    from letterbox.paths import resolve_store
    from letterbox.store.address import shown
    from letterbox.store.db import SCHEMA_VERSION, open_database

    try:
        store = resolve_store(store, data_dir)
    except ValueError as error:
        return Check("Store", False, str(error), "Run `letterbox setup-store` again, or "
                     "`letterbox setup-store --clear` to use the SQLite file.")
    fix = ("Ask staff to restore the data folder from a backup." if not store else
           "Check the network and that the store server is running; check the URL given "
           "by --store or LETTERBOX_STORE.")
    try:
        db = open_database(data_dir / "letterbox.sqlite3", store)
    except Exception as error:
        return Check("Store", False, f"the store cannot be opened ({error})", fix)
    try:
        problems = db.integrity_check()
        version = db.schema_version()
        clock = getattr(db, "server_clock", None)
        skew = abs(clock() - time.time()) if clock is not None else 0.0
    except Exception as error:
        return Check("Store", False, f"the store cannot be read ({error})", fix)
    finally:
        db.close()
    where = f"PostgreSQL {shown(store)}" if store else "SQLite file"
    if problems:
        return Check("Store", False, f"the database is damaged: {problems[0]}", fix)
    if version != SCHEMA_VERSION:
        return Check("Store", False, f"{where} has schema {version}, expected "
                     f"{SCHEMA_VERSION}", "Update Letterbox on every computer.")
    if skew > MAX_CLOCK_SKEW_S:
        return Check("Store", False, f"{where}: the server's clock and this computer's "
                     f"differ by {skew:.0f} s", "Set both clocks right (times in the "
                     "audit log come from each computer).", required=False)
    detail = f"{where}, schema {version}, healthy"
    return Check("Store", True, detail + (f"; clocks agree within {skew:.1f} s"
                                          if store else ""))


def check_facilities(data_dir: Path) -> Check:
    """Every staff facility profile file parses and validates (export refuses otherwise)."""
    from letterbox.export.facility import available_facilities, staff_file_problems

    folder = data_dir / "facilities"
    problems = staff_file_problems(folder)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return Check("Facility profiles", False, problems[0] + more,
                     "Correct the file, or move it out of the facilities folder. Exports "
                     "will not run until then.")
    ids = sorted(p.id for p in available_facilities(folder))
    return Check("Facility profiles", True, f"{len(ids)} usable: {', '.join(ids)}")


def check_disk(data_dir: Path) -> Check:
    probe = data_dir if data_dir.exists() else data_dir.parent
    free_mb = shutil.disk_usage(probe).free // 1_000_000
    minutes = free_mb / 5.76  # 48 kHz mono 16-bit WAV: 5.76 MB a minute
    detail = f"{free_mb:,} MB free (about {minutes:,.0f} minutes of recording)"
    if free_mb < MIN_FREE_MB:
        return Check("Disk space", False, detail, "Free some space on this disk, or move "
                     "old exports off the kiosk.")
    if free_mb < WARN_FREE_MB:
        return Check("Disk space", False, detail, "Space is getting low.", required=False)
    return Check("Disk space", True, detail)


def mic_test(seconds: float = 3.0) -> Check:
    """Record from the default input and judge the level."""
    import numpy as np

    from letterbox.audio.devices import (
        CHANNELS,
        DTYPE,
        SAMPLE_RATE,
        AudioUnavailable,
        check_input,
        level_dbfs,
        load_sounddevice,
    )

    try:
        name = check_input()
        sd = load_sounddevice()
        blocks: list[np.ndarray] = []
        with sd.InputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype=DTYPE,
                            latency="high", callback=lambda data, *_: blocks.append(data.copy())):
            time.sleep(seconds)
    except AudioUnavailable as error:
        return Check("Microphone test", False, error.problem, error.fix)
    except Exception as error:
        return Check("Microphone test", False, f"recording failed ({error})",
                     "Check the microphone is plugged in and not used by another program.")
    samples = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int16)
    peak, rms = level_dbfs(samples)
    got = samples.shape[0] / SAMPLE_RATE
    detail = f"{name}: {got:.1f} s, peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS"
    if got < seconds * 0.5:
        return Check("Microphone test", False, detail + " — the microphone stopped sending",
                     "Check the cable and the sound settings.")
    if rms < TOO_QUIET_RMS_DBFS:
        return Check("Microphone test", False, detail + " — too quiet",
                     "Speak during the test; check the microphone is not muted and move it "
                     "closer.")
    if peak >= CLIPPING_PEAK_DBFS:
        return Check("Microphone test", False, detail + " — clipping (too loud)",
                     "Turn the input volume down or move the microphone further away.")
    return Check("Microphone test", True, detail + " — good level")


CHECKS: tuple[Callable[[Path], Check], ...] = (
    check_portaudio, check_input_device, check_speech, check_fonts, check_data_dir,
    check_facilities, check_disk)
