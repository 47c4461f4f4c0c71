"""The dashboard page: tiles for the user's roles filled off the GUI thread, a figure opens its list."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from archive_core.stats.dashboard import DrillRow
from ui.kit.context import UiContext
from ui.shell.navigation import page_classes
from ui.stats.dashboard_page import DashboardPage
from ui.stats.dashboard_tiles import DrillDialog, DrillModel


def test_drill_model_passes_the_model_tester(qtmodeltester):
    model = DrillModel()
    model.set_rows([DrillRow("测统〔2026〕1号", "案件", "2026-01-01", "investigation"),
                    DrillRow("ZF-0001", "", "", "")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) != "investigation"  # the stage is shown by its name


def test_dashboard_is_the_home_page_and_fills_its_tiles(qtbot, ws, archivist, clerk, world, tasks):
    assert page_classes()[0] is DashboardPage  # the navigation shows the lowest order first
    page = DashboardPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: not page._pending, timeout=30000)
    assert set(page.tiles) == {"ingest_queue", "av_clock", "filing", "findings", "devices", "discs", "retention"}
    assert page.tiles["filing"].buttons["overdue"].text().split()[0] == "1"
    assert "c0392b" in page.tiles["filing"].buttons["overdue"].styleSheet()  # an alert above zero is red
    assert page.tiles["devices"].buttons["loans_overdue"].text().split()[0] == "1"

    page.tiles["filing"].buttons["overdue"].click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DrillDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30000)
    assert dialog.model.rows[0].ref == world.nos["C5"]
    dialog.close()

    clerk_page = DashboardPage(UiContext(ws, clerk, tasks))
    qtbot.addWidget(clerk_page)
    assert set(clerk_page.tiles) == {"ingest_queue", "devices"}
    assert not clerk_page.register_button.isVisibleTo(clerk_page)


def test_weekly_chart_labels_fit_and_say_where_the_weeks_start(qtbot, zh_ui):
    from PySide6.QtCharts import QBarCategoryAxis

    from archive_core.stats.dashboard import SPECS, Tile
    from ui.stats.dashboard_tiles import TileWidget

    tile = TileWidget(SPECS["av_clock"])
    qtbot.addWidget(tile)
    weeks = ["10-12", "10-19", "10-26", "11-02", "11-09"]
    tile.set_tile(Tile("av_clock", dict.fromkeys(SPECS["av_clock"].figures, 0),
                       chart={"stored": dict.fromkeys(weeks, 1.0), "late": dict.fromkeys(weeks, 0.0)}))
    [axis] = [a for a in tile.chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories() == ["12", "19", "26", "11/2", "9"]  # "10/12" was cut to "10…" in its slot
    assert axis.titleText() == "自10月12日起各周"
