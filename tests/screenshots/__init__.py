"""Pictures of every main screen, for the README and for checking layouts by eye.

``bash scripts/screens`` (or ``python -m tests.screenshots [OUT]``) renders the parents'
screens and the worker station in English and Spanish, at normal and extra-large text,
into ``assets/screenshots/`` as ``<who>-<screen>-<language>-<size>.png``. The worker
station's pages keep their own dense type whatever the text size, so they are rendered at
normal size only; its sign-in screen, a kiosk screen, comes at both sizes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from tests.screenshots.camera import Camera, EnoughPictures, World, prepare_template

LANGUAGES = ("en", "es")
TEXT_SIZES = ("normal", "xlarge")


def render(out: Path, *, languages: Iterable[str] = LANGUAGES,
           text_sizes: Iterable[str] = TEXT_SIZES, parent: bool = True,
           staff: bool = True, staff_pages: bool = True, last: Iterable[str] = ()) -> list[Path]:
    """Render the screens into ``out``; returns the files written.

    ``last``: screens after which each walk stops (``("parent-home", "staff-signin")``).
    """
    from tests.screenshots.parent import shoot_parent
    from tests.screenshots.staff import shoot_staff

    camera = Camera(out, last)
    with tempfile.TemporaryDirectory(prefix="letterbox-screens-") as tmp:
        template = prepare_template(Path(tmp) / "template")
        count = 0
        for language in languages:
            for text_size in text_sizes:
                for part in ("parent", "staff"):
                    if not (parent if part == "parent" else staff):
                        continue
                    count += 1
                    world = World(template, Path(tmp) / f"world-{count}")
                    try:
                        if part == "parent":
                            shoot_parent(camera, world, language, text_size)
                        else:
                            shoot_staff(camera, world, language, text_size,
                                        pages=staff_pages and text_size == "normal")
                    except EnoughPictures:
                        pass
                    finally:
                        world.close()
    return camera.saved
