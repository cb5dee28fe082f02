"""At extra-large text on a 1024×768 screen, every kiosk screen fits: it scrolls where it
must, and no words are cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from letterbox.core import Core
from letterbox.ui import theme
from letterbox.ui.main_window import MainWindow
from letterbox.ui.theme import Look
from tests.ui.window_helpers import sign_in_demo


def cut_words(root: QWidget) -> list[str]:
    """Labels and buttons shown narrower or shorter than their words need."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                if need_h > widget.height() + 1:
                    cut.append(f"label {widget.text()[:40]!r}: {widget.height()} px tall, "
                               f"needs {need_h}")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                cut.append(f"label {widget.text()[:40]!r}: {widget.width()} px wide, needs "
                           f"{widget.minimumSizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()  # words, icon and the style's padding
            if widget.width() + 2 < need:
                cut.append(f"button {widget.text()!r}: {widget.width()} px wide, needs {need}")
    return cut


@pytest.fixture(params=["en", "es"])
def window(request, qtbot, demo_core: Core, tasks, qapp):  # type: ignore[no-untyped-def]
    """The window in each language (Spanish words are longer), at extra-large text."""
    from letterbox.ui.translation import Translator

    translator = Translator(qapp)
    app = QApplication.instance()
    theme.apply_theme(app)  # the shipped fonts, as the app has them
    theme.apply_look(app, Look("xlarge", False))
    win = MainWindow(demo_core, tasks, idle_minutes=10,
                     language_changer=translator.set_language)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    win._choose_kiosk_language(request.param)
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    demo_core.profiles.set_language(parent.id, request.param)
    yield win
    translator.set_language("en")
    theme.apply_look(app, Look())


def _settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 768)
    qtbot.wait(50)
    assert window.width() <= 1024 and window.height() <= 768, "the window outgrew the screen"


def test_kiosk_screens_fit_1024x768_at_extra_large(qtbot, window: MainWindow) -> None:
    _settle(qtbot, window)
    problems = {"sign-in": cut_words(window.current_screen)}
    window.show_create_profile()
    _settle(qtbot, window)
    problems["new profile"] = cut_words(window.current_screen)
    window.show_signin()
    home = sign_in_demo(qtbot, window)
    while theme.state().look.text_size != "xlarge":  # as the parent would: the bar's button
        window.bar.size_button.click()
    _settle(qtbot, window)
    problems["home"] = cut_words(home)
    window.open_add_child()
    _settle(qtbot, window)
    problems["add a child"] = cut_words(window.current_screen)
    window.open_letter_flow()
    _settle(qtbot, window)
    problems["write a letter"] = cut_words(window.current_screen)
    window.open_recording()
    qtbot.wait(300)
    _settle(qtbot, window)
    problems["record"] = cut_words(window.current_screen)
    problems["the bar"] = cut_words(window.bar)
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_check_finds_cut_words(qtbot) -> None:
    """The check above could fail: a fixed-width button and a squashed label are found."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("A long button label that cannot fit")
    button.setFixedWidth(60)
    label = QLabel("Many words that wrap over several lines " * 4)
    label.setWordWrap(True)
    label.setFixedSize(120, 20)
    layout.addWidget(button)
    layout.addWidget(label)
    root.show()
    found = cut_words(root)
    assert len(found) == 2 and found[0].startswith(("button", "label"))
