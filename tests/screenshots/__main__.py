"""``python -m tests.screenshots [OUT]``: render every main screen (see the package)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screenshots",
                                     description=__doc__)
    parser.add_argument("out", nargs="?", default=str(ROOT / "assets" / "screenshots"),
                        help="folder for the PNG files (default: assets/screenshots)")
    parser.add_argument("--language", action="append", choices=("en", "es"),
                        help="only this language (may be repeated)")
    parser.add_argument("--size", action="append", choices=("normal", "large", "xlarge"),
                        help="only this text size (may be repeated)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    from PySide6.QtWidgets import QApplication

    from tests.screenshots import LANGUAGES, TEXT_SIZES, render

    QApplication.instance() or QApplication([sys.argv[0]])
    started = time.monotonic()
    saved = render(Path(args.out), languages=args.language or LANGUAGES,
                   text_sizes=args.size or TEXT_SIZES)
    size = sum(p.stat().st_size for p in saved)
    print(f"{len(saved)} screenshots, {size / 1e6:.1f} MB, in {args.out} "
          f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
