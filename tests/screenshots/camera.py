"""A fresh Letterbox for each set of pictures, and the camera that photographs its window.

Each ``World`` is the real application (``letterbox.app.build``) on its own copy of a
prepared data folder (the demo profile, one staff account, the mock speech engine), so
what one walk writes (a draft letter) never shows in the next. Pictures are the window
grabbed in-process at 1024×768, with any open message box drawn over it where Qt would
centre it.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from letterbox.app import Application, build
from letterbox.core import open_core
from letterbox.demo import create_demo
from letterbox.paths import DataPaths
from letterbox.services.actor import Actor

WIDTH, HEIGHT = 1024, 768
STAFF_NAME = "Sam Worker"
STAFF_PASSPHRASE = "correct horse battery"


def prepare_template(folder: Path) -> Path:
    """A data folder with the demo profile, a staff account and the mock speech engine
    (the pictures never need a voice, and the machine's speech service is slow)."""
    core = open_core(DataPaths(folder).ensure().root)
    try:
        create_demo(core)
        core.staff.add(STAFF_NAME, STAFF_PASSPHRASE, actor=Actor.system("screenshots"))
        core.settings.set("speech_engine", "mock")
    finally:
        core.close()
    return folder


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Let Qt run until ``condition()`` holds (TimeoutError after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {condition}")
        QApplication.processEvents()
        time.sleep(0.002)


class World:
    """The application on a copy of the template, its window shown at 1024×768."""

    def __init__(self, template: Path, folder: Path) -> None:
        shutil.copytree(template, folder)
        self.app: Application = build(DataPaths(folder).ensure())
        self.window = self.app.window
        self.core = self.app.core
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        """Wait until background work has reported back and the window is drawn."""
        wait_until(lambda: not self.app.tasks.busy)
        for _ in range(3):
            QApplication.processEvents()
            # What a screen removed with deleteLater(): a running event loop deletes it
            # before the next frame, processEvents() alone does not.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def close(self) -> None:
        """Close the window and the store; the next world starts in English again."""
        self.app.translator.set_language("en")
        self.window.close()
        self.app.shutdown()
        self.window.deleteLater()
        QApplication.processEvents()


class EnoughPictures(Exception):
    """The walk has shot the last screen asked for (``Camera.last``)."""


class Camera:
    """Saves pictures of a world's window into ``out`` and remembers their names.

    ``last``: screens (``"parent-home"``) after which a walk stops, for a quick run.
    """

    def __init__(self, out: Path, last: Iterable[str] = ()) -> None:
        self.out = out
        self.last = tuple(f"{screen}-" for screen in last)
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def shoot(self, world: World, name: str) -> Path:
        """The window as it is now (after its work settles), with any open box."""
        world.settle()
        picture = world.window.grab()
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()]
        if boxes:
            picture = _with_boxes(picture, boxes, world.window)
        path = self.out / f"{name}.png"
        _save_small(picture, path)
        self.saved.append(path)
        if self.last and name.startswith(self.last):
            raise EnoughPictures(name)
        return path

    def shoot_box(self, world: World, name: str, opens_box: Callable[[], object]) -> Path:
        """Press what opens a message box, photograph it open, then close it (as "no")."""
        taken: list[Path] = []

        def photograph() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QDialog):
                QTimer.singleShot(20, photograph)
                return
            wait_until(lambda: box.isVisible())
            taken.append(self.shoot(world, name))
            box.reject()

        QTimer.singleShot(0, photograph)
        opens_box()  # runs the box's own event loop until photograph() closes it
        wait_until(lambda: taken)
        return taken[0]


def _with_boxes(window: QPixmap, boxes: list[QDialog], host: QWidget) -> QPixmap:
    """The window with each box drawn at the centre of it, framed."""
    picture = QPixmap(window)
    painter = QPainter(picture)
    for box in boxes:
        image = box.grab()
        size = image.deviceIndependentSize().toSize()
        corner = QPoint((host.width() - size.width()) // 2, (host.height() - size.height()) // 2)
        painter.drawPixmap(corner, image)
        painter.setPen(QColor("#44546a"))
        painter.drawRect(corner.x(), corner.y(), size.width() - 1, size.height() - 1)
    painter.end()
    return picture


def _save_small(picture: QPixmap, path: Path) -> None:
    """PNG with at most 256 colours when Pillow is there (a third of the size; flat
    screens lose nothing you can see), else Qt's own PNG."""
    try:
        from PIL import Image
    except ImportError:
        picture.save(str(path), "PNG")
        return
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
