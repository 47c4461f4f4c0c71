"""The one table model over a short list of frozen rows held in memory; every small list in the window builds on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
DISPLAY = Qt.ItemDataRole.DisplayRole


class ListModel(QAbstractTableModel, Generic[T]):
    """Rows filled by set_rows(); a subclass names its columns (``titles`` in ``context``, or headers()) and gives
    either text(row, column) (shown and as tooltip) with colour(row, column), or cell(row, column, role)."""

    titles: tuple[str, ...] = ()
    context = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate(self.context, t) for t in self.titles]

    def cell(self, row: T, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column) or self.text(row, column)
        if role == DISPLAY:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        return None

    def text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: T, column: int) -> str | None:
        """A cell's tooltip when it is not its text (the login behind a person's name, say)."""
        return None

    def colour(self, row: T, column: int) -> str | QColor | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)
