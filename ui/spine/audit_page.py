"""Audit-trail page: every event, filtered by actor, action, object and time; verify and export (Art. 5, 27, 31)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.spine import clock
from archive_core.spine.audit import service
from archive_core.spine.audit.actions import ACTION_LABELS
from archive_core.spine.audit.service import AuditFilter, EventView
from archive_core.spine.auth import SYSTEM_ACTOR, Permission
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import show_error
from ui.kit.lazy_model import LazyTableModel
from ui.kit.long_text import show_full_text
from ui.kit.page import Page
from ui.kit.tasks import TaskRunner

OUTCOMES = {
    "ok": QT_TRANSLATE_NOOP("AuditPage", "ok"),
    "refused": QT_TRANSLATE_NOOP("AuditPage", "refused"),
    "failed": QT_TRANSLATE_NOOP("AuditPage", "failed"),
}


class AuditModel(LazyTableModel):
    def __init__(self, ctx: UiContext, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self.ctx = ctx
        self.filter = AuditFilter()

    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate("AuditPage", "No."), QCoreApplication.translate("AuditPage", "Time"),
                QCoreApplication.translate("AuditPage", "User"), QCoreApplication.translate("AuditPage", "Action"),
                QCoreApplication.translate("AuditPage", "Outcome"), QCoreApplication.translate("AuditPage", "Object"),
                QCoreApplication.translate("AuditPage", "Workstation")]

    def query_ids(self, sort_column: int, descending: bool) -> Sequence[int]:
        # Event numbers follow time, so every column sorts by them; filters narrow in SQL.
        return service.event_seqs(self.ctx.ws, self.ctx.actor, self.filter, newest_first=descending)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return {e.seq: e for e in service.events_by_seq(self.ctx.ws, self.ctx.actor, ids)}

    def cell(self, row: EventView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            outcome = QCoreApplication.translate("AuditPage", OUTCOMES.get(row.outcome, row.outcome))
            action = QCoreApplication.translate("audit_actions", ACTION_LABELS.get(row.action, row.action))
            who = (QCoreApplication.translate("AuditPage", "the workstation itself")
                   if row.actor == SYSTEM_ACTOR.username else row.actor_name)
            values = (row.seq, clock.fmt(row.at, clock.READ_SECOND), who, action,
                      outcome, f"{row.object_type}:{row.object_id}".strip(":"), row.workstation)
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome != "ok":
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.action
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.actor
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditPage(Page):
    order = 900
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView
    permissions = (Permission.AUDIT_READ,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit trail")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AuditModel(ctx, ctx.tasks, self)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.loaded.connect(self._loaded)

        self.actor_edit = QLineEdit(placeholderText=self.tr("User"))
        self.action_edit = QLineEdit(placeholderText=self.tr("Action (prefix, e.g. vault.)"))
        self.object_edit = QLineEdit(placeholderText=self.tr("Object"))
        self.use_dates = QCheckBox(self.tr("Period"))
        today = dates.today()
        self.since_edit = QDateEdit(today.addDays(-30), calendarPopup=True)
        self.until_edit = QDateEdit(today, calendarPopup=True)
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(DAY_FORMAT)
        apply_button = QPushButton(self.tr("Search"))
        apply_button.setDefault(True)
        apply_button.clicked.connect(self.apply_filter)
        for edit in (self.actor_edit, self.action_edit, self.object_edit):
            edit.returnPressed.connect(self.apply_filter)

        filters = QHBoxLayout()
        for w in (self.actor_edit, self.action_edit, self.object_edit, self.use_dates, self.since_edit,
                  QLabel("—"), self.until_edit, apply_button):
            filters.addWidget(w)

        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 150, 110, 200, 70, 330)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setPlaceholderText(self.tr("Select an event to see its details and hash."))

        self.count_label = QLabel()
        self.verify_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                         self.tr("Verify trail"))
        self.verify_button.setToolTip(self.tr("Recompute the hash chain and check every signed checkpoint (Art. 27)"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(ctx.can(Permission.AUDIT_VERIFY))
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                         self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(ctx.can(Permission.AUDIT_EXPORT))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        heading = QLabel(self.tr("Audit trail — every action, hash-chained and signed (Art. 5, 27)"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 4px 0;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._loaded_once = False

    def activate(self) -> None:
        """Newest first; each visit loads the events again, so what happened meanwhile is listed without 查询."""
        if not self._loaded_once:
            self._loaded_once = True
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # loads the model
        else:
            self.model.reload()

    def search_field(self) -> QWidget | None:
        return self.actor_edit

    def print_view(self) -> QAbstractItemView | None:
        return self.table

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.use_dates.isChecked():
            # the agency's days (the PC's zone is often UTC)
            since = clock.day_start(self.since_edit.date().toPython())
            until = clock.day_start(self.until_edit.date().toPython() + timedelta(days=1)) - timedelta(microseconds=1)
        return AuditFilter(self.actor_edit.text().strip(), self.action_edit.text().strip(),
                           self.object_edit.text().strip(), since, until)

    def apply_filter(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("{n} events").format(n=count))

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        event = self.model.row_object(index.row()) if index.isValid() else None
        if event is None:
            self.details.clear()
            return
        self.details.setPlainText(
            f"#{event.seq}  {clock.fmt(event.at, clock.READ_SECOND + '.%f %z')}\n"
            f"{self.tr('User')}: {event.actor_name} ({event.actor})   {self.tr('Workstation')}: {event.workstation}\n"
            f"{self.tr('Action')}: {event.action} ({event.outcome})   {self.tr('Object')}: "
            f"{event.object_type}:{event.object_id}\n\n{service.details_text(event.details)}")

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.ctx.tasks.run(service.verify, self.ctx.ws, self.ctx.actor, on_done=self._verified,
                           on_error=self._verify_failed, owner=self)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_error(self, exc)

    def _verified(self, result: Any) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            QMessageBox.information(self, self.tr("Audit trail intact"), self.tr(
                "{n} events and {c} signed checkpoints verified. Nothing was altered, deleted or cut off.").format(
                    n=result.events, c=result.checkpoints))
        else:
            QMessageBox.critical(self, self.tr("Audit trail TAMPERED"), self.tr(
                "The trail was altered (Art. 27, Art. 31). First bad event: #{seq}.\n\n{problems}").format(
                    seq=result.first_bad_seq, problems="\n".join(result.problems[:15])))
        self.model.reload()

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit trail"),
                                              f"audit-{clock.fmt(clock.now(), '%Y%m%d-%H%M')}.jsonl",
                                              self.tr("Audit export (*.jsonl)"))
        if not name:
            return
        self.ctx.tasks.run(service.export, self.ctx.ws, self.ctx.actor, Path(name), write=True,
                           on_done=lambda r: QMessageBox.information(
                               self, self.tr("Exported"),
                               self.tr("{n} events and {c} signed checkpoints written.").format(n=r[0], c=r[1])),
                           on_error=lambda exc: show_error(self, exc), owner=self)
