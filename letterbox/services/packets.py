"""Packet history for staff: every packet that left, its items, a copy of its review sheet,
verifying it again, and the mail room's outcome for several of its items at once."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.core import Core
from letterbox.errors import ExportTargetFailed, InvalidInput, LetterboxError, NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.services.review import ItemRef, ReviewService
from letterbox.store.audit import record_event
from letterbox.store.items import ItemKind
from letterbox.store.letters import Letter
from letterbox.store.packets import PacketRecord
from letterbox.store.recordings import Recording

if TYPE_CHECKING:  # verifying loads the packet readers and the signing library
    from letterbox.export.verify import VerifyReport

SHEET_NAME = "review-sheet.pdf"


@dataclass(frozen=True)
class PacketItem:
    """One item of a packet as it stands now (its status moves on after export)."""

    ref: ItemRef
    title: str
    child: str
    status: str
    status_note: str


@dataclass(frozen=True)
class PacketSummary:
    """A packet with who made it, for whom, where it went and what it held."""

    record: PacketRecord
    parent_name: str
    id_number: str
    items: tuple[PacketItem, ...]

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def folder(self) -> Path:
        return Path(self.record.folder)


@dataclass(frozen=True)
class OutcomeResult:
    """What a mark of several items did: the items changed, and each refusal."""

    changed: list[Letter | Recording]
    failed: list[tuple[ItemRef, LetterboxError]]


class PacketService:
    """Staff only: parents never see packets."""

    def __init__(self, core: Core, review: ReviewService | None = None) -> None:
        self._core = core
        self._review = review or ReviewService(core)

    def history(self, actor: Actor) -> list[PacketSummary]:
        """Every complete packet, newest first, with its items."""
        require(actor, Action.READ_ANY)
        return [self._summary(record) for record in self._core.packets.all()]

    def packet(self, actor: Actor, packet_id: int) -> PacketSummary:
        """One complete packet with its items.

        Raises:
            NotFound: there is no complete packet with this id.
        """
        require(actor, Action.READ_ANY)
        record = next((p for p in self._core.packets.all() if p.id == packet_id), None)
        if record is None:
            raise NotFound(what="packet", key=packet_id)
        return self._summary(record)

    def _summary(self, record: PacketRecord) -> PacketSummary:
        core = self._core
        parent = core.profiles.parent(record.parent_id) if record.parent_id else None
        children = {c.id: c.name for c in core.profiles.children(parent.id)} if parent else {}
        items = []
        for kind, item_id in core.packets.items_of(record.id):
            store = core.letters if kind == ItemKind.LETTER else core.recordings
            try:
                item = store.get(item_id)
            except (NotFound, KeyError):  # deleted since (rejected items may be)
                continue
            items.append(PacketItem(ItemRef(ItemKind(kind), item_id), item.title,
                                    children.get(item.child_id or -1, ""), item.status,
                                    item.status_note))
        return PacketSummary(record, parent.name if parent else "",
                             parent.id_number if parent else "", tuple(items))

    def copy_sheet(self, actor: Actor, packet_id: int, folder: Path) -> Path:
        """Copy the packet's review sheet into ``folder`` (to print it again); audited.

        Raises:
            InvalidInput: the packet's folder or its sheet is gone (code
                packet_folder_missing).
            ExportTargetFailed: ``folder`` cannot be written.
        """
        require(actor, Action.EXPORT)
        summary = self.packet(actor, packet_id)
        sheet = summary.folder / SHEET_NAME
        if not sheet.is_file():
            raise InvalidInput("packet_folder_missing", folder=str(summary.folder))
        target = Path(folder) / f"{summary.folder.name}-{SHEET_NAME}"
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sheet, target)
        except OSError as error:
            raise ExportTargetFailed(folder=str(folder),
                                     problem=error.strerror or str(error)) from error
        with self._core.db.transaction() as conn:
            record_event(conn, "packet_sheet_copied", actor=actor,
                         parent_id=summary.record.parent_id, item_kind="packet",
                         item_id=packet_id, detail=str(target))
        return target

    def verify(self, actor: Actor, packet_id: int) -> VerifyReport:
        """Check the packet's folder again against its manifest, and with the station's
        key its signature (slow: call it off the GUI thread)."""
        from letterbox.export.signing import public_key_path
        from letterbox.export.verify import verify_packet

        require(actor, Action.EXPORT)
        summary = self.packet(actor, packet_id)
        folder = summary.folder
        if not folder.is_dir():
            if not Path(summary.record.zip).is_file():
                raise InvalidInput("packet_folder_missing", folder=str(folder))
            folder = Path(summary.record.zip)
        key = public_key_path(self._core.paths.root)
        return verify_packet(folder, key if key.is_file() else None)

    def mail_outcome(self, actor: Actor, packet_id: int, refs: list[ItemRef], *, sent: bool,
                     reason: str = "") -> OutcomeResult:
        """The mail room's answer for several items of one packet: one audited change per
        item; an item that cannot move is kept in ``failed`` and the others still do.

        Raises:
            InvalidInput: an item is not in this packet (code item_not_in_packet), or a
                rejection has no reason.
        """
        require(actor, Action.MAIL_OUTCOME)
        summary = self.packet(actor, packet_id)
        held = {item.ref for item in summary.items}
        for ref in refs:
            if ref not in held:
                raise InvalidInput("item_not_in_packet", item=str(ref), packet=packet_id)
        if not sent and not " ".join(reason.split()):
            raise InvalidInput("reason_required")
        result = OutcomeResult([], [])
        for ref in refs:
            try:
                result.changed.append(self._review.mail_outcome(actor, ref, sent=sent,
                                                                reason=reason))
            except LetterboxError as error:  # one item's refusal stops no other
                result.failed.append((ref, error))
        return result
