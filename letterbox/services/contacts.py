"""Contact approval: staff decide, with a reason, and the carer's consent is recorded."""

from __future__ import annotations

from letterbox.core import Core
from letterbox.errors import InvalidInput
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.profiles import CONSENT_VALUES, CONTACT_STATUSES, Child, ContactChange


class ContactService:
    """Staff-only decisions about who may receive anything."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def children(self, actor: Actor, parent_id: int | None = None) -> list[Child]:
        """Every child (or one parent's), pending decisions first."""
        require(actor, Action.CONTACTS)
        parents = [parent_id] if parent_id is not None else [
            p.id for p in self._core.profiles.parents()]
        children = [c for pid in parents for c in self._core.profiles.children(pid)]
        order = {"pending": 0, "not_permitted": 1, "approved": 2}
        return sorted(children, key=lambda c: (order.get(c.contact_status, 3), c.id))

    def decide(self, actor: Actor, child_id: int, status: str, reason: str = "") -> Child:
        """Approve, mark pending, or mark not permitted (which needs a reason)."""
        require(actor, Action.CONTACTS)
        if status not in CONTACT_STATUSES:
            raise InvalidInput("contact_status", status=status)
        if status == "not_permitted" and not reason.strip():
            raise InvalidInput("reason_required")
        return self._core.profiles.set_contact(child_id, status, reason, actor=actor)

    def record_consent(self, actor: Actor, child_id: int, consent: str) -> Child:
        """The carer's consent: given, refused or unknown."""
        require(actor, Action.CONTACTS)
        if consent not in CONSENT_VALUES:
            raise InvalidInput("carer_consent", consent=consent)
        return self._core.profiles.set_carer_consent(child_id, consent, actor=actor)

    def history(self, actor: Actor, child_id: int) -> list[ContactChange]:
        """Every contact and consent decision about a child, newest first, with who."""
        require(actor, Action.CONTACTS)
        self._core.profiles.child(child_id)
        return self._core.profiles.contact_history(child_id)
