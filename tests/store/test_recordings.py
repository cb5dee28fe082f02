"""Recordings: parts, takes, pages and files."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.core import Core


@pytest.fixture
def rec(core: Core):
    p = core.profiles.create_parent("Ana", "A1", "1234")
    c = core.profiles.add_child(p.id, "Maya", age_years=5)
    return core.recordings.create(p.id, c.id, "story", title="The Moon")


def _file(core: Core, name: str) -> Path:
    folder = core.paths.recording_dir(1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"RIFF")
    return path


def test_rerecording_a_page_keeps_the_others(core: Core, rec) -> None:
    """Recording page 2 again replaces only page 2, and parts play intro first."""
    for pos in (1, 2, 3):
        core.recordings.add_part(rec.id, "page", pos, _file(core, f"p{pos}.wav"), duration_s=5)
    core.recordings.add_part(rec.id, "page", 2, _file(core, "p2b.wav"), duration_s=6)
    core.recordings.add_part(rec.id, "intro", 0, _file(core, "intro.wav"), duration_s=3)
    chosen = core.recordings.parts(rec.id, chosen_only=True)
    assert [(p.role, p.position, Path(p.file).name) for p in chosen] == [
        ("intro", 0, "intro.wav"), ("page", 1, "p1.wav"), ("page", 2, "p2b.wav"),
        ("page", 3, "p3.wav")]
    assert core.recordings.duration(rec.id) == 3 + 5 + 6 + 5


def test_keep_the_best_take(core: Core, rec) -> None:
    """Several takes are kept; choosing one makes it the only chosen take."""
    t1 = core.recordings.add_part(rec.id, "take", 1, _file(core, "t1.wav"), duration_s=10)
    t2 = core.recordings.add_part(rec.id, "take", 2, _file(core, "t2.wav"), duration_s=12)
    assert [p.id for p in core.recordings.parts(rec.id, chosen_only=True)] == [t2.id]
    core.recordings.choose_take(rec.id, t1.id)
    assert [p.id for p in core.recordings.parts(rec.id, chosen_only=True)] == [t1.id]
    t3 = core.recordings.add_part(rec.id, "take", 3, _file(core, "t3.wav"), duration_s=9)
    chosen = core.recordings.parts(rec.id, chosen_only=True)
    assert [p.id for p in chosen] == [t1.id], "a new take must not steal the kept take's tick"
    assert t3.chosen is False and len(core.recordings.parts(rec.id)) == 3


def test_files_outside_the_data_folder_are_refused(core: Core, rec, tmp_path: Path) -> None:
    """A part must live inside the data folder (no '..' escapes)."""
    with pytest.raises(ValueError):
        core.recordings.add_part(rec.id, "take", 1, tmp_path / "elsewhere.wav", duration_s=1)
    with pytest.raises(ValueError):
        core.recordings.add_part(rec.id, "take", 1, "../../etc/passwd", duration_s=1)


def test_delete_removes_files(core: Core, rec) -> None:
    """Deleting a recording deletes its rows and its audio files."""
    path = _file(core, "t1.wav")
    core.recordings.add_part(rec.id, "take", 1, path, duration_s=1)
    core.recordings.delete(rec.id)
    assert not path.exists()
    assert core.recordings.for_parent(rec.parent_id) == []


def test_transcript_is_kept(core: Core, rec) -> None:
    """The parent's transcript or summary is stored for the reviewer."""
    core.recordings.update(rec.id, transcript="I read The Moon and said goodnight.")
    assert core.recordings.get(rec.id).transcript == "I read The Moon and said goodnight."
