"""`letterbox staff` and the `--staff NAME` check every staff command shares."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import open_core
from letterbox.staff_auth import PASSPHRASE_ENV
from letterbox.store.guard import MAX_TRIES
from tests.helpers import run_cli

Patch = pytest.MonkeyPatch
Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


def _cli(data_dir: Path, *args: str, stdin: str | None = None,
         monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main([*args, "--data-dir", str(data_dir)])


def _events(data_dir: Path, action: str) -> list[tuple[str, str, str]]:
    core = open_core(data_dir)
    try:
        rows = core.db.query("SELECT actor_kind, actor_name, detail FROM event"
                             " WHERE action = ? ORDER BY id", (action,))
        return [(r["actor_kind"], r["actor_name"], r["detail"]) for r in rows]
    finally:
        core.close()


def test_first_account_needs_no_staff_the_second_does(data_dir: Path, monkeypatch: Patch,
                                                      capsys: Out) -> None:
    """The installer adds the first account alone; a second without --staff exits 2."""
    assert _cli(data_dir, "staff", "add", "Jo Bloggs", stdin="first pass 1\n",
                monkeypatch=monkeypatch) == 0
    assert "Added the staff account Jo Bloggs." in capsys.readouterr().out
    assert _events(data_dir, "staff_added") == [("system", "installer", "Jo Bloggs")]

    assert _cli(data_dir, "staff", "add", "Sam Okoro", stdin="second pass 2\n",
                monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err
    assert "--staff NAME" in err and err.count("\n") == 1

    monkeypatch.setenv(PASSPHRASE_ENV, "first pass 1")
    assert _cli(data_dir, "staff", "add", "Sam Okoro", "--staff", "Jo Bloggs",
                stdin="second pass 2\n", monkeypatch=monkeypatch) == 0
    assert _events(data_dir, "staff_added")[-1] == ("staff", "Jo Bloggs", "Sam Okoro")
    core = open_core(data_dir)
    sam = core.staff.find("Sam Okoro")
    assert sam is not None and core.staff.verify(sam.id, "second pass 2")
    core.close()


def test_list_passwd_and_remove(data_dir: Path, staff_account: Staff, monkeypatch: Patch,
                                capsys: Out) -> None:
    """Staff list accounts, set a colleague's passphrase and close an account."""
    name, _ = staff_account
    assert _cli(data_dir, "staff", "add", "Sam Okoro", "--staff", name,
                stdin="sam pass 123\n", monkeypatch=monkeypatch) == 0
    capsys.readouterr()
    assert _cli(data_dir, "staff", "list", "--staff", name) == 0
    listed = [line.split("  ")[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == ["Jo Bloggs", "Sam Okoro"]

    assert _cli(data_dir, "staff", "passwd", "Sam Okoro", "--staff", name,
                stdin="sam new pass 9\n", monkeypatch=monkeypatch) == 0
    core = open_core(data_dir)
    sam = core.staff.find("Sam Okoro")
    assert sam is not None and core.staff.verify(sam.id, "sam new pass 9")
    core.close()

    assert _cli(data_dir, "staff", "remove", "Sam Okoro", "--staff", name) == 0
    assert _cli(data_dir, "staff", "remove", "Jo Bloggs", "--staff", name) == 2
    assert "last staff member" in capsys.readouterr().err
    assert _events(data_dir, "staff_removed") == [("staff", "Jo Bloggs", "Sam Okoro")]


def test_short_new_passphrase_is_refused(data_dir: Path, monkeypatch: Patch, capsys: Out) -> None:
    """A new passphrase under 8 characters is refused with one line, and nothing is added."""
    assert _cli(data_dir, "staff", "add", "Jo", stdin="short\n", monkeypatch=monkeypatch) == 2
    assert capsys.readouterr().err == "A passphrase needs at least 8 characters.\n"
    core = open_core(data_dir)
    assert core.staff.count() == 0
    core.close()


def test_terminal_asks_twice_and_refuses_a_mismatch(data_dir: Path, monkeypatch: Patch,
                                                    capsys: Out) -> None:
    """At a terminal the new passphrase is asked twice; two different answers add nobody."""
    answers = iter(["first answer 1", "second answer 2"])
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    tty = io.StringIO()
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", tty)
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert _cli(data_dir, "staff", "add", "Jo") == 2
    assert prompts == ["New passphrase for Jo: ", "The same passphrase again: "]
    assert "differ" in capsys.readouterr().err


def test_wrong_passphrase_counts_then_locks(data_dir: Path, staff_account: Staff,
                                            monkeypatch: Patch, capsys: Out) -> None:
    """Each wrong passphrase exits 2 and counts; the fifth locks, and then even the right one
    is refused with a "wait" line until a colleague sets a new passphrase."""
    name, passphrase = staff_account
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    for _ in range(MAX_TRIES - 1):
        assert _cli(data_dir, "staff", "list", "--staff", name) == 2
        assert capsys.readouterr().err == "That staff name and passphrase do not match.\n"
    core = open_core(data_dir)
    member = core.staff.find(name)
    assert member is not None and core.guard.state("staff", member.id).tries_left == 1
    core.close()

    assert _cli(data_dir, "staff", "list", "--staff", name) == 2
    assert "wait 30 seconds" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    assert _cli(data_dir, "staff", "list", "--staff", name) == 2
    err = capsys.readouterr().err
    assert "wait" in err and err.count("\n") == 1 and "Traceback" not in err
    tries = _events(data_dir, "wrong_passphrase")
    assert [t[2] for t in tries] == [f"try {n}" for n in range(1, MAX_TRIES + 1)]
    assert {t[:2] for t in tries} == {("staff", name)}
    assert len(_events(data_dir, "locked_out")) == 1


def test_unknown_staff_name_is_wrong_and_audited(data_dir: Path, staff_account: Staff,
                                                 capsys: Out) -> None:
    """A name that is not an account gets the same line as a wrong passphrase."""
    assert _cli(data_dir, "staff", "list", "--staff", "Nobody") == 2
    assert capsys.readouterr().err == "That staff name and passphrase do not match.\n"
    assert _events(data_dir, "wrong_passphrase") == [("kiosk", "", "unknown name")]


def test_no_passphrase_without_a_terminal_is_refused(data_dir: Path, staff_account: Staff,
                                                     monkeypatch: Patch) -> None:
    """A script with no terminal and no LETTERBOX_STAFF_PASSPHRASE is told what to set."""
    name, _ = staff_account
    monkeypatch.delenv(PASSPHRASE_ENV)
    result = run_cli("staff", "list", "--staff", name, "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert PASSPHRASE_ENV in result.stderr and "Traceback" not in result.stderr
    assert _events(data_dir, "wrong_passphrase") == []


def test_staff_add_as_a_real_subprocess(data_dir: Path) -> None:
    """`python -m letterbox staff add` reads one line of stdin for the first account."""
    result = run_cli("staff", "add", "Jo Bloggs", "--data-dir", str(data_dir),
                     input="a long passphrase\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Added the staff account Jo Bloggs.\n"
    listed = run_cli("staff", "list", "--staff", "Jo Bloggs", "--data-dir", str(data_dir),
                     env={PASSPHRASE_ENV: "a long passphrase"})
    assert listed.returncode == 0 and listed.stdout.startswith("Jo Bloggs  (since ")
