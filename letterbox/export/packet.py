"""`PacketExporter.export`: one folder (and a .zip of it) per parent, for the mail room.

``letters/`` (letter PDFs and each child's extras), ``audio/`` (processed recordings),
``review-sheet.pdf`` and ``manifest.json``. Only items addressed to a child whose
contact staff have approved are exported; every other ready item is named in the result
with the reason. The packet is built in a hidden folder and renamed when complete, so a
cancelled or failed export leaves no half packet and changes no statuses.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from letterbox import __version__
from letterbox.audio.processing import (
    Cancelled,
    ProcessedAudio,
    ProcessingOptions,
    output_extension,
    recording_files,
)
from letterbox.errors import ExportTargetFailed
from letterbox.export import carer_insert as insert
from letterbox.export.audio_check import audio_problem
from letterbox.export.audio_jobs import AudioJob, process_all
from letterbox.export.content_flags import stored_flags, term_flags
from letterbox.export.extras import ChildInfo, render_extras
from letterbox.export.facility import FacilityProfile, chosen_facility
from letterbox.export.letter_pdf import Sender, render_letter
from letterbox.export.manifest import Manifest, ManifestItem, file_entry, write_manifest
from letterbox.export.names import NameBook, safe_stem
from letterbox.export.plan import (  # noqa: F401  (re-exported for callers)
    PENDING_REASON,
    ExportedItem,
    ExportPlan,
    ExportResult,
    Refusal,
    refusal_reason,
    refused_item,
    unprocessable,
)
from letterbox.export.recovery import (
    disk_problem,
    kill_point,
    partial_folder,
    recover,
    remove_packet_files,
    unique_stem,
    zip_folder,
)
from letterbox.export.review_sheet import SheetRow, duration_text, render_review_sheet
from letterbox.export.sheet_cells import describe_changes
from letterbox.export.signing import sign_packet_manifest
from letterbox.store.audit import ActorLike
from letterbox.store.letters import Letter
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording

Progress = Callable[[float, str], None]


class PacketExporter:
    """Builds review packets from items marked ready."""

    kind, with_extras, notice = "mail", True, ""  # export/keepsake.py: no extras, a notice

    def __init__(self, core: Any, profile: FacilityProfile | None = None, *,
                 workers: int = 2, statuses: tuple[str, ...] = ("approved",),
                 actor: ActorLike | None = None) -> None:
        self.core = core
        self.profile = profile or chosen_facility(core.settings.get("facility_profile"),
                                                  core.paths.facilities)
        self.workers = max(1, workers)
        self.statuses = statuses  # approved only, or ready too when review is not required
        self.actor = actor

    def parents_with_ready_items(self) -> list[int]:
        """Every parent who has something the status machine lets go."""
        ids = {x.parent_id for x in self.core.letters.with_status(*self.statuses)}
        ids |= {x.parent_id for x in self.core.recordings.with_status(*self.statuses)}
        return sorted(i for i in ids if not self.core.profiles.parent(i).archived)

    def plan(self, parent_id: int) -> ExportPlan:
        """Which items can go, and which cannot (with the reason)."""
        core = self.core
        plan = ExportPlan(parent=core.profiles.parent(parent_id))
        children = {c.id: c for c in core.profiles.children(parent_id)}
        for letter in core.letters.for_parent(parent_id, statuses=self.statuses):
            child = children.get(letter.child_id or -1)
            reason = refusal_reason(child, plan.parent.archived)
            if reason is None and child is not None:
                plan.letters.append((letter, child))
            else:
                plan.refused.append(refused_item("letter", letter.id, letter.title, child,
                                                 plan.parent.archived))
        for rec in core.recordings.for_parent(parent_id):
            if rec.status not in self.statuses:
                continue
            child = children.get(rec.child_id or -1)
            no_audio = "" if self.profile.audio_allowed else self.profile.name
            if refusal_reason(child, plan.parent.archived) is None and child and not no_audio:
                plan.recordings.append((rec, child))
            else:
                plan.refused.append(refused_item("recording", rec.id, rec.title, child,
                                                 plan.parent.archived, no_audio))
        plan.letters.sort(key=lambda pair: pair[0].id)
        plan.recordings.sort(key=lambda pair: pair[0].id)
        return plan

    def export(self, parent_id: int, out_dir: Path, *, progress: Progress | None = None,
               should_cancel: Callable[[], bool] | None = None,
               plan: ExportPlan | None = None) -> ExportResult:
        """Write the packet and its zip, then mark the exported items, exactly once.

        Holds the store's export lock, and first finishes or clears what an export
        killed earlier left (``recover``). The packet and its items are stored as
        'building' before any file is written; the items become 'exported' in the
        transaction that marks the packet 'complete', after its folder and zip are in
        place. A kill at any moment leaves either that or no packet at all.

        Raises:
            Cancelled: ``should_cancel`` said so; nothing is left and no status changed.
            ExportRunning: another export holds the lock.
            ExportTargetFailed: ``out_dir`` cannot be written (full, read-only…).
        """
        out_dir = Path(out_dir)
        with self.core.export_lock.held():
            recover(self.core, out_dir, actor=self.actor)
            # Always planned again under the lock (a given ``plan`` is only a preview): an
            # export that finished meanwhile has taken its items.
            return self._export(parent_id, out_dir, self.plan(parent_id), progress,
                                should_cancel)

    def _export(self, parent_id: int, out_dir: Path, plan: ExportPlan,
                progress: Progress | None,
                should_cancel: Callable[[], bool] | None) -> ExportResult:
        result = ExportResult(parent=plan.parent, folder=None, zip_path=None,
                              refused=list(plan.refused))
        if plan.empty:
            return result
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ExportTargetFailed(folder=str(out_dir), problem=disk_problem(error)) from error
        now = datetime.now().astimezone()
        # Name and number are shortened so the date always fits in the capped name.
        parent = plan.parent
        who = f"{safe_stem(parent.name, 'parent')[:24]}-{safe_stem(parent.id_number)[:16]}"
        stem = unique_stem(out_dir, safe_stem(f"{who}-{now:%Y%m%d-%H%M%S}", "packet"))
        final, zip_path = out_dir / stem, out_dir / f"{stem}.zip"
        planned = [("letter", letter.id) for letter, _ in plan.letters]
        planned += [("recording", rec.id) for rec, _ in plan.recordings]
        packet_id = self.core.packets.begin(parent_id, str(final), str(zip_path), planned,
                                            actor=self.actor, kind=self.kind)
        kill_point("after_insert")
        build = _Build(self, plan, partial_folder(final), progress, should_cancel)
        try:
            build.run(now)
            self.core.packets.keep_items(packet_id, [
                (item.kind, item.item_id) for item in build.items
                if item.kind in ("letter", "recording") and item.item_id is not None])
            kill_point("after_build")
            zip_folder(build.root, zip_path, stem)
            kill_point("after_zip_rename")
            build.root.rename(final)
            kill_point("after_rename")
        except BaseException as error:
            remove_packet_files(final, zip_path)
            # If the store itself failed, the packet stays 'building' for the next
            # export's recovery; the first error is the one to report.
            with contextlib.suppress(Exception):
                self.core.packets.abandon(packet_id, f"export stopped: {type(error).__name__}")
            if isinstance(error, OSError):
                raise ExportTargetFailed(folder=str(out_dir),
                                         problem=disk_problem(error)) from error
            raise
        record = self.core.packets.complete(packet_id, actor=self.actor)
        kill_point("after_mark")
        result.folder, result.zip_path = final, zip_path
        result.items = build.items
        result.refused += build.refused
        result.packet_id = record.id
        return result


class _Build:
    """The work of one export, in a hidden folder."""

    def __init__(self, exporter: PacketExporter, plan: ExportPlan, root: Path,
                 progress: Progress | None, should_cancel: Callable[[], bool] | None) -> None:
        self.core, self.profile, self.plan, self.root = exporter.core, exporter.profile, plan, root
        self.workers = exporter.workers
        self.with_extras, self.notice = exporter.with_extras, exporter.notice
        self._progress, self._should_cancel = progress, should_cancel
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        parent = plan.parent
        self.sender = Sender(parent.name, parent.id_number, parent.housing_unit, parent.facility)
        self.items: list[ExportedItem] = []
        self.refused: list[Refusal] = []
        self.manifest_items: list[ManifestItem] = []
        self.rows: list[SheetRow] = []
        weights = [1.0] * len(plan.letters)
        weights += [max(1.0, self.core.recordings.duration(r.id) / 20) for r, _ in plan.recordings]
        self._total = sum(weights) + len({c.id for _, c in plan.letters + plan.recordings}) + 2
        self._done: dict[str, float] = {}

    def cancelled(self) -> bool:
        if not self._cancel.is_set() and self._should_cancel is not None and \
                self._should_cancel():
            self._cancel.set()
        return self._cancel.is_set()

    def _check(self) -> None:
        if self.cancelled():
            raise Cancelled

    def report(self, key: str, units: float, message: str) -> None:
        with self._lock:
            self._done[key] = units
            fraction = min(1.0, sum(self._done.values()) / self._total)
        if self._progress is not None:
            self._progress(fraction, message)

    def run(self, now: datetime) -> None:
        (self.root / "letters").mkdir(parents=True)
        (self.root / "audio").mkdir()
        letters_book, audio_book = NameBook(), NameBook()

        def letters() -> None:  # while the encoder workers start and run
            for letter, child in self.plan.letters:
                self._check()
                self._letter(letter, child, letters_book)

        self._recordings(audio_book, letters)
        if self.with_extras:
            self._extras(letters_book)
        self._check()
        self._finish(now)

    def _letter(self, letter: Letter, child: Child, book: NameBook) -> None:
        pdf = render_letter(letter.body, self.sender, self.profile, to_name=child.name,
                            title=letter.title)
        name = book.name(f"letter-{child.name}-{letter.title}", "pdf", "letter")
        path = self.root / "letters" / name
        path.write_bytes(pdf.data)
        flags = stored_flags(letter.flags) + term_flags(letter.body, *self._terms())
        flags += self._missing_identity()
        if self.profile.max_pages and pdf.pages > self.profile.max_pages:
            flags.append(f"{pdf.pages} pages; {self.profile.name} allows "
                         f"{self.profile.max_pages}")
        unprintable = [(c, r) for c, r in pdf.replaced if r != "space"]
        spaced = [(c, r) for c, r in pdf.replaced if r == "space"]
        if unprintable:
            shown = ", ".join(f"{c!r}→{r or 'left out'}" for c, r in unprintable[:6])
            flags.append(f"characters that cannot print: {shown}")
        if spaced:
            flags.append(f"printed as a space: {describe_changes(spaced)}")
        words = len(letter.body.split())
        self._add(ExportedItem("letter", letter.id, letter.title, child.name,
                               f"letters/{name}", pages=pdf.pages), child, words,
                  letter.title or "Letter", flags, f"{pdf.pages} page{'s' * (pdf.pages != 1)}")
        self.report(f"letter-{letter.id}", 1.0, f"Letter to {child.name}")

    def _missing_identity(self) -> list[str]:
        """Identity the facility requires on every page or envelope that the profile lacks."""
        labels = {"name": "name", "id_number": self.profile.id_number_label,
                  "housing_unit": self.profile.housing_unit_label, "facility": "facility address"}
        values = {"name": self.sender.name, "id_number": self.sender.id_number,
                  "housing_unit": self.sender.housing_unit, "facility": self.sender.facility}
        wanted = dict.fromkeys((*self.profile.identity_fields, *self.profile.return_block))
        return [f"missing {labels[key]}" for key in wanted if not values[key].strip()]

    def _terms(self) -> tuple[dict[str, list[str]], tuple[str, ...]]:
        langs = tuple(dict.fromkeys((self.plan.parent.language, "en", "es")))
        return self.profile.content_check_terms, langs

    def _recordings(self, book: NameBook, meanwhile: Callable[[], None]) -> None:
        if not self.plan.recordings:
            meanwhile()
            return
        options = ProcessingOptions(format=self.profile.audio_format,
                                    loudness_lufs=self.profile.loudness_lufs,
                                    true_peak_dbfs=self.profile.true_peak_dbfs)
        ext = output_extension(options.format)
        jobs, by_key = [], {}
        for rec, child in self.plan.recordings:
            files = tuple(recording_files(self.core.recordings, rec.id))
            problem = audio_problem(files)  # before the encoder ever sees a sample
            if problem is not None:
                self.refused.append(unprocessable(rec.id, rec.title, child.name, problem))
                self.report(f"rec-{rec.id}", max(1.0, self.core.recordings.duration(rec.id) / 20),
                            f"Recording refused: {rec.title}")
                continue
            name = book.name(f"recording-{child.name}-{rec.title}", ext, "recording")
            job = AudioJob(f"rec-{rec.id}", files,
                           self.root / "audio" / name,
                           max(1.0, self.core.recordings.duration(rec.id) / 20))
            jobs.append(job)
            by_key[job.key] = (rec, child, name, job)

        def progress(key: str, fraction: float) -> None:
            rec, _child, name, job = by_key[key]
            self.report(key, fraction * job.weight, f"Recording: {rec.title or name}")

        results = process_all(jobs, options, workers=self.workers, should_cancel=self.cancelled,
                              progress=progress, meanwhile=meanwhile)
        for key, (rec, child, name, _job) in by_key.items():
            outcome = results.get(key)
            if isinstance(outcome, ProcessedAudio):
                self._add_recording(rec, child, name, outcome)
            else:
                (self.root / "audio" / name).unlink(missing_ok=True)
                self.refused.append(unprocessable(rec.id, rec.title, child.name, outcome))

    def _add_recording(self, rec: Recording, child: Child, name: str,
                       processed: ProcessedAudio) -> None:
        flags = stored_flags(rec.flags) + term_flags(rec.transcript, *self._terms())
        limit = self.profile.max_audio_minutes
        if processed.duration_s > limit * 60:
            flags.append(f"longer than the {limit:g} minutes {self.profile.name} allows")
        flags += processed.notes
        summary = rec.transcript.strip() or (
            f"Story read aloud: {rec.story_text.strip()[:300]}" if rec.story_text.strip()
            else "No transcript given: please listen.")
        words = len(rec.transcript.split()) if rec.transcript.strip() else None
        self._add(ExportedItem("recording", rec.id, rec.title, child.name, f"audio/{name}",
                               duration_s=round(processed.duration_s, 3)), child, words,
                  summary, flags, duration_text(processed.duration_s))

    def _extras(self, book: NameBook) -> None:
        by_child: dict[int, tuple[Child, int, bool]] = {}
        for item_child, is_audio in ([(c, False) for _, c in self.plan.letters]
                                     + [(c, True) for _, c in self.plan.recordings]):
            child, count, audio = by_child.get(item_child.id, (item_child, 0, False))
            by_child[child.id] = (child, count + 1, audio or is_audio)
        exported_children = {item.child for item in self.items}
        for child, count, audio in by_child.values():
            self._check()
            if child.name not in exported_children:
                continue
            info = ChildInfo(child.name, child.age_on(datetime.now().date()), child.relationship,
                             child.carer_name, child.carer_address)
            rendered = render_extras(info, self.sender, self.profile, items=count,
                                     has_audio=audio)
            if rendered is not None:
                self._write_extra(child, book, "extras", rendered, *insert.EXTRAS_TEXTS)
            pdf = insert.carer_insert_pdf(self.core.settings, self.plan.parent.language,
                                          self.sender, self.profile, child.name)
            if pdf is not None:
                self._write_extra(child, book, "carer-insert", pdf, *insert.INSERT_TEXTS)
            self.report(f"extras-{child.id}", 1.0, f"Extras for {child.name}")

    def _write_extra(self, child: Child, book: NameBook, stem: str,
                     rendered: tuple[bytes, int], title: str, summary: str) -> None:
        data, pages = rendered
        name = book.name(f"{stem}-{child.name}", "pdf", stem)
        (self.root / "letters" / name).write_bytes(data)
        self._add(ExportedItem("extras", None, title, child.name, f"letters/{name}",
                               pages=pages), child, None, summary, [], f"{pages} pages")

    def _add(self, item: ExportedItem, child: Child, words: int | None, summary: str,
             flags: list[str], size_text: str) -> None:
        path = self.root / item.file
        entry = file_entry(self.root, path)
        self.items.append(item)
        self.manifest_items.append(ManifestItem(
            kind=item.kind, item_id=item.item_id, child=child.name, file=item.file,
            size=entry["size"], sha256=entry["sha256"], pages=item.pages,
            duration_s=item.duration_s, words=words))
        self.rows.append(SheetRow(child=child.name, carer=child.carer_name, kind=item.kind,
                                  size_text=size_text, words=words, summary=summary,
                                  flags=flags, sha256=entry["sha256"], file=item.file))

    def _finish(self, now: datetime) -> None:
        stamp = now.isoformat(timespec="seconds")
        data, _ = render_review_sheet(self.rows, self.sender, self.profile,
                                      created_at=stamp, app_version=__version__, notice=self.notice)
        (self.root / "review-sheet.pdf").write_bytes(data)
        self.report("sheet", 1.0, "Review sheet")
        p = self.plan.parent
        manifest = Manifest(
            app={"name": "Letterbox", "version": __version__}, created_at=stamp,
            sender={"name": p.name, "id_number": p.id_number, "housing_unit": p.housing_unit,
                    "facility": p.facility},
            profile={"id": self.profile.id, "name": self.profile.name,
                     "paper": self.profile.paper},
            items=self.manifest_items,
            files=[file_entry(self.root, f) for f in sorted(self.root.rglob("*"))
                   if f.is_file()], notice=self.notice or None)
        write_manifest(self.root, manifest)
        sign_packet_manifest(self.root, self.core.paths.root)
        self.report("zip", 1.0, "Packet written")
