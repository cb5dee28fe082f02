"""The status machine, the audit actor, the lockout and the audio limits, without Qt."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile

from letterbox.core import open_core
from letterbox.errors import InvalidInput, InvalidTransition, NotAllowed, NotReady
from letterbox.services import build_services
from letterbox.services.review import ItemRef
from letterbox.services.signin import SignInOutcome
from letterbox.store.audit import events
from letterbox.store.guard import LOCK_STEPS_S, SignInGuard
from letterbox.store.items import TRANSITIONS, ItemKind, ItemStatus
from tests.services.conftest import World

ALL = list(ItemStatus)


def _force(world: World, letter_id: int, status: ItemStatus) -> None:
    """Walk a letter to ``status`` by the legal route, each move by its own role."""
    s, ana, staff = world.services, world.ana_actor, world.staff
    ref = ItemRef(ItemKind.LETTER, letter_id)
    routes = {
        ItemStatus.DRAFT: [],
        ItemStatus.READY: [lambda: s.letters.submit(ana, letter_id)],
        ItemStatus.APPROVED: [lambda: s.letters.submit(ana, letter_id),
                              lambda: s.review.approve(staff, ref)],
        ItemStatus.RETURNED: [lambda: s.letters.submit(ana, letter_id),
                              lambda: s.review.return_item(staff, ref, "Please add a date")],
        ItemStatus.EXPORTED: [lambda: s.letters.submit(ana, letter_id),
                              lambda: s.review.approve(staff, ref),
                              lambda: world.core.letters.set_status(letter_id, "exported",
                                                                    actor=staff)],
    }
    routes[ItemStatus.SENT] = routes[ItemStatus.EXPORTED] + [
        lambda: s.review.mail_outcome(staff, ref, sent=True)]
    routes[ItemStatus.REJECTED] = routes[ItemStatus.EXPORTED] + [
        lambda: s.review.mail_outcome(staff, ref, sent=False, reason="Mentions a phone")]
    for step in routes[status]:
        step()
    assert world.core.letters.get(letter_id).status == status


@pytest.mark.parametrize("current", ALL)
@pytest.mark.parametrize("new", ALL)
def test_each_transition_is_legal_only_if_the_table_says_so(world: World, current: ItemStatus,
                                                            new: ItemStatus) -> None:
    """Every (from, to) pair: the table's moves succeed, every other move is refused."""
    letter = world.services.letters.create(world.ana_actor, world.ana.id, world.ana_child.id,
                                           body="Dear Lía")
    _force(world, letter.id, current)
    move = TRANSITIONS.get((current, new))
    call = lambda: world.core.letters.set_status(  # noqa: E731
        letter.id, new, "a reason", actor=world.staff if move and move.by == "staff"
        else world.ana_actor)
    if move is None:
        with pytest.raises(InvalidTransition):
            call()
        assert world.core.letters.get(letter.id).status == current
    else:
        assert call().status == new


def test_return_needs_a_reason_and_the_parent_sees_it(world: World) -> None:
    """A return without a reason is refused; with one, the note is the reason, and a
    resubmission clears it."""
    s, ana = world.services, world.ana_actor
    letter = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    body="Hi").id)
    ref = ItemRef(ItemKind.LETTER, letter.id)
    with pytest.raises(InvalidInput):
        s.review.return_item(world.staff, ref, "   ")
    s.review.return_item(world.staff, ref, "Please take out the\x1b[31m phone number")
    returned = s.letters.get(ana, letter.id)
    assert (returned.status, returned.status_note) == ("returned", "Please take out the [31m "
                                                                   "phone number")
    s.letters.reopen(ana, letter.id)
    s.letters.save(ana, letter.id, __import__("letterbox.store.letters",
                                              fromlist=["LetterDraft"]).LetterDraft("Hi again"))
    again = s.letters.submit(ana, letter.id)
    assert (again.status, again.status_note) == ("ready", "")


def test_a_submitted_letter_is_not_edited_until_reopened(world: World) -> None:
    """Saving a letter that is with staff is refused; reopening takes it back to draft."""
    from letterbox.store.letters import LetterDraft

    s, ana = world.services, world.ana_actor
    letter = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    body="Hi").id)
    with pytest.raises(InvalidTransition):
        s.letters.save(ana, letter.id, LetterDraft("changed"))
    assert s.letters.reopen(ana, letter.id).status == "draft"
    assert s.letters.save(ana, letter.id, LetterDraft("changed")).body == "changed"


def test_audit_rows_carry_the_actor(world: World) -> None:
    """Submit, approve and contact changes are logged with who did them."""
    s, ana = world.services, world.ana_actor
    letter = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    body="Hi").id)
    s.review.approve(world.staff, ItemRef(ItemKind.LETTER, letter.id))
    rows = {(e.action, e.actor_kind, e.actor_name, e.parent_id_number)
            for e in s.audit.events(world.staff)}
    assert ("letter_submit", "parent", "Ana Ruiz", "A100") in rows
    assert ("letter_approve", "staff", "Sam Worker", "A100") in rows
    assert ("contact_approved", "staff", "Sam Worker", "A100") in rows
    assert ("staff_added", "system", "system", "") in rows


def test_lockout_survives_a_new_service_and_a_restart(data_dir) -> None:
    """Five wrong PINs lock the profile; the lock holds after reopening the data folder,
    even for the right PIN; the next lockout is longer; staff can clear it."""
    core = open_core(data_dir)
    services = build_services(core)
    from letterbox.services.actor import Actor

    parent = services.parents.create_profile(Actor.kiosk(), name="Ana", id_number="A1",
                                             pin="1234")
    results = [services.signin.sign_in_parent(parent.id, "0000") for _ in range(5)]
    assert [r.outcome for r in results] == ["wrong"] * 4 + ["locked"]
    assert [r.tries_left for r in results[:4]] == [4, 3, 2, 1]
    assert 25 <= results[-1].locked_for_s <= LOCK_STEPS_S[0]
    core.close()

    core = open_core(data_dir)  # a restart: the lock is in the store, not in a screen
    services = build_services(core)
    locked = services.signin.sign_in_parent(parent.id, "1234")
    assert locked.outcome is SignInOutcome.LOCKED and locked.parent is None
    # time passes: the next five wrong tries lock it for longer
    later = SignInGuard(core.db, clock=lambda: __import__("time").time() + 31)
    for _ in range(5):
        state = later.failed("parent", parent.id)
    assert state.locked_for_s > LOCK_STEPS_S[0] + 60
    sam = services.staff.add(Actor.system(), "Sam", "correct horse")
    services.parents.unlock(Actor.staff(sam.id, sam.name), parent.id)
    assert services.signin.sign_in_parent(parent.id, "1234").outcome is SignInOutcome.OK
    actions = [e.action for e in events(core.db, parent_id=parent.id, oldest_first=True)]
    assert actions.count("wrong_pin") == 5 and "locked_out" in actions
    assert "lock_cleared" in actions and actions[-1] == "signed_in"
    core.close()


def test_staff_pin_reset_clears_the_lock(world: World) -> None:
    """After a lockout, a staff PIN reset lets the parent in with the new PIN only."""
    signin = world.services.signin
    for _ in range(5):
        signin.sign_in_parent(world.ana.id, "0000")
    world.services.parents.reset_pin(world.staff, world.ana.id, "4321")
    assert signin.sign_in_parent(world.ana.id, "1111").outcome is SignInOutcome.WRONG
    assert signin.sign_in_parent(world.ana.id, "4321").outcome is SignInOutcome.OK


def _wav(world: World, name: str, seconds: float, amplitude: float) -> tuple[str, float]:
    folder = world.core.paths.recording_dir(world.ana.id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    t = np.arange(int(48000 * seconds)) / 48000
    soundfile.write(path, amplitude * np.sin(2 * np.pi * 440 * t), 48000, subtype="PCM_16")
    peak = 20 * np.log10(amplitude) if amplitude > 0 else -120.0
    return str(path), float(peak)


def test_audio_limits_apply_at_record_time(world: World) -> None:
    """The facility's maximum is what the next page may use; when it is used up, or the
    facility takes no audio, recording is refused before it starts."""
    s, ana = world.services, world.ana_actor
    world.core.settings.set("facility_profile", "generic-us-letter")
    limit = s.recordings.limits().max_seconds
    rec = s.recordings.create(ana, world.ana.id, world.ana_child.id, "story")
    path, peak = _wav(world, "p1.wav", 1.0, 0.5)
    s.recordings.add_part(ana, rec.id, "page", 1, path, duration_s=limit - 30, peak_dbfs=peak)
    assert s.recordings.remaining_seconds(ana, rec.id, "page", 2) == pytest.approx(30)
    assert s.recordings.remaining_seconds(ana, rec.id, "page", 1) == pytest.approx(limit)
    s.recordings.add_part(ana, rec.id, "page", 2, path, duration_s=30, peak_dbfs=peak)
    with pytest.raises(NotAllowed) as full:
        s.recordings.remaining_seconds(ana, rec.id, "page", 3)
    assert full.value.code == "recording_full"
    world.core.settings.set("facility_profile", "england-wales-hmpps")
    if not s.recordings.limits().audio_allowed:
        with pytest.raises(NotAllowed):
            s.recordings.create(ana, world.ana.id, world.ana_child.id, "message")


def test_recording_submit_checks_pages_silence_and_lines(world: World) -> None:
    """A story with a page missing, a silent chosen take, or echo lines missing is refused
    with what is missing; a complete one is sent."""
    s, ana = world.services, world.ana_actor
    loud, loud_peak = _wav(world, "loud.wav", 1.0, 0.5)
    quiet, quiet_peak = _wav(world, "quiet.wav", 1.0, 0.001)  # −60 dBFS
    story = s.recordings.create(ana, world.ana.id, world.ana_child.id, "story")
    with pytest.raises(NotReady) as nothing:
        s.recordings.submit(ana, story.id)
    assert nothing.value.code == "nothing_recorded"
    s.recordings.add_part(ana, story.id, "page", 1, loud, duration_s=1, peak_dbfs=loud_peak)
    s.recordings.add_part(ana, story.id, "page", 3, loud, duration_s=1, peak_dbfs=loud_peak)
    with pytest.raises(NotReady) as missing:
        s.recordings.submit(ana, story.id)
    assert (missing.value.code, missing.value.params) == ("page_missing", {"page": 2})

    message = s.recordings.create(ana, world.ana.id, world.ana_child.id, "message")
    s.recordings.add_part(ana, message.id, "take", 1, quiet, duration_s=0, peak_dbfs=None)
    with pytest.raises(NotReady) as empty:  # a zero-frame take
        s.recordings.submit(ana, message.id)
    assert empty.value.code == "take_empty"
    s.recordings.add_part(ana, message.id, "take", 1, quiet, duration_s=1,
                          peak_dbfs=quiet_peak)
    with pytest.raises(NotReady) as silent:
        s.recordings.submit(ana, message.id)
    assert silent.value.code == "take_silent"
    good = s.recordings.add_part(ana, message.id, "take", 2, loud, duration_s=1,
                                 peak_dbfs=loud_peak)
    s.recordings.choose_take(ana, message.id, good.id)
    assert s.recordings.submit(ana, message.id).status == "ready"

    echo = s.recordings.create(ana, world.ana.id, world.ana_child.id, "echo",
                               story_text="The cat sat. The dog ran. The end.")
    from letterbox.audio.takes import echo_lines

    lines = echo_lines(echo.story_text)
    s.recordings.add_part(ana, echo.id, "line", 1, loud, duration_s=1, text=lines[0],
                          peak_dbfs=loud_peak)
    with pytest.raises(NotReady) as lines_missing:
        s.recordings.submit(ana, echo.id)
    assert lines_missing.value.code == "lines_missing"
    assert lines_missing.value.params == {"missing": len(lines) - 1, "total": len(lines)}


def test_nothing_is_recorded_for_a_child_without_approved_contact(world: World) -> None:
    """A pending child gets no recording at all."""
    s = world.services
    child = s.parents.add_child(world.ana_actor, world.ana.id, "Tomás", age_years=3)
    with pytest.raises(NotAllowed) as refused:
        s.recordings.create(world.ana_actor, world.ana.id, child.id, "message")
    assert refused.value.code == "contact_not_approved"


def test_export_takes_approved_items_only_when_review_is_required(world: World,
                                                                  tmp_path) -> None:
    """With review required, a ready letter waits; once approved it is exported in one
    packet and marked with that packet; with review off, ready items go too."""
    s, ana = world.services, world.ana_actor
    first = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                   title="One", body="Dear Lía, one.").id)
    second = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    title="Two", body="Dear Lía, two.").id)
    assert s.export.parents_with_items(world.staff) == []
    s.review.approve(world.staff, ItemRef(ItemKind.LETTER, first.id))
    result = s.export.export(world.staff, world.ana.id, tmp_path / "out")
    assert [i.item_id for i in result.items if i.kind == "letter"] == [first.id]
    exported = world.core.letters.get(first.id)
    assert exported.status == "exported" and exported.packet_id == result.packet_id
    assert world.core.letters.get(second.id).status == "ready"
    s.settings.set(world.staff, "review_required", False)
    again = s.export.export(world.staff, world.ana.id, tmp_path / "out")
    assert [i.item_id for i in again.items if i.kind == "letter"] == [second.id]


def test_audit_csv_cells_never_start_a_formula(world: World) -> None:
    """A reason typed as '=HYPERLINK(…)' reaches the CSV as text, not as a formula."""
    from letterbox.services.audit import csv_row

    s, ana = world.services, world.ana_actor
    letter = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    body="Hi").id)
    s.review.return_item(world.staff, ItemRef(ItemKind.LETTER, letter.id),
                         '=HYPERLINK("http://x","click")')
    rows = [csv_row(e) for e in s.audit.events(world.staff) if e.action == "letter_return"]
    assert rows and rows[0][-1] == '\'=HYPERLINK("http://x","click")'
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
