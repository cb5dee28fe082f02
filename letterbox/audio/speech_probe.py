"""Is the speech service answering? Asked in a child process, because a stuck service
blocks QTextToSpeech's constructor for ever, holding Python's lock: in the app that would
freeze every screen. Used by ``letterbox doctor`` and by the Speaker before it opens an
engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

_running: set[subprocess.Popen[str]] = set()
_lock = threading.Lock()


def probe_in_child(timeout_s: float) -> dict[str, object]:
    """Run ``speech_probe`` in a child process; ``problem`` is 'stuck' when it hangs."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m",
                                                                        "letterbox"]
    try:
        child = subprocess.Popen([*command, "doctor", "--speech-probe"], text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 start_new_session=True)  # killed as a group if stuck
    except OSError as error:
        return {"engine": "", "problem": f"the speech check failed ({error})"}
    with _lock:
        _running.add(child)
    try:
        out, _ = child.communicate(timeout=timeout_s)
        found = json.loads(out.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        _kill(child)
        return {"engine": "", "problem": "stuck"}
    except (IndexError, json.JSONDecodeError, OSError, ValueError) as error:
        return {"engine": "", "problem": f"the speech check failed ({error})"}
    finally:
        with _lock:
            _running.discard(child)
        if child.stdout is not None:
            child.stdout.close()
    return found if isinstance(found, dict) else {"engine": "", "problem": "bad answer"}


def stop_probes() -> None:
    """Kill any probe still running (the app is closing)."""
    with _lock:
        children = list(_running)
    for child in children:
        _kill(child)


def _kill(child: subprocess.Popen[str]) -> None:
    """End the probe and anything it started in its session."""
    try:
        os.killpg(child.pid, 9)
    except (AttributeError, OSError):  # no process groups (Windows), or already gone
        child.kill()
    child.wait()


def speech_probe() -> dict[str, object]:
    """Open the first real speech engine and list its languages (run in a child process)."""
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    try:
        from PySide6.QtCore import QCoreApplication, QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        return {"engine": "", "problem": f"QtTextToSpeech is missing ({error})"}
    app = QCoreApplication.instance() or QCoreApplication([])
    for engine in [e for e in QTextToSpeech.availableEngines() if e != "mock"]:
        tts = QTextToSpeech(engine)
        deadline = time.monotonic() + 5
        while tts.state() not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) \
                and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        if tts.state() != QTextToSpeech.State.Ready:
            continue
        languages = {QLocale.languageToString(loc.language()) for loc in tts.availableLocales()}
        return {"engine": engine, "voices": len(tts.availableVoices()),
                "languages": sorted(languages)}
    return {"engine": "", "problem": "no working text-to-speech engine"}
