"""The settings page: changes saved through SettingsService, audited; parents refused."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.errors import InvalidInput, NotAllowed
from letterbox.services.actor import Actor
from letterbox.store.profiles import Parent
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.staff.settings import SettingsPage


def _page(qtbot, staff: StaffSession) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(staff)
    qtbot.addWidget(page)
    page.resize(1240, 700)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    return page


def test_save_changes_settings_with_audit(qtbot, staff: StaffSession, demo_core: Core,
                                          tmp_path, monkeypatch) -> None:
    """Changed fields are saved, each with an audit event naming the worker."""
    page = _page(qtbot, staff)
    assert page.idle_spin.value() == 10 and not page.insert_check.isChecked()
    assert page.insert_en.toPlainText().startswith("# Talking with a child")
    page.idle_spin.setValue(15)
    page.review_check.setChecked(False)
    page.insert_check.setChecked(True)
    page.insert_es.setPlainText("# Consejos\n- Hable con calma")
    monkeypatch.setattr(page, "choose_folder", lambda start: str(tmp_path))
    page.story_button.click()
    page.facility_box.setCurrentIndex(page.facility_box.findData("us-federal-bop"))
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.message.text(), timeout=5000)
    settings = demo_core.settings
    assert settings.get("idle_sign_out_minutes") == 15
    assert settings.get("review_required") is False
    assert settings.get("carer_insert") is True
    assert settings.get("carer_insert_es") == "# Consejos\n- Hable con calma"
    assert settings.get("story_folder") == str(tmp_path)
    assert settings.get("facility_profile") == "us-federal-bop"
    events = demo_core.db.query("SELECT detail, actor_kind, actor_name FROM event"
                                " WHERE action = 'setting_changed'")
    changed = {e["detail"].split("=", 1)[0] for e in events}
    assert {"idle_sign_out_minutes", "review_required", "carer_insert", "carer_insert_es",
            "story_folder"} <= changed
    assert {(e["actor_kind"], e["actor_name"]) for e in events} == {("staff",
                                                                    staff.actor.name)}
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Nothing to save.", timeout=5000)


def test_parent_is_refused_and_bad_values_are_not_stored(staff: StaffSession,
                                                         demo_parent: Parent,
                                                         demo_core: Core) -> None:
    """A parent cannot change a setting; out-of-range values and unknown profiles are
    refused with a reason, and nothing changes."""
    settings = staff.services.settings
    with pytest.raises(NotAllowed):
        settings.set(Actor.parent(demo_parent.id), "carer_insert", True)
    for key, value in (("idle_sign_out_minutes", 0), ("max_recording_minutes", 500),
                       ("carer_insert_en", "x" * 7000), ("facility_profile", "nowhere")):
        with pytest.raises(InvalidInput):
            settings.set(staff.actor, key, value)
    assert demo_core.settings.get("idle_sign_out_minutes") == 10
    assert demo_core.settings.get("facility_profile") == "generic-us-letter"
    assert demo_core.db.query("SELECT * FROM event WHERE action = 'setting_changed'") == []


def test_refused_value_keeps_the_form(qtbot, staff: StaffSession, demo_core: Core) -> None:
    """A text too long is refused in words; the typed text stays in the box."""
    page = _page(qtbot, staff)
    page.insert_en.setPlainText("y" * 6500)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.objectName() == "error", timeout=5000)
    assert page.insert_en.toPlainText() == "y" * 6500
    assert demo_core.settings.get("carer_insert_en").startswith("# Talking")
