"""The real application started as a process: it starts, logs, and fails kindly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

# Start the real main(), close any dialog and quit after a moment.
DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def close_dialogs():
    for widget in app.topLevelWidgets():
        if (widget.objectName() == "messageBox" or widget.inherits("QMessageBox")) \
                and widget.isVisible():
            print("DIALOG:", widget.text(), flush=True)
            widget.done(0)
QTimer.singleShot(600, close_dialogs)
QTimer.singleShot(1500, app.quit)
from letterbox.app import main
sys.exit(main(data_dir=sys.argv[1]))
"""


def _run(data_dir: Path, store: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LETTERBOX_STORE": store}
    return subprocess.run([sys.executable, "-c", DRIVER, str(data_dir)], capture_output=True,
                          text=True, timeout=60, env=env, cwd=str(ROOT), check=False)


def test_app_starts_and_logs_to_the_data_folder(tmp_path: Path) -> None:
    """The window opens and closes cleanly, writing its log into the data folder."""
    data = tmp_path / "data"
    result = _run(data)
    assert result.returncode == 0, result.stderr
    log = (data / "logs" / "letterbox.log").read_text(encoding="utf-8")
    assert "Starting Letterbox" in log
    assert (data / "letterbox.sqlite3").is_file()


def test_damaged_database_gives_a_message_and_keeps_the_file(tmp_path: Path) -> None:
    """A corrupt database file stops start-up with a message; the file is left untouched."""
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"this is not a database" * 100
    (data / "letterbox.sqlite3").write_bytes(damaged)
    result = _run(data)
    assert result.returncode == 2
    assert "DIALOG:" in result.stdout and "doctor" in result.stdout
    assert (data / "letterbox.sqlite3").read_bytes() == damaged
    assert "Traceback" not in result.stderr


def test_app_opens_on_a_shared_store(tmp_path: Path, pg_url: str) -> None:
    """With LETTERBOX_STORE naming a PostgreSQL store the window opens on it, and the
    local data folder keeps only the log (no SQLite file)."""
    data = tmp_path / "data"
    result = _run(data, pg_url)
    assert result.returncode == 0, result.stderr
    assert "Starting Letterbox" in (data / "logs" / "letterbox.log").read_text("utf-8")
    assert not (data / "letterbox.sqlite3").exists()


def test_unreachable_store_gives_a_kind_message(tmp_path: Path) -> None:
    """A shared store that cannot be reached (given, or remembered in the data folder)
    stops start-up with a kind message saying nothing was lost, never a traceback."""
    from letterbox.paths import write_store_setting

    url = f"postgresql://kiosk@/letterbox?host={tmp_path}&port=1"
    given, remembered = tmp_path / "given", tmp_path / "remembered"
    write_store_setting(remembered, url)  # as `letterbox setup-store` leaves it
    for result in (_run(given, url), _run(remembered)):
        assert result.returncode == 2
        assert "DIALOG:" in result.stdout and "cannot reach this facility's shared store" \
            in result.stdout and "safe" in result.stdout
        assert "Traceback" not in result.stderr
