"""The Chinese PDF catalogue of one disc: the disc's identity and a table of its items with Art. 26's elements."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from disc_burning import pdfa, written_dates
from disc_burning.fonts import cjk_font
from disc_burning.items import DiscItem
from disc_burning.plan import human_size
from disc_burning.sidecar import format_period

COLUMNS = (
    "序号", "文件名", "记录事项", "记录时间", "记录地点", "记录方式",
    "执法人员（执法证号）", "案件 / 环节",
)
WIDTHS_MM = (10, 50, 40, 36, 38, 20, 38, 41)


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    font = cjk_font()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=4)
    head = ParagraphStyle("head", fontName=font, fontSize=9.5, leading=14)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10.5, wordWrap="CJK")
    small = ParagraphStyle("small", parent=cell, fontSize=6, leading=7.5)
    return title, head, cell, small


def render_catalogue(
    *,
    archive_code: str,
    agency_name: str,
    bag_count: str,
    disc_label: str,
    volume_id: str,
    bagging_date: date,
    items: Sequence[DiscItem],
    disc_names: Sequence[str],
) -> bytes:
    title, head, cell, small = _styles()
    p = lambda text, style=cell: Paragraph(escape(text), style)  # noqa: E731
    number, _, count = bag_count.partition(" of ")
    story = [
        Paragraph("执法音视频证据光盘目录", title),
        Paragraph(escape(f"档号：{archive_code} · 光盘：第 {number} 张，共 {count} 张 · 卷标：{volume_id}"), head),
        Paragraph(escape(f"单位：{agency_name} · 介质：{disc_label} · 制作日期：{written_dates.day(bagging_date)}"),
                  head),
        Paragraph(escape(f"文件数：{len(items)} · 合计：{human_size(sum(i.size for i in items))}"), head),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[Paragraph]] = [[p(c) for c in COLUMNS]]
    spans: list[tuple[Any, ...]] = []
    for n, (item, name) in enumerate(zip(items, disc_names, strict=True), start=1):
        rows.append([
            p(str(n)),
            p((name if name == item.original_name else f"{name}（原名：{item.original_name}）")
              + (f"【已损坏：{item.damage}】" if item.damage else "")),
            p(item.matter),
            p(format_period(item)),
            p(item.place),
            p(item.method),
            p("、".join(str(o) for o in item.officers)),
            p(f"{item.case_number} {item.case_title} / {item.stage.label}"),
        ])
        # Digests on their own full-width line: split over a narrow column they tripled the row height.
        rows.append([Paragraph("", small), Paragraph(
            escape(f"大小 {human_size(item.size)}（{item.size} 字节） · SHA-256 {item.sha256} · SM3 {item.sm3}"), small
        )] + [Paragraph("", small)] * (len(COLUMNS) - 2))
        last = len(rows) - 1
        spans += [
            ("SPAN", (1, last), (-1, last)),
            ("SPAN", (0, last - 1), (0, last)),
            ("NOSPLIT", (0, last - 1), (-1, last)),
            ("LINEABOVE", (1, last), (-1, last), 0.2, colors.lightgrey),
        ]
    table = LongTable(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *spans,
    ]))
    story.append(table)

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
        title=f"光盘目录 {archive_code} {bag_count}", author=agency_name, invariant=True,
        initialFontName=cjk_font(),
    )

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font(), 8)
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"{archive_code}    第 {doc_.page} 页")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdfa.archival(out.getvalue(), title=f"光盘目录 {archive_code} {bag_count}", author=agency_name)
