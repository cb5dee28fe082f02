"""Every package folder is a real package, so installs and bundles include it."""

from __future__ import annotations

from pathlib import Path

import letterbox

PACKAGE = Path(letterbox.__file__).parent


def test_every_source_folder_has_an_init() -> None:
    """A folder of modules without __init__.py is left out of wheels and PyInstaller bundles."""
    missing = [str(folder.relative_to(PACKAGE.parent)) for folder in PACKAGE.rglob("*")
               if folder.is_dir() and folder.name != "__pycache__"
               and any(folder.glob("*.py")) and not (folder / "__init__.py").exists()]
    assert missing == []
