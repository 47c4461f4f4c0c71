"""Dashboard tiles (figures as links to their lists, an optional chart) and the list behind a figure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import labels as cases_labels
from archive_core.cases.compliance import article_label
from archive_core.spine import clock
from archive_core.stats.dashboard import DrillRow, Tile, TileSpec
from ui.kit.charts import BarChart
from ui.kit.list_model import ListModel
from ui.kit.long_text import show_full_text

Index = QModelIndex | QPersistentModelIndex
CTX = "dashboard"
ALERT = "#c0392b"

# Where each tile's lists live in the window, and the filter that page is asked to apply (Page.show_filtered).
TARGETS: dict[str, tuple[str, dict[str, dict[str, Any]]]] = {
    "ingest_queue": ("IngestPage", {}),
    "av_clock": ("EvidencePage", {"late_30": {"clock_state": "late"}, "unlinked": {"unlinked": True}}),
    "filing": (
        "ArchivingPage",
        {
            "awaiting": {"deadline": "awaiting"},
            "due_soon": {"deadline": "due_soon"},
            "overdue": {"deadline": "overdue"},
        },
    ),
    "findings": (
        "CasesPage",
        {
            "cases_error": {"compliance": "error"},
            "cases_warning": {"compliance": "warning"},
            "cases_unchecked": {"compliance": "unchecked"},
        },
    ),
    "devices": (
        "EquipmentPage",
        {
            "loans_overdue": {"tab": "overdue"},
            "maintenance_overdue": {"tab": "maintenance"},
            "maintenance_due": {"tab": "maintenance"},
            "checked_out": {"status": "checked_out"},
            "in_maintenance": {"status": "maintenance"},
        },
    ),
    "discs": (
        "DiscsPage",
        {
            "recheck_overdue": {"attention": True},
            "recheck_due": {"attention": True},
            "failed": {"attention": True},
            "not_burned": {"attention": False},
        },
    ),
    "custody": ("BackupPage", {}),
    "retention": (
        "RetentionPage",
        {
            "ends_this_month": {"tab": "due", "due_by": "month_end"},
            "due_now": {"tab": "due", "due_by": "today"},
            "requested": {"tab": "requests", "state": "requested"},
            "holds": {"tab": "holds"},
        },
    ),
}
SERIES = {
    "stored": QT_TRANSLATE_NOOP("dashboard", "Stored"),
    "late": QT_TRANSLATE_NOOP("dashboard", "Late"),
    "ended": QT_TRANSLATE_NOOP("dashboard", "Action ended"),
    "filed": QT_TRANSLATE_NOOP("dashboard", "Filed"),
    "filed_late": QT_TRANSLATE_NOOP("dashboard", "Filed late"),
    "error": QT_TRANSLATE_NOOP("dashboard", "Non-compliant"),
    "warning": QT_TRANSLATE_NOOP("dashboard", "Warning"),
}
CHART_TITLES = {
    "av_clock": QT_TRANSLATE_NOOP("dashboard", "A/V stored per week"),
    "filing": QT_TRANSLATE_NOOP("dashboard", "Cases ended and filed per month"),
    "findings": QT_TRANSLATE_NOOP("dashboard", "Findings by article (click a bar for its cases)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def article_name(article: str) -> str:
    """ "Art. 9" / "第九条" through the compliance area's template."""
    return article_label(article, "", QCoreApplication.translate)


class TileWidget(QFrame):
    """A framed tile; each figure is a flat button that asks for its list."""

    figure_clicked = Signal(str, str)  # tile key, figure key (or "article:N")

    def __init__(self, spec: TileSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#tile { background: white; border: 1px solid #d6dbe3; border-radius: 6px; }"
            "QPushButton[figure=true] { border: none; text-align: left; padding: 2px 4px; }"
            "QPushButton[figure=true]:hover { background: #eef3fa; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel(tr(spec.title))
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt; color: #1f3b5a;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.status = QLabel("…")
        self.status.setStyleSheet("color: #7f8c8d; font-size: 8.5pt;")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(0)
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, label) in enumerate(spec.figures.items()):
            button = QPushButton(f"—   {tr(label)}")
            button.setProperty("figure", True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(QCoreApplication.translate("dashboard", "Open the list"))
            button.clicked.connect(lambda _c=False, k=key: self.figure_clicked.emit(self.spec.key, k))
            self.buttons[key] = button
            self.grid.addWidget(
                button, row // 2 if spec.key in CHART_TITLES else row, 0 if spec.key not in CHART_TITLES else row % 2
            )
        layout.addLayout(self.grid)
        self.chart: BarChart | None = None
        if spec.key in CHART_TITLES:
            caption = QLabel(tr(CHART_TITLES[spec.key]))
            caption.setStyleSheet("color: #505a66;")
            layout.addWidget(caption)
            self.chart = BarChart(stacked=spec.key == "findings", horizontal=spec.key == "findings")
            layout.addWidget(self.chart, 1)
        else:
            layout.addStretch(1)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight)
        self._articles: list[str] = []

    def set_tile(self, tile: Tile) -> None:
        for key, button in self.buttons.items():
            value = tile.figures.get(key, 0)
            alert = key in tile.alerts and value > 0
            button.setText(f"{value:>5}   {tr(self.spec.figures[key])}")
            button.setStyleSheet(f"color: {ALERT}; font-weight: bold;" if alert else "")
        if tile.as_of:
            text = QCoreApplication.translate("dashboard", "as of {when}").format(
                when=clock.fmt(tile.as_of, clock.READ_SHORT))
        else:  # too many cases to evaluate live and no snapshot yet
            text = QCoreApplication.translate(
                "dashboard", "{n} cases not yet checked: press “Re-check all cases”").format(n=tile.stale)
        if tile.as_of and tile.stale:
            text += QCoreApplication.translate("dashboard", ", {n} cases changed since").format(n=tile.stale)
        self.status.setText(text)
        if self.chart is not None:
            self._set_chart(tile)

    def _set_chart(self, tile: Tile) -> None:
        assert self.chart is not None
        series_keys = [
            k for k in ("stored", "late", "ended", "filed", "filed_late", "error", "warning") if k in tile.chart
        ]
        categories: list[str] = list(next(iter(tile.chart.values()), {}).keys()) if tile.chart else []
        title = ""
        if self.spec.key == "findings":
            self._articles = list(reversed(categories))  # the chart draws the first article at the top
            labels = [article_name(a) for a in categories]
        elif self.spec.key == "filing":  # "2026-07" -> "7月"
            labels = [
                QCoreApplication.translate("dashboard", "{month}/{year}").format(month=int(c[5:]), year=c[2:4])
                for c in categories
            ]
        else:  # weeks starting "10-26", "11-02", "11-09" -> "26", "11/2", "9" under "weeks from 10/26"
            labels, month = [], 0
            for c in categories:
                m, d = int(c[:2]), int(c[3:])
                labels.append(f"{m}/{d}" if month and m != month else str(d))  # a whole "10/26" does not fit
                month = m
            if categories:
                title = QCoreApplication.translate("dashboard", "weeks from {month}/{day}").format(
                    month=int(categories[0][:2]), day=int(categories[0][3:]))
        self.chart.set_data(
            labels, [(tr(SERIES[k]), [tile.chart[k].get(c, 0) for c in categories]) for k in series_keys], title
        )
        if self.spec.key == "findings":
            self.chart.bars.clicked.connect(
                lambda index, _set: self.figure_clicked.emit("findings", f"article:{self._articles[index]}")
            )

    def set_failed(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ALERT};")


def readable_date(value: str) -> str:
    """An ISO day or minute of a list ("2026-11-05", "2026-11-05 09:30") as people write it; other text as it is."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    rest = value[10:].strip()
    return f"{clock.fmt_day(day)} {rest}" if rest else clock.fmt_day(day)


OPENED_FINDINGS = (QT_TRANSLATE_NOOP("dashboard", "Opened"), QT_TRANSLATE_NOOP("dashboard", "Findings"))
UNFILED = (QT_TRANSLATE_NOOP("dashboard", "Filing deadline (Art. 26)"),
           QT_TRANSLATE_NOOP("dashboard", "Days since the action ended"))
# What the date and the detail of a figure's rows are (a bare "2" says nothing); other figures keep Date / Detail.
FIGURE_COLUMNS = {
    "cases_error": OPENED_FINDINGS, "cases_warning": OPENED_FINDINGS, "cases_unchecked": OPENED_FINDINGS,
    "findings": OPENED_FINDINGS,
    "article": (QT_TRANSLATE_NOOP("dashboard", "Opened"),
                QT_TRANSLATE_NOOP("dashboard", "Findings under this article")),
    "awaiting": UNFILED, "due_soon": UNFILED, "overdue": UNFILED,
    "filed_late_month": (QT_TRANSLATE_NOOP("dashboard", "Filed"),
                         QT_TRANSLATE_NOOP("dashboard", "Days from the end of the action")),
    "loans_overdue": (QT_TRANSLATE_NOOP("dashboard", "Due back"), QT_TRANSLATE_NOOP("dashboard", "Model")),
    "maintenance_overdue": (QT_TRANSLATE_NOOP("dashboard", "Due"), QT_TRANSLATE_NOOP("dashboard", "Model")),
    "maintenance_due": (QT_TRANSLATE_NOOP("dashboard", "Due"), QT_TRANSLATE_NOOP("dashboard", "Model")),
}


class DrillModel(ListModel[DrillRow]):
    context = "dashboard"
    titles = (
        QT_TRANSLATE_NOOP("dashboard", "Item"),
        QT_TRANSLATE_NOOP("dashboard", "Description"),
        QT_TRANSLATE_NOOP("dashboard", "Date"),
        QT_TRANSLATE_NOOP("dashboard", "Detail"),
    )

    def name_columns(self, figure: str) -> None:
        """The date and detail columns named for this figure's rows."""
        named = FIGURE_COLUMNS.get(figure.partition(":")[0])
        if named:
            self.titles = (*type(self).titles[:2], *named)

    def cell(self, r: DrillRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return r.label  # a long title is elided in its column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = (r.ref, r.label, r.when, r.detail)[column]
        if column == 2:
            return readable_date(value)
        if column == 3 and value in cases_labels.STAGES:
            return QCoreApplication.translate("cases", cases_labels.STAGES[value])
        return value


class DrillDialog(QDialog):
    """The list behind one figure, with a button to the page that keeps these records."""

    def __init__(
        self, title: str, page_title: str | None, open_page: Callable[[], None] | None, parent: QWidget | None = None,
        open_item: Callable[[DrillRow], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.count = QLabel(QCoreApplication.translate("dashboard", "Loading…"))
        layout.addWidget(self.count)
        self.model = DrillModel(self)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((230, 330, 140)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        if open_item is not None:  # a list of cases: double-click (or Enter) opens one
            def open_row(index: QModelIndex) -> None:
                row = self.model.row_object(index.row())
                if row is not None:
                    open_item(row)
                    self.accept()

            self.table.activated.connect(open_row)  # a double-click, or Enter, activates the row
            self.table.setToolTip(QCoreApplication.translate("dashboard", "Double-click a case to open it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if open_page is not None and page_title:
            go = buttons.addButton(
                QCoreApplication.translate("dashboard", "Open {page}").format(page=page_title),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            go.clicked.connect(lambda: (open_page(), self.accept()))
        layout.addWidget(buttons)

    def set_rows(self, rows: Sequence[DrillRow]) -> None:
        self.model.set_rows(rows)
        self.count.setText(QCoreApplication.translate("dashboard", "{n} items").format(n=len(rows)))
