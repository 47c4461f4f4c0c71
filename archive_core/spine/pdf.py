"""Shared reportlab helpers: the embedded CJK font, paragraph styles, an A4 page template and tables."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from archive_core.spine import clock
from disc_burning import pdfa
from resources import CJK_FONT

FONT = "WQY"
PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # usable width
HEADER_FILL = colors.HexColor("#e8edf3")
GRID = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#1f3b5a")


def register_font() -> str:
    """Register the bundled WenQuanYi Micro Hei once (embedded as a subset in every PDF)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT), subfontIndex=0))
    return FONT


def styles() -> dict[str, ParagraphStyle]:
    register_font()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=TA_CENTER,
                                textColor=ACCENT, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, alignment=TA_CENTER,
                                   textColor=colors.HexColor("#505a66"), spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=18, textColor=ACCENT, spaceBefore=10,
                             spaceAfter=4),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontSize=8.5, leading=11.5,
                                    textColor=colors.HexColor("#1d2733")),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10, textColor=colors.HexColor("#505a66")),
    }


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True,
          row_colors: Sequence[tuple[int, Any]] = ()) -> Table:
    """A grid table; cells that are not flowables become wrapped paragraphs. widths are fractions of WIDTH."""
    st = styles()
    data = [[c if isinstance(c, Flowable) else para(c, st["cell_bold"] if header and i == 0 else st["cell"])
             for c in row] for i, row in enumerate(rows)]
    t = Table(data, colWidths=[w * WIDTH for w in widths], repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a cell's default font is Helvetica, and it would be listed unembedded
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    for row, color in row_colors:
        commands.append(("BACKGROUND", (0, row), (-1, row), color))
    t.setStyle(TableStyle(commands))
    return t


def key_value(pairs: Sequence[tuple[str, Any]], columns: int = 2) -> Table:
    """A label/value grid, ``columns`` pairs per line."""
    st = styles()
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        line: list[Any] = []
        for label_text, value in pairs[start:start + columns]:
            line += [para(label_text, st["cell_bold"]), para(value, st["cell"])]
        line += [""] * (2 * columns - len(line))
        rows.append(line)
    label_w = 0.17
    value_w = 1 / columns - label_w
    t = table(rows, [label_w, value_w] * columns, header=False)
    t.setStyle(TableStyle([("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in range(0, 2 * columns, 2)]))
    return t


def build(path: Path, story: list[Flowable], *, title: str, footer: str) -> Path:
    """Write the PDF: A4, the title in the running header, footer text and page number on each page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_pdf(path, render(story, title=title, footer=footer), title=title)
    return path


def render(story: list[Flowable], *, title: str, footer: str) -> bytes:
    """The reportlab PDF of ``build``, as bytes (before its PDF/A conversion)."""
    st = styles()
    generated = clock.fmt(clock.now(), clock.READ_MINUTE)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#505a66"))
        canvas.drawString(MARGIN, PAGE[1] - 12 * mm, title)
        canvas.drawRightString(PAGE[0] - MARGIN, PAGE[1] - 12 * mm, generated)
        canvas.setStrokeColor(GRID)
        canvas.line(MARGIN, PAGE[1] - 13.5 * mm, PAGE[0] - MARGIN, PAGE[1] - 13.5 * mm)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN, 10 * mm, f"{doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=title, author="archive-ws",
                            initialFontName=FONT, initialFontSize=9.5, initialLeading=14)
    story = [*story, Spacer(1, 4 * mm), para("", st["small"])]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def archival(data: bytes, *, title: str, author: str = "archive-ws") -> bytes:
    """A reportlab PDF as PDF/A-2b bytes."""
    return pdfa.archival(data, title=title, author=author, created=clock.local(clock.now()))


def write_pdf(path: Path, data: bytes, *, title: str, author: str = "archive-ws") -> None:
    """Write a reportlab PDF as PDF/A-2b, whole or not at all (a temporary file renamed into place)."""
    archived = archival(data, title=title, author=author)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(archived)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
