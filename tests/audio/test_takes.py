"""Echo-reading lines, take files, and saving takes as parts."""

from __future__ import annotations

from functools import partial

import numpy as np
import soundfile
from hypothesis import given
from hypothesis import strategies as st

from letterbox.audio.recorder import TakeResult
from letterbox.audio.repair import TakeInfo, sidecar_path
from letterbox.audio.takes import (
    peak_dbfs,
    prepare_take,
    save_take,
    speech_seconds,
    split_echo_lines,
)
from letterbox.core import Core
from letterbox.services import build_services
from letterbox.services.actor import Actor


def test_lines_and_sentences_become_echo_lines() -> None:
    """Each sentence and each line of the story is one line to repeat."""
    text = "The cat sat.  The dog ran!\n\nThen it rained?\r\nThe end"
    assert split_echo_lines(text) == ["The cat sat.", "The dog ran!", "Then it rained?",
                                      "The end"]


def test_long_sentences_split_at_commas_then_evenly() -> None:
    """No line is longer than twelve words; commas are preferred break points."""
    text = ("Once upon a time, in a land far away beyond the hills and the deep blue sea, "
            "there lived a small brown bear who loved honey more than anything else")
    lines = split_echo_lines(text)
    assert all(len(line.split()) <= 12 for line in lines)
    assert lines[0] == "Once upon a time,"
    assert " ".join(lines).split() == text.split()


@given(st.text(max_size=2000))
def test_splitting_never_loses_or_adds_words(text: str) -> None:
    """Whatever is pasted, the lines hold exactly its words, none over the limit."""
    lines = split_echo_lines(text)
    assert " ".join(lines).split() == text.split()
    assert all(1 <= len(line.split()) <= 12 for line in lines)


def test_speech_time_grows_with_words() -> None:
    """The speech fallback allows more time for longer lines, never less than the margin."""
    assert speech_seconds("") >= 2.0
    assert speech_seconds("one two three four five six") > speech_seconds("one")


def _fake_take(path, seconds: float = 1.0, peak: float = 0.5) -> TakeResult:
    soundfile.write(str(path), np.zeros(int(48_000 * seconds), dtype=np.int16), 48_000,
                    subtype="PCM_16")
    return TakeResult(path=path, frames=int(48_000 * seconds), duration_s=seconds,
                      overflows=0, stalled=False, dropped_estimate=0, peak=peak)


def test_rerecording_one_page_keeps_the_others(demo_core: Core) -> None:
    """A re-recorded page replaces only that page, through the service, with the take's
    peak; its sidecar is gone once saved."""
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    parent_id = parent.id
    owner, recordings = Actor.parent(parent_id), build_services(demo_core).recordings
    rec = recordings.create(owner, parent_id, None, "story", title="The Gruffalo")
    add_part = partial(recordings.add_part, owner)
    parts = {}
    for page in (1, 2, 3, 2):
        info = TakeInfo(parent_id, rec.id, "page", page)
        path = prepare_take(demo_core.paths, info)
        assert sidecar_path(path).exists()
        parts[page] = save_take(add_part, info, _fake_take(path, peak=0.5 if page != 3 else 0))
        assert not sidecar_path(path).exists()
    current = {p.position: p for p in recordings.parts(owner, rec.id, chosen_only=True)}
    assert [current[n].peak_dbfs for n in (1, 2, 3)] == [-6.0, -6.0, -120.0]
    assert sorted(current) == [1, 2, 3]
    assert current[2].id == parts[2].id
    assert len(demo_core.recordings.parts(rec.id)) == 4


def test_peak_in_dbfs() -> None:
    """Full scale is 0 dBFS, half is about −6, and silence has a floor instead of −∞."""
    assert peak_dbfs(1.0) == 0.0
    assert peak_dbfs(0.5) == -6.0
    assert peak_dbfs(0.0) == -120.0
