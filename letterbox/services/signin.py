"""Signing in: a parent's PIN or a staff passphrase, with a lockout that holds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from letterbox.core import Core
from letterbox.errors import LetterboxError
from letterbox.services.actor import Actor
from letterbox.store.audit import record_event
from letterbox.store.guard import GuardState
from letterbox.store.profiles import Parent
from letterbox.store.staff import StaffMember


class SignInOutcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"      # tries_left says how many before a lock
    LOCKED = "locked"    # locked_for_s says how long; the answer was not even checked


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    actor: Actor | None = None
    parent: Parent | None = None
    staff: StaffMember | None = None
    tries_left: int = 0
    locked_for_s: int = 0


@dataclass(frozen=True)
class SignInName:
    """What the kiosk's name list knows: a name, and the language the parent's PIN pad
    speaks once they tap it. Nothing else (no ID number, no children)."""

    parent_id: int
    name: str
    language: str = "en"


class SignInService:
    """Checks PINs and passphrases; every answer is counted in the store."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def names(self) -> list[SignInName]:
        """The names for the sign-in list (no ID numbers, no children)."""
        return [SignInName(p.id, p.name, p.language) for p in self._core.profiles.parents()
                if not p.archived]

    def parent_state(self, parent_id: int) -> GuardState:
        """Tries left, or seconds still locked, for a parent's profile."""
        return self._core.guard.state("parent", parent_id)

    def sign_in_parent(self, parent_id: int, pin: str) -> SignInResult:
        """Check a PIN. While locked, nothing is checked and keys do not count.

        Raises:
            LetterboxError: ``profile_closed`` when staff archived the profile.
        """
        if self._core.profiles.parent(parent_id).archived:
            raise LetterboxError("profile_closed")
        guard = self._core.guard
        state = guard.state("parent", parent_id)
        if state.locked:
            return SignInResult(SignInOutcome.LOCKED, locked_for_s=state.locked_for_s)
        parent = self._core.profiles.parent(parent_id)
        actor = Actor.parent(parent.id, parent.name)
        if self._core.profiles.verify_pin(parent_id, pin):
            guard.clear("parent", parent_id)
            self._event("signed_in", actor, parent_id)
            return SignInResult(SignInOutcome.OK, actor=actor, parent=parent)
        state = guard.failed("parent", parent_id, actor=actor, parent_id=parent_id)
        if state.locked:
            return SignInResult(SignInOutcome.LOCKED, locked_for_s=state.locked_for_s)
        return SignInResult(SignInOutcome.WRONG, tries_left=state.tries_left)

    def sign_in_staff(self, name: str, passphrase: str) -> SignInResult:
        """Check a staff name and passphrase.

        An unknown name is simply wrong, and looks the same from outside: the same
        answer (no count of tries left, for any name) after the same passphrase work.
        """
        member = self._core.staff.find(name)
        if member is None:
            self._core.staff.waste_time(passphrase)
            self._event("wrong_passphrase", Actor.kiosk(), None, detail="unknown name")
            return SignInResult(SignInOutcome.WRONG, tries_left=0)
        guard = self._core.guard
        state = guard.state("staff", member.id)
        if state.locked:
            return SignInResult(SignInOutcome.LOCKED, locked_for_s=state.locked_for_s)
        actor = Actor.staff(member.id, member.name)
        if self._core.staff.verify(member.id, passphrase):
            guard.clear("staff", member.id)
            self._event("signed_in", actor, None)
            return SignInResult(SignInOutcome.OK, actor=actor, staff=member)
        state = guard.failed("staff", member.id, actor=actor)
        if state.locked:
            return SignInResult(SignInOutcome.LOCKED, locked_for_s=state.locked_for_s)
        return SignInResult(SignInOutcome.WRONG, tries_left=0)  # as for an unknown name

    def sign_out(self, actor: Actor, *, idle: bool = False) -> None:
        """Note that a session ended (pressed or idle)."""
        self._event("signed_out", actor, actor.id if actor.is_parent else None,
                    detail="idle" if idle else "")

    def _event(self, action: str, actor: Actor, parent_id: int | None, *,
               detail: str = "") -> None:
        with self._core.db.transaction() as conn:
            record_event(conn, action, actor=actor, parent_id=parent_id, detail=detail)
