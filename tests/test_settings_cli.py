"""`letterbox settings`: staff list and change declared settings; parents' kiosk follows."""

from __future__ import annotations

from letterbox.cli import main
from letterbox.core import open_core


def test_staff_turn_review_off_and_it_is_audited(data_dir, staff_account, capsys) -> None:
    """'settings set review_required off' stores False and logs who changed it."""
    name, _ = staff_account
    assert main(["settings", "set", "review_required", "off", "--staff", name,
                 "--data-dir", str(data_dir)]) == 0
    assert "review_required = off" in capsys.readouterr().out
    core = open_core(data_dir)
    try:
        assert core.settings.get("review_required") is False
        rows = core.db.query("SELECT actor_kind, actor_name, detail FROM event"
                             " WHERE action = 'setting_changed'")
        assert [(r[0], r[1]) for r in rows] == [("staff", name)]
    finally:
        core.close()
    assert main(["settings", "--staff", name, "--data-dir", str(data_dir)]) == 0
    listing = capsys.readouterr().out
    assert "review_required" in listing and "story_folder" in listing


def test_bad_key_bad_value_and_no_staff_are_one_line_refusals(data_dir, staff_account,
                                                              capsys) -> None:
    """Unknown setting, a non-number for a number, or no --staff: exit 2, one line."""
    name, _ = staff_account
    base = ["--data-dir", str(data_dir)]
    assert main(["settings", "set", "colour", "red", "--staff", name, *base]) == 2
    assert main(["settings", "set", "idle_sign_out_minutes", "ten", "--staff", name,
                 *base]) == 2
    assert main(["settings", "set", "review_required", "off", *base]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and "no setting 'colour'" in err[0] and "must be int" in err[1]
    assert "Traceback" not in "".join(err)
