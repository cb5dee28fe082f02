"""Where the shipped resources live: ``assets/`` and ``prompts/``.

The only module that knows, whether Letterbox runs from a checkout, an installed
package or a PyInstaller bundle (which unpacks data next to the package).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    # A checkout or an editable install: assets/ sits beside the package.
    return _PACKAGE_DIR.parent


def assets_dir() -> Path:
    """The shipped ``assets/`` folder."""
    return _root() / "assets"


def prompts_dir() -> Path:
    """The shipped ``prompts/`` folder (one subfolder per language)."""
    return _root() / "prompts"


def font_path(file_name: str) -> Path:
    """A shipped font file in ``assets/fonts``."""
    return assets_dir() / "fonts" / file_name


def icon_path(name: str) -> Path:
    """A shipped icon (SVG) in ``assets/icons``."""
    return assets_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """Compiled Qt translation catalogues (``.qm``)."""
    return assets_dir() / "i18n"


def data_file(*parts: str) -> Path:
    """Any other shipped data file under ``assets/``."""
    return assets_dir().joinpath(*parts)
