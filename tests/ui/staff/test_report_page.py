"""The report page: figures and chart from the store, Save CSV, check-in questions."""

from __future__ import annotations

import csv
from pathlib import Path

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.ui.staff.report import ReportPage
from letterbox.ui.staff.session import StaffSession
from tests.services.report_data import generate


def _page(qtbot, staff: StaffSession, start: str = "2026-01", end: str = "2026-04"):  # type: ignore[no-untyped-def]
    page = ReportPage(staff)
    qtbot.addWidget(page)
    page.resize(1240, 700)
    page.show()
    page.from_edit.setText(start)
    page.to_edit.setText(end)
    page.show_button.click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.start == start, timeout=5000)
    return page


def test_figures_and_chart_match_the_service(qtbot, staff: StaffSession,
                                             demo_core: Core) -> None:
    """The table has a row per month and parent; the chart's bars sum the months."""
    generate(demo_core)
    page = _page(qtbot, staff)
    rows = staff.services.report.monthly(staff.actor, "2026-01", "2026-04")
    assert page.table.rowCount() == len(rows) > 4
    assert [page.table.item(i, 1).text() for i in range(len(rows))] == \
        [r.id_number for r in rows]
    months = sorted({r.month for r in rows})
    assert page.chart.categories == months
    assert page.chart.values[0] == [sum(r.letters for r in rows if r.month == m)
                                    for m in months]
    assert page.chart.values[1] == [sum(r.recordings for r in rows if r.month == m)
                                    for m in months]
    assert f"{sum(r.letters for r in rows)} letters" in page.totals.text()


def test_save_csv_writes_the_figures(qtbot, staff: StaffSession, demo_core: Core,
                                     tmp_path: Path, monkeypatch) -> None:
    """Save CSV… writes the columns and one row per month and parent in the chosen folder."""
    generate(demo_core)
    page = _page(qtbot, staff)
    monkeypatch.setattr(page, "choose_folder", lambda start: str(tmp_path))
    page.csv_button.click()
    target = tmp_path / "report-2026-01-2026-04.csv"
    qtbot.waitUntil(target.exists, timeout=5000)
    with open(target, encoding="utf-8") as handle:
        read = list(csv.reader(handle))
    assert read[0] == ["month", "parent", "letters", "words", "recordings", "minutes",
                       "children", "returned", "rejected"]
    assert len(read) - 1 == page.table.rowCount()
    assert all(row[1] != "=Eve" for row in read)  # ID numbers, not names


def test_bad_month_is_refused_kindly(qtbot, staff: StaffSession, demo_core: Core) -> None:
    """A month like 2026-13 shows one clear line and keeps the figures shown."""
    generate(demo_core)
    page = _page(qtbot, staff)
    before = page.table.rowCount()
    page.to_edit.setText("2026-13")
    page.show_button.click()
    qtbot.waitUntil(lambda: "YYYY-MM" in page.message.text(), timeout=5000)
    assert "2026-13" in page.message.text()
    assert page.table.rowCount() == before


def test_add_and_retire_a_question(qtbot, staff: StaffSession, demo_core: Core,
                                   monkeypatch) -> None:
    """Staff add a check-in question on the page, then stop asking it; both audited."""
    page = _page(qtbot, staff)
    panel = page.checkins
    page.tabs.setCurrentIndex(1)
    panel.text_en.setText("How confident do you feel about staying in touch? 1-5")
    panel.text_es.setText("¿Qué tan seguro se siente de mantener el contacto?")
    panel.weeks_spin.setValue(6)
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.questions.rowCount() == 1, timeout=5000)
    [question] = demo_core.db.query("SELECT * FROM checkin_question")
    assert question["repeat_weeks"] == 6 and question["text_es"].startswith("¿Qué")
    assert question["created_by"] == staff.actor.label()
    # a parent answers twice: the change shows
    parent = demo_core.profiles.parents()[0]
    checkins = staff.services.checkins
    from datetime import UTC, datetime, timedelta

    when = datetime(2026, 1, 5, tzinfo=UTC)
    checkins.answer(Actor.parent(parent.id), question["id"], 2, now=when)
    checkins.answer(Actor.parent(parent.id), question["id"], 4, now=when + timedelta(weeks=7))
    page.reload()
    qtbot.waitUntil(lambda: panel.changes.rowCount() == 1, timeout=5000)
    assert panel.changes.item(0, 3).text() == "+2"
    assert "+2.00" in panel.average.text()
    monkeypatch.setattr(page, "confirm", lambda title, question: True)
    panel.questions.selectRow(0)
    panel.retire_button.click()
    qtbot.waitUntil(lambda: demo_core.db.query_one(
        "SELECT retired_at FROM checkin_question")["retired_at"] is not None, timeout=5000)
    actions = {r["action"]: r["actor_name"] for r in demo_core.db.query(
        "SELECT action, actor_name FROM event WHERE action LIKE 'checkin%'")}
    assert actions == {"checkin_question_added": staff.actor.name,
                       "checkin_question_retired": staff.actor.name}
