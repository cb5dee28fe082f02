"""Read a PDF's text back with poppler's pdftotext (the real tool reviewers' scanners use)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def _pdftotext(pdf: bytes | Path, *options: str) -> str:
    """pdftotext's UTF-8 output for a PDF file or the bytes of one."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        if isinstance(pdf, bytes):
            path.write_bytes(pdf)
        else:
            path = Path(pdf)
        done = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, check=True)
        return done.stdout.decode("utf-8")


def pdf_text(pdf: bytes | Path, *, page: int | None = None) -> str:
    """The text of the PDF (or one page of it), as pdftotext extracts it."""
    return _pdftotext(pdf, *(["-f", str(page), "-l", str(page)] if page is not None else []))


def pdf_pages(pdf: bytes | Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    return pdf_text(pdf).split("\f")[:-1]


def word_boxes(pdf: bytes | Path, page: int) -> list[tuple[str, float, float]]:
    """``(word, top, bottom)`` of each word on one page (y grows downwards), by pdftotext."""
    import re

    boxes = _pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                       boxes)
    return [(word, float(top), float(bottom)) for top, bottom, word in found]
