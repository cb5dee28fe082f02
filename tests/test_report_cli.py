"""`letterbox report`: the programme report as CSV or a table, for staff only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import Core
from letterbox.services.report import CSV_COLUMNS
from tests.helpers import run_cli
from tests.services.report_data import generate

Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


def test_csv_has_the_columns_and_a_row_per_month_and_parent(
        core: Core, data_dir: Path, staff_account: Staff, capsys: Out) -> None:
    """--csv writes the header and one row per month and parent, formulas made inert."""
    generate(core)
    code = main(["report", "--csv", "--from", "2026-01", "--to", "2026-04", "--staff",
                 staff_account[0], "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["month"] for r in rows} <= {"2026-01", "2026-02", "2026-03", "2026-04"}
    assert {r["parent"] for r in rows} == {"G000", "G001", "G002"}
    assert sum(int(r["letters"]) + int(r["recordings"]) for r in rows) > 10
    assert all(float(r["minutes"]) >= 0 for r in rows)


def test_table_without_csv_has_totals(core: Core, data_dir: Path, staff_account: Staff,
                                      capsys: Out) -> None:
    """Without --csv the report is an aligned table ending in a total line."""
    generate(core)
    assert main(["report", "--staff", staff_account[0], "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["MONTH", "PARENT", "LETTERS"]
    assert out[-1].startswith("TOTAL") and "3 parents" in out[-1]


def test_bad_month_is_one_line_and_exit_2(data_dir: Path, staff_account: Staff) -> None:
    """A month such as 2026-13 gets one clear line on stderr and exit code 2."""
    result = run_cli("report", "--csv", "--from", "2026-13", "--staff", staff_account[0],
                     data_dir=data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "--from needs a month as YYYY-MM, such as 2026-03; not '2026-13'."]


def test_backwards_range_and_no_staff_are_refused(data_dir: Path, staff_account: Staff,
                                                  capsys: Out) -> None:
    """--from after --to, or no --staff, is refused with exit code 2."""
    assert main(["report", "--from", "2026-05", "--to", "2026-01", "--staff",
                 staff_account[0], "--data-dir", str(data_dir)]) == 2
    assert "after it ends" in capsys.readouterr().err
    assert main(["report", "--csv", "--data-dir", str(data_dir)]) == 2
    assert "--staff" in capsys.readouterr().err
