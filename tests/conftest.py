"""Shared fixtures: an offscreen Qt, a fresh data folder per test, and no network."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_LOGGING_RULES"] = "qt.multimedia.symbolsresolver=false"
os.environ.pop("LETTERBOX_DATA_DIR", None)
os.environ.pop("LETTERBOX_STORE", None)
os.environ.pop("LETTERBOX_STAFF_PASSPHRASE", None)

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from letterbox.core import Core, open_core  # noqa: E402

# -- no internet sockets, ever: record every attempt, and refuse it -----------------
_internet_sockets: list[str] = []


def _socket_watch(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__" and len(args) > 1 and args[1] in (socket.AF_INET,
                                                                   socket.AF_INET6):
        _internet_sockets.append(repr(args[1]))


sys.addaudithook(_socket_watch)

from letterbox.offline import forbid_network  # noqa: E402

forbid_network()


@pytest.fixture(autouse=True)
def _no_internet_sockets(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail any test during which an IPv4 or IPv6 socket was created."""
    before = len(_internet_sockets)
    yield
    made = _internet_sockets[before:]
    if request.node.get_closest_marker("tries_network"):
        del _internet_sockets[before:]  # the test proves such attempts are refused
        return
    assert not made, f"an internet socket was created: {made}"


from tests.postgres import pg_server, pg_url  # noqa: E402, F401  (PostgreSQL fixtures)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def core(data_dir: Path) -> Iterator[Core]:
    """Core services on a real SQLite file in a fresh data folder."""
    opened = open_core(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_core(core: Core) -> Core:
    """Core services with the demo profile in them."""
    from letterbox.demo import create_demo

    create_demo(core)
    return core


@pytest.fixture
def sync_tasks(qapp):  # type: ignore[no-untyped-def]
    """A TaskRunner that runs every task inline (no threads)."""
    from letterbox.tasks import TaskRunner

    return TaskRunner(synchronous=True)


@pytest.fixture
def tasks(qapp):  # type: ignore[no-untyped-def]
    """A real TaskRunner with thread pools, drained before teardown."""
    from letterbox.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    qapp.processEvents()


@pytest.fixture
def staff_account(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A staff account in ``data_dir``, its passphrase in LETTERBOX_STAFF_PASSPHRASE
    (for in-process and subprocess command runs); returns (name, passphrase)."""
    from letterbox.staff_auth import PASSPHRASE_ENV
    from tests.helpers import add_staff

    name, passphrase = add_staff(data_dir)
    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    return name, passphrase


@pytest.fixture(autouse=True)
def _mock_speech_unless_asked(request: pytest.FixtureRequest,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Screens built without a Speaker use Qt's mock engine, so the suite never starts (or
    wedges) the machine's speech service; tests marked ``realspeech`` keep the real one."""
    if request.node.get_closest_marker("realspeech"):
        return
    import letterbox.ui.letter_flow as letter_flow
    import letterbox.ui.main_window as main_window
    import letterbox.ui.recording_view as recording_view
    from letterbox.audio.speech import Speaker

    def mock_speaker(_engine: str = "", parent=None, **kwargs):  # type: ignore[no-untyped-def]
        return Speaker("mock", parent, **kwargs)

    for module in (main_window, letter_flow, recording_view):
        monkeypatch.setattr(module, "Speaker", mock_speaker)
