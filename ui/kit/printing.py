"""Printing the list a page shows: its title, who printed it and when, and the rows as a table."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView

from archive_core.spine import clock

# Enough for any list a person reads on paper; a catalogue of 100,000 cases is exported, not printed.
MAX_ROWS = 5000


def _rows(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    model: QAbstractItemModel = view.model()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    columns = [c for c in range(model.columnCount()) if not hidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    loaded = getattr(model, "is_loaded", lambda _r: True)  # a lazy list prints the rows it has fetched
    rows = []
    for r in range(min(model.rowCount(), MAX_ROWS)):
        if loaded(r):
            rows.append([str(model.data(model.index(r, c)) or "") for c in columns])
    return headers, rows


def list_document(view: QAbstractItemView, title: str, printed_by: str, note: str) -> QTextDocument:
    headers, rows = _rows(view)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    when = clock.fmt(clock.now(), clock.READ_MINUTE)
    doc = QTextDocument()
    doc.setHtml(
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(printed_by)}　{html.escape(when)}　{html.escape(note.format(count=len(rows)))}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>")
    return doc


def print_list(printer: QPrinter, view: QAbstractItemView, title: str, printed_by: str, note: str) -> None:
    """Lay the list out on ``printer``'s pages (landscape: lists are wide)."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    list_document(view, title, printed_by, note).print_(printer)
