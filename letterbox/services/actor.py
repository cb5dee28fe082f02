"""Who is acting: a parent at the kiosk, a staff member, the kiosk itself, or the system."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActorKind(StrEnum):
    PARENT = "parent"
    STAFF = "staff"
    KIOSK = "kiosk"    # nobody signed in: may only make a new profile
    SYSTEM = "system"  # the installer and the demo: set-up work, never a person


@dataclass(frozen=True)
class Actor:
    """The one who asks a service to do something; every data method takes one."""

    kind: ActorKind
    id: int | None = None
    name: str = ""

    @classmethod
    def parent(cls, parent_id: int, name: str = "") -> Actor:
        return cls(ActorKind.PARENT, int(parent_id), name)

    @classmethod
    def staff(cls, staff_id: int, name: str = "") -> Actor:
        return cls(ActorKind.STAFF, int(staff_id), name)

    @classmethod
    def kiosk(cls) -> Actor:
        return cls(ActorKind.KIOSK)

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(ActorKind.SYSTEM, None, name)

    @property
    def is_parent(self) -> bool:
        return self.kind is ActorKind.PARENT

    @property
    def is_staff(self) -> bool:
        return self.kind is ActorKind.STAFF

    def label(self) -> str:
        """How the audit log names this actor."""
        return self.name or (f"{self.kind} {self.id}" if self.id is not None else str(self.kind))
