"""Fixtures for packet tests: a real packet exported from the demo data, signed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from letterbox.export.signing import make_station_key
from letterbox.services.export import ExportService
from letterbox.services.signin import SignInService
from tests.helpers import approve_ready


@dataclass
class SignedPacket:
    """An exported packet: its folder, its zip and the station's public key."""

    folder: Path
    zip: Path
    key: Path


@pytest.fixture
def signed_packet(demo_core, staff_account, tmp_path: Path) -> SignedPacket:  # type: ignore[no-untyped-def]
    """A real packet exported from the demo profile by a station with a key."""
    key = make_station_key(demo_core.paths.root)
    staff = SignInService(demo_core).sign_in_staff(*staff_account).actor
    assert staff is not None
    approve_ready(demo_core, staff)
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    result = ExportService(demo_core).export(staff, parent.id, tmp_path / "out")
    assert result.folder is not None and result.zip_path is not None
    return SignedPacket(result.folder, result.zip_path, key)
