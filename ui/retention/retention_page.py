"""Retention and disposal (Art. 25, 27): what reaches the end of retention and when, legal holds, disposal requests
with a second person's approval, and the retention schedule."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_core.retention import disposal, holds, schedule
from archive_core.retention.disposal import RequestView
from archive_core.retention.schedule import RetentionFilter, RetentionItem, RetentionState, RuleView
from archive_core.spine.auth import Permission
from models.retention import DisposalState
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import show_error
from ui.kit.list_model import ListModel
from ui.kit.page import Page
from ui.kit.tables import table_view
from ui.retention.disposal_dialog import DisposalRequestDialog
from ui.retention.reason_dialog import ReasonDialog
from ui.retention.retention_models import (
    KIND_LABELS,
    DueModel,
    HoldModel,
    RequestModel,
    RuleModel,
    chinese,
    day,
    local_time,
    request_state_text,
)


def _selected(view: QTableView, model: ListModel[Any]) -> list[Any]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [r for r in (model.row_object(i) for i in rows) if r is not None]


class RuleDialog(QDialog):
    """Change one rule's period (months, or permanent) and whether it applies (Art. 25)."""

    def __init__(self, rule: RuleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention rule"))
        self.permanent = QCheckBox(self.tr("Keep permanently"))
        self.permanent.setChecked(rule.months is None)
        self.months = QSpinBox()
        self.months.setRange(schedule.MEDIA_MIN_MONTHS if rule.category == "media" else 1, 1200)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(rule.months or 360)
        self.months.setEnabled(rule.months is not None)
        self.permanent.toggled.connect(lambda on: self.months.setEnabled(not on))
        self.active = QCheckBox(self.tr("Rule applies"))
        self.active.setChecked(rule.active)
        form = QFormLayout(self)
        form.addRow(self.tr("Rule:"), QLabel(rule.name_zh if chinese() else rule.name))
        form.addRow(self.tr("Period:"), self.months)
        form.addRow("", self.permanent)
        form.addRow("", self.active)
        if rule.category == "media":
            form.addRow("", QLabel(self.tr("A/V records are kept at least six months (Art. 25).")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int | None, bool]:
        return (None if self.permanent.isChecked() else self.months.value()), self.active.isChecked()


class RetentionPage(Page):
    order = 70
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView
    permissions = (Permission.RETENTION_READ, Permission.RETENTION_MANAGE, Permission.DISPOSAL_REQUEST,
                   Permission.DISPOSAL_APPROVE)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RetentionPage", "Retention and disposal")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_tab(), self.tr("Due records"))
        self.tabs.addTab(self._holds_tab(), self.tr("Legal holds"))
        self.tabs.addTab(self._requests_tab(), self.tr("Disposal requests"))
        self.tabs.addTab(self._rules_tab(), self.tr("Retention schedule"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._rules: list[RuleView] = []

    # --- due records ------------------------------------------------------------------------------------------
    def _due_tab(self) -> QWidget:
        self.due_before = QDateEdit()
        self.due_before.setCalendarPopup(True)
        self.due_before.setDisplayFormat(DAY_FORMAT)
        self.due_before.setDate(dates.today().addYears(1))
        self.category = QComboBox()
        self.category.addItem(self.tr("Case files and A/V"), "")
        self.category.addItem(self.tr("Case files"), "case")
        self.category.addItem(self.tr("A/V records not in a case"), "media")
        self.held = QComboBox()
        self.held.addItem(self.tr("Held or not"), None)
        self.held.addItem(self.tr("Only held"), True)
        self.held.addItem(self.tr("Not held"), False)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load_due)
        for w in (self.category, self.held):
            w.currentIndexChanged.connect(self.load_due)
        self.due_before.dateChanged.connect(self.load_due)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Retention ends by:")))
        filters.addWidget(self.due_before)
        filters.addWidget(self.category)
        filters.addWidget(self.held)
        filters.addStretch(1)
        filters.addWidget(refresh)

        self.due_model = DueModel(self)
        self.due_view = table_view(self.due_model, multi=True)
        for column, width in enumerate((80, 340, 220, 190, 100, 100)):
            self.due_view.setColumnWidth(column, width)
        self.due_view.selectionModel().selectionChanged.connect(self._update_due_buttons)
        self.due_count = QLabel()
        self.request_button = QPushButton(self.tr("Request disposal…"))
        self.request_button.clicked.connect(self.request_disposal)
        self.hold_button = QPushButton(self.tr("Place legal hold…"))
        self.hold_button.clicked.connect(self.place_hold)
        actions = QHBoxLayout()
        actions.addWidget(self.due_count, 1)
        actions.addWidget(self.hold_button)
        actions.addWidget(self.request_button)
        note = QLabel(self.tr("Disposal only at the end of retention, never for held records, with a second "
                              "person's approval (Art. 27). A/V used as evidence or linked to a case follows the "
                              "case."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.due_view, 1)
        layout.addWidget(note)
        layout.addLayout(actions)
        self._update_due_buttons()
        return tab

    def _filter(self) -> RetentionFilter:
        d = self.due_before.date()
        return RetentionFilter(due_before=date(d.year(), d.month(), d.day()), category=self.category.currentData(),
                               held=self.held.currentData())

    def load_due(self) -> None:
        self.ctx.tasks.run(schedule.due_list, self.ctx.ws, self.ctx.actor, self._filter(),
                           on_done=self._show_due, on_error=self._load_error, owner=self)

    def _show_due(self, items: list[RetentionItem]) -> None:
        self.due_model.set_rows(items)
        due = sum(1 for i in items if i.state == RetentionState.DUE.value)
        self.due_count.setText(self.tr("{n} records, {due} due now").format(n=len(items), due=due))
        self._update_due_buttons()

    def _update_due_buttons(self) -> None:
        chosen = _selected(self.due_view, self.due_model)
        self.request_button.setEnabled(self.ctx.can(Permission.DISPOSAL_REQUEST) and bool(chosen)
                                       and all(i.state == RetentionState.DUE.value for i in chosen))
        self.hold_button.setEnabled(self.ctx.can(Permission.HOLD_MANAGE) and len(chosen) == 1
                                    and chosen[0].state != RetentionState.DISPOSED.value)

    def request_disposal(self) -> None:
        dialog = DisposalRequestDialog(_selected(self.due_view, self.due_model), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.tasks.run(self._file_request, dialog.reason_text(), dialog.media_ids(), dialog.case_nos(),
                           on_done=lambda _: self.activate(), on_error=self._error, write=True, owner=self)

    def _file_request(self, reason: str, media_ids: list[int], case_nos: list[str]) -> RequestView:
        return disposal.request_disposal(self.ctx.ws, self.ctx.actor, reason=reason, media_ids=media_ids,
                                         case_nos=case_nos)

    def place_hold(self) -> None:
        chosen = _selected(self.due_view, self.due_model)
        if len(chosen) != 1:
            return
        item = chosen[0]
        dialog = ReasonDialog(self.tr("Place legal hold"), self.tr(
            "While the hold is active no retention period runs out and nothing of the record can be disposed of. "
            "A hold on a case file covers every record linked to it."),
            [f"{self.tr(KIND_LABELS[item.kind])}：{item.label}"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kwargs = {"case_no": item.label} if item.kind == "case" else {"media_id": item.id}
        self.ctx.tasks.run(lambda: holds.add_hold(self.ctx.ws, self.ctx.actor, reason=dialog.reason_text(),
                                                  **kwargs),  # type: ignore[arg-type]
                           on_done=lambda _: self.activate(), on_error=self._error, write=True, owner=self)

    # --- holds ------------------------------------------------------------------------------------------------
    def _holds_tab(self) -> QWidget:
        self.show_released = QCheckBox(self.tr("Show released holds"))
        self.show_released.toggled.connect(self.load_holds)
        self.hold_model = HoldModel(self)
        self.hold_view = table_view(self.hold_model)
        for column, width in enumerate((50, 260, 260, 110, 130)):
            self.hold_view.setColumnWidth(column, width)
        self.hold_view.selectionModel().selectionChanged.connect(self._update_hold_buttons)
        self.release_button = QPushButton(self.tr("Release hold…"))
        self.release_button.clicked.connect(self.release_hold)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_released)
        bottom.addStretch(1)
        bottom.addWidget(self.release_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.hold_view, 1)
        layout.addLayout(bottom)
        self._update_hold_buttons()
        return tab

    def load_holds(self) -> None:
        self.ctx.tasks.run(holds.list_holds, self.ctx.ws, self.ctx.actor, not self.show_released.isChecked(),
                           on_done=self._show_holds, on_error=self._load_error, owner=self)

    def _show_holds(self, rows: list[holds.HoldView]) -> None:
        self.hold_model.set_rows(rows)
        self._update_hold_buttons()

    def _update_hold_buttons(self) -> None:
        chosen = _selected(self.hold_view, self.hold_model)
        self.release_button.setEnabled(self.ctx.can(Permission.HOLD_MANAGE) and len(chosen) == 1
                                       and chosen[0].active)

    def release_hold(self) -> None:
        chosen = _selected(self.hold_view, self.hold_model)
        if not chosen:
            return
        hold = chosen[0]
        dialog = ReasonDialog(self.tr("Release legal hold"), self.tr(
            "Once released, the retention period counts again; records already past their end become due."),
            [f"{hold.case_no or hold.media_name}：{hold.reason}"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.tasks.run(holds.release_hold, self.ctx.ws, self.ctx.actor, hold.id, dialog.reason_text(),
                           on_done=lambda _: self.activate(), on_error=self._error, write=True, owner=self)

    # --- disposal requests ------------------------------------------------------------------------------------
    def _requests_tab(self) -> QWidget:
        self.request_state = QComboBox()
        self.request_state.addItem(self.tr("All requests"), ())
        self.request_state.addItem(self.tr("Waiting for approval"), (DisposalState.REQUESTED.value,))
        self.request_state.addItem(self.tr("Approved, not executed"),
                                   (DisposalState.APPROVED.value, DisposalState.EXECUTING.value))
        self.request_state.addItem(self.tr("Executed"), (DisposalState.EXECUTED.value,))
        self.request_state.addItem(self.tr("Rejected"), (DisposalState.REJECTED.value,))
        self.request_state.currentIndexChanged.connect(self.load_requests)
        self.request_model = RequestModel(self)
        self.request_view = table_view(self.request_model)
        for column, width in enumerate((50, 90, 240, 220, 90, 160, 90)):
            self.request_view.setColumnWidth(column, width)
        self.request_view.selectionModel().selectionChanged.connect(self._show_request)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.clicked.connect(self.reject)
        self.execute_button = QPushButton(self.tr("Execute disposal…"))
        self.execute_button.clicked.connect(self.execute)
        top = QHBoxLayout()
        top.addWidget(self.request_state)
        top.addStretch(1)
        top.addWidget(self.approve_button)
        top.addWidget(self.reject_button)
        top.addWidget(self.execute_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.request_view)
        split.addWidget(self.detail)
        split.setSizes([300, 160])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._show_request()
        return tab

    def load_requests(self) -> None:
        self.ctx.tasks.run(disposal.list_requests, self.ctx.ws, self.ctx.actor, self.request_state.currentData(),
                           on_done=self._requests_loaded, on_error=self._load_error, owner=self)

    def _requests_loaded(self, rows: list[RequestView]) -> None:
        shown = self._current_request()
        self.request_model.set_rows(rows)
        # The request just decided stays selected, its new state and the decision in view.
        row = next((n for n, r in enumerate(rows) if shown is not None and r.id == shown.id), None)
        if row is not None:
            self.request_view.selectRow(row)
        self._show_request()

    def _current_request(self) -> RequestView | None:
        chosen = _selected(self.request_view, self.request_model)
        return chosen[0] if chosen else None

    def _show_request(self) -> None:
        req = self._current_request()
        me = self.ctx.actor.username
        deciding = req is not None and req.state == DisposalState.REQUESTED.value
        self.approve_button.setEnabled(deciding and self.ctx.can(Permission.DISPOSAL_APPROVE)
                                       and req is not None and req.requested_by != me)
        self.reject_button.setEnabled(req is not None and self.ctx.can(Permission.DISPOSAL_APPROVE)
                                      and req.state in (DisposalState.REQUESTED.value, DisposalState.APPROVED.value)
                                      and req.requested_by != me)
        self.execute_button.setEnabled(req is not None and self.ctx.can(Permission.DISPOSAL_REQUEST)
                                       and req.state in (DisposalState.APPROVED.value, DisposalState.EXECUTING.value))
        if req is not None and req.requested_by == me and self.ctx.can(Permission.DISPOSAL_APPROVE):
            self.approve_button.setToolTip(self.tr("You filed this request: another person must decide (Art. 27)."))
        else:
            self.approve_button.setToolTip("")
        if req is not None:
            self.detail.setPlainText(self._detail_text(req))
        else:
            self.detail.setPlainText("" if self.request_model.rowCount() else self.tr(
                "No disposal requests in this list. The archivist files them from the due records (Art. 27)."))

    def _detail_text(self, r: RequestView) -> str:
        lines = [self.tr("Disposal request {id} — {state}").format(id=r.id, state=request_state_text(r.state)),
                 self.tr("Requested by {who} at {when}: {reason}").format(who=r.name(r.requested_by),
                                                                          when=local_time(r.requested_at),
                                                                          reason=r.reason)]
        if r.decided_by and r.state == DisposalState.REJECTED.value:
            lines.append(self.tr("Rejected by {who} at {when}: {reason}").format(
                who=r.name(r.decided_by), when=local_time(r.decided_at), reason=r.decision_reason))
        elif r.decided_by:
            lines.append(self.tr("Approved by {who} at {when}: {opinion}").format(
                who=r.name(r.decided_by), when=local_time(r.decided_at), opinion=r.decision_reason or "—"))
        if r.executed_at:
            lines.append(self.tr("Executed by {who} at {when}").format(who=r.name(r.executed_by),
                                                                       when=local_time(r.executed_at)))
        lines.append(self.tr("Records:"))
        ended = self.tr("retention ended")
        lines += [f"  · {self.tr(KIND_LABELS[i.kind])} {i.label}（{ended} {day(i.retention_end)}）" for i in r.items]
        if r.objects:
            lines.append(self.tr("Removed from the vault (tombstones kept):"))
            lines += [f"  − {o.name}  SHA-256 {o.sha256}  SM3 {o.sm3}  {o.size} B" for o in r.objects]
        return "\n".join(lines)

    def _after_request(self, _: object) -> None:
        self.activate()

    def approve(self) -> None:
        req = self._current_request()
        if req is None:
            return
        dialog = ReasonDialog(
            self.tr("Approve disposal request"),
            self.tr("Once executed, the files of these records are removed from the vault for good; the catalogue "
                    "keeps a tombstone (Art. 27). Write your opinion (审批意见) to approve."),
            [i.label for i in req.items], self, field=self.tr("Opinion:"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        opinion = dialog.reason_text()
        answer = QMessageBox.question(
            self, self.tr("Approve disposal request"),
            self.tr("Approve disposal request {id} for {n} records with the opinion “{opinion}”? The approval is "
                    "recorded under your name and cannot be withdrawn; it can only be rejected before execution.")
            .format(id=req.id, n=len(req.items), opinion=opinion),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(lambda: disposal.approve(self.ctx.ws, self.ctx.actor, req.id, opinion=opinion),
                           on_done=self._after_request, on_error=self._error, write=True, owner=self)

    def reject(self) -> None:
        req = self._current_request()
        if req is None:
            return
        dialog = ReasonDialog(self.tr("Reject disposal request"), self.tr("The records stay in the archive."),
                              [i.label for i in req.items], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.tasks.run(disposal.reject, self.ctx.ws, self.ctx.actor, req.id, dialog.reason_text(),
                           on_done=self._after_request, on_error=self._error, write=True, owner=self)

    def execute(self) -> None:
        req = self._current_request()
        if req is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Execute disposal"),
            self.tr("The files of {n} records are removed from the vault for good. Every condition is checked "
                    "again first. Continue?").format(n=len(req.items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(disposal.execute, self.ctx.ws, self.ctx.actor, req.id, on_done=self._after_request,
                           on_error=self._error, write=True, owner=self)

    # --- rules ------------------------------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        self.rule_model = RuleModel(self)
        self.rule_view = table_view(self.rule_model)
        for column, width in enumerate((380, 100, 110, 150, 90)):
            self.rule_view.setColumnWidth(column, width)
        self.rule_view.selectionModel().selectionChanged.connect(self._update_rule_button)
        self.rule_view.doubleClicked.connect(lambda _: self.edit_rule())
        self.edit_rule_button = QPushButton(self.tr("Change period…"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        note = QLabel(self.tr("Agencies set retention periods per record category and risk (Art. 25). The first "
                              "applicable rule in this order decides; the system administrator changes them."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.edit_rule_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rule_view, 1)
        layout.addLayout(bottom)
        self._update_rule_button()
        return tab

    def load_rules(self) -> None:
        self.ctx.tasks.run(schedule.rules, self.ctx.ws, self.ctx.actor, on_done=self._show_rules,
                           on_error=self._load_error, write=True, owner=self)

    def _show_rules(self, rules: list[RuleView]) -> None:
        self._rules = rules
        self.rule_model.set_rows(rules)
        self.due_model.rule_names = {r.code: (r.name_zh if chinese() else r.name) for r in rules}
        self.due_model.layoutChanged.emit()
        self._update_rule_button()

    def _update_rule_button(self) -> None:
        self.edit_rule_button.setEnabled(self.ctx.can(Permission.RETENTION_MANAGE)
                                         and bool(_selected(self.rule_view, self.rule_model)))

    def edit_rule(self) -> None:
        chosen = _selected(self.rule_view, self.rule_model)
        if not chosen or not self.ctx.can(Permission.RETENTION_MANAGE):
            return
        dialog = RuleDialog(chosen[0], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        months, active = dialog.values()
        code = chosen[0].code
        self.ctx.tasks.run(lambda: schedule.edit_rule(self.ctx.ws, self.ctx.actor, code, months=months, active=active),
                           on_done=lambda _: self.activate(), on_error=self._error, write=True, owner=self)

    # --- common -----------------------------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> None:
        """An action failed: say why, then show the state as it is now."""
        show_error(self, exc)
        self.activate()

    def _load_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the records due by today or by the month's end, the legal holds, or the
        disposal requests waiting for approval."""
        tab = criteria.get("tab")
        if tab == "due" and set(criteria) == {"tab", "due_by"}:
            today = dates.today()
            by = {"today": today, "month_end": QDate(today.year(), today.month(), today.daysInMonth())}
            if criteria["due_by"] not in by:
                return False
            self.tabs.setCurrentIndex(0)
            self.due_before.setDate(by[str(criteria["due_by"])])
            self.load_due()
            return True
        if tab == "holds" and set(criteria) == {"tab"}:
            self.tabs.setCurrentIndex(1)
            return True
        if tab == "requests" and set(criteria) == {"tab", "state"}:
            index = next((i for i in range(self.request_state.count())
                          if self.request_state.itemData(i) == (criteria["state"],)), -1)
            if index < 0:
                return False
            self.tabs.setCurrentIndex(2)
            self.request_state.setCurrentIndex(index)
            self.load_requests()
            return True
        return False

    def print_view(self) -> QAbstractItemView | None:
        return (self.due_view, self.hold_view, self.request_view, self.rule_view)[self.tabs.currentIndex()]

    def activate(self) -> None:
        self.load_rules()
        self.load_due()
        self.load_holds()
        self.load_requests()

