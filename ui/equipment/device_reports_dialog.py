"""Equipment-room reports: register, check-out log, maintenance log, stock-taking result or overdue list to PDF or
CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import reports
from archive_core.equipment.reports import ReportResult
from archive_core.spine import clock as agency
from ui.equipment.maintenance_dialog import day_start
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import error_text

PERIOD_DAYS = 30
FORMATS = (("pdf", "PDF (*.pdf)"), ("csv", "CSV (*.csv)"))


def _translate(context: str, text: str) -> str:
    """The report speaks the interface's language (safe to call from the worker thread)."""
    return QCoreApplication.translate(context, text)


class DeviceReportsDialog(QDialog):
    """Stays open after writing, saying where the file went, so that another report can follow."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), kind: str | None = None,
                 audit_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.clock = ctx, clock
        self.audit_id = audit_id  # the stock-taking to report (None: the latest finished)
        self.written: ReportResult | None = None
        self.setWindowTitle(self.tr("Equipment reports"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        for key in reports.KINDS:
            self.kind.addItem(QCoreApplication.translate("device_reports", reports.TITLES[key]), key)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (for printing)"), "pdf")
        self.format.addItem(self.tr("CSV (opens in Excel)"), "csv")
        today = agency.local_date(clock())
        self.since = QDateEdit(QDate(today - timedelta(days=PERIOD_DAYS)))
        self.until = QDateEdit(QDate(today))
        period = QHBoxLayout()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_FORMAT)
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.until)
        period.addStretch(1)
        self.period_label = QLabel(self.tr("Period:"))
        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.period_label, period)
        form.addRow(self.tr("Format:"), self.format)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        dated = self.kind.currentData() in reports.DATED  # the others are as of now or of one stock-taking
        for widget in (self.since, self.until, self.period_label):
            widget.setEnabled(dated)

    def _suggested_name(self) -> str:
        title = QCoreApplication.translate("device_reports", reports.TITLES[self.kind.currentData()])
        return f"{title}_{agency.fmt(self.clock(), agency.STAMP)}.{self.format.currentData()}"

    def choose_file(self) -> None:
        suffix = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), self._suggested_name(),
                                              dict(FORMATS)[suffix])
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        self.write(path)

    def write(self, path: Path) -> None:
        kind = self.kind.currentData()
        since: date | None = None
        until: date | None = None
        if kind in reports.DATED:
            since, until = self.since.date().toPython(), self.until.date().toPython()
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing {name}…").format(name=path.name))
        self.ctx.tasks.run(self._write, kind, path, since, until, self.clock(), on_done=self._written,
                           on_error=self._failed, write=True, owner=self)

    def _write(self, kind: str, path: Path, since: date | None, until: date | None, now: datetime) -> ReportResult:
        return reports.write_report(
            self.ctx.ws, self.ctx.actor, kind, path, since=day_start(since) if since else None,
            until=day_start(until + timedelta(days=1)) if until else None, tr=_translate, now=now,
            audit_id=self.audit_id if kind == "stocktake" else None)

    def _written(self, result: ReportResult) -> None:
        self.written = result
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #1e8449;")
        self.message.setText(self.tr("Saved {rows} rows to {path}").format(rows=result.rows, path=result.path))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(error_text(exc))
