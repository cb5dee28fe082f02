"""Logging to a rotating file in the data folder.

Windowed builds have no stderr, so the file is the only record; set it up before
anything imports sounddevice.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, level: int = logging.INFO, echo: bool = False) -> None:
    """Send log records to ``log_file`` (1 MB × 5 files), and to stderr when ``echo``."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_letterbox", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._letterbox = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if echo and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._letterbox = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
