"""The statistics pack as files: XLSX rates are numbers with a percent format; a full bar's value stays clear of the
chart's axis title."""

from __future__ import annotations

from openpyxl import load_workbook
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import String

from archive_core.stats import statistics, statistics_pack


def test_xlsx_rates_are_numbers_with_a_percent_format(ws, supervisor, world, tmp_path):
    p = statistics.statistics_pack(ws, supervisor, world.start, world.today, "", today=world.today, now=world.now)
    path = statistics_pack.write(ws, supervisor, p, tmp_path / "统计.xlsx")
    csv = statistics_pack.write(ws, supervisor, p, tmp_path / "统计.csv").read_text(encoding="utf-8-sig")
    rates = [c for sheet in load_workbook(path) for row in sheet.iter_rows() for c in row if c.number_format == "0.0%"]
    assert len(rates) >= 5 and all(isinstance(c.value, float) and 0 <= c.value <= 1 for c in rates)
    assert not [c for sheet in load_workbook(path) for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.endswith("%")]  # no rate left as text
    assert "12.0%" in csv  # the CSV and the PDF keep the written form


def test_a_full_bar_keeps_its_value_under_the_axis_title():
    d = statistics_pack.bar_chart("各类设备使用率", ["执法记录仪", "照相机"], [("使用率", [100, 20])], percent=True,
                                  height=160, value_title="领用天数 / 在册天数")
    [chart] = [c for c in d.contents if isinstance(c, VerticalBarChart)]
    [axis_title] = [s for s in d.contents if isinstance(s, String) and s.text == "领用天数 / 在册天数"]
    label_top = chart.y + chart.height + chart.barLabels.nudge + chart.barLabels.fontSize
    assert label_top <= axis_title.y - 1
