"""`letterbox export` and `letterbox verify` as real subprocesses."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_export_then_verify_from_the_command_line(tmp_path: Path) -> None:
    """export writes a packet (refusing Jordan, saying why); verify says OK, then finds changes."""
    data = tmp_path / "data"
    assert run_cli("demo", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "out"
    done = run_cli("export", "--data-dir", str(data), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "NOT EXPORTED letter" in done.stdout and "Jordan Lee" in done.stdout
    assert "No-contact order" in done.stdout
    packets = [p for p in out.iterdir() if p.is_dir()]
    assert len(packets) == 1 and (out / f"{packets[0].name}.zip").is_file()

    ok = run_cli("verify", str(packets[0]))
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 5 items verified")
    assert run_cli("verify", str(out / f"{packets[0].name}.zip")).returncode == 0

    sheet = packets[0] / "review-sheet.pdf"
    sheet.write_bytes(sheet.read_bytes() + b"\n% tampered")
    (packets[0] / "extra.txt").write_text("x")
    bad = run_cli("verify", str(packets[0]))
    assert bad.returncode != 0
    assert "ALTERED: review-sheet.pdf" in bad.stdout and "UNEXPECTED: extra.txt" in bad.stdout

    again = run_cli("export", "--data-dir", str(data), "--out", str(out), "--parent", "DEMO-0001")
    assert again.returncode == 0 and "nothing could be exported" in again.stdout


def test_export_with_an_unknown_profile_fails_kindly(tmp_path: Path) -> None:
    """A facility profile that does not exist is an error that names the known ones."""
    data = tmp_path / "data"
    run_cli("demo", "--data-dir", str(data))
    done = run_cli("export", "--data-dir", str(data), "--out", str(tmp_path / "o"),
                   "--profile", "atlantis")
    assert done.returncode == 1 and "generic-us-letter" in done.stderr
