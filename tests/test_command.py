"""What every staff command shares: one line for data it cannot open, safe terminal text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.command import format_table, terminal_text
from tests.helpers import run_cli

COMMANDS = (["staff", "list"], ["review", "list"], ["review", "approve", "letter:1"],
            ["export", "--out", "OUT"], ["audit"], ["contact", "--list"],
            ["backup", "--out", "OUT"])


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_damaged_database_is_one_line(command: list[str], data_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not a database gives exit 1 and one line naming the folder."""
    (data_dir / "letterbox.sqlite3").write_bytes(b"this is not a database" * 100)
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    assert main([*args, "--staff", "Jo", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err == f"Cannot open the Letterbox data in {data_dir}: file is not a database\n"


def test_newer_database_is_one_line_in_a_subprocess(data_dir: Path) -> None:
    """A database from a newer Letterbox is refused in one line, no traceback."""
    conn = sqlite3.connect(data_dir / "letterbox.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run_cli("review", "list", "--staff", "Jo", "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Cannot open the Letterbox data in {data_dir}: ")
    assert "newer version of Letterbox" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_terminal_text_removes_escapes_and_keeps_letters() -> None:
    """Colour, title and cursor escapes go; other controls become spaces; accents stay."""
    assert terminal_text("\x1b[1;31mZoë\x1b[0m") == "Zoë"
    assert terminal_text("a\x1b]0;title\x07b") == "ab"
    assert terminal_text("Дмитрий\r\nline\t2\x9b2J") == "Дмитрий  line 2 2J"
    assert terminal_text("right\u202eleft") == "right left"


def test_format_table_aligns_columns() -> None:
    """Every column but the last is padded to its widest cell."""
    assert format_table(("A", "BB", "C"), [("xyz", "1", "last one"), ("q", "", "")]) == [
        "A    BB  C", "xyz  1   last one", "q"]
