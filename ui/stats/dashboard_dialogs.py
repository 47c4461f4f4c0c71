"""Dialogs of the dashboard: write the statistics pack (Art. 28), show, print and save the Art. 31 register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.spine import clock
from archive_core.spine.i18n import Translator
from archive_core.stats import statistics, statistics_pack, violations, violations_report
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import show_error
from ui.kit.long_text import bounded_combo

CTX = "dashboard"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class StatisticsDialog(QDialog):
    """Period, unit and file: the pack is computed and written off the GUI thread."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("dashboard", "Statistics pack (Art. 28)"))
        form = QFormLayout(self)
        today = dates.today()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_FORMAT)
        self.unit = bounded_combo(QComboBox(), 24)
        self.unit.addItem(QCoreApplication.translate("dashboard", "All units"), "")
        form.addRow(QCoreApplication.translate("dashboard", "From"), self.start)
        form.addRow(QCoreApplication.translate("dashboard", "To"), self.end)
        form.addRow(QCoreApplication.translate("dashboard", "Unit"), self.unit)
        note = QLabel(
            QCoreApplication.translate("dashboard", "PDF with charts for reading; CSV or Excel for further analysis.")
        )
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            QCoreApplication.translate("dashboard", "Write…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.clicked.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ctx.tasks.run(
            statistics.units,
            ctx.ws,
            ctx.actor,
            on_done=self._units,
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _units(self, units: list[str]) -> None:
        for u in units:
            self.unit.addItem(u, u)

    def _choose(self) -> None:
        name = f"执法记录统计_{_day(self.start):%Y%m%d}-{_day(self.end):%Y%m%d}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("dashboard", "Write statistics pack"),
            name,
            QCoreApplication.translate("dashboard", "PDF report (*.pdf);;CSV table (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.write(with_suffix(Path(path), chosen))

    def write(self, path: Path) -> None:
        self.write_button.setEnabled(False)
        self.ctx.tasks.run(
            self._job,
            _day(self.start),
            _day(self.end),
            self.unit.currentData(),
            path,
            write=True,
            on_done=self._written,
            on_error=self._failed,
            owner=self,
        )

    def _job(self, start: date, end: date, unit: str, path: Path) -> Path:
        pack = statistics.statistics_pack(self.ctx.ws, self.ctx.actor, start, end, unit)
        return statistics_pack.write(self.ctx.ws, self.ctx.actor, pack, path, Translator())

    def _written(self, path: Path) -> None:
        self.write_button.setEnabled(True)
        QMessageBox.information(
            self,
            QCoreApplication.translate("dashboard", "Statistics pack"),
            QCoreApplication.translate("dashboard", "Written to {path}.").format(path=path),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        show_error(self, exc)


def with_suffix(path: Path, chosen_filter: str) -> Path:
    """A name typed without its ending takes the one of the file type chosen in the dialog ("… (*.xlsx)")."""
    if path.suffix.lower() in (".pdf", ".xlsx", ".csv"):
        return path
    ending = chosen_filter.rpartition("*")[2].rstrip(")").strip()
    return path.with_name(path.name + ending) if ending.startswith(".") else path


class ViolationsDialog(QDialog):
    """The five liabilities of Art. 31, each with its items and their evidence."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reg: violations.Register | None = None
        self.setWindowTitle(QCoreApplication.translate("dashboard", "Art. 31 register"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        self.status = QLabel(QCoreApplication.translate("dashboard", "Checking…"))
        layout.addWidget(self.status)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("dashboard", "Liability / finding"),
                QCoreApplication.translate("dashboard", "Evidence"),
                QCoreApplication.translate("dashboard", "When"),
            ]
        )
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 300)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            QCoreApplication.translate("dashboard", "Print or save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.tasks.run(
            violations.register,
            ctx.ws,
            ctx.actor,
            on_done=self.show_register,
            on_error=lambda exc: (self.status.setText(""), show_error(self, exc)),
            owner=self,
        )

    def show_register(self, reg: violations.Register) -> None:
        def t(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        self.reg = reg
        self.export_button.setEnabled(True)
        self.tree.clear()
        for number, title in violations.LIABILITIES.items():
            items = [v for v in reg.items if v.liability == number]
            top = QTreeWidgetItem([f"（{number}）{t('violations', title)}　{len(items)}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for v in items[:2000]:
                item = QTreeWidgetItem([v.text(t), v.evidence_text(t, limit=4), v.when()])
                item.setToolTip(0, item.text(0))  # long findings are elided in the column
                item.setToolTip(1, v.evidence_text(t))
                top.addChild(item)
            top.setExpanded(0 < len(items) <= 20)
        self.status.setText(
            QCoreApplication.translate(
                "dashboard", "{n} items found. Evidence: case numbers, audit event numbers and digests."
            ).format(n=len(reg.items))
        )

    def _choose(self) -> None:
        name = f"第三十一条情形登记_{clock.fmt(clock.now(), clock.STAMP)}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("dashboard", "Save the Art. 31 register"),
            name,
            QCoreApplication.translate(
                "dashboard", "PDF for printing (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)"
            ),
        )
        if path:
            self.write(with_suffix(Path(path), chosen))

    def write(self, path: Path) -> None:
        reg = self.reg
        if reg is None:
            return
        self.export_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda: violations_report.write(self.ctx.ws, self.ctx.actor, reg, path, QCoreApplication.translate),
            write=True,
            on_done=self._written,
            on_error=self._failed,
            owner=self,
        )

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.written = path
        self.status.setText(QCoreApplication.translate("dashboard", "Saved to {path}.").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)
