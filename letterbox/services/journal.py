"""No lost words when the shared store's server cannot be reached.

Every autosave goes to the store. When the server is unreachable (``StoreUnavailable``),
the save is appended to a local journal in the data folder instead: one JSON line per
save, flushed and fsync'd, with the letter's id (or a local key for a letter the store
has not seen yet), the text, the flow position, the revision it was based on and the
time. ``replay`` sends the waiting saves to the store in order when the server is back
(the kiosk window tries every few seconds on the task pool, and at start-up); a save
waiting in the journal always goes before a newer one, so the order never changes.

Plain Python, no Qt: the screens learn of a kept save through ``KeptLocally``.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from letterbox.errors import LetterboxError, NotAllowed, NotFound
from letterbox.services.actor import Actor
from letterbox.services.letters import LetterService
from letterbox.store.db import StoreUnavailable, now_iso
from letterbox.store.letters import Letter, LetterDraft

log = logging.getLogger(__name__)
JOURNAL_FILE = "letters.jsonl"


class KeptLocally(LetterboxError):
    """The server cannot be reached: the save is safe in this computer's journal."""

    code = "kept_locally"


@dataclass
class DraftTarget:
    """Which letter a flow's saves go to (touched only on the serial save pool)."""

    letter_id: int | None = None
    local_key: str = ""  # a letter first saved while the server was away
    revision: int | None = None  # the revision the next save is based on

    @property
    def key(self) -> str:
        return str(self.letter_id) if self.letter_id is not None else self.local_key


class SaveJournal:
    """The append-only file: save records, and markers for what went up."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / JOURNAL_FILE

    def append(self, record: dict[str, Any]) -> None:
        """Write one line and make sure it is on the disk before returning."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    def lines(self) -> list[dict[str, Any]]:
        """Every whole line (a line cut short by a power cut is left out)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        out = []
        for line in text.splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                log.warning("A journal line was cut short; skipped")
        return out

    def has_lines(self) -> bool:
        try:
            return self.path.stat().st_size > 0
        except FileNotFoundError:
            return False

    def clear(self) -> None:
        """Everything went up: start an empty journal."""
        with open(self.path, "w", encoding="utf-8") as out:
            out.flush()
            os.fsync(out.fileno())


class LetterJournal:
    """Autosave through the letter service, with the journal for when the server is away."""

    def __init__(self, letters: LetterService, folder: Path) -> None:
        self._letters = letters
        self.journal = SaveJournal(folder)
        self._lock = threading.RLock()
        self._made: dict[str, int] = {}       # local key -> the letter the replay made
        self._revisions: dict[str, int] = {}  # key -> the revision the replay left
        self._chain: dict[str, int] = {}  # the same, while part of the journal waits

    def pending(self) -> int:
        """How many saves wait in the journal."""
        with self._lock:
            return len(self._waiting(self.journal.lines()))

    def autosave(self, actor: Actor, target: DraftTarget, draft: LetterDraft,
                 fields: dict[str, Any]) -> Letter:
        """Save ``draft`` (creating the letter on its first save, from ``fields``:
        parent_id, child_id, title, occasion, prompt_id).

        Raises:
            KeptLocally: the server is away; the save is in the journal.
        """
        with self._lock:
            if self.journal.has_lines():
                try:
                    self._replay()
                except StoreUnavailable:
                    return self._keep(actor, target, draft, fields)
            key = target.key
            if key in self._made:  # the replay made this letter (or a new draft for it)
                target.letter_id, target.local_key = self._made[key], ""
            if key in self._revisions:  # the replay's saves came after this one's base
                target.revision = self._revisions.pop(key)
            try:
                if target.letter_id is None:
                    letter = self._letters.create(
                        actor, fields["parent_id"], fields.get("child_id"),
                        title=fields.get("title", ""), occasion=fields.get("occasion", ""),
                        prompt_id=fields.get("prompt_id", ""), body=draft.body,
                        flow_state=draft.flow_state)
                else:
                    letter = self._letters.save(
                        actor, target.letter_id, replace(draft, base_revision=target.revision))
            except StoreUnavailable:
                return self._keep(actor, target, draft, fields)
            target.letter_id, target.revision = letter.id, letter.revision
            return letter

    def replay(self) -> int:
        """Send the waiting saves to the store, in order; how many went up.

        Raises:
            StoreUnavailable: still away (what went up is marked; the rest waits).
        """
        with self._lock:
            return self._replay()

    def _keep(self, actor: Actor, target: DraftTarget, draft: LetterDraft,
              fields: dict[str, Any]) -> Letter:
        if target.letter_id is None and not target.local_key:
            target.local_key = "local-" + uuid.uuid4().hex
        self.journal.append({
            "seq": uuid.uuid4().hex, "letter_id": target.letter_id,
            "local_key": target.local_key, "parent_id": fields["parent_id"],
            "child_id": fields.get("child_id"), "title": draft.title or fields.get("title", ""),
            "occasion": fields.get("occasion", ""), "prompt_id": fields.get("prompt_id", ""),
            "body": draft.body, "flow_state": draft.flow_state, "reason": draft.reason,
            "new_version": draft.new_version, "base": target.revision, "at": now_iso(),
            "actor": actor.id})
        raise KeptLocally(pending=self.pending())

    @staticmethod
    def _waiting(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        done = {line["done"] for line in lines if "done" in line}
        return [line for line in lines if "seq" in line and line["seq"] not in done]

    def _replay(self) -> int:
        lines = self.journal.lines()
        for line in lines:
            if "made" in line:
                self._made.setdefault(line["made"], line["id"])
        chain, count = self._chain, 0  # this kiosk's saves follow one another
        for record in self._waiting(lines):
            key = str(record["letter_id"]) if record["letter_id"] is not None \
                else record["local_key"]
            letter = self._replay_one(record, chain.get(key, record["base"]))
            chain[key] = letter.revision
            self.journal.append({"done": record["seq"]})
            count += 1
        if lines:
            self._revisions.update(chain)
            chain.clear()
            self.journal.clear()
            log.info("Journal: %s saves went up to the store", count)
        return count

    def _replay_one(self, record: dict[str, Any], base: int | None) -> Letter:
        actor = Actor.parent(record["parent_id"])
        draft = LetterDraft(body=record["body"], flow_state=record["flow_state"],
                            title=record["title"], reason=record["reason"],
                            new_version=record["new_version"], base_revision=base)
        key = record["local_key"] if record["letter_id"] is None else str(record["letter_id"])
        letter_id = self._made.get(key, record["letter_id"])
        if letter_id is not None:
            try:
                return self._letters.save(actor, letter_id, draft)
            except (NotAllowed, NotFound) as error:
                # sent for review or deleted meanwhile: these words become a new draft
                log.warning("Journal: letter %s cannot take the save (%s); kept as a new"
                            " draft", letter_id, error.code)
        letter = self._letters.create(actor, record["parent_id"], record["child_id"],
                                      title=record["title"], occasion=record["occasion"],
                                      prompt_id=record["prompt_id"], body=record["body"],
                                      flow_state=record["flow_state"])
        self._made[key] = letter.id
        self.journal.append({"made": key, "id": letter.id})
        return letter
