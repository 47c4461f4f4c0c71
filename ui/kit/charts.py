"""Small bar charts (QtCharts) for dashboard tiles: categories on one axis, one or more coloured series."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

COLORS = ("#1f5aa6", "#e39b2d", "#c0392b", "#2e8b57", "#8e6cbf")


def nice_step(raw: float) -> int:
    """The tick step for counts: 1, 2 or 5 times a power of ten, at least raw."""
    step = 1
    while step < raw:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


class BarChart(QChartView):
    """set_data(categories, [(name, values)]) redraws the chart; stacked and horizontal bars are options."""

    def __init__(self, *, stacked: bool = False, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stacked, self.horizontal = stacked, horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_data([], [])

    def sizeHint(self) -> QSize:
        return QSize(320, 200)  # grow with the tile, never push it past the screen

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 category_title: str = "") -> None:
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))
        if self.horizontal:
            bars: QBarSeries | QStackedBarSeries | QHorizontalStackedBarSeries = QHorizontalStackedBarSeries()
        else:
            bars = QStackedBarSeries() if self.stacked else QBarSeries()
        top = 0.0
        for i, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(COLORS[i % len(COLORS)]))
            bar_set.setBorderColor(QColor(COLORS[i % len(COLORS)]))
            bars.append(bar_set)
        columns = list(zip(*(v for _n, v in series), strict=False))
        if columns:
            top = max(sum(c) if (self.stacked or self.horizontal) else max(c) for c in columns)
        chart.addSeries(bars)
        if self.horizontal:  # first category at the top
            categories = list(reversed(categories))
            for bar_set in bars.barSets():
                values_ = [bar_set.at(i) for i in range(bar_set.count())]
                bar_set.remove(0, bar_set.count())
                bar_set.append(list(reversed(values_)))
        cats = QBarCategoryAxis()
        cats.append(list(categories))
        cats.setLabelsFont(small)
        if category_title:
            cats.setTitleText(category_title)
            cats.setTitleFont(small)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(small)
        step = nice_step(top * 1.1 / 4)
        values.setRange(0, 4 * step)  # whole-number ticks: these are counts
        values.setTickCount(5)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(cats)
        bars.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(series) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(small)
        self.setChart(chart)
        self.bars = bars
