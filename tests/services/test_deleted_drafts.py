"""Deleting a draft: the parent deletes their own, it leaves every list, staff can bring it
back for 30 days, then it is purged for good with its audio files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from letterbox.errors import InvalidInput, NotAllowed, NotFound
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from letterbox.store.recordings import Recording
from tests.services.conftest import World

MONDAY = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _recording_with_take(world: World, title: str = "Goodnight") -> tuple[Recording, Path]:
    """Ana's message for Lía with one take whose WAV file is on disk."""
    s, ana = world.services, world.ana_actor
    rec = s.recordings.create(ana, world.ana.id, world.ana_child.id, "message", title=title)
    folder = world.core.paths.recording_dir(world.ana.id)
    folder.mkdir(parents=True, exist_ok=True)
    wav = folder / f"take-{rec.id}.wav"
    wav.write_bytes(b"RIFF0000WAVE")
    s.recordings.add_part(ana, rec.id, "take", 1, wav, duration_s=3.0, peak_dbfs=-12.0)
    return rec, wav


def _actions(world: World) -> list[str]:
    return [e.action for e in events(world.core.db, parent_id=world.ana.id)]


def test_parent_deletes_own_draft_and_it_leaves_their_home(world: World) -> None:
    """Ana deletes her draft letter: it is gone from her list and reads as not found to
    her, but staff see it with 30 days left, and the log says who deleted it."""
    s, ana = world.services, world.ana_actor
    letter = s.letters.create(ana, world.ana.id, world.ana_child.id, title="Hi", body="Hola")
    kept = s.letters.create(ana, world.ana.id, world.ana_child.id, title="Kept", body="Sí")
    s.letters.delete(ana, letter.id, now=MONDAY)
    assert [x.id for x in s.letters.for_parent(ana, world.ana.id)] == [kept.id]
    with pytest.raises(NotFound):
        s.letters.get(ana, letter.id)
    with pytest.raises(NotFound):  # and it cannot be deleted twice
        s.letters.delete(ana, letter.id, now=MONDAY)
    [shown] = s.deleted_drafts.for_parent(world.staff, world.ana.id, now=MONDAY)
    assert (shown.kind, shown.id, shown.title, shown.child_name) == ("letter", letter.id, "Hi",
                                                                     "Lía")
    assert shown.days_left(MONDAY + timedelta(minutes=5)) == 30
    assert shown.days_left(MONDAY + timedelta(days=29, hours=20)) == 1
    assert world.core.letters.get(letter.id).body == "Hola"  # nothing removed yet
    deleted = next(e for e in events(world.core.db, parent_id=world.ana.id)
                   if e.action == "letter_deleted")
    assert deleted.actor_name == world.ana.name and deleted.item_id == letter.id


def test_parent_cannot_delete_another_parents_draft_nor_a_ready_item(world: World) -> None:
    """Ben cannot delete Ana's draft; Ana cannot delete what waits for staff or was
    approved; a returned item is hers again and she may."""
    s, ana = world.services, world.ana_actor
    draft = s.letters.create(ana, world.ana.id, world.ana_child.id, body="Mine")
    with pytest.raises(NotFound):
        s.letters.delete(world.ben_actor, draft.id, now=MONDAY)
    rec, _wav = _recording_with_take(world)
    with pytest.raises(NotFound):
        s.recordings.delete(world.ben_actor, rec.id, now=MONDAY)
    ready = s.letters.create(ana, world.ana.id, world.ana_child.id, body="Sent")
    s.letters.submit(ana, ready.id)
    with pytest.raises(InvalidInput) as refused:
        s.letters.delete(ana, ready.id, now=MONDAY)
    assert refused.value.code == "not_deletable"
    s.review.approve(world.staff, ItemRef(ItemKind.LETTER, ready.id))
    with pytest.raises(InvalidInput):
        s.letters.delete(ana, ready.id, now=MONDAY)
    s.review.return_item(world.staff, ItemRef(ItemKind.LETTER, ready.id), "Please shorten")
    s.letters.delete(ana, ready.id, now=MONDAY)
    assert {x.id for x in s.letters.for_parent(ana, world.ana.id)} == {draft.id}
    assert [r.id for r in s.recordings.for_parent(ana, world.ana.id)] == [rec.id]
    assert "letter_deleted" not in [e.action for e in events(world.core.db,
                                                                parent_id=world.ben.id)]


def test_staff_restore_and_a_parent_can_neither_restore_nor_list(world: World) -> None:
    """Staff bring a deleted recording back as it was; a parent may not list or restore
    deleted drafts, not even their own."""
    s, ana = world.services, world.ana_actor
    rec, wav = _recording_with_take(world)
    s.recordings.delete(ana, rec.id, now=MONDAY)
    assert s.recordings.for_parent(ana, world.ana.id) == []
    with pytest.raises(NotAllowed):
        s.deleted_drafts.for_parent(ana, world.ana.id, now=MONDAY)
    with pytest.raises(NotAllowed):
        s.deleted_drafts.restore(ana, "recording", rec.id, now=MONDAY)
    back = s.deleted_drafts.restore(world.staff, "recording", rec.id,
                                    now=MONDAY + timedelta(days=12))
    assert (back.kind, back.id, back.detail) == ("recording", rec.id, "message")
    [again] = s.recordings.for_parent(ana, world.ana.id)
    assert (again.id, again.status, again.title) == (rec.id, "draft", "Goodnight")
    assert [p.file for p in s.recordings.parts(ana, rec.id)] and wav.exists()
    assert s.deleted_drafts.for_parent(world.staff, world.ana.id, now=MONDAY) == []
    with pytest.raises(NotFound):  # restoring twice finds nothing deleted
        s.deleted_drafts.restore(world.staff, "recording", rec.id, now=MONDAY)
    restored = next(e for e in events(world.core.db, parent_id=world.ana.id)
                    if e.action == "recording_restored")
    assert restored.actor_name == world.staff.name


def test_after_30_days_a_deleted_recording_is_purged_with_its_audio(world: World) -> None:
    """On day 29 the deleted recording is still kept; from day 30 the list purges it:
    rows and WAV file gone, one purge event; a restored one is never purged."""
    s, ana = world.services, world.ana_actor
    rec, wav = _recording_with_take(world)
    other, other_wav = _recording_with_take(world, "Restored")
    s.recordings.delete(ana, rec.id, now=MONDAY)
    s.recordings.delete(ana, other.id, now=MONDAY)
    s.deleted_drafts.restore(world.staff, "recording", other.id, now=MONDAY)
    day_29 = MONDAY + timedelta(days=29, hours=23)
    assert [d.id for d in s.deleted_drafts.for_parent(world.staff, world.ana.id,
                                                      now=day_29)] == [rec.id]
    assert wav.exists()
    day_30 = MONDAY + timedelta(days=30)
    assert s.deleted_drafts.for_parent(world.staff, world.ana.id, now=day_30) == []
    assert not wav.exists() and other_wav.exists()
    with pytest.raises(NotFound):
        world.core.recordings.get(rec.id)
    assert world.core.db.query("SELECT id FROM recording_part WHERE recording_id = ?",
                               (rec.id,)) == []
    assert _actions(world).count("recording_purged") == 1
    with pytest.raises(NotFound):  # too late to restore
        s.deleted_drafts.restore(world.staff, "recording", rec.id, now=day_30)


def test_purge_at_start_up_takes_only_what_is_past_its_days(world: World) -> None:
    """The app's own purge (the system actor) removes letters deleted 30 days ago and
    keeps those deleted since; a parent may not purge."""
    s, ana = world.services, world.ana_actor
    old = s.letters.create(ana, world.ana.id, world.ana_child.id, body="Old")
    new = s.letters.create(ana, world.ana.id, world.ana_child.id, body="New")
    s.letters.delete(ana, old.id, now=MONDAY)
    s.letters.delete(ana, new.id, now=MONDAY + timedelta(days=10))
    from letterbox.services.actor import Actor

    with pytest.raises(NotAllowed):
        s.deleted_drafts.purge_expired(ana, now=MONDAY + timedelta(days=31))
    assert s.deleted_drafts.purge_expired(Actor.system("start-up"),
                                          now=MONDAY + timedelta(days=31)) == 1
    with pytest.raises(NotFound):
        world.core.letters.get(old.id)
    assert world.core.letters.get(new.id).deleted_at is not None
    assert "letter_purged" in _actions(world)


def test_deleted_items_leave_review_dashboard_report_and_keepsake(world: World) -> None:
    """A returned letter the parent deleted is not in the staff's returned queue, the
    dashboard's counts, the programme report or the keepsake packet's plan."""
    s, ana, staff = world.services, world.ana_actor, world.staff
    letters = []
    for body in ("One", "Two"):
        letter = s.letters.create(ana, world.ana.id, world.ana_child.id, body=body)
        s.letters.submit(ana, letter.id)
        s.review.return_item(staff, ItemRef(ItemKind.LETTER, letter.id), "Please shorten")
        letters.append(letter)
    gone, kept = letters

    def ana_counts() -> int:
        summary = next(p for p in s.dashboard.parents(staff) if p.id == world.ana.id)
        return summary.count("returned")

    def reported() -> int:
        return sum(row.letters for row in s.report.monthly(staff)
                   if row.parent_id == world.ana.id)

    assert ana_counts() == 2 and reported() == 2
    s.letters.delete(ana, gone.id)
    queue = s.review.queue(staff, ("returned",), parent_id=world.ana.id)
    assert [entry.ref.id for entry in queue] == [kept.id]
    assert ana_counts() == 1 and reported() == 1
    detail = s.dashboard.detail(staff, world.ana.id, MONDAY.date())
    assert [line.id for line in detail.items] == [kept.id]
    plan = s.keepsake.plan(staff, world.ana.id)
    assert [letter.id for letter, _child in plan.letters] == [kept.id]
