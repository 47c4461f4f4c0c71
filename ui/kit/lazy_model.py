"""A table model over a large catalogue table: ordered ids in memory, rows fetched page by page off the GUI thread."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.kit.tasks import TaskRunner

PAGE = 200
CACHED_PAGES = 32
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Subclasses give headers(), query_ids() and fetch_rows() (both run on a worker) and cell()."""

    loading = Signal(bool)
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.sort_column, self.sort_order = 0, Qt.SortOrder.DescendingOrder

    # --- to implement -------------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def query_ids(self, sort_column: int, descending: bool) -> Sequence[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- loading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Query the ordered ids again (filters or sort changed)."""
        self._generation += 1
        generation = self._generation
        self.loading.emit(True)
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        self._tasks.run(self.query_ids, self.sort_column, descending,
                        on_done=lambda ids: self._set_ids(generation, ids), on_error=self._fail, owner=self)

    def _fail(self, exc: BaseException) -> None:
        self.loading.emit(False)
        self.failed.emit(exc)

    def _set_ids(self, generation: int, ids: Sequence[int]) -> None:
        if generation != self._generation:
            return
        # pages asked for since reload() began were cut from the old ids: their answers must not count
        self._generation += 1
        self.beginResetModel()
        self._ids = array("q", ids)
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()
        self.loading.emit(False)
        self.loaded.emit(len(self._ids))

    def _request_page(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self._generation
        ids = list(self._ids[page * PAGE:(page + 1) * PAGE])
        self._tasks.run(self.fetch_rows, ids, on_done=lambda rows: self._page_arrived(generation, page, rows),
                        on_error=self._fail, owner=self)

    def _page_arrived(self, generation: int, page: int, rows: dict[int, Any]) -> None:
        self._requested.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_object(self, row: int) -> Any | None:
        """The fetched row, or None while its page is still on its way."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._pages.get(row // PAGE)
        if page is None:
            self._request_page(row // PAGE)
            return None
        self._pages.move_to_end(row // PAGE)
        return page.get(self._ids[row])

    def is_loaded(self, row: int) -> bool:
        """Whether the row's page has arrived; asks for nothing."""
        return 0 <= row < len(self._ids) and row // PAGE in self._pages

    def id_at(self, row: int) -> int:
        return self._ids[row]

    # --- Qt model -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        row = self.row_object(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self.cell(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.reload()
