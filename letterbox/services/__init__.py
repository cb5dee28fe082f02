"""Use-case services: the rules between the screens (and the command line) and the store.

Plain Python: no Qt widgets, no translation. Every method that reads or changes data
takes an ``Actor``; ``policy`` decides what each actor may do. Services return data and
typed outcomes (``letterbox.errors``); only ``letterbox.ui`` turns them into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.core import Core
from letterbox.services.audit import AuditService
from letterbox.services.checkins import CheckinService
from letterbox.services.contacts import ContactService
from letterbox.services.dashboard import DashboardService
from letterbox.services.export import ExportService
from letterbox.services.keepsake import KeepsakeService
from letterbox.services.keys import KeysService
from letterbox.services.letters import LetterService
from letterbox.services.packets import PacketService
from letterbox.services.parents import ParentService
from letterbox.services.recordings import RecordingService
from letterbox.services.report import ReportService
from letterbox.services.review import ReviewService
from letterbox.services.settings import SettingsService
from letterbox.services.signin import SignInService
from letterbox.services.staff import StaffService

__all__ = ["AuditService", "CheckinService", "ContactService", "DashboardService",
           "ExportService", "KeepsakeService", "KeysService", "LetterService", "PacketService",
           "ParentService", "RecordingService", "ReportService", "ReviewService", "Services",
           "SettingsService", "SignInService", "StaffService", "build_services"]


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
    keys: KeysService
    audit: AuditService
    settings: SettingsService
    dashboard: DashboardService
    packets: PacketService
    report: ReportService
    checkins: CheckinService
    keepsake: KeepsakeService


def build_services(core: Core) -> Services:
    """The services for this core."""
    return Services(core=core, signin=SignInService(core), parents=ParentService(core),
                    letters=LetterService(core), recordings=RecordingService(core),
                    review=ReviewService(core), contacts=ContactService(core),
                    staff=StaffService(core), export=ExportService(core), keys=KeysService(core),
                    audit=AuditService(core), settings=SettingsService(core),
                    dashboard=DashboardService(core), packets=PacketService(core),
                    report=ReportService(core), checkins=CheckinService(core),
                    keepsake=KeepsakeService(core))
