"""A signed-in staff member and what their screens are given."""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.core import Core
from letterbox.errors import NotAllowed
from letterbox.services import Services
from letterbox.services.actor import Actor
from letterbox.services.signin import SignInOutcome, SignInResult
from letterbox.store.staff import StaffMember
from letterbox.tasks import TaskRunner


@dataclass
class StaffSession:
    """The staff member signed in, the actor their screens act as, and the services.

    Staff screens read and change data only through ``services``, always as ``actor``.
    A session is never made for a parent: the constructor refuses any other actor.
    """

    core: Core
    services: Services
    tasks: TaskRunner
    actor: Actor
    member: StaffMember

    def __post_init__(self) -> None:
        if not self.actor.is_staff or self.actor.id != self.member.id:
            raise NotAllowed("staff_needed")

    @classmethod
    def from_sign_in(cls, core: Core, services: Services, tasks: TaskRunner,
                     result: SignInResult) -> StaffSession:
        """The session a successful staff sign-in opens (anything else is refused)."""
        if result.outcome is not SignInOutcome.OK or result.actor is None \
                or result.staff is None:
            raise NotAllowed("staff_needed")
        return cls(core=core, services=services, tasks=tasks, actor=result.actor,
                   member=result.staff)

    def end(self, *, idle: bool = False) -> None:
        """Note the sign-out in the audit log (off the GUI thread)."""
        signin, actor = self.services.signin, self.actor
        self.tasks.run(lambda: signin.sign_out(actor, idle=idle), serial=True)
