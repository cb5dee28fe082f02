"""`store copy`: a kiosk's SQLite data and recordings into the shared PostgreSQL store,
with nothing duplicated or lost, again and again, beside other kiosks' data."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.core import Core, open_core
from letterbox.demo import DEMO_ID_NUMBER, create_demo
from letterbox.store import transfer as tx
from letterbox.store.copy import StoreCopy

COUNTED = ("parent", "child", "letter", "letter_version", "recording", "recording_part",
           "contact_history")


def _count(core: Core, table: str) -> int:
    row = core.db.query_one(f"SELECT COUNT(*) AS n FROM {table}")
    assert row is not None
    return int(row["n"])


def _content(core: Core) -> dict[str, object]:
    """What a person would check, without ids: letters' words, children, audio bytes."""
    letters = sorted((r["title"], r["body"], r["status"]) for r in core.db.query(
        "SELECT l.title, l.body, l.status FROM letter l"))
    children = sorted((r["name"], r["carer_name"], r["contact_status"])
                      for r in core.db.query("SELECT * FROM child"))
    audio = sorted((core.paths.root / r["file"]).read_bytes()
                   for r in core.db.query("SELECT file FROM recording_part"))
    return {"letters": letters, "children": children, "audio": audio}


@pytest.fixture
def kiosk(tmp_path: Path) -> Core:
    """A kiosk's data folder with the demo in it (a real SQLite file)."""
    core = open_core(tmp_path / "kiosk")
    create_demo(core)
    yield core  # type: ignore[misc]
    core.close()


@pytest.fixture
def shared(tmp_path: Path, pg_url: str) -> Core:
    """The facility's shared store on PostgreSQL; its recordings in another folder."""
    core = open_core(tmp_path / "station", pg_url)
    yield core  # type: ignore[misc]
    core.close()


def _copy(source: Core, target: Core, **kwargs: object) -> StoreCopy:
    return StoreCopy(source.db, source.paths.root, target.db, target.paths.root,
                     **kwargs)  # type: ignore[arg-type]


def test_tables_list_names_every_table_of_the_schema(core: Core) -> None:
    """Copy and backup know every table both engines have (a new table must be added)."""
    if core.db.engine == "sqlite":
        names = {r[0] for r in core.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    else:
        names = {r[0] for r in core.db.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")} - {
            "letterbox_schema"}
    assert names == set(tx.TABLES)


def test_demo_copied_into_postgres_with_counts_and_checksums_equal(kiosk: Core,
                                                                   shared: Core) -> None:
    """Every row and recording arrives once; the copy's own check finds nothing wrong."""
    result = _copy(kiosk, shared).run()
    assert result.problems == []
    assert {t: _count(shared, t) for t in COUNTED} == {t: _count(kiosk, t) for t in COUNTED}
    assert _content(shared) == _content(kiosk)
    assert result.files_copied == result.files_checked == 2
    parent = shared.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None and shared.profiles.verify_pin(parent.id, "1234")
    for part in shared.db.query("SELECT file FROM recording_part"):  # the app's layout
        assert part["file"].startswith(f"recordings/parent-{parent.id}/")
    # the rows' checksums, ids mapped, equal the source's: nothing changed on the way
    source_letters = {r["body"]: tx.row_checksum({k: v for k, v in r.items() if k not in
                                                  ("id", "parent_id", "child_id")})
                      for r in tx.read_table(kiosk.db, "letter")}
    target_letters = {r["body"]: tx.row_checksum({k: v for k, v in r.items() if k not in
                                                  ("id", "parent_id", "child_id")})
                      for r in tx.read_table(shared.db, "letter")}
    assert source_letters == target_letters


def test_second_run_copies_nothing(kiosk: Core, shared: Core) -> None:
    """Running the copy again adds no row and no file, and says so."""
    _copy(kiosk, shared).run()
    before = {t: _count(shared, t) for t in (*COUNTED, "event")}
    again = _copy(kiosk, shared).run()
    assert again.nothing_new and again.problems == []
    assert again.tables["letter"].already == _count(kiosk, "letter")
    assert {t: _count(shared, t) for t in (*COUNTED, "event")} == before


def test_interrupted_copy_completes_when_run_again(kiosk: Core, shared: Core) -> None:
    """A copy stopped after the letters (power cut) finishes on the next run, once."""
    def stop(table: str) -> None:
        if table == "letter":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _copy(kiosk, shared, after_table=stop).run()
    assert _count(shared, "letter") == _count(kiosk, "letter")
    assert _count(shared, "recording") == 0
    result = _copy(kiosk, shared).run()
    assert result.problems == []
    assert result.tables["letter"].copied == 0 and result.tables["recording"].copied == 2
    assert {t: _count(shared, t) for t in COUNTED} == {t: _count(kiosk, t) for t in COUNTED}
    assert _content(shared) == _content(kiosk)


def test_second_kiosk_merges_without_clobbering(kiosk: Core, shared: Core,
                                                tmp_path: Path) -> None:
    """Kiosk B's new parent arrives beside kiosk A's data; B's letter by the demo parent
    (the same ID number) joins that profile, whose name and PIN stay the store's."""
    _copy(kiosk, shared).run()
    a_letters = sorted(r["body"] for r in shared.db.query("SELECT body FROM letter"))
    other = open_core(tmp_path / "kiosk-b")
    try:
        same = other.profiles.create_parent("Demo on B", DEMO_ID_NUMBER, "9999")
        other.letters.create(same.id, None, title="From kiosk B", body="Written on B.")
        song = other.recordings.create(same.id, None, "message", title="B's goodnight")
        clash = other.paths.recording_dir(same.id) / "demo-goodnight.wav"  # A has one too
        clash.parent.mkdir(parents=True)
        clash.write_bytes(b"RIFF-kiosk-b-goodnight")
        other.recordings.add_part(song.id, "take", 1, clash, duration_s=1.0)
        new = other.profiles.create_parent("Sam Rivers", "B-0002", "4321")
        child = other.profiles.add_child(new.id, "Mia Rivers")
        create_demo_part = other.recordings.create(new.id, child.id, "message", title="Hi")
        take = other.paths.recording_dir(new.id) / "hi.wav"
        take.parent.mkdir(parents=True)
        take.write_bytes(b"RIFF-test-audio")
        other.recordings.add_part(create_demo_part.id, "take", 1, take, duration_s=1.0)
        result = _copy(other, shared).run()
        assert result.problems == []
        assert result.tables["parent"].matched == 1 and result.tables["parent"].copied == 1
    finally:
        other.close()
    demo = shared.profiles.find_by_id_number(DEMO_ID_NUMBER)
    sam = shared.profiles.find_by_id_number("B-0002")
    assert demo is not None and sam is not None
    assert demo.name == "Demo Parent" and shared.profiles.verify_pin(demo.id, "1234")
    assert "From kiosk B" in [x.title for x in shared.letters.for_parent(demo.id)]
    songs = {r.title: shared.recordings.parts(r.id)[0]
             for r in shared.recordings.for_parent(demo.id)}
    assert shared.recordings.path_of(songs["B's goodnight"]).read_bytes() == \
        b"RIFF-kiosk-b-goodnight"
    assert shared.recordings.path_of(songs["Goodnight song for Zoë"]).read_bytes() == \
        (kiosk.paths.recording_dir(1) / "demo-goodnight.wav").read_bytes()
    assert sorted(r["body"] for r in shared.db.query("SELECT body FROM letter")) == sorted(
        [*a_letters, "Written on B."])
    (rec,) = shared.recordings.for_parent(sam.id)
    (part,) = shared.recordings.parts(rec.id)
    assert shared.recordings.path_of(part).read_bytes() == b"RIFF-test-audio"
    assert _copy(kiosk, shared).run().nothing_new  # kiosk A's rows are still all there


def test_changed_recording_in_target_is_a_mismatch_line(kiosk: Core, shared: Core) -> None:
    """The check compares file checksums: a damaged copy is named, one line."""
    _copy(kiosk, shared).run()
    file = shared.db.query("SELECT file FROM recording_part ORDER BY id")[0]["file"]
    (shared.paths.root / file).write_bytes(b"damaged")
    result = _copy(kiosk, shared).run()
    assert result.problems == [f"recording file differs from the source: {file}"]


def test_copy_into_itself_is_refused(kiosk: Core) -> None:
    """The source and the target being one store is refused before anything is written."""
    with pytest.raises(ValueError, match="same store"):
        _copy(kiosk, kiosk)
