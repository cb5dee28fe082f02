"""Benchmark: a 500-item review sheet (not collected by pytest). Run:

    .venv/bin/python tests/benchmarks/bench_review_sheet.py

Our sheet (fitted cells, font fallback, identity and "Page x of y" on every page) for
500 ordinary items, against the anchor measured in the same run: reportlab laying out a
plain 500-row table of the same text with the same font and column widths, nothing else.
Then, with no anchor (a plain table cannot lay them out at all), 500 hard items: long
transcripts, many flags and CJK names, which continue in the appendix.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from letterbox.export.facility import load_facility  # noqa: E402
from letterbox.export.letter_pdf import Sender  # noqa: E402
from letterbox.export.review_sheet import SheetRow, render_review_sheet  # noqa: E402

RUNS = 5
SENDER = Sender("Demo Parent", "DEMO-0001", "B-wing, cell 14", "HMP Example")
SUMMARY = ("Goodnight Zoë, sleep tight. I read the story about the fox and the moon, and I "
           "sang the song we always sing in the car. Love, Dad.")


def ordinary_rows() -> list[SheetRow]:
    return [SheetRow(f"Child {i} Martínez", f"Carer {i}", "recording" if i % 3 else "letter",
                     "2 pages" if i % 3 == 0 else "3:12", 120 + i, SUMMARY,
                     ["“money” ×1", "promises a date: “home by Christmas”"] if i % 4 == 0
                     else [], f"{i:064x}") for i in range(500)]


def hard_rows() -> list[SheetRow]:
    long_text = " ".join(f"word{i}" for i in range(500))
    return [SheetRow("王小明" * 4, "李美丽" * 4, "recording", "9:59", 500, long_text,
                     [f"content flag {n}: “words”" for n in range(9)], f"{i:064x}")
            for i in range(500)]


def ours(rows: list[SheetRow]) -> tuple[float, int]:
    start = time.perf_counter()
    _, pages = render_review_sheet(rows, SENDER, load_facility(), created_at="2026-01-01",
                                   app_version="bench")
    return time.perf_counter() - start, pages


def anchor(rows: list[SheetRow]) -> tuple[float, int]:
    """A plain reportlab table of the same cells: no fitting, fallback or stamps."""
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from letterbox.export.review_sheet import _FRACTIONS

    start = time.perf_counter()
    style = ParagraphStyle("c", fontName="Andika", fontSize=10, leading=12)

    def p(text: str) -> Paragraph:
        return Paragraph(escape(text), style)

    data = [[p(h) for h in ("#", "Child / carer", "Kind", "Pages or length", "Words",
                            "Transcript or summary", "Content flags", "SHA-256",
                            "Approve / Return", "Reason", "Initials", "Date")]]
    for n, row in enumerate(rows, start=1):
        data.append([p(str(n)), p(f"{row.child} carer: {row.carer}"), p(row.kind),
                     p(row.size_text), p(str(row.words)), p(row.summary),
                     p("; ".join(row.flags) or "none"), p(row.sha256[:12]),
                     p("☐ Approve ☐ Return"), p(""), p(""), p("")])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(LETTER))
    doc.build([Table(data, colWidths=[doc.width * f for f in _FRACTIONS], repeatRows=1)])
    return time.perf_counter() - start, int(doc.page)


def median(fn: object, rows: list[SheetRow]) -> tuple[float, int]:
    results = [fn(rows) for _ in range(RUNS)]  # type: ignore[operator]
    return statistics.median(r[0] for r in results), results[0][1]


def main() -> None:
    render_review_sheet(ordinary_rows()[:2], SENDER, load_facility(), created_at="x",
                        app_version="warm-up")  # fonts load once per process
    rows = ordinary_rows()
    our_s, our_pages = median(ours, rows)
    base_s, base_pages = median(anchor, rows)
    print(f"500 ordinary items: ours {our_s * 1000:.0f} ms ({our_pages} pages), plain table "
          f"{base_s * 1000:.0f} ms ({base_pages} pages): ratio {our_s / base_s:.2f}×")
    hard_s, hard_pages = median(ours, hard_rows())
    print(f"500 hard items (CJK names, 500-word transcripts, 9 flags; plain table cannot): "
          f"ours {hard_s * 1000:.0f} ms ({hard_pages} pages)")


if __name__ == "__main__":
    main()
