"""Disc labels: a 120 mm square insert per copy with the archive code, cases, "n of N", copy and Art. 26 in short."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer

from disc_burning import pdfa, written_dates
from disc_burning.bag import DiscLayout
from disc_burning.fonts import cjk_font
from disc_burning.items import DiscItem
from disc_burning.plan import human_size

SIDE = 120 * mm
MARGIN = 8 * mm


def _short(values: Iterable[str], limit: int) -> str:
    unique = list(dict.fromkeys(v for v in values if v))
    text = "、".join(unique[:limit])
    return text + (f" 等{len(unique)}项" if len(unique) > limit else "")


def _period(items: Sequence[DiscItem]) -> str:
    start = min(i.recorded_start for i in items)
    end = max(i.recorded_end for i in items)
    return f"{written_dates.minute(start)} 至 {written_dates.minute(end)}"


def render_labels(
    *,
    archive_code: str,
    agency_name: str,
    bag_count: str,
    volume_id: str,
    medium_label: str,
    bagging_date: date,
    items: Sequence[DiscItem],
    copies: Sequence[str],
) -> bytes:
    """One page per copy letter."""
    font = cjk_font()
    title = ParagraphStyle("t", fontName=font, fontSize=13, leading=17, alignment=1)
    code = ParagraphStyle("c", fontName=font, fontSize=11, leading=15, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=8, leading=11, wordWrap="CJK")
    number, _, count = bag_count.partition(" of ")
    cases = [f"{i.case_number} {i.case_title}" for i in items]
    officers = [o.name for i in items for o in i.officers]
    lines = [
        ("案件", _short(cases, 3)),
        ("记录事项", _short((i.matter for i in items), 3)),
        ("记录时间", _period(items)),
        ("记录地点", _short((i.place for i in items), 2)),
        ("记录方式", _short((i.method for i in items), 3)),
        ("执法人员", _short(officers, 8)),
        ("内容", f"{len(items)} 个文件，{human_size(sum(i.size for i in items))}；{medium_label}；卷标 {volume_id}"),
        ("单位", agency_name),
        ("查看", "用浏览器打开光盘中的 data/index.html"),
    ]
    damaged = [i.original_name for i in items if i.damage]
    if damaged:
        lines.insert(6, ("已损坏", f"{len(damaged)} 个文件（{_short(damaged, 2)}），详见光盘目录"))
    unverified = [i.original_name for i in items if not i.time_verified]
    if unverified:
        lines.insert(3, ("时间未核实",
                         f"{len(unverified)} 个文件（{_short(unverified, 2)}）的录制时间仅为文件修改时间"))

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(SIDE, SIDE), invariant=True, initialFontName=font)
    canvas.setTitle(f"光盘标签 {archive_code} {bag_count}")
    for copy in copies:
        story = [
            Paragraph("执法音视频证据光盘", title),
            Paragraph(escape(archive_code), code),
            Paragraph(escape(f"第 {number} 张 / 共 {count} 张 · 副本 {copy} · {written_dates.day(bagging_date)}"),
                      code),
            Spacer(1, 2 * mm),
            *(Paragraph(f"<b>{escape(k)}：</b>{escape(v)}", body) for k, v in lines),
        ]
        canvas.setLineWidth(0.3)
        canvas.rect(2 * mm, 2 * mm, SIDE - 4 * mm, SIDE - 4 * mm)
        frame = Frame(MARGIN, MARGIN, SIDE - 2 * MARGIN, SIDE - 2 * MARGIN, 0, 0, 0, 0)
        frame.addFromList([KeepInFrame(SIDE - 2 * MARGIN, SIDE - 2 * MARGIN, story, mode="shrink")], canvas)
        canvas.showPage()
    canvas.save()
    return pdfa.archival(out.getvalue(), title=f"光盘标签 {archive_code} {bag_count}", author=agency_name)


def labels_for(layout: DiscLayout) -> bytes:
    """Label pages (one per copy) for a laid-out disc."""
    request = layout.plan.request
    return render_labels(
        archive_code=request.archive_code, agency_name=request.agency_name, bag_count=layout.disc.bag_count,
        volume_id=layout.volume_id, medium_label=layout.plan.medium.label, bagging_date=request.bagging_date,
        items=layout.disc.items, copies=request.copies,
    )
