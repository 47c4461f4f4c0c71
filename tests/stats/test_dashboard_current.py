"""Dashboard figures are current: the findings tile and its lists evaluate the cases changed since the snapshot (every
case when there is none) before they are shown, and a row of a list of cases opens that case."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archive_core.cases import records
from archive_core.stats import dashboard, findings
from ui.kit.context import UiContext
from ui.shell.main_window import MainWindow
from ui.stats.dashboard_tiles import DrillDialog


def test_an_article_list_is_never_empty_while_its_findings_exist(ws, archivist, world):
    tile = dashboard.tile(ws, archivist, "findings", today=world.today, now=world.now)
    assert tile.as_of == world.now and tile.chart["error"]["9"] == 12  # no snapshot: every case evaluated now
    items = dashboard.tile_items(ws, archivist, "findings", "article:9", today=world.today, now=world.now)
    assert sum(int(i.detail) for i in items) == 12 and world.nos["C3"] in [i.ref for i in items]
    findings.refresh_snapshot(ws, archivist, today=world.today)
    records.mark_not_applicable(ws, archivist, world.nos["C3"], "9.3", "现场检查不涉及")  # changed after the snapshot
    items = dashboard.tile_items(ws, archivist, "findings", "article:9", today=world.today, now=world.now)
    assert sum(int(i.detail) for i in items) == 11  # the change counts at once, as in the tile


def test_double_clicking_a_listed_case_opens_it(qtbot, ws, archivist, world, tasks):
    window = MainWindow(UiContext(ws, archivist, tasks))
    qtbot.addWidget(window)
    window.show()
    board = window.show_page("DashboardPage")
    qtbot.waitUntil(lambda: not board._pending, timeout=30000)
    assert "尚未" not in board.tiles["findings"].status.text()
    board.tiles["findings"].buttons["cases_error"].click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DrillDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=30000)
    first = dialog.model.rows[0].ref
    rect = dialog.table.visualRect(dialog.model.index(0, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double-click:
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then double
    cases = next(p for p in window.pages if type(p).__name__ == "CasesPage")
    qtbot.waitUntil(lambda: cases.detail.detail is not None and cases.detail.detail.case.case_no == first,
                    timeout=30000)
    assert window.stack.currentWidget() is cases and cases.stack.currentWidget() is cases.detail
    assert not shiboken6.isValid(dialog)  # the list closed (and was deleted) as the case opened
