"""The screenshot walk (``scripts/screens``) runs the real window and writes pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.screenshots import render


def _colours(image: QImage) -> int:
    """How many different colours a sample of the picture's pixels has."""
    return len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)})


def test_parent_and_staff_screens_are_rendered(qapp, tmp_path: Path) -> None:
    """A parent's home (signed in through the PIN pad) and the staff sign-in come out as
    1024×768 pictures with something drawn on them, in Spanish at extra-large text."""
    saved = render(tmp_path, languages=["es"], text_sizes=["xlarge"],
                   staff_pages=False, last=("parent-home", "staff-signin"))
    names = [p.name for p in saved]
    assert names == ["parent-signin-es-xlarge.png", "parent-pin-es-xlarge.png",
                     "parent-home-es-xlarge.png", "staff-signin-es-xlarge.png"]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1024, 768), path.name
        assert _colours(image) > 8, f"{path.name} looks blank"
