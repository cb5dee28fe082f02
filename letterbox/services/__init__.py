"""Use-case services: the rules between the screens (and the command line) and the store.

Plain Python: no Qt widgets, no translation. Every method that reads or changes data
takes an ``Actor``; ``policy`` decides what each actor may do. Services return data and
typed outcomes (``letterbox.errors``); only ``letterbox.ui`` turns them into words.

The worker station's services (dashboard, packets, report, check-ins, keepsake, keys) are
imported when first used, so the kiosk starts without them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from letterbox.core import Core
from letterbox.services.audit import AuditService
from letterbox.services.contacts import ContactService
from letterbox.services.deleted_drafts import DeletedDraftService
from letterbox.services.export import ExportService
from letterbox.services.letters import LetterService
from letterbox.services.parents import ParentService
from letterbox.services.recordings import RecordingService
from letterbox.services.review import ReviewService
from letterbox.services.settings import SettingsService
from letterbox.services.signin import SignInService
from letterbox.services.staff import StaffService

if TYPE_CHECKING:
    from letterbox.services.checkins import CheckinService
    from letterbox.services.dashboard import DashboardService
    from letterbox.services.journal import LetterJournal
    from letterbox.services.keepsake import KeepsakeService
    from letterbox.services.keys import KeysService
    from letterbox.services.outbox import TakeOutbox
    from letterbox.services.packets import PacketService
    from letterbox.services.report import ReportService
    from letterbox.services.sessions import SessionService

_LATER = {"CheckinService": "checkins", "DashboardService": "dashboard",
          "KeepsakeService": "keepsake", "KeysService": "keys", "PacketService": "packets",
          "ReportService": "report", "LetterJournal": "journal", "SessionService": "sessions"}

__all__ = ["AuditService", "CheckinService", "ContactService", "DashboardService",
           "DeletedDraftService", "ExportService", "KeepsakeService", "KeysService",
           "LetterJournal", "LetterService", "PacketService", "ParentService",
           "RecordingService", "ReportService", "ReviewService", "Services", "SessionService",
           "SettingsService", "SignInService", "StaffService", "build_services"]


def __getattr__(name: str) -> Any:
    """The worker station's service classes, imported on first use."""
    if name in _LATER:
        module = importlib.import_module(f"letterbox.services.{_LATER[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LATER})


def _later(name: str, core: Core) -> Any:
    return __getattr__(name)(core)


@dataclass
class Services:
    """Every service over one core; built once by the composition root or a command."""

    core: Core
    signin: SignInService
    parents: ParentService
    letters: LetterService
    recordings: RecordingService
    review: ReviewService
    contacts: ContactService
    staff: StaffService
    export: ExportService
    audit: AuditService
    settings: SettingsService
    deleted_drafts: DeletedDraftService

    @cached_property
    def journal(self) -> LetterJournal:
        """Autosave's local journal while the server is away (imported on first use)."""
        from letterbox.services.journal import LetterJournal

        return LetterJournal(self.letters, self.core.paths.root / "journal")

    @cached_property
    def sessions(self) -> SessionService:
        """One active kiosk session per parent (imported on first use)."""
        return _later("SessionService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def dashboard(self) -> DashboardService:
        return _later("DashboardService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def packets(self) -> PacketService:
        return _later("PacketService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def report(self) -> ReportService:
        return _later("ReportService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def checkins(self) -> CheckinService:
        return _later("CheckinService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def keys(self) -> KeysService:
        return _later("KeysService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def keepsake(self) -> KeepsakeService:
        return _later("KeepsakeService", self.core)  # type: ignore[no-any-return]

    @cached_property
    def outbox(self) -> TakeOutbox:
        """Takes waiting on this computer for the shared store (``services.outbox``)."""
        from letterbox.services.outbox import TakeOutbox

        return TakeOutbox(self.core, self.recordings)


def build_services(core: Core) -> Services:
    """The services for this core."""
    return Services(core=core, signin=SignInService(core), parents=ParentService(core),
                    letters=LetterService(core), recordings=RecordingService(core),
                    review=ReviewService(core), contacts=ContactService(core),
                    staff=StaffService(core), export=ExportService(core),
                    audit=AuditService(core), settings=SettingsService(core),
                    deleted_drafts=DeletedDraftService(core))
