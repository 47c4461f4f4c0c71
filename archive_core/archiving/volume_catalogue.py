"""The volume catalogue (卷内目录) of an archive volume as a Chinese PDF with the CJK font embedded (Art. 26)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from archive_core.archiving.archive_codes import retention_zh
from archive_core.archiving.volumes import VolumeView, get_volume
from archive_core.spine import clock
from archive_core.spine.auth import Actor
from archive_core.spine.errors import StorageError
from archive_core.spine.pdf import register_font
from archive_core.spine.workstation import Workstation
from disc_burning import pdfa

COLUMNS = ("序号", "文号", "题名", "日期", "页数/时长", "备注")
WIDTHS_MM = (11, 34, 58, 21, 18, 44)


def duration_text(seconds: float) -> str:
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def render(volume: VolumeView) -> bytes:
    font = register_font()
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1, spaceAfter=6)
    head = ParagraphStyle("head", fontName=font, fontSize=9.5, leading=14)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    center = ParagraphStyle("center", parent=cell, alignment=1)
    retention = retention_zh(volume.retention)
    docs = sum(i.kind == "document" for i in volume.items)
    media = len(volume.items) - docs
    story = [
        Paragraph("卷内目录", title),
        Paragraph(escape(f"档号：{volume.archive_code}　　案卷题名：{volume.case_no} {volume.title}"), head),
        Paragraph(escape(f"全宗号：{volume.fonds}　年度：{volume.year}　保管期限：{retention}　件号：{volume.seq}"
                         f"　立卷单位：{volume.agency or '—'}"), head),
        Paragraph(escape(f"执法行为终结：{clock.fmt_day(volume.action_ended_at)}"
                         f"　归档日期：{clock.fmt_day(volume.filed_on)}"
                         f"　文书 {docs} 件 {volume.total_pages} 页　音像 {media} 件 "
                         f"{duration_text(volume.total_seconds)}"), head),
        Spacer(1, 3 * mm),
    ]
    rows = [[Paragraph(c, center) for c in COLUMNS]]
    for item in volume.items:
        amount = f"{item.pages} 页" if item.kind == "document" else duration_text(item.seconds)
        rows.append([
            Paragraph(str(item.number), center),
            Paragraph(escape(item.doc_no), cell),
            Paragraph(escape(item.title), cell),
            Paragraph(clock.fmt_day(item.item_date), center),
            Paragraph(escape(amount), center),
            Paragraph(escape(item.notes), cell),
        ])
    if len(rows) == 1:
        rows.append([Paragraph("", cell), Paragraph("", cell), Paragraph("（本卷无文件）", cell)]
                    + [Paragraph("", cell)] * 3)
    table = LongTable(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    if volume.late_days:
        story += [Spacer(1, 3 * mm), Paragraph(escape(
            f"备注：超过第二十六条规定的三十日归档期限 {volume.late_days} 日。"
            + (f"原因：{volume.late_reason}" if volume.late_reason else "")), head)]

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{volume.archive_code}　第 {doc.page} 页")

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=f"卷内目录 {volume.archive_code}", initialFontName=font,
                            invariant=True)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return pdfa.archival(out.getvalue(), title=f"卷内目录 {volume.archive_code}")


def write_catalogue(ws: Workstation, actor: Actor, key: str, target: str | os.PathLike[str]) -> Path:
    """Write the catalogue of the volume (by archive code or case number) to ``target``, atomically."""
    volume = get_volume(ws, actor, key)
    data = render(volume)
    path = Path(target)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(name=str(path), reason=str(exc)) from exc
    with ws.unit(actor) as uow:
        uow.audit("volume.catalogue", "archive_volume", volume.archive_code, {"file": str(path)})
    return path
