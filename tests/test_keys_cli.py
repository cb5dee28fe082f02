"""`letterbox keys init` makes a private station key and never overwrites one silently;
`verify --key` from the command line proves a packet or says why not, in one line each."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.helpers import STAFF_NAME, run_cli


def test_keys_init_makes_a_private_key(data_dir: Path, staff_account: tuple[str, str]) -> None:
    """The key is readable by its owner only, station.pub is printed, and a second init
    is refused (exit 2) unless --force."""
    made = run_cli("keys", "init", "--staff", STAFF_NAME, data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    public = data_dir / "station.pub"
    assert made.stdout.strip() == str(public)
    assert public.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    private = data_dir / "keys" / "station.key"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(private.parent.stat().st_mode) == 0o700
    before = private.read_bytes()
    again = run_cli("keys", "init", "--staff", STAFF_NAME, data_dir=data_dir)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and private.read_bytes() == before
    forced = run_cli("keys", "init", "--force", "--staff", STAFF_NAME, data_dir=data_dir)
    assert forced.returncode == 0 and private.read_bytes() != before
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_keys_init_needs_staff(data_dir: Path, staff_account: tuple[str, str]) -> None:
    """Without --staff no key is made (exit 2, one line)."""
    result = run_cli("keys", "init", data_dir=data_dir)
    assert result.returncode == 2 and "--staff NAME" in result.stderr
    assert not (data_dir / "station.pub").exists()


def test_verify_command_lines_and_exit_codes(tmp_path: Path) -> None:
    """Garbage and missing key files are one line and exit 1, never a traceback."""
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"PK\x03\x04 garbage")
    result = run_cli("verify", str(bogus))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith("BROKEN PACKET: bogus.zip")
    result = run_cli("verify", str(bogus), "--key", str(tmp_path / "none.pub"))
    assert result.returncode == 1 and result.stdout.startswith("BAD KEY: ")
    bad_key = tmp_path / "bad.pub"
    bad_key.write_text("not a key")
    result = run_cli("verify", str(bogus), "--key", str(bad_key))
    assert result.returncode == 1 and result.stdout.count("\n") == 1


def test_damaged_station_key_stops_the_export(demo_core, staff_account, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An export that cannot sign stops with one line and leaves no packet behind."""
    import pytest

    from letterbox.command import error_line
    from letterbox.export.signing import StationKeyError, make_station_key, private_key_path
    from letterbox.services.export import ExportService
    from letterbox.services.signin import SignInService
    from tests.helpers import approve_ready

    make_station_key(demo_core.paths.root)
    private_key_path(demo_core.paths.root).write_text("damaged")
    staff = SignInService(demo_core).sign_in_staff(*staff_account).actor
    approve_ready(demo_core, staff)
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    with pytest.raises(StationKeyError) as raised:
        ExportService(demo_core).export(staff, parent.id, tmp_path / "out")
    line, code = error_line(raised.value)
    assert line.startswith("The key file ") and "station.key cannot be used" in line
    assert code == 1
    assert list((tmp_path / "out").iterdir()) == []
