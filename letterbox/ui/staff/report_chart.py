"""The report's bar chart: letters and recordings per month (QtCharts, imported lazily
so the app starts fast)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from letterbox.ui.theme import CHART_COLOURS, chart_font


def month_totals(rows: Sequence[Any]) -> list[tuple[str, int, int]]:
    """(month, letters, recordings) summed over parents, in month order."""
    totals: dict[str, list[int]] = {}
    for row in rows:
        pair = totals.setdefault(row.month, [0, 0])
        pair[0] += row.letters
        pair[1] += row.recordings
    return [(month, pair[0], pair[1]) for month, pair in sorted(totals.items())]


class ReportChart:
    """Owns a QChartView; ``show(rows)`` redraws the bars."""

    def __init__(self, title: str, letters: str, recordings: str) -> None:
        from PySide6.QtCharts import QChart, QChartView

        self._names = (letters, recordings)
        self._title = title
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setTitleFont(chart_font("heading"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setAccessibleName(title)
        self.categories: list[str] = []
        self.values: tuple[list[int], list[int]] = ([], [])

    @property
    def widget(self) -> QWidget:
        return self.view

    def show(self, rows: Sequence[Any]) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        totals = month_totals(rows)
        self.categories = [month for month, _, _ in totals]
        self.values = ([x for _, x, _ in totals], [y for _, _, y in totals])
        series = QBarSeries()
        for name, values, colour in zip(self._names, self.values, CHART_COLOURS, strict=True):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        # the station's 12 pt would elide a year of months to "…"
        months.setLabelsFont(chart_font("axis"))
        if len(self.categories) > 6:  # a year of months fits as month numbers only
            months.append([m[5:7] for m in self.categories])
            self.chart.setTitle(f"{self._title} ({self.categories[0]} – {self.categories[-1]})")
        else:
            months.append(self.categories or [""])
            self.chart.setTitle(self._title)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        counts = QValueAxis()
        top = max([*self.values[0], *self.values[1], 1])
        step = max(1, -(-top // 5))  # whole numbers on the axis, at most six ticks
        counts.setRange(0, step * -(-top // step))
        counts.setLabelFormat("%d")
        counts.setTickCount(-(-top // step) + 1)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
