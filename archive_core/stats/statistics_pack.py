"""The statistics pack (Art. 28) as a Chinese PDF with charts, or as CSV / XLSX tables for further analysis."""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from archive_core.archiving.volumes import DEADLINE_LABELS, Deadline
from archive_core.cases import labels as L
from archive_core.cases.compliance import article_label
from archive_core.equipment.devices import KIND_LABELS
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.pdf import FONT, WIDTH, build, key_value, para, register_font, styles, table
from archive_core.spine.workstation import Workstation
from archive_core.stats.statistics import StatisticsPack
from models.cases import STAGE_ORDER, CaseStatus, EnforcementType

CTX = "stats_report"
FORMATS = ("pdf", "csv", "xlsx")
PALETTE = [colors.HexColor(c) for c in ("#1f5aa6", "#e39b2d", "#c0392b", "#2e8b57", "#8e6cbf", "#7f8c8d")]
CLOCK_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("stats_report", "On time"),
    "excepted": QT_TRANSLATE_NOOP("stats_report", "On time (exception)"),
    "late": QT_TRANSLATE_NOOP("stats_report", "Late"),
    "unknown": QT_TRANSLATE_NOOP("stats_report", "Time unknown"),
}
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("stats_report", "Non-compliant"),
    "warning": QT_TRANSLATE_NOOP("stats_report", "Warning"),
    "info": QT_TRANSLATE_NOOP("stats_report", "Note"),
}
Tr = Callable[[str], str]


class ReportFormatError(ValidationError):
    code = "report_format"
    message = QT_TRANSLATE_NOOP("errors", "Cannot write {name}: the file must end in .pdf, .csv or .xlsx.")


class XlsxUnavailableError(StorageError):
    code = "xlsx_unavailable"
    message = QT_TRANSLATE_NOOP("errors", "Cannot write {name}: the Excel writer (openpyxl) is not installed.")
    hint = QT_TRANSLATE_NOOP("errors", "Write a .csv file instead, or ask the administrator to install openpyxl.")


def _tr(translator: Translator) -> Tr:
    def tr(text: str) -> str:
        for context in (CTX, L.CONTEXT, "devices", "archiving", "compliance"):
            out = translator.translate(context, text)
            if out != text:
                return out
        return text

    return tr


class Percent(float):
    """A rate: a number in XLSX (with a percent format), "12.3%" in the PDF and the CSV."""

    def __str__(self) -> str:
        return f"{self * 100:.1f}%"

    __repr__ = __str__  # the csv module writes floats by repr


def _pct(value: float | None) -> Percent | str:
    return "—" if value is None else Percent(value)


def _article(article: str, tr: Tr) -> str:
    return article_label(article, "", lambda _ctx, text: tr(text))


# --- the tables, shared by every format -----------------------------------------------------------------------


def tables(p: StatisticsPack, tr: Tr) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) for each section: what the CSV and XLSX hold and the PDF prints."""
    out: list[tuple[str, list[str], list[list[Any]]]] = []
    stages = [s.value for s in STAGE_ORDER]
    types = [t.value for t in EnforcementType if t.value in p.by_type_stage]
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Cases by type and stage")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Enforcement type"))]
            + [tr(L.STAGES[s]) for s in stages]
            + [tr(QT_TRANSLATE_NOOP("stats_report", "Total"))],
            [
                [tr(L.ENFORCEMENT_TYPES[t])]
                + [p.by_type_stage[t].get(s, 0) for s in stages]
                + [sum(p.by_type_stage[t].values())]
                for t in types
            ]
            + [
                [tr(QT_TRANSLATE_NOOP("stats_report", "Total"))]
                + [sum(p.by_type_stage[t].get(s, 0) for t in types) for s in stages]
                + [p.cases]
            ],
        )
    )
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Cases by status")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Status")), tr(QT_TRANSLATE_NOOP("stats_report", "Cases"))],
            [[tr(L.STATUSES[s.value]), p.by_status.get(s.value, 0)] for s in CaseStatus],
        )
    )
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Cases by unit")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Unit")), tr(QT_TRANSLATE_NOOP("stats_report", "Cases"))],
            [[u or "—", n] for u, n in p.by_unit.items()],
        )
    )
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Recording completeness by stage (Art. 8–11)")),
            [
                tr(QT_TRANSLATE_NOOP("stats_report", "Stage")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Recorded")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Not applicable")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Missing")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Items")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Completeness")),
            ],
            [
                [tr(L.STAGES[s]), c.recorded, c.not_applicable, c.missing, c.total, _pct(c.rate)]
                for s, c in p.completeness.items()
            ]
            + [
                [
                    tr(QT_TRANSLATE_NOOP("stats_report", "Total")),
                    p.completeness_total.recorded,
                    p.completeness_total.not_applicable,
                    p.completeness_total.missing,
                    p.completeness_total.total,
                    _pct(p.completeness_total.rate),
                ]
            ],
        )
    )
    av = p.av_coverage
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "A/V coverage of mandatory cases (Art. 20)")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Measure")), tr(QT_TRANSLATE_NOOP("stats_report", "Value"))],
            [
                [tr(QT_TRANSLATE_NOOP("stats_report", "Cases with mandatory whole-process A/V")), av.mandatory],
                [tr(QT_TRANSLATE_NOOP("stats_report", "Of which past the on-site stage")), av.due],
                [tr(QT_TRANSLATE_NOOP("stats_report", "Of which with A/V of the on-site stage")), av.covered],
                [tr(QT_TRANSLATE_NOOP("stats_report", "Coverage")), _pct(av.rate)],
                [tr(QT_TRANSLATE_NOOP("stats_report", "Cases without A/V")), "、".join(av.uncovered) or "—"],
            ],
        )
    )
    ing = p.ingest
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Ingest timeliness (Art. 24)")),
            [
                tr(QT_TRANSLATE_NOOP("stats_report", "24-hour clock")),
                tr(QT_TRANSLATE_NOOP("stats_report", "A/V records")),
            ],
            [[tr(CLOCK_LABELS.get(k, k)), n] for k, n in ing.by_state.items()]
            + [[tr(QT_TRANSLATE_NOOP("stats_report", "Stored within 24 hours")), _pct(ing.rate)]],
        )
    )
    arch = p.archiving
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Archiving timeliness (Art. 26)")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Filing deadline")), tr(QT_TRANSLATE_NOOP("stats_report", "Cases"))],
            [[tr(DEADLINE_LABELS[Deadline(k)]), n] for k, n in arch.by_state.items()]
            + [
                [tr(QT_TRANSLATE_NOOP("stats_report", "Filed within 30 days")), _pct(arch.rate)],
                [
                    tr(QT_TRANSLATE_NOOP("stats_report", "Average days to filing")),
                    "—" if arch.average_days is None else arch.average_days,
                ],
            ],
        )
    )
    sev = ("error", "warning", "info")
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Compliance findings by article")),
            [tr(QT_TRANSLATE_NOOP("stats_report", "Article"))]
            + [tr(SEVERITIES[s]) for s in sev]
            + [tr(QT_TRANSLATE_NOOP("stats_report", "Total"))],
            [[_article(a, tr)] + [per.get(s, 0) for s in sev] + [sum(per.values())] for a, per in p.findings.items()],
        )
    )
    rows = [
        [tr(KIND_LABELS.get(u.kind, u.kind)), u.devices, u.device_days, u.loan_days, u.loans, _pct(u.rate)]
        for u in p.devices
    ]
    t = p.devices_total
    out.append(
        (
            tr(QT_TRANSLATE_NOOP("stats_report", "Device utilisation (loan-days / device-days)")),
            [
                tr(QT_TRANSLATE_NOOP("stats_report", "Device type")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Devices")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Device-days")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Loan-days")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Loans")),
                tr(QT_TRANSLATE_NOOP("stats_report", "Utilisation")),
            ],
            [
                *rows,
                [
                    tr(QT_TRANSLATE_NOOP("stats_report", "Total")),
                    t.devices,
                    t.device_days,
                    t.loan_days,
                    t.loans,
                    _pct(t.rate),
                ],
            ],
        )
    )
    return out


# --- charts -----------------------------------------------------------------------------------------------------


def _title(d: Drawing, text: str) -> None:
    d.initialFontName = FONT  # the drawing starts in this font, else in Helvetica, which is not embedded
    d.add(
        String(
            d.width / 2,
            d.height - 12,
            text,
            fontName=FONT,
            fontSize=10.5,
            textAnchor="middle",
            fillColor=colors.HexColor("#1f3b5a"),
        )
    )


def _legend(d: Drawing, names: Sequence[str], x: float, y: float, columns: int = 1) -> None:
    lg = Legend()
    lg.fontName, lg.fontSize, lg.x, lg.y = FONT, 8, x, y
    lg.alignment, lg.boxAnchor, lg.columnMaximum = "right", "nw", max(1, (len(names) + columns - 1) // columns)
    lg.dx = lg.dy = 7
    lg.colorNamePairs = list(zip(PALETTE, names, strict=False))
    d.add(lg)


def nice_step(raw: float) -> int:
    """1, 2 or 5 times a power of ten, at least raw (whole numbers only)."""
    if raw <= 1:
        return 1
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    percent: bool = False,
    height: float = 68 * mm,
    value_title: str = "",
) -> Drawing:
    d = Drawing(WIDTH, height)
    _title(d, title)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    legend_w = 40 * mm if len(series) > 1 else 0
    chart.x, chart.y = (34 * mm if horizontal else 14 * mm), 14 * mm
    # Room above the plot for the value printed over a full bar (100%), under the value axis' title.
    label_room = 0 if stacked or horizontal else 12
    chart.width, chart.height = WIDTH - chart.x - legend_w - 6 * mm, height - 14 * mm - 22 - label_room
    chart.data = [list(v) for _n, v in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 8
    chart.valueAxis.valueMin = 0
    top = max((sum(col) if stacked else max(col) for col in zip(*chart.data, strict=False)), default=0)
    if percent:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = 100, 20
    else:
        step = nice_step(top / 5)
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = step * max(1, math.ceil(top / step)), step
    chart.valueAxis.labelTextFormat = "%d%%" if percent else "%d"
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing, chart.groupSpacing = 1, 8
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    if not stacked:  # stacked segments are read from the table under the chart
        chart.barLabelFormat = "%d%%" if percent else "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
        chart.barLabels.nudge = 6
    if horizontal:
        chart.categoryAxis.reverseDirection = True
    d.add(chart)
    if value_title:
        d.add(
            String(
                chart.x,
                chart.y + chart.height + 9 + label_room,
                value_title,
                fontName=FONT,
                fontSize=7.5,
                fillColor=colors.HexColor("#505a66"),
            )
        )
    if len(series) > 1:
        _legend(d, [n for n, _v in series], WIDTH - legend_w + 4 * mm, chart.y + chart.height)
    return d


def pie_chart(title: str, parts: Sequence[tuple[str, int]], height: float = 62 * mm) -> Drawing:
    d = Drawing(WIDTH / 2 - 3 * mm, height)
    _title(d, title)
    shown = [(i, v) for i, (_n, v) in enumerate(parts) if v]  # keep each part's colour, drop empty slices
    pie = Pie()
    size = height - 30
    pie.x, pie.y, pie.width, pie.height = 6 * mm, 8, size, size
    pie.data = [v for _i, v in shown] or [1]
    pie.labels = [str(v) for _i, v in shown] or [""]
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.fontName, pie.slices.fontSize, pie.slices.labelRadius = FONT, 8, 0.65
    pie.slices.fontColor = colors.white
    for slot, (i, _v) in enumerate(shown):
        pie.slices[slot].fillColor = PALETTE[i % len(PALETTE)]
    if not shown:
        pie.slices[0].fillColor = colors.HexColor("#dfe3e8")
    d.add(pie)
    _legend(d, [f"{n}  {v}" for n, v in parts], pie.x + size + 8 * mm, pie.y + size)
    return d


def _charts(p: StatisticsPack, tr: Tr) -> dict[str, list[Flowable]]:
    types = [t.value for t in EnforcementType if t.value in p.by_type_stage]
    stages = [s.value for s in STAGE_ORDER]
    cases = bar_chart(
        tr(QT_TRANSLATE_NOOP("stats_report", "Cases by enforcement type and current stage")),
        [tr(L.ENFORCEMENT_TYPES[t]) for t in types],
        [(tr(L.STAGES[s]), [p.by_type_stage[t].get(s, 0) for t in types]) for s in stages],
        stacked=True,
        value_title=tr(QT_TRANSLATE_NOOP("stats_report", "Cases")),
    )
    comp = bar_chart(
        tr(QT_TRANSLATE_NOOP("stats_report", "Checklist items of completed stages")),
        [tr(L.STAGES[s]) for s in stages],
        [
            (tr(QT_TRANSLATE_NOOP("stats_report", "Recorded")), [p.completeness[s].recorded for s in stages]),
            (
                tr(QT_TRANSLATE_NOOP("stats_report", "Not applicable")),
                [p.completeness[s].not_applicable for s in stages],
            ),
            (tr(QT_TRANSLATE_NOOP("stats_report", "Missing")), [p.completeness[s].missing for s in stages]),
        ],
        stacked=True,
        value_title=tr(QT_TRANSLATE_NOOP("stats_report", "Items")),
    )
    timely = [
        pie_chart(
            tr(QT_TRANSLATE_NOOP("stats_report", "A/V stored within 24 hours")),
            [(tr(CLOCK_LABELS[k]), p.ingest.by_state.get(k, 0)) for k in CLOCK_LABELS],
        ),
        pie_chart(
            tr(QT_TRANSLATE_NOOP("stats_report", "Case files filed within 30 days")),
            [(tr(DEADLINE_LABELS[d]), p.archiving.by_state.get(d.value, 0)) for d in Deadline],
        ),
    ]
    articles = list(p.findings)
    found = bar_chart(
        tr(QT_TRANSLATE_NOOP("stats_report", "Findings by article")),
        [_article(a, tr) for a in articles],
        [
            (tr(SEVERITIES["error"]), [p.findings[a].get("error", 0) for a in articles]),
            (tr(SEVERITIES["warning"]), [p.findings[a].get("warning", 0) for a in articles]),
        ],
        stacked=True,
        horizontal=True,
        height=max(50, 14 + 9 * len(articles)) * mm / 1.6 + 30 * mm,
        value_title=tr(QT_TRANSLATE_NOOP("stats_report", "Findings")),
    )
    use = bar_chart(
        tr(QT_TRANSLATE_NOOP("stats_report", "Device utilisation by type")),
        [tr(KIND_LABELS.get(u.kind, u.kind)) for u in p.devices],
        [(tr(QT_TRANSLATE_NOOP("stats_report", "Utilisation")), [round((u.rate or 0) * 100) for u in p.devices])],
        percent=True,
        height=58 * mm,
        value_title=tr(QT_TRANSLATE_NOOP("stats_report", "Loan-days / device-days")),
    )
    from reportlab.platypus import Table, TableStyle

    pair = Table([timely], colWidths=[WIDTH / 2] * 2)
    pair.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))  # else Helvetica is listed, not embedded
    return {"cases": [cases], "completeness": [comp], "timeliness": [pair], "findings": [found], "devices": [use]}


def _story(p: StatisticsPack, tr: Tr, unit_label: str) -> list[Flowable]:
    st = styles()
    sections = tables(p, tr)
    charts = _charts(p, tr)
    story: list[Flowable] = [
        para(tr(QT_TRANSLATE_NOOP("stats_report", "Statistics of enforcement records")), st["title"]),
        para(
            tr(QT_TRANSLATE_NOOP("stats_report", "Art. 28 statistics and analysis; Art. 4 rule-of-law evaluation")),
            st["subtitle"],
        ),
        key_value(
            [
                (
                    tr(QT_TRANSLATE_NOOP("stats_report", "Period")),
                    f"{clock.fmt_day(p.scope.start)} — {clock.fmt_day(p.scope.end)}",
                ),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Unit")), unit_label),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Cases opened")), p.cases),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Cases with findings")), p.cases_with_findings),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Recording completeness")), _pct(p.completeness_total.rate)),
                (tr(QT_TRANSLATE_NOOP("stats_report", "A/V coverage (Art. 20)")), _pct(p.av_coverage.rate)),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Stored within 24 hours (Art. 24)")), _pct(p.ingest.rate)),
                (tr(QT_TRANSLATE_NOOP("stats_report", "Filed within 30 days (Art. 26)")), _pct(p.archiving.rate)),
            ]
        ),
        Spacer(1, 3 * mm),
        para(
            tr(
                QT_TRANSLATE_NOOP(
                    "stats_report",
                    "Cases are those opened in the period; completeness counts the required "
                    "checklist items of the stages each case has completed; ingest counts A/V "
                    "records stored in the period; archiving counts cases whose enforcement action "
                    "ended in the period; device utilisation counts loan time over the time the "
                    "devices were in the register during the period.",
                )
            ),
            st["small"],
        ),
    ]

    def section(index: int, widths: Sequence[float], chart: str | None = None) -> None:
        title, header, rows = sections[index]
        story.append(CondPageBreak(60 * mm))
        story.append(para(title, st["h2"]))
        if chart:
            story.extend(charts[chart])
        story.append(table([header, *rows], widths))

    section(0, [0.24] + [0.15] * 4 + [0.16], "cases")
    section(1, [0.5, 0.5])
    section(2, [0.7, 0.3])
    section(3, [0.26, 0.15, 0.15, 0.15, 0.14, 0.15], "completeness")
    story.append(CondPageBreak(80 * mm))
    story.append(para(tr(QT_TRANSLATE_NOOP("stats_report", "Timeliness (Art. 24, Art. 26)")), st["h2"]))
    story.extend(charts["timeliness"])
    for index in (5, 6):
        title, header, rows = sections[index]
        story += [para(title, st["h2"]), table([header, *rows], [0.6, 0.4])]
    section(4, [0.6, 0.4])
    section(7, [0.28, 0.18, 0.18, 0.18, 0.18], "findings")
    section(8, [0.22, 0.12, 0.18, 0.18, 0.12, 0.18], "devices")
    return story


def _write_csv(path: Path, sections: list[tuple[str, list[str], list[list[Any]]]]) -> None:
    # UTF-8 with BOM so that Excel opens the Chinese text correctly.
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for title, header, rows in sections:
            w.writerow([title])
            w.writerow(header)
            w.writerows(rows)
            w.writerow([])


def _write_xlsx(path: Path, sections: list[tuple[str, list[str], list[list[Any]]]]) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font, PatternFill
    except ImportError as exc:
        raise XlsxUnavailableError(name=path.name) from exc
    wb = Workbook()
    wb.remove(wb.active)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EDF3")
    for i, (title, header, rows) in enumerate(sections, 1):
        ws = wb.create_sheet(f"{i}. {title}"[:31].replace("/", "／"))
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append(header)
        for cell in ws[2]:
            cell.font, cell.fill = bold, fill
        for row in rows:
            ws.append([float(v) if isinstance(v, Percent) else v for v in row])
            for cell, value in zip(ws[ws.max_row], row, strict=False):
                if isinstance(value, Percent):
                    cell.number_format = "0.0%"
        for col, _h in enumerate(header, 1):
            letter = ws.cell(row=2, column=col).column_letter
            ws.column_dimensions[letter].width = max(12, *(len(str(r[col - 1])) * 2 for r in [header, *rows]))
    wb.save(str(path))


def write(
    ws: Workstation, actor: Actor, pack: StatisticsPack, target: Path, translator: Translator | None = None
) -> Path:
    """Write the pack as PDF, CSV or XLSX (by the file's suffix); the writing is audited."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ReportFormatError(name=target.name)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.REPORT_READ, "statistics", str(target))
    tr = _tr(translator or Translator())
    unit_label = pack.scope.unit or tr(QT_TRANSLATE_NOOP("stats_report", "All units"))
    target.parent.mkdir(parents=True, exist_ok=True)
    sections = tables(pack, tr)
    if fmt == "pdf":
        register_font()
        title = tr(QT_TRANSLATE_NOOP("stats_report", "Statistics of enforcement records"))
        build(
            target,
            _story(pack, tr, unit_label),
            title=title,
            footer=f"{title}　{clock.fmt_day(pack.scope.start)} — {clock.fmt_day(pack.scope.end)}　{unit_label}",
        )
    elif fmt == "csv":
        _write_csv(target, sections)
    else:
        _write_xlsx(target, sections)
    with ws.unit(actor) as uow:
        uow.audit(
            "report.statistics",
            "statistics",
            target.name,
            {
                "from": pack.scope.start.isoformat(),
                "to": pack.scope.end.isoformat(),
                "unit": pack.scope.unit,
                "format": fmt,
                "cases": pack.cases,
            },
        )
    return target
