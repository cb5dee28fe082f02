"""The one way to run slow work: results come back on the GUI thread, in order."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel


def test_result_arrives_on_the_gui_thread(qtbot, tasks) -> None:
    """The work runs on another thread; its result is handed over on the GUI thread."""
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["done"] = (value, threading.get_ident())

    tasks.run(work, done)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["worker"] != gui
    assert seen["done"] == (42, gui)


def test_serial_tasks_keep_their_order(qtbot, tasks) -> None:
    """Saves run one at a time in the order asked, so an older save never wins."""
    order: list[int] = []
    for n in range(20):
        tasks.run(lambda n=n: n, order.append, serial=True)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_errors_reach_on_error_or_task_failed(qtbot, tasks) -> None:
    """A failing task reports its exception instead of vanishing."""
    caught: list[BaseException] = []
    tasks.run(lambda: 1 / 0, on_error=caught.append)
    with qtbot.waitSignal(tasks.task_failed, timeout=5000) as blocker:
        tasks.run(lambda: [][1])
    qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0], ZeroDivisionError)
    assert isinstance(blocker.args[0], IndexError)


def test_result_for_a_deleted_widget_is_dropped(qtbot, tasks) -> None:
    """A screen that went away before its data arrived does not crash the app."""
    label = QLabel()
    gate = threading.Event()
    tasks.run(lambda: gate.wait(5) and "late text", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5000)
    gate.set()
    tasks.wait_for_done()
    qtbot.wait(50)  # the queued result is delivered (and dropped) here
    assert not tasks.busy


def _alive(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_result_for_a_deleted_owner_is_dropped(qtbot, tasks) -> None:
    """A screen that asked and was then deleted (sign-out) never gets its result, even
    through a plain function that is not its method."""
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    got: list[int] = []
    gate = threading.Event()
    tasks.run(lambda: gate.wait(5) and 7, lambda value: got.append(value), owner=owner)
    owner.deleteLater()
    qtbot.wait(50)  # the deletion happens in the event loop
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    qtbot.wait(50)
    assert got == []
    other = QWidget()
    tasks.run(lambda: 8, lambda value: got.append(value), owner=other)
    qtbot.waitUntil(lambda: got == [8], timeout=5000)
    other.deleteLater()
