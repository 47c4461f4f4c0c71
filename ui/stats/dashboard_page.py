"""The home page: the morning's figures (Art. 24, 25, 26, 8–26 findings), each opening its list; the statistics
pack (Art. 28) and the Art. 31 register."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from archive_core.spine import clock
from archive_core.spine.auth import Permission
from archive_core.stats import dashboard, findings
from archive_core.stats.dashboard import DrillRow, Tile
from ui.kit.context import UiContext
from ui.kit.errors import error_text, show_error
from ui.kit.page import Page
from ui.stats.dashboard_dialogs import StatisticsDialog, ViolationsDialog
from ui.stats.dashboard_tiles import TARGETS, DrillDialog, TileWidget, tr

# Figures are re-read when the page is shown again after this many seconds.
REFRESH_AFTER = 60
# Tiles with a chart go in the wide lower row.
CHART_TILES = ("findings", "filing", "av_clock")
CASE_TILES = ("findings", "filing")  # their lists are of cases: a row opens its case


class DashboardPage(Page):
    order = 5
    icon = QStyle.StandardPixmap.SP_DesktopIcon
    permissions = (*dict.fromkeys(p for spec in dashboard.TILES for p in spec.permissions), Permission.REPORT_READ)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("dashboard", "Overview")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet("DashboardPage { background: #f6f8fb; }")
        self._loaded_at = 0.0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        heading = QLabel(QCoreApplication.translate("dashboard", "Today"))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f3b5a;")
        self.updated = QLabel()
        self.updated.setStyleSheet("color: #7f8c8d;")
        head.addWidget(heading)
        head.addSpacing(12)
        head.addWidget(self.updated, 1)
        self.refresh_button = QPushButton(QCoreApplication.translate("dashboard", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.recount_button = QPushButton(QCoreApplication.translate("dashboard", "Re-check all cases"))
        self.recount_button.setToolTip(
            QCoreApplication.translate(
                "dashboard", "Evaluate every case against the regulation and store the findings by article"
            )
        )
        self.recount_button.clicked.connect(self.recount)
        self.pack_button = QPushButton(QCoreApplication.translate("dashboard", "Statistics pack…"))
        self.pack_button.setToolTip(
            QCoreApplication.translate("dashboard", "Art. 28: figures for a period and unit as PDF, CSV or Excel")
        )
        self.pack_button.clicked.connect(lambda: StatisticsDialog(self.ctx, self).open())
        self.register_button = QPushButton(QCoreApplication.translate("dashboard", "Art. 31 register…"))
        self.register_button.setToolTip(
            QCoreApplication.translate("dashboard", "The five liabilities of Art. 31, with their evidence")
        )
        self.register_button.clicked.connect(lambda: ViolationsDialog(self.ctx, self).open())
        for button in (self.refresh_button, self.recount_button, self.pack_button, self.register_button):
            head.addWidget(button)
        self.recount_button.setVisible(ctx.can(Permission.CASE_READ))
        self.pack_button.setVisible(ctx.can(Permission.REPORT_READ))
        self.register_button.setVisible(ctx.can(Permission.REPORT_READ) and ctx.can(Permission.AUDIT_READ))
        outer.addLayout(head)

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 4, 0, 0)
        rows.setSpacing(10)
        self.tiles: dict[str, TileWidget] = {}
        specs = dashboard.visible_tiles(ctx.actor)
        small = [s for s in specs if s.key not in CHART_TILES]
        charts = sorted((s for s in specs if s.key in CHART_TILES), key=lambda s: CHART_TILES.index(s.key))
        for group, stretch in ((small, 0), (charts, 1)):
            if group:
                line = QHBoxLayout()
                line.setSpacing(10)
                for spec in group:
                    line.addWidget(self._tile(spec), 1)
                rows.addLayout(line, stretch)
        if not specs:
            rows.addWidget(
                QLabel(
                    QCoreApplication.translate("dashboard", "Your roles show no figures here; use the statistics pack.")
                )
            )
        rows.addStretch(0 if charts else 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _tile(self, spec: dashboard.TileSpec) -> TileWidget:
        widget = TileWidget(spec)
        widget.figure_clicked.connect(self.open_list)
        self.tiles[spec.key] = widget
        return widget

    def activate(self) -> None:
        if time.monotonic() - self._loaded_at > REFRESH_AFTER:
            self.refresh()

    def refresh(self) -> None:
        """Each tile is computed on its own pool thread; a slow tile never holds the others back."""
        self._loaded_at = time.monotonic()
        self.updated.setText(QCoreApplication.translate("dashboard", "Updating…"))
        self._pending = set(self.tiles)
        for key, widget in self.tiles.items():
            self.ctx.tasks.run(
                dashboard.tile,
                self.ctx.ws,
                self.ctx.actor,
                key,
                owner=self,
                on_done=lambda t, w=widget: self._show(w, t),
                on_error=lambda exc, w=widget: self._failed(w, exc),
            )

    def _show(self, widget: TileWidget, tile: Tile) -> None:
        widget.set_tile(tile)
        self._done(tile.key)

    def _failed(self, widget: TileWidget, exc: BaseException) -> None:
        widget.set_failed(error_text(exc))
        self._done(widget.spec.key)

    def _done(self, key: str) -> None:
        self._pending.discard(key)
        if not self._pending:
            at = clock.fmt(clock.now(), clock.HOUR_MINUTE)
            self.updated.setText(QCoreApplication.translate("dashboard", "Updated {at}").format(at=at))

    def recount(self) -> None:
        self.recount_button.setEnabled(False)
        self.updated.setText(QCoreApplication.translate("dashboard", "Checking every case…"))

        def done(_counts: Any) -> None:
            self.recount_button.setEnabled(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.recount_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run(
            findings.refresh_snapshot,
            self.ctx.ws,
            self.ctx.actor,
            write=True,
            progress=True,
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # --- each figure opens its list ----------------------------------------------------------------------------
    def open_list(self, key: str, figure: str) -> None:
        spec = dashboard.SPECS[key]
        if figure.startswith("article:"):
            from ui.stats.dashboard_tiles import article_name

            label = article_name(figure.partition(":")[2])
        else:
            label = tr(spec.figures[figure])
        target, criteria = TARGETS.get(key, ("", {}))
        window = self.window()
        page_cls = next((p for p in getattr(window, "pages", []) if type(p).__name__ == target), None)
        opener = None
        if page_cls is not None and hasattr(window, "show_page"):

            def opener() -> None:
                page = window.show_page(target)
                if page is not None:
                    page.show_filtered(**criteria.get(figure, {}))

        cases_page = hasattr(window, "show_page") and any(type(p).__name__ == "CasesPage"
                                                          for p in getattr(window, "pages", []))
        open_item = None
        if key in CASE_TILES and cases_page:

            def open_item(row: DrillRow) -> None:
                page = window.show_page("CasesPage")
                if page is not None:
                    page.open_case_no(row.ref)

        dialog = DrillDialog(f"{tr(spec.title)} — {label}", page_cls.title() if page_cls else None, opener, self,
                             open_item)
        dialog.model.name_columns(figure)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.ctx.tasks.run(
            dashboard.tile_items,
            self.ctx.ws,
            self.ctx.actor,
            key,
            figure,
            owner=dialog,
            on_done=lambda rows: self._rows(dialog, rows),
            on_error=lambda exc: show_error(dialog, exc),
        )

    @staticmethod
    def _rows(dialog: DrillDialog, rows: list[DrillRow]) -> None:
        dialog.set_rows(rows)
