"""Parent profiles, PINs and children."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.store.profiles import DuplicateIdNumber, ProfileError


def test_pin_is_stored_only_as_a_salted_hash(core: Core) -> None:
    """The PIN never appears in the store (the SQLite file's bytes, every stored value);
    two equal PINs hash differently."""
    a = core.profiles.create_parent("Ana", "A1", "482913")
    b = core.profiles.create_parent("Bo", "B1", "482913")
    if core.db.engine == "sqlite":
        raw = core.paths.database.read_bytes() + core.paths.database.with_name(
            core.paths.database.name + "-wal").read_bytes()
        assert b"482913" not in raw
    for table in ("parent", "event"):
        stored = [bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode()
                  for row in core.db.query(f"SELECT * FROM {table}") for v in tuple(row)]
        assert stored and not any(b"482913" in value for value in stored)
    rows = {r["id"]: bytes(r["pin_hash"]) for r in core.db.query("SELECT id, pin_hash FROM parent")}
    assert rows[a.id] != rows[b.id]


def test_verify_pin(core: Core) -> None:
    """The right PIN passes; a wrong, empty or other parent's PIN fails."""
    a = core.profiles.create_parent("Ana", "A1", "1234")
    core.profiles.create_parent("Bo", "B1", "5678")
    assert core.profiles.verify_pin(a.id, "1234")
    assert not core.profiles.verify_pin(a.id, "5678")
    assert not core.profiles.verify_pin(a.id, "")
    assert not core.profiles.verify_pin(999, "1234")


def test_change_pin(core: Core) -> None:
    """After a PIN change only the new PIN works."""
    a = core.profiles.create_parent("Ana", "A1", "1234")
    core.profiles.change_pin(a.id, "9876")
    assert core.profiles.verify_pin(a.id, "9876")
    assert not core.profiles.verify_pin(a.id, "1234")


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4", "١٢٣٤", ""])
def test_bad_pins_are_refused_with_a_message(core: Core, pin: str) -> None:
    """PINs are 4 to 8 plain digits; anything else is explained, not stored."""
    with pytest.raises(ProfileError, match="4 to 8 numbers"):
        core.profiles.create_parent("Ana", "A1", pin)
    assert core.profiles.parents() == []


def test_duplicate_id_number(core: Core) -> None:
    """Two profiles cannot share an ID number."""
    core.profiles.create_parent("Ana", "A1", "1234")
    with pytest.raises(DuplicateIdNumber, match="already exists"):
        core.profiles.create_parent("Other", "A1", "1234")


def test_hostile_names_are_kept_as_text(core: Core) -> None:
    """Names with markup or path parts are stored exactly; control characters are dropped."""
    p = core.profiles.create_parent("../../x <b>\x07", "ID-1", "1234")
    assert p.name == "../../x <b>"
    c = core.profiles.add_child(p.id, "<script>Zoë</script>")
    assert core.profiles.child(c.id).name == "<script>Zoë</script>"


def test_empty_and_long_names_are_refused(core: Core) -> None:
    """Blank names and names over 80 characters get a message."""
    with pytest.raises(ProfileError, match="Please fill in"):
        core.profiles.create_parent("   ", "A1", "1234")
    with pytest.raises(ProfileError, match="at most 80 characters"):
        core.profiles.create_parent("x" * 81, "A1", "1234")


def test_children_contact_status(core: Core) -> None:
    """A new child waits for approval; a worker can approve or forbid contact with a reason."""
    p = core.profiles.create_parent("Ana", "A1", "1234")
    child = core.profiles.add_child(p.id, "Maya", age_years=7, relationship="Mum")
    assert child.contact_status == "pending" and not child.contact_approved
    child = core.profiles.set_contact(child.id, "not_permitted", "No-contact order")
    assert child.contact_status == "not_permitted"
    assert child.contact_reason == "No-contact order"
    child = core.profiles.set_contact(child.id, "approved")
    assert child.contact_approved
    actions = [r["action"] for r in core.db.query("SELECT action FROM event")]
    assert "contact_not_permitted" in actions and "contact_approved" in actions


def test_child_age_from_birth_date(core: Core) -> None:
    """A birth date gives the age today; a future date is refused."""
    from datetime import date

    p = core.profiles.create_parent("Ana", "A1", "1234")
    c = core.profiles.add_child(p.id, "Maya", birth_date="2018-06-30")
    assert c.age_on(date(2026, 6, 29)) == 7
    assert c.age_on(date(2026, 6, 30)) == 8
    with pytest.raises(ProfileError, match="future"):
        core.profiles.add_child(p.id, "Later", birth_date="2999-01-01")
    with pytest.raises(ProfileError, match="YYYY-MM-DD"):
        core.profiles.add_child(p.id, "Bad", birth_date="30/06/2018")


def test_age_and_birth_date_must_agree(core: Core) -> None:
    """An age and a birth date that disagree are refused with both ages, so whoever adds
    the child says which is right; agreeing ones are kept together."""
    from datetime import date

    from letterbox.store.profiles import age_from_birth

    p = core.profiles.create_parent("Ana", "A1", "1234")
    born = date(date.today().year - 6, 1, 1)
    now = age_from_birth(born, date.today())
    with pytest.raises(ProfileError) as refused:
        core.profiles.add_child(p.id, "Teo", birth_date=born.isoformat(), age_years=now + 3)
    assert refused.value.code == "age_birth_conflict"
    assert refused.value.params == {"age": now + 3, "birth_age": now}
    assert core.profiles.children(p.id) == []
    kept = core.profiles.add_child(p.id, "Teo", birth_date=born.isoformat(), age_years=now)
    assert (kept.birth_date, kept.age_years) == (born.isoformat(), now)


def test_parents_listed_by_name(core: Core) -> None:
    """The sign-in list is alphabetical, ignoring case."""
    for name, number in (("zed", "1"), ("Amy", "2"), ("bob", "3")):
        core.profiles.create_parent(name, number, "1234")
    assert [p.name for p in core.profiles.parents()] == ["Amy", "bob", "zed"]


def test_long_carer_address_is_refused_not_cut(core) -> None:  # type: ignore[no-untyped-def]
    """An address over 400 characters is refused with the field named; nothing is cut."""
    from letterbox.ui.wording import error_text

    parent = core.profiles.create_parent("Ana", "A1", "1234")
    with pytest.raises(ProfileError) as refused:
        core.profiles.add_child(parent.id, "Lía", carer_address="x" * 401)
    assert refused.value.code == "field_too_long"
    assert error_text(refused.value) == "carer's address: at most 400 characters, please."
    assert core.profiles.children(parent.id) == []
