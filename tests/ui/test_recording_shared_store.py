"""Recordings on a shared PostgreSQL store: a take recorded through the real screen while
the server is away waits on this computer, the parent is told kindly, and it goes up,
every sample, when the server is back (or at the next start if the app was killed);
another kiosk plays it and the worker station exports it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import psycopg
import pytest
import soundfile
from PySide6.QtCore import Qt

from letterbox.core import Core, open_core
from letterbox.demo import create_demo
from letterbox.services import build_services
from letterbox.services.actor import Actor
from letterbox.services.outbox import FOLDER
from letterbox.store.part_storage import cache_path
from letterbox.ui.record_message import MessageView
from letterbox.ui.screen import Session
from tests.helpers import STAFF_NAME, STAFF_PASSPHRASE
from tests.postgres import TEMPLATE_ENV
from tests.ui.real_microphone import REAL_MIC, rerun_on_real_microphone
from tests.ui.record_helpers import child_id, demo_session, open_screen

CLICK = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


def _microphone() -> dict[str, object]:
    """The fake microphone, or PortAudio itself when the real-microphone run asks."""
    if not os.environ.get(REAL_MIC):
        return {}
    from letterbox.audio.recorder import SoundDeviceSource

    return {"source_factory": SoundDeviceSource}


@contextmanager
def server_away(pg_server: str, url: str) -> Iterator[None]:
    """The store's server cannot be reached by the kiosk: its database refuses new
    connections and the open ones are cut; afterwards it is back."""
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
    try:
        yield
    finally:
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")


@pytest.fixture
def kiosk(tmp_path: Path, pg_url: str) -> Iterator[Core]:
    core = open_core(tmp_path / "kiosk1", pg_url)
    create_demo(core)
    yield core
    core.close()


@pytest.fixture
def second_kiosk(tmp_path: Path, pg_url: str) -> Iterator[Core]:
    """Another computer's data folder on the same store (opened when first used, so a
    server going away in a test does not cut its connection)."""
    opened: list[Core] = []

    class Later:
        def __getattr__(self, name: str) -> object:
            if not opened:
                opened.append(open_core(tmp_path / "kiosk2", pg_url))
            return getattr(opened[0], name)

    yield Later()  # type: ignore[misc]
    for core in opened:
        core.close()


def _record_while_away(qtbot, session: Session, pg_server: str, pg_url: str):  # type: ignore[no-untyped-def]
    """Record a message through the screen; the server goes away before Stop."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"),
                         **_microphone())
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    if os.environ.get(REAL_MIC):  # PortAudio itself, not a fake
        from letterbox.audio.recorder import SoundDeviceSource

        assert screen._source_factory is SoundDeviceSource
    qtbot.mouseClick(screen.kind_buttons["message"], CLICK)
    view: MessageView = screen.view
    controller = screen.controller
    qtbot.mouseClick(view.panel.record_button, CLICK)
    qtbot.waitUntil(lambda: controller.state == "recording"
                    and controller.recorder.frames_written > 24_000, timeout=5000)
    with server_away(pg_server, pg_url):
        with qtbot.waitSignal(controller.take_waiting, timeout=15_000) as waited:
            qtbot.mouseClick(view.panel.stop_button, CLICK)
        result = waited.args[0]
        qtbot.waitUntil(lambda: len(screen.informed) > 0, timeout=5000)
        assert "safe on this computer" in screen.informed[-1]
        assert controller.state == "idle" and view.panel.record_button.isEnabled()
        qtbot.mouseClick(view.panel.record_button, CLICK)  # another take needs the store
        qtbot.waitUntil(lambda: len(screen.informed) > 1, timeout=15_000)
        assert "connection to the facility's computer is down" in screen.informed[-1]
        assert controller.state == "idle"
        outbox = session.services.outbox
        assert len(outbox.waiting()) == 1 and result.path.is_file()
        assert outbox.send() == 0, "nothing goes up while the server is away"
        assert len(outbox.waiting()) == 1
    return screen, view.ctx.recording, result


def _samples(path: Path) -> np.ndarray:
    data, rate = soundfile.read(str(path), dtype="int16")
    assert rate == 48_000
    return data


def test_a_take_waits_while_the_server_is_away_then_goes_up(
        qtbot, tasks, kiosk: Core, second_kiosk: Core, pg_server: str, pg_url: str) -> None:
    """Stop with the server away: the take waits in the outbox, the parent is told it is
    safe on this computer; with the server back it is stored, and a second kiosk plays
    back every sample."""
    session = demo_session(kiosk, tasks)
    _screen, recording, result = _record_while_away(qtbot, session, pg_server, pg_url)
    recorded = _samples(result.path)
    assert len(recorded) == result.frames > 24_000
    assert session.services.outbox.send() == 1
    assert session.services.outbox.waiting() == []
    parts = second_kiosk.recordings.parts(recording.id)
    assert [(p.role, p.in_store, p.chosen) for p in parts] == [("take", True, True)]
    assert parts[0].peak_dbfs is not None and parts[0].peak_dbfs > -30  # the tone is heard
    played = second_kiosk.recordings.path_of(parts[0])
    assert played == cache_path(second_kiosk.paths.root, parts[0].id)
    assert np.array_equal(_samples(played), recorded)
    assert session.services.outbox.send() == 0  # sent once, never twice


def test_a_take_waiting_when_the_app_was_killed_goes_up_at_the_next_start(
        qtbot, tasks, kiosk: Core, second_kiosk: Core, pg_server: str, pg_url: str) -> None:
    """The app ends (killed) with a take in the outbox; at the next start, once the
    window is up, it is stored without anyone asking, and it is not offered back as an
    interrupted take."""
    from letterbox.app import build

    session = demo_session(kiosk, tasks)
    screen, recording, result = _record_while_away(qtbot, session, pg_server, pg_url)
    recorded = _samples(result.path)
    entry = json.loads(next((kiosk.paths.root / FOLDER).glob("*.json")).read_text())
    assert entry["recording_id"] == recording.id and entry["role"] == "take"
    screen.close()
    assert tasks.wait_for_done()
    app = build(kiosk.paths, None, pg_url)  # the next start, on the same data folder
    window = app.window
    try:
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not list((kiosk.paths.root / FOLDER).glob("*.json")),
                        timeout=15_000)
        qtbot.waitUntil(lambda: window.interrupted.orphans is not None, timeout=5000)
        assert window.interrupted.orphans == []
    finally:
        window.close()
        app.shutdown()
        window.deleteLater()
    parts = second_kiosk.recordings.parts(recording.id)
    assert len(parts) == 1
    assert np.array_equal(_samples(second_kiosk.recordings.path_of(parts[0])), recorded)


def _export(core: Core, out: Path) -> dict[str, np.ndarray]:
    """Approve everything ready and export the demo parent's packet; its audio decoded."""
    staff = core.staff.find(STAFF_NAME)
    if staff is None:
        staff = core.staff.add(STAFF_NAME, STAFF_PASSPHRASE, actor=Actor.system("set-up"))
    actor = Actor.staff(staff.id, staff.name)
    services = build_services(core)
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    for entry in services.review.queue(actor):
        services.review.approve(actor, entry.ref)
    result = services.export.export(actor, parent.id, out)
    assert result.folder is not None
    audio = sorted((result.folder / "audio").iterdir())
    assert audio, "the packet has recordings"
    return {path.name: soundfile.read(str(path), dtype="int16")[0] for path in audio}


def test_the_worker_station_exports_what_kiosks_stored(
        kiosk: Core, second_kiosk: Core, core: Core, tmp_path: Path) -> None:
    """The worker station (another data folder, no audio files of its own) exports the
    demo's recordings from the shared store: the same audio, sample for sample, as the
    same demo exported from files on a single SQLite kiosk."""
    create_demo(core)  # the single kiosk, files on disk
    from_files = _export(core, tmp_path / "out-files")
    assert not list(second_kiosk.paths.recordings.rglob("*.wav"))
    from_store = _export(second_kiosk, tmp_path / "out-store")
    assert list(from_store) == list(from_files)
    for name, samples in from_files.items():
        assert np.array_equal(from_store[name], samples), name
    assert list((second_kiosk.paths.root / "cache" / "parts").glob("*.wav"))


def test_a_take_waits_and_goes_up_on_the_real_microphone(tmp_path: Path) -> None:
    """The same journey with PortAudio recording a private PulseAudio null sink while a
    tone plays into it (AUDIO-TESTING.md); run apart, since PortAudio fixes its devices
    when it starts."""
    # its own template database: this session's stays while the inner one ends
    rerun_on_real_microphone(tmp_path, __file__,
                             "test_a_take_waits_while_the_server_is_away_then_goes_up",
                             **{TEMPLATE_ENV: "letterbox_template_mic"})
