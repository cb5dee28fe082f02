"""Parent profiles and their children: made at the kiosk, looked after by staff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from letterbox.core import Core
from letterbox.errors import InvalidInput
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require, require_reader
from letterbox.store.audit import record_event
from letterbox.store.profiles import Child, Parent

if TYPE_CHECKING:  # staff-only work, imported when used (kiosk start-up)
    from letterbox.store.parent_data import DeletedData


class ParentService:
    """Profiles, children, language and PIN resets, each asked by an actor."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def create_profile(self, actor: Actor, *, name: str, id_number: str, pin: str,
                       housing_unit: str = "", facility: str = "", language: str = "en",
                       is_demo: bool = False) -> Parent:
        """A new parent's profile (the kiosk's "I am new here", staff, or the demo)."""
        require(actor, Action.CREATE_PROFILE)
        return self._core.profiles.create_parent(
            name, id_number, pin, housing_unit=housing_unit, facility=facility,
            language=language, is_demo=is_demo, actor=actor)

    def get(self, actor: Actor, parent_id: int) -> Parent:
        """One profile: a parent's own, or any for staff."""
        require_reader(actor, parent_id)
        return self._core.profiles.parent(parent_id)

    def all(self, actor: Actor) -> list[Parent]:
        """Every profile (staff)."""
        require(actor, Action.READ_ANY)
        return self._core.profiles.parents()

    def find(self, actor: Actor, key: str) -> Parent | None:
        """A profile by ID number (staff). Never a database id: those are not printed."""
        require(actor, Action.READ_ANY)
        return self._core.profiles.find_by_id_number(key)

    def children(self, actor: Actor, parent_id: int) -> list[Child]:
        """A parent's children."""
        require_reader(actor, parent_id)
        return self._core.profiles.children(parent_id)

    def child(self, actor: Actor, child_id: int) -> Child:
        """One child, if the actor may see them."""
        child = self._core.profiles.child(child_id)
        require_reader(actor, child.parent_id)
        return child

    def add_child(self, actor: Actor, parent_id: int, name: str, *,
                  birth_date: str | None = None, age_years: int | None = None,
                  relationship: str = "", carer_name: str = "",
                  carer_address: str = "") -> Child:
        """Add a child. Contact waits for staff ("pending") whoever adds them."""
        require(actor, Action.ADD_CHILD, parent_id)
        self._core.profiles.parent(parent_id)
        return self._core.profiles.add_child(
            parent_id, name, birth_date=birth_date, age_years=age_years,
            relationship=relationship, carer_name=carer_name, carer_address=carer_address,
            actor=actor)

    def set_language(self, actor: Actor, parent_id: int, language: str) -> None:
        """The parent's language for screens, prompts and speech."""
        require(actor, Action.MANAGE_PARENTS if actor.is_staff else Action.SET_OWN_LANGUAGE,
                parent_id)
        self._core.profiles.set_language(parent_id, language)

    def set_display(self, actor: Actor, parent_id: int, *, text_size: str,
                    high_contrast: bool) -> None:
        """The kiosk's text size and contrast for the parent, kept for next time."""
        require(actor, Action.MANAGE_PARENTS if actor.is_staff else Action.SET_OWN_DISPLAY,
                parent_id)
        self._core.profiles.set_display(parent_id, text_size, high_contrast)

    def reset_pin(self, actor: Actor, parent_id: int, new_pin: str) -> None:
        """Staff set a new PIN; the lockout goes with the old one."""
        require(actor, Action.RESET_PIN)
        self._core.profiles.change_pin(parent_id, new_pin, actor=actor)

    def unlock(self, actor: Actor, parent_id: int) -> None:
        """Staff clear a lockout without changing the PIN."""
        require(actor, Action.RESET_PIN)
        self._core.profiles.parent(parent_id)
        self._core.guard.clear("parent", parent_id)
        with self._core.db.transaction() as conn:
            record_event(conn, "lock_cleared", actor=actor, parent_id=parent_id)

    def update_profile(self, actor: Actor, parent_id: int, *, name: str, id_number: str,
                       housing_unit: str = "", facility: str = "",
                       language: str = "en") -> Parent:
        """Staff correct a profile: name, ID number, unit, facility, language (audited)."""
        require(actor, Action.MANAGE_PARENTS)
        return self._core.profiles.update_parent(
            parent_id, name=name, id_number=id_number, housing_unit=housing_unit,
            facility=facility, language=language, actor=actor)

    def archive(self, actor: Actor, parent_id: int, note: str = "") -> Parent:
        """Close a profile on release or transfer: no sign-in, not listed, not exported."""
        require(actor, Action.MANAGE_PARENTS)
        return self._core.profiles.set_archived(parent_id, True, note, actor=actor)

    def unarchive(self, actor: Actor, parent_id: int) -> Parent:
        """Open a closed profile again (the parent came back)."""
        require(actor, Action.MANAGE_PARENTS)
        return self._core.profiles.set_archived(parent_id, False, actor=actor)

    def delete_data(self, actor: Actor, parent_id: int) -> DeletedData:
        """Delete an archived parent's letters, recordings (and audio) and children.

        The profile, packet records and the audit trail stay.

        Raises:
            InvalidInput: ``profile_open`` unless the profile is archived first.
        """
        require(actor, Action.MANAGE_PARENTS)
        if not self._core.profiles.parent(parent_id).archived:
            raise InvalidInput("profile_open")
        from letterbox.store.parent_data import delete_parent_data

        return delete_parent_data(self._core.db, self._core.paths.root, parent_id, actor=actor)
