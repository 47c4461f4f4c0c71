"""The 四性检测 of a filed volume: run it, show each check's outcome and reason, open the report's PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.archiving import four_properties
from archive_core.archiving.four_properties import ReportView
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.long_text import show_full_text

FILLS = {"fail": "#f8d7da", "not_checked": "#fff3cd"}


class FourPropertiesDialog(QDialog):
    def __init__(self, ctx: UiContext, archive_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.archive_code = ctx, archive_code
        self.view: ReportView | None = None
        self.setWindowTitle(self.tr("Four-properties check (四性检测)") + f" {archive_code}")
        self.summary = QLabel(self.tr("No report yet."))
        self.table = QTableWidget(0, 5)
        show_full_text(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Property"), self.tr("Check"),
                                              self.tr("Outcome"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.run_check)
        self.pdf_button = QPushButton(self.tr("Open report PDF"))
        self.pdf_button.clicked.connect(self.open_pdf)
        self.pdf_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.check_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 560)

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.ctx.tasks.run(four_properties.check_volume, self.ctx.ws, self.ctx.actor, self.archive_code, write=True,
                           owner=self, on_done=self.show_report, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_error(self, error)

    def show_report(self, view: ReportView) -> None:
        self.view = view
        self.check_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.summary.setText(view.report["summary"])
        items = view.report["items"]
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            reason = "\n".join([item["reason"], *(p["message"] for p in item["problems"])])
            for col, text in enumerate((item["code"], item["property_label"], item["title"], item["outcome_label"],
                                        reason)):
                cell = QTableWidgetItem(text)
                if item["outcome"] in FILLS:
                    cell.setBackground(QBrush(QColor(FILLS[item["outcome"]])))
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()

    def open_pdf(self) -> None:
        if self.view is None:
            return
        target = Path(tempfile.mkdtemp(prefix="archive-ws-")) / f"四性检测报告-{self.archive_code}.pdf"
        self.ctx.tasks.run(four_properties.report_pdf, self.ctx.ws, self.ctx.actor, self.view.id, target, owner=self,
                           on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
                           on_error=lambda e: show_error(self, e))


def open_for(ctx: UiContext, archive_code: str, parent: QWidget) -> FourPropertiesDialog:
    dialog = FourPropertiesDialog(ctx, archive_code, parent)
    dialog.open()
    dialog.run_check()
    return dialog


