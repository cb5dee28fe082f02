"""`letterbox prompts`: exit codes, error lines and the counts table, through a real process."""

from __future__ import annotations

from pathlib import Path

from letterbox.core import open_core
from tests.helpers import run_cli
from tests.writing.prompt_files import VALID, line_of, write_prompt


def test_check_of_the_shipped_prompts_passes(data_dir: Path) -> None:
    """With no PATH the shipped prompts are checked: exit 0 and a table per language."""
    result = run_cli("prompts", "check", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "English (en): 40 prompt file(s)" in out
    assert "Spanish (es): 40 prompt file(s)" in out
    assert "no problems" in out
    header = next(line for line in out.splitlines() if line.startswith("occasion"))
    assert header.split() == ["occasion", "0-4", "5-8", "9-12", "13-17", "all"]
    birthday_rows = [line.split() for line in out.splitlines() if line.startswith("birthday")]
    assert birthday_rows == [["birthday", "1", "1", "1", "1", "4"]] * 2
    assert "gaps:" not in out


def test_check_does_not_create_a_data_folder(tmp_path: Path) -> None:
    """Checking prompts reads the setting if there is a database, and creates nothing."""
    missing = tmp_path / "never-made"
    result = run_cli("prompts", "check", data_dir=missing)
    assert result.returncode == 0
    assert not missing.exists()


def test_broken_file_gives_its_name_line_and_exit_1(tmp_path: Path) -> None:
    """A file with an unknown occasion is printed as file:line: problem, and the exit is 1."""
    text = VALID.replace('  "school",', '  "graduation",')
    bad = write_prompt(tmp_path / "mine", text)
    write_prompt(tmp_path / "mine", VALID.replace("t-ok", "t-good"))
    result = run_cli("prompts", "check", str(tmp_path / "mine"))
    assert result.returncode == 1
    assert f"{bad}:{line_of(text, 'graduation')}: 'occasions' has 'graduation'" in result.stdout
    assert "1 prompt(s) loaded; 1 file(s) with problems" in result.stdout


def test_single_file_can_be_checked(tmp_path: Path) -> None:
    """A PATH may be one .toml file."""
    path = write_prompt(tmp_path)
    result = run_cli("prompts", "check", str(path))
    assert result.returncode == 0
    assert "1 prompt(s) loaded; no problems" in result.stdout


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    """A PATH that does not exist is reported and fails the check."""
    result = run_cli("prompts", "check", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "nowhere: prompt folder not found" in result.stdout


def test_staff_folder_setting_adds_its_prompts(tmp_path: Path, data_dir: Path,
                                               staff_account: tuple[str, str]) -> None:
    """`prompts folder DIR` stores the setting; `check` then counts staff prompts too."""
    staff = tmp_path / "staff"
    write_prompt(staff, VALID.replace("t-ok", "charity-hello"))
    name = staff_account[0]
    set_result = run_cli("prompts", "folder", str(staff), "--staff", name, data_dir=data_dir)
    assert set_result.returncode == 0, set_result.stdout + set_result.stderr
    assert f"Staff prompt folder set to {staff}" in set_result.stdout
    check = run_cli("prompts", "check", data_dir=data_dir)
    assert check.returncode == 0
    assert "English (en): 41 prompt file(s)" in check.stdout
    assert f"Checked {staff}: 1 prompt(s) loaded" in check.stdout
    shown = run_cli("prompts", "folder", data_dir=data_dir)
    assert f"Staff prompt folder: {staff}" in shown.stdout
    cleared = run_cli("prompts", "folder", "--clear", "--staff", name, data_dir=data_dir)
    assert cleared.returncode == 0
    assert "English (en): 40 prompt file(s)" in run_cli(
        "prompts", "check", data_dir=data_dir).stdout


def test_broken_staff_file_fails_the_default_check(tmp_path: Path, data_dir: Path,
                                                   staff_account: tuple[str, str]) -> None:
    """A broken file in the staff folder is named by `check` with no PATH."""
    staff = tmp_path / "staff"
    bad = write_prompt(staff, VALID.replace('title = "A test prompt"', 'title = "open'))
    assert run_cli("prompts", "folder", str(staff), "--staff", staff_account[0],
                   data_dir=data_dir).returncode == 1
    result = run_cli("prompts", "check", data_dir=data_dir)
    assert result.returncode == 1
    assert f"{bad}:4: not valid TOML" in result.stdout


def test_folder_must_exist(tmp_path: Path, data_dir: Path,
                           staff_account: tuple[str, str]) -> None:
    """Setting a folder that does not exist is refused and nothing is stored."""
    result = run_cli("prompts", "folder", str(tmp_path / "nope"), "--staff", staff_account[0],
                     data_dir=data_dir)
    assert result.returncode == 1
    assert "Folder not found" in result.stderr
    assert "No staff prompt folder is set" in run_cli(
        "prompts", "folder", data_dir=data_dir).stdout


def test_setting_the_folder_needs_a_staff_member(tmp_path: Path, data_dir: Path,
                                                 staff_account: tuple[str, str]) -> None:
    """Without --staff the folder is not set (exit 2); with it, the audit names who set it."""
    staff = tmp_path / "staff"
    write_prompt(staff, VALID.replace("t-ok", "charity-hello"))
    refused = run_cli("prompts", "folder", str(staff), data_dir=data_dir)
    assert refused.returncode == 2 and "--staff NAME" in refused.stderr
    assert "No staff prompt folder is set" in run_cli(
        "prompts", "folder", data_dir=data_dir).stdout
    assert run_cli("prompts", "folder", str(staff), "--staff", staff_account[0],
                   data_dir=data_dir).returncode == 0
    core = open_core(data_dir)
    rows = core.db.query("SELECT actor_kind, actor_name, detail FROM event"
                         " WHERE action = 'setting_changed'")
    core.close()
    assert [tuple(r) for r in rows] == [("staff", staff_account[0],
                                         f"user_prompts_dir={str(staff)!r}")]


def test_no_action_explains_itself() -> None:
    """`letterbox prompts` alone says what to type, with exit code 2."""
    result = run_cli("prompts")
    assert result.returncode == 2
    assert "letterbox prompts check" in result.stdout
