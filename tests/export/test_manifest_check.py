"""The strict manifest reader of `verify` agrees with what export writes."""

from __future__ import annotations

from letterbox.audio.processing import FORMATS
from letterbox.export.manifest_check import RECORDING_EXTENSIONS, check_manifest, safe_relative


def test_recording_extensions_follow_the_audio_formats() -> None:
    """Every format export can write is a recording verify accepts."""
    assert {fmt.extension for fmt in FORMATS.values()} <= RECORDING_EXTENSIONS


def test_unsafe_relative_paths() -> None:
    """Roots, drives, ``..``, ``.``, empty parts and backslashes are not packet paths."""
    assert safe_relative("letters/a.pdf")
    for bad in ("", "/a", "C:x", "a/../b", "./a", "a//b", "a\\b", ".."):
        assert not safe_relative(bad), bad


def test_deeply_nested_json_is_one_problem() -> None:
    """JSON nested beyond Python's recursion limit is a problem, not a crash."""
    checked = check_manifest(b"[" * 100_000 + b"]" * 100_000)
    assert len(checked.problems) == 1 and "not valid JSON" in checked.problems[0]
