"""Parents never see the file system: no file dialog can be reached from a parent screen.

A static check finds every file-dialog use in the UI (staff pages only); a walk through
every parent screen, pressing every button on each, fails the moment a QFileDialog is
constructed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog

import letterbox
from letterbox.core import Core
from letterbox.ui.dialogs import DialogHost
from letterbox.ui.main_window import MainWindow
from tests.audio.fakes import FakeSource, tone
from tests.ui.window_helpers import sign_in_demo

UI = Path(letterbox.__file__).parent / "ui"
# Buttons that leave the parent's screens (they are walked from the next screen instead).
LEAVES = ("Sign out", "Staff", "Salir")


def test_only_staff_code_names_a_file_dialog() -> None:
    """QFileDialog and DialogHost.choose_folder appear only under ui/staff (and the host)."""
    offenders = []
    for path in UI.rglob("*.py"):
        rel = path.relative_to(UI)
        if rel.parts[0] == "staff" or rel.name == "dialogs.py":
            continue
        source = path.read_text(encoding="utf-8")
        names = {node.id if isinstance(node, ast.Name) else node.attr
                 for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.Name | ast.Attribute)}
        if names & {"QFileDialog", "choose_folder", "getOpenFileName", "getExistingDirectory"}:
            offenders.append(str(rel))
    assert not offenders, offenders


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QFileDialog constructed or asked for (should stay empty)."""
    made: list[str] = []

    def trap(*_args: object, **_kwargs: object) -> None:
        made.append("QFileDialog")
        raise AssertionError("a file dialog was opened from a parent screen")

    monkeypatch.setattr(QFileDialog, "__init__", trap)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                 "getExistingDirectory", "getOpenFileUrl", "getExistingDirectoryUrl"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(trap))
    # Message boxes and pickers answer "no" / "cancel" at once, so the walk never blocks.
    monkeypatch.setattr(DialogHost, "_run", lambda self, box: None)
    return made


@pytest.fixture
def window(qtbot, demo_core: Core, tasks, monkeypatch: pytest.MonkeyPatch, file_dialogs):
    import letterbox.ui.recording_view as recording_view

    monkeypatch.setattr(recording_view, "_check_microphone", lambda: "fake microphone")
    monkeypatch.setattr(recording_view, "SoundDeviceSource",
                        lambda: FakeSource(tone(60, amplitude=0.3), paced=True))
    demo_core.settings.set("story_folder", str(demo_core.paths.root))  # a folder exists
    from letterbox.audio.speech import Speaker

    win = MainWindow(demo_core, tasks, speaker=Speaker("mock"))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitUntil(lambda: win.current_screen.name_list.count() > 0, timeout=5000)
    return win


def _press_every_button(qtbot, win: MainWindow, open_screen, tasks) -> int:  # type: ignore[no-untyped-def]
    """Open the screen afresh for each of its enabled buttons and press it."""
    open_screen()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10000)
    count = len(_buttons(win))
    for index in range(count):
        open_screen()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=10000)
        buttons = _buttons(win)
        if index >= len(buttons):
            continue
        buttons[index].click()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=10000)
        qtbot.wait(50)
        if win.session is None:  # something signed out: sign in again for the next
            qtbot.waitUntil(lambda: win.current_screen.name_list.count() > 0, timeout=5000)
            sign_in_demo(qtbot, win)
    return count


def _buttons(win: MainWindow) -> list[QAbstractButton]:
    screen = win.current_screen
    return [b for b in screen.findChildren(QAbstractButton)
            if b.isVisibleTo(screen) and b.isEnabled() and not b.text().startswith(LEAVES)]


@pytest.mark.slow
@pytest.mark.qt_log_ignore("PulseAudioService", "pa_context")  # Play, with no sound server
def test_walk_every_parent_screen_without_a_file_dialog(qtbot, window: MainWindow, demo_core,
                                                        tasks, file_dialogs) -> None:
    """Sign-in, new profile, home, add a child, every letter step, every recording kind
    (with the story picker), an item sent for review and one returned: every button
    pressed, and no file dialog ever made."""
    pressed = _press_every_button(qtbot, window, window.show_create_profile, tasks)
    window.show_signin()
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    sign_in_demo(qtbot, window)
    parent = window.session.parent
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zoë"))
    letter = next(x for x in demo_core.letters.for_parent(parent.id) if x.status == "ready")
    demo_core.letters.set_status(letter.id, "returned", "Please add the date")
    rec = demo_core.recordings.for_parent(parent.id)[0]
    screens = [
        window.show_home,
        window.open_add_child,
        lambda: window.open_letter_flow(child_id=zoe.id),
        lambda: window.open_letter_flow(letter_id=letter.id),
        lambda: window.open_recording(child_id=zoe.id),
        lambda: window.open_recording(recording_id=rec.id),
    ]
    for open_screen in screens:
        pressed += _press_every_button(qtbot, window, open_screen, tasks)
    # deeper: each recording kind's own view, and the letter's later pages
    for kind in ("message", "story", "echo"):
        def open_kind(kind: str = kind) -> None:
            window.open_recording(child_id=zoe.id)
            qtbot.waitUntil(lambda: hasattr(window.current_screen, "kind_buttons"),
                            timeout=5000)
            window.current_screen.start_new(kind)
        pressed += _press_every_button(qtbot, window, open_kind, tasks)

    def open_editor() -> None:
        window.open_letter_flow(child_id=zoe.id)
        qtbot.waitUntil(lambda: window.current_screen.services is not None, timeout=5000)
        window.current_screen.occasion_page.buttons[-1].click()  # write freely
    pressed += _press_every_button(qtbot, window, open_editor, tasks)
    assert pressed > 40, "the walk pressed too few buttons to mean anything"
    assert file_dialogs == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QFileDialog)]
