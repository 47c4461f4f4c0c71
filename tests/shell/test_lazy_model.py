"""The lazy table model over a large table: the GUI thread never waits, and only the pages looked at are fetched."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from ui.kit import lazy_model
from ui.kit.lazy_model import CACHED_PAGES, PAGE, LazyTableModel

ROWS = 100_000
WAIT = 20000


class BigTable(LazyTableModel):
    """100 000 ids; every fetch is recorded (on the worker thread that runs it)."""

    def __init__(self, tasks) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tasks)
        self.fetched: list[list[int]] = []
        self.gui_thread = threading.get_ident()
        self.fetch_threads: set[int] = set()

    def headers(self):  # type: ignore[no-untyped-def]
        return ["id", "name"]

    def query_ids(self, sort_column, descending):  # type: ignore[no-untyped-def]
        return range(ROWS, 0, -1) if descending else range(1, ROWS + 1)

    def fetch_rows(self, ids):  # type: ignore[no-untyped-def]
        self.fetch_threads.add(threading.get_ident())
        self.fetched.append(list(ids))
        return {i: f"row {i}" for i in ids}

    def cell(self, row, column, role):  # type: ignore[no-untyped-def]
        return row if role == Qt.ItemDataRole.DisplayRole else None


def _loaded(qtbot, tasks) -> BigTable:  # type: ignore[no-untyped-def]
    model = BigTable(tasks)
    with qtbot.waitSignal(model.loaded, timeout=WAIT) as loaded:
        model.reload()
    assert loaded.args == [ROWS] and model.rowCount() == ROWS
    return model


def test_only_the_page_looked_at_is_fetched(qtbot, tasks) -> None:
    model = _loaded(qtbot, tasks)
    assert model.fetched == []  # knowing the ids fetches no rows
    assert model.data(model.index(0, 0)) == "…"  # not there yet: the GUI thread did not wait for it
    assert model.data(model.index(1, 1)) is None
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=WAIT)
    assert model.fetched == [list(range(ROWS, ROWS - PAGE, -1))]  # one page, the first, in the model's order
    assert model.data(model.index(PAGE - 1, 1)) == f"row {ROWS - PAGE + 1}"
    assert len(model.fetched) == 1, "rows of a page in memory are not fetched again"
    assert model.fetch_threads and model.gui_thread not in model.fetch_threads

    far = 50_123
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT) as changed:
        assert model.row_object(far) is None
        assert model.row_object(far + 1) is None  # same page, already asked for: not asked twice
    page = far // PAGE
    assert (changed.args[0].row(), changed.args[1].row()) == (page * PAGE, page * PAGE + PAGE - 1)
    assert len(model.fetched) == 2 and model.fetched[1] == [model.id_at(r) for r in range(page * PAGE,
                                                                                          (page + 1) * PAGE)]
    assert model.row_object(far) == f"row {model.id_at(far)}"
    assert sum(map(len, model.fetched)) == 2 * PAGE  # of 100 000 rows


def test_pages_kept_in_memory_are_bounded(qtbot, tasks) -> None:
    model = _loaded(qtbot, tasks)
    for page in range(CACHED_PAGES + 8):  # one after the other: pool threads may finish in any order
        model.row_object(page * PAGE)
        qtbot.waitUntil(lambda p=page: p in model._pages and not model._requested, timeout=WAIT)
    assert len(model.fetched) == CACHED_PAGES + 8
    assert len(model._pages) == CACHED_PAGES
    assert model.row_object(0) is None  # the oldest page was dropped; looking at it fetches it again
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=WAIT)
    assert len(model.fetched) == CACHED_PAGES + 9 and len(model._pages) == CACHED_PAGES


def test_a_page_of_the_previous_order_is_dropped(qtbot, tasks) -> None:
    model = _loaded(qtbot, tasks)
    before = model._generation
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.id_at(0) == 1
    # A page asked for in the previous order arrives late: its rows belong to other ids and are not shown.
    model._page_arrived(before, 0, {i: f"stale {i}" for i in range(ROWS, ROWS - PAGE, -1)})
    model._page_arrived(before, 1, {1: "stale 1"})
    assert model._pages == {}
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=WAIT)
    assert model.row_object(0) == "row 1" and model.fetched == [list(range(1, PAGE + 1))]


def test_page_size_is_what_a_fetch_asks_for(qtbot, tasks, monkeypatch) -> None:
    monkeypatch.setattr(lazy_model, "PAGE", 7)
    model = _loaded(qtbot, tasks)
    model.row_object(20)
    qtbot.waitUntil(lambda: model.row_object(20) is not None, timeout=WAIT)
    assert model.fetched == [list(range(ROWS - 14, ROWS - 21, -1))]
