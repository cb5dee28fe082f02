"""Staff accounts. The first may be made by whoever installs Letterbox; later ones only by
a staff member."""

from __future__ import annotations

from letterbox.core import Core
from letterbox.errors import NotAllowed, NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.staff import StaffMember


class StaffService:
    """Add, list, change the passphrase of, and remove staff accounts."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def needs_first(self) -> bool:
        """True until the first staff account exists."""
        return self._core.staff.count() == 0

    def add(self, actor: Actor, name: str, passphrase: str) -> StaffMember:
        """A new account: the installer's first one, then staff only."""
        if not (actor.kind == "system" and self.needs_first()):
            if not actor.is_staff:
                raise NotAllowed("staff_needed")
            require(actor, Action.MANAGE_STAFF)
        return self._core.staff.add(name, passphrase, actor=actor)

    def all(self, actor: Actor) -> list[StaffMember]:
        require(actor, Action.MANAGE_STAFF)
        return self._core.staff.all()

    def set_passphrase(self, actor: Actor, name: str, passphrase: str) -> StaffMember:
        """Staff change their own or a colleague's passphrase."""
        require(actor, Action.MANAGE_STAFF)
        member = self._find(name)
        self._core.staff.set_passphrase(member.id, passphrase, actor=actor)
        return member

    def remove(self, actor: Actor, name: str) -> StaffMember:
        """Close an account; the last one stays."""
        require(actor, Action.MANAGE_STAFF)
        member = self._find(name)
        self._core.staff.remove(member.id, actor=actor)
        return member

    def _find(self, name: str) -> StaffMember:
        member = self._core.staff.find(name)
        if member is None:
            raise NotFound(what="staff member", key=name)
        return member
