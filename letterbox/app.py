"""The composition root: builds the application, the services and the window."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from letterbox import APP_NAME, __version__

OUTBOX_RETRY_MS = 30_000  # how often takes waiting for the shared store try again

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from letterbox.audio.speech import Speaker
    from letterbox.core import Core
    from letterbox.paths import DataPaths
    from letterbox.tasks import TaskRunner
    from letterbox.ui.main_window import MainWindow
    from letterbox.ui.translation import Translator

log = logging.getLogger(__name__)


@dataclass
class Application:
    """The built world: what ``main`` runs and what benchmarks measure."""

    qt: QApplication
    core: Core
    tasks: TaskRunner
    window: MainWindow
    translator: Translator
    speaker: Speaker

    def shutdown(self) -> None:
        """Let background work finish, stop the speech thread, then close the store."""
        self.tasks.wait_for_done()
        self.speaker.shutdown()  # its thread must end before Qt objects are destroyed
        self.core.close()


def build(paths: DataPaths, argv: list[str] | None = None,
          store: str | None = None) -> Application:
    """Create the QApplication, the core services (over the store ``store`` names, else
    the data folder's SQLite file) and the main window, and connect them."""
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from letterbox.audio.speech import Speaker
    from letterbox.core import open_core
    from letterbox.services import build_services
    from letterbox.services.actor import Actor
    from letterbox.tasks import TaskRunner
    from letterbox.ui.first_paint import AfterFirstPaint
    from letterbox.ui.main_window import MainWindow
    from letterbox.ui.theme import apply_theme
    from letterbox.ui.translation import Translator

    # Qt's own file and message dialogs, never the desktop's: they stay in the window's
    # language and style and cannot open the rest of the computer to a parent.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    existing = QApplication.instance()
    qt = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    qt.setApplicationName(APP_NAME)
    qt.setApplicationVersion(__version__)
    core = open_core(paths.root, store)
    apply_theme(qt, core.settings.get("ui_scale"))
    translator = Translator(qt)
    tasks = TaskRunner()
    services = build_services(core)
    # The one speech service; its engine opens once the first screen is up.
    speaker = Speaker(core.settings.get("speech_engine"), start=False)
    window = MainWindow(core, tasks, idle_minutes=core.settings.get("idle_sign_out_minutes"),
                        language_changer=translator.set_language, services=services,
                        speaker=speaker)

    def after_first_paint() -> None:
        from letterbox.ui.keys import ButtonKeys

        qt.installEventFilter(window)  # every key and tap restarts the idle clock
        qt.installEventFilter(ButtonKeys(qt))  # Enter presses the focused button; Escape: Back
        # Finish or clear packets an export killed earlier left (on the serial save pool).
        tasks.run(lambda: services.export.recover(Actor.system("start-up")), serial=True)
        # Drafts parents deleted more than 30 days ago go for good (rows and audio files).
        tasks.run(lambda: services.deleted_drafts.purge_expired(Actor.system("start-up")),
                  serial=True)
        # Takes that waited on this computer for the shared store go up now, and then
        # on a timer while the store is shared (on the save pool: the GUI never waits).
        tasks.run(services.outbox.send, serial=True)
        tasks.run(core.recordings.prune_cache)  # copies of parts deleted elsewhere
        if core.db.engine != "sqlite":
            retry = QTimer(window)
            retry.setInterval(OUTBOX_RETRY_MS)
            retry.timeout.connect(lambda: tasks.run(services.outbox.send, serial=True))
            retry.start()

    AfterFirstPaint(window, after_first_paint)
    return Application(qt=qt, core=core, tasks=tasks, window=window, translator=translator,
                       speaker=speaker)


def main(data_dir: str | os.PathLike[str] | None = None, argv: list[str] | None = None, *,
         kiosk: bool = False, store: str | None = None) -> int:
    """Open the Letterbox window and run until it closes (``kiosk``: full screen, and
    only staff can close it; ``store``: a shared store's URL)."""
    from PySide6.QtCore import QTimer

    from letterbox.cli import store_server
    from letterbox.logs import setup_logging
    from letterbox.offline import NetworkForbidden, forbid_network
    from letterbox.paths import DataPaths, resolve_data_dir, resolve_store
    from letterbox.store.db import StoreUnavailable

    try:
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    except OSError as error:
        print(f"Letterbox cannot use its data folder: {error}\n"
              "Run `letterbox doctor` for help.", file=sys.stderr or sys.__stdout__)
        return 2
    setup_logging(paths.log_file)
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.root)
    try:
        store = resolve_store(store, paths.root)
        forbid_network(allow=store_server(store))
        built = build(paths, argv, store)
    except (StoreUnavailable, NetworkForbidden) as error:
        log.error("Cannot reach the store: %s", error)
        _show_fatal("Letterbox cannot reach this facility's shared store just now. Your "
                    "letters and recordings are safe there; nothing has been changed or "
                    "deleted.\n\nPlease ask staff to check the network and the store "
                    f"server, then start Letterbox again.\n\nProblem: {error}")
        return 2
    except Exception as error:
        log.exception("Cannot start")
        _show_fatal("Letterbox could not open its data. Nothing has been changed or deleted.\n\n"
                    f"Data folder: {paths.root}\nProblem: {error}\n\nPlease ask staff to run "
                    "`letterbox doctor`, and to restore the data folder from a backup if it "
                    "is damaged.")
        return 2
    screen = built.qt.primaryScreen()
    if screen is not None:  # without a window manager, "maximised" alone does nothing
        built.window.setGeometry(screen.availableGeometry())
    if kiosk:
        from letterbox.ui.kiosk_mode import KioskLock

        built.window.kiosk_lock = KioskLock(built.window)
        built.window.kiosk_lock.enter()
    else:
        built.window.showMaximized()
    # A kiosk may run X with no window manager: ask for keyboard focus ourselves, or
    # shortcuts (which need an active window) never fire.
    built.window.raise_()
    built.window.activateWindow()
    QTimer.singleShot(300, built.speaker.start)
    try:
        return built.qt.exec()
    finally:
        built.shutdown()


def _show_fatal(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, APP_NAME, message)
