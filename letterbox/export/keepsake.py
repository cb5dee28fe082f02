"""A keepsake packet: everything a parent made (letters and recordings, approved or not,
drafts with content), for the parent to take home on release or transfer.

Built by the same pipeline as a mail packet (``PacketExporter``), signed the same way so
``letterbox verify`` checks it, but: every item whatever its status or contact decision,
no reply pages or carer labels, "KEEPSAKE — not for the mail room" on the review sheet
and in the manifest, ``packet.kind = 'keepsake'``, and no item changes status.
"""

from __future__ import annotations

from letterbox.export.packet import PacketExporter
from letterbox.export.plan import ExportPlan
from letterbox.store.profiles import Child

KEEPSAKE_NOTICE = "KEEPSAKE — not for the mail room"
NO_CHILD = "(no child chosen)"


def keepsake_plan(core: object, parent_id: int) -> ExportPlan:
    """Every letter with words in it and every recording with audio, by id."""
    profiles, letters, recordings = (getattr(core, name) for name in
                                     ("profiles", "letters", "recordings"))
    parent = profiles.parent(parent_id)
    plan = ExportPlan(parent=parent)
    children = {c.id: c for c in profiles.children(parent_id)}

    def child_of(child_id: int | None) -> Child:
        child = children.get(child_id or -1)
        return child if child is not None else _no_child(parent_id)

    for letter in letters.for_parent(parent_id):
        if letter.body.strip():
            plan.letters.append((letter, child_of(letter.child_id)))
    for rec in recordings.for_parent(parent_id):
        if recordings.parts(rec.id, chosen_only=True):
            plan.recordings.append((rec, child_of(rec.child_id)))
    plan.letters.sort(key=lambda pair: pair[0].id)
    plan.recordings.sort(key=lambda pair: pair[0].id)
    return plan


def _no_child(parent_id: int) -> Child:
    return Child(id=0, parent_id=parent_id, name=NO_CHILD, birth_date=None, age_years=None,
                 relationship="", carer_name="", carer_address="", contact_status="approved",
                 contact_reason="", carer_consent="unknown")


class KeepsakeExporter(PacketExporter):
    """A ``PacketExporter`` that plans everything and marks nothing exported."""

    kind = "keepsake"
    with_extras = False
    notice = KEEPSAKE_NOTICE

    def parents_with_ready_items(self) -> list[int]:
        return []  # a keepsake is made for one parent, asked by name

    def plan(self, parent_id: int) -> ExportPlan:
        return keepsake_plan(self.core, parent_id)
