"""Packet history: staff list packets with their items and maker, copy a sheet, verify
again and record the mail room's answer for several items; parents reach none of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.errors import InvalidInput, NotAllowed
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from tests.services.conftest import World


def _packet(world: World, out: Path, *bodies: str) -> int:
    """Ana writes, staff approve and export; the packet's id."""
    s, ana = world.services, world.ana_actor
    for body in bodies:
        letter = s.letters.create(ana, world.ana.id, world.ana_child.id, title=body[:12],
                                  body=body)
        s.letters.submit(ana, letter.id)
        s.review.approve(world.staff, ItemRef(ItemKind.LETTER, letter.id))
    result = s.export.export(world.staff, world.ana.id, out)
    assert result.packet_id is not None
    return result.packet_id


def test_history_lists_packet_with_items_and_worker(world: World, tmp_path: Path) -> None:
    """The packet shows its parent, its items with titles, and the worker who made it."""
    packet_id = _packet(world, tmp_path / "out", "Hello Lía", "Another day")
    [summary] = world.services.packets.history(world.staff)
    assert summary.id == packet_id and summary.parent_name == "Ana Ruiz"
    assert summary.record.staff_name == "Sam Worker" and summary.record.kind == "mail"
    assert sorted(i.title for i in summary.items) == ["Another day", "Hello Lía"]
    assert {i.status for i in summary.items} == {"exported"}
    assert {i.child for i in summary.items} == {"Lía"}


def test_parent_is_refused_every_packet_action(world: World, tmp_path: Path) -> None:
    """A parent may not list packets, copy a sheet, verify or mark outcomes."""
    packet_id = _packet(world, tmp_path / "out", "Hello Lía")
    s, ana = world.services, world.ana_actor
    ref = world.services.packets.packet(world.staff, packet_id).items[0].ref
    for call in (lambda: s.packets.history(ana), lambda: s.packets.packet(ana, packet_id),
                 lambda: s.packets.copy_sheet(ana, packet_id, tmp_path / "copy"),
                 lambda: s.packets.verify(ana, packet_id),
                 lambda: s.packets.mail_outcome(ana, packet_id, [ref], sent=True)):
        with pytest.raises(NotAllowed):
            call()
    assert world.core.letters.get(ref.id).status == "exported"
    assert not (tmp_path / "copy").exists()


def test_copy_sheet_and_missing_folder(world: World, tmp_path: Path) -> None:
    """The sheet is copied byte for byte (audited); a packet folder that is gone is named."""
    packet_id = _packet(world, tmp_path / "out", "Hello Lía")
    summary = world.services.packets.packet(world.staff, packet_id)
    copy = world.services.packets.copy_sheet(world.staff, packet_id, tmp_path / "print")
    assert copy.read_bytes() == (summary.folder / "review-sheet.pdf").read_bytes()
    assert any(e.action == "packet_sheet_copied" and e.actor_kind == "staff"
               for e in events(world.core.db))
    (summary.folder / "review-sheet.pdf").rename(tmp_path / "moved.pdf")
    with pytest.raises(InvalidInput) as raised:
        world.services.packets.copy_sheet(world.staff, packet_id, tmp_path / "print2")
    assert raised.value.code == "packet_folder_missing"


def test_mail_outcome_for_several_items(world: World, tmp_path: Path) -> None:
    """'All sent' moves each item with its own audit row; a rejection needs a reason and
    an item from another packet is refused before anything changes."""
    packet_id = _packet(world, tmp_path / "out", "One", "Two", "Three")
    s = world.services
    refs = [i.ref for i in s.packets.packet(world.staff, packet_id).items]
    with pytest.raises(InvalidInput):
        s.packets.mail_outcome(world.staff, packet_id, refs[:1], sent=False, reason="  ")
    with pytest.raises(InvalidInput):
        s.packets.mail_outcome(world.staff, packet_id,
                               [*refs, ItemRef(ItemKind.LETTER, 999)], sent=True)
    assert {world.core.letters.get(r.id).status for r in refs} == {"exported"}
    done = s.packets.mail_outcome(world.staff, packet_id, refs[:2], sent=True)
    assert len(done.changed) == 2 and not done.failed
    again = s.packets.mail_outcome(world.staff, packet_id, refs, sent=False,
                                   reason="The name or address was not complete.")
    assert len(again.changed) == 1 and len(again.failed) == 2  # sent ones cannot move
    assert world.core.letters.get(refs[2].id).status_note == \
        "The name or address was not complete."
    sent_rows = [e for e in events(world.core.db) if e.action == "letter_mail_sent"]
    assert len(sent_rows) == 2 and all(e.actor_name == "Sam Worker" for e in sent_rows)
