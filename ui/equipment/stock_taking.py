"""Stock-taking (盘点, Art. 25) at the scanner: start, scan or type each tag on the shelf, finish, read the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices, stock_taking
from archive_core.equipment.devices import STATUS_LABELS, DeviceNotFoundError, DeviceView
from archive_core.equipment.stock_taking import AUDIT_INTERVAL, EXPECTED, AuditReport, AuditView, ScanResult
from archive_core.spine import clock as agency
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from ui.equipment.device_models import label, local_day, local_time
from ui.equipment.device_reports_dialog import DeviceReportsDialog
from ui.equipment.maintenance_dialog import day_start
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import error_text
from ui.kit.long_text import ElidedLabel, show_full_text

OK, WARN, BAD = QColor("#1e8449"), QColor("#b9770e"), QColor("#c0392b")
START, SCAN, RESULT = range(3)


@dataclass(frozen=True)
class StockState:
    open_audit: AuditView | None
    earlier: list[AuditView]
    next_due: datetime | None
    devices: list[DeviceView]
    found: frozenset[int]  # devices already scanned in the open stock-taking


def stock_state(ws: Workstation, actor: Actor) -> StockState:
    """The open stock-taking (if any) with what it has found so far, so that a clerk can resume it."""
    audits = stock_taking.audits(ws, actor)
    open_audit = next((a for a in audits if a.finished_at is None), None)
    found = stock_taking.found_devices(ws, actor, open_audit.id) if open_audit is not None else frozenset()
    return StockState(open_audit, [a for a in audits if a.finished_at is not None],
                      stock_taking.next_audit_due(ws, actor), devices.list_devices(ws, actor), found)


def _list(title: str) -> tuple[QWidget, QLabel, QListWidget]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: bold;")
    items = QListWidget()
    show_full_text(items)
    items.setWordWrap(True)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.addWidget(heading)
    layout.addWidget(items, 1)
    return box, heading, items


class StockTakingDialog(QDialog):
    """Built for a barcode scanner: the scan field keeps the focus, each Enter records one device, errors show
    inline (a message box would swallow the next scan). Closing leaves the stock-taking open to resume."""

    changed = Signal()  # started, a device found, or finished
    scanned = Signal(object)  # ScanResult
    failed = Signal(object)  # the exception of a refused scan
    finished_audit = Signal(object)  # AuditReport

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.ctx, self.clock = ctx, clock
        self.audit: AuditView | None = None
        self.devices: dict[str, DeviceView] = {}
        self.found: dict[str, str] = {}  # asset tag → registered status when scanned, in scan order
        self.unknown: list[str] = []
        self.pending_scans = 0
        self.report: AuditReport | None = None
        self.state: StockState | None = None
        self.setWindowTitle(self.tr("Stock-taking"))
        self.resize(1000, 640)
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 4)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._scan_page(big))
        self.pages.addWidget(self._result_page(big))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        self.resume_hint = QLabel()
        self.resume_hint.setStyleSheet("color: #555;")
        bottom.addWidget(self.resume_hint, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.reload()

    # --- pages -----------------------------------------------------------------------------------------------
    def _start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.start_info = QLabel(self.tr("Loading…"))
        self.start_info.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. quarterly stock-taking, equipment room A"))
        self.start_button = QPushButton(self.tr("Start stock-taking"))
        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.earlier = QTableWidget(0, 5)
        show_full_text(self.earlier)
        self.earlier.setHorizontalHeaderLabels([self.tr("No."), self.tr("Started"), self.tr("Finished"),
                                                self.tr("Found"), self.tr("Note")])
        self.earlier.verticalHeader().hide()
        self.earlier.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlier.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.start_info)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Earlier stock-takings:")))
        layout.addWidget(self.earlier, 1)
        self.start_button.clicked.connect(self.start)
        self.note.returnPressed.connect(self.start)
        return page

    def _scan_page(self, big: QFont) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.scan_title = ElidedLabel()
        self.scan_title.setStyleSheet("font-weight: bold;")
        self.scan_edit = QLineEdit()
        self.scan_edit.setFont(big)
        self.scan_edit.setPlaceholderText(self.tr("Scan or type the asset tag of each device on the shelf, then Enter"))
        self.feedback = QLabel()
        self.feedback.setFont(big)
        self.progress = QLabel()
        self.progress.setStyleSheet("font-weight: bold;")
        lists = QGridLayout()
        pending_box, self.pending_heading, self.pending = _list(self.tr("Not yet found"))
        found_box, self.found_heading, self.found_list = _list(self.tr("Found on the shelf"))
        loan_box, self.loan_heading, self.on_loan = _list(self.tr("With the officers holding them"))
        self.pending.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        lists.addWidget(pending_box, 0, 0)
        lists.addWidget(found_box, 0, 1)
        lists.addWidget(loan_box, 0, 2)
        self.mark_button = QPushButton(self.tr("Mark selected as found"))
        self.finish_button = QPushButton(self.tr("Finish stock-taking…"))
        actions = QHBoxLayout()
        actions.addWidget(self.mark_button)
        actions.addStretch(1)
        actions.addWidget(self.finish_button)

        self.confirm = QFrame()
        self.confirm.setFrameShape(QFrame.Shape.StyledPanel)
        confirm = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(DAY_FORMAT)
        self.finish_now = QPushButton(self.tr("Finish now"))
        self.keep_scanning = QPushButton(self.tr("Keep scanning"))
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(QLabel(self.tr("Next stock-taking:")))
        confirm.addWidget(self.next_date)
        confirm.addWidget(self.finish_now)
        confirm.addWidget(self.keep_scanning)
        self.confirm.hide()

        layout.addWidget(self.scan_title)
        layout.addWidget(self.scan_edit)
        layout.addWidget(self.feedback)
        layout.addWidget(self.progress)
        layout.addLayout(lists, 1)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        self.scan_edit.returnPressed.connect(self._scan_entered)
        self.pending.itemActivated.connect(lambda item: self.mark_found(item.data(Qt.ItemDataRole.UserRole)))
        self.mark_button.clicked.connect(self._mark_selected)
        self.finish_button.clicked.connect(self.ask_finish)
        self.finish_now.clicked.connect(self.finish)
        self.keep_scanning.clicked.connect(self._keep_scanning)
        return page

    def _result_page(self, big: QFont) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_title = QLabel()
        self.result_title.setFont(big)
        self.result_title.setWordWrap(True)
        self.result_next = QLabel()
        lists = QGridLayout()
        missing_box, self.missing_heading, self.missing_list = _list(self.tr("Missing"))
        odd_box, self.odd_heading, self.odd_list = _list(self.tr("Found, but the register says otherwise"))
        loan_box, self.result_loan_heading, self.result_loan_list = _list(self.tr("On loan"))
        unknown_box, self.unknown_heading, self.unknown_list = _list(self.tr("Scanned codes of no device"))
        lists.addWidget(missing_box, 0, 0)
        lists.addWidget(odd_box, 0, 1)
        lists.addWidget(loan_box, 1, 0)
        lists.addWidget(unknown_box, 1, 1)
        self.export_button = QPushButton(self.tr("Print or save the result…"))
        self.export_button.clicked.connect(self.export_result)
        heading = QHBoxLayout()
        heading.addWidget(self.result_next, 1)
        heading.addWidget(self.export_button)
        layout.addWidget(self.result_title)
        layout.addLayout(heading)
        layout.addLayout(lists, 1)
        return page

    def export_result(self) -> None:
        """The finished stock-taking, device by device, as PDF or CSV."""
        if self.report is None:
            return
        self.reports_dialog = DeviceReportsDialog(self.ctx, self, kind="stocktake", audit_id=self.report.audit.id)
        self.reports_dialog.open()

    # --- state -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.tasks.run(stock_state, self.ctx.ws, self.ctx.actor, on_done=self._show_state,
                           on_error=lambda exc: self.start_info.setText(error_text(exc)), owner=self)

    def _show_state(self, state: StockState) -> None:
        self.state = state
        self.devices = {d.asset_tag: d for d in state.devices}
        self.earlier.setRowCount(len(state.earlier))
        for row, a in enumerate(state.earlier):
            for column, value in enumerate((f"#{a.id}", local_time(a.started_at), local_time(a.finished_at),
                                            str(a.scanned), a.note)):
                self.earlier.setItem(row, column, QTableWidgetItem(value))
        self.earlier.resizeColumnsToContents()
        due = local_day(state.next_due) if state.next_due else self.tr("not yet scheduled")
        self.start_info.setText(self.tr("No stock-taking is in progress. {n} devices in the register; the next "
                                        "stock-taking is due: {due}.").format(n=len(state.devices), due=due))
        if state.open_audit is None:
            self.pages.setCurrentIndex(START)
            self.note.setFocus()
            return
        self.found = {d.asset_tag: d.status for d in state.devices if d.id in state.found}
        self._begin(state.open_audit)

    def _begin(self, audit: AuditView) -> None:
        self.audit = audit
        title = self.tr("Stock-taking #{id}, started {at} by {by}").format(
            id=audit.id, at=local_time(audit.started_at), by=audit.started_by_name)
        self.scan_title.setText(f"{title}　{audit.note}".strip())
        self.resume_hint.setText(self.tr("You can close this window: the stock-taking stays open until it is "
                                         "finished."))
        self.next_date.setDate(QDate(agency.local_date(self.clock() + AUDIT_INTERVAL)))
        self.pages.setCurrentIndex(SCAN)
        self._render()
        self.scan_edit.setFocus()

    def expected(self) -> list[str]:
        return sorted(tag for tag, d in self.devices.items() if d.status in EXPECTED)

    def not_found(self) -> list[str]:
        found = set(self.found)
        return [tag for tag in self.expected() if tag not in found]

    def _render(self) -> None:
        expected, found = self.expected(), set(self.found)
        pending = self.not_found()
        self.pending.clear()
        for tag in pending:
            d = self.devices[tag]
            item = QListWidgetItem(f"{tag}  {d.model}  {d.location}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, tag)
            self.pending.addItem(item)
        self.found_list.clear()
        for tag, status in reversed(self.found.items()):  # the latest scan on top
            device = self.devices.get(tag)
            text = f"{tag}  {device.model if device else ''}".rstrip()
            item = QListWidgetItem(text)
            if status not in EXPECTED:
                item.setText(text + "  " + self.tr("(registered as {status}: correct the register)").format(
                    status=label(STATUS_LABELS, status)))
                item.setForeground(WARN)
            self.found_list.addItem(item)
        self.on_loan.clear()
        for tag, d in sorted(self.devices.items()):
            if d.status == "checked_out" and tag not in found:
                due = self.tr("due {at}").format(at=local_time(d.due_at))
                self.on_loan.addItem(f"{tag}  {d.holder_name} {d.holder_cert}  {due}")
        self.pending_heading.setText(self.tr("Not yet found: {n}").format(n=len(pending)))
        self.found_heading.setText(self.tr("Found on the shelf: {n}").format(n=len(self.found)))
        self.loan_heading.setText(self.tr("With the officers holding them: {n}").format(n=self.on_loan.count()))
        on_shelf = len(expected) - len(pending)
        self.progress.setText(self.tr("{found} of {expected} expected devices found").format(
            found=on_shelf, expected=len(expected)))
        self.mark_button.setEnabled(bool(pending))

    # --- actions ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.ctx.tasks.run(self._start, self.note.text(), self.clock(), on_done=self._started,
                           on_error=self._start_failed, write=True, owner=self)

    def _start(self, note: str, now: datetime) -> AuditView:
        return stock_taking.start_audit(self.ctx.ws, self.ctx.actor, note, now=now)

    def _started(self, audit: AuditView) -> None:
        self.start_button.setEnabled(True)
        self.found, self.unknown = {}, []
        self.feedback.clear()
        self._begin(audit)
        self.changed.emit()

    def _start_failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.start_info.setText(error_text(exc))
        self.start_info.setStyleSheet("color: #c0392b;")

    def _scan_entered(self) -> None:
        key = self.scan_edit.text().strip()
        self.scan_edit.clear()  # ready for the next scan while this one is stored
        if key:
            self.mark_found(key)

    def _mark_selected(self) -> None:
        for item in self.pending.selectedItems():
            self.mark_found(item.data(Qt.ItemDataRole.UserRole))
        self.scan_edit.setFocus()

    def mark_found(self, key: str) -> None:
        if self.audit is None:
            return
        self.pending_scans += 1
        self.ctx.tasks.run(self._scan, key, self.audit.id, self.clock(), on_done=self._scanned,
                           on_error=lambda exc: self._scan_failed(key, exc), write=True, owner=self)

    def _scan(self, key: str, audit_id: int, now: datetime) -> ScanResult:
        return stock_taking.scan(self.ctx.ws, self.ctx.actor, key, audit_id, now=now)

    def _scanned(self, result: ScanResult) -> None:
        self.pending_scans -= 1
        tag = result.asset_tag
        if result.already_scanned or tag in self.found:
            self._say(self.tr("{tag} was already counted.").format(tag=tag), WARN)
        elif result.discrepancy:
            self._say(self.tr("{tag} found, but registered as {status}: correct the register.").format(
                tag=tag, status=label(STATUS_LABELS, result.status)), WARN)
        else:
            self._say(self.tr("✓ {tag} found").format(tag=tag), OK)
        self.found.setdefault(tag, result.status)
        self._render()
        self.scanned.emit(result)
        self.changed.emit()

    def _scan_failed(self, key: str, exc: BaseException) -> None:
        self.pending_scans -= 1
        if isinstance(exc, DeviceNotFoundError) and key not in self.unknown:
            self.unknown.append(key)
        self._say("✗ " + error_text(exc), BAD)
        QApplication.beep()
        self.scan_edit.setFocus()
        self.failed.emit(exc)

    def _say(self, text: str, colour: QColor) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")

    def ask_finish(self) -> None:
        missing = len(self.not_found())
        if missing:
            text = self.tr("{n} expected devices were not found and will be recorded as missing.").format(n=missing)
        else:
            text = self.tr("Every expected device was found.")
        self.confirm_text.setText(text)
        self.confirm_text.setStyleSheet("color: #c0392b; font-weight: bold;" if missing else "")
        self.confirm.show()
        self.finish_now.setFocus()

    def _keep_scanning(self) -> None:
        self.confirm.hide()
        self.scan_edit.setFocus()

    def finish(self) -> None:
        if self.audit is None:
            return
        self.finish_now.setEnabled(False)
        next_at = day_start(self.next_date.date().toPython())
        self.ctx.tasks.run(self._finish, self.audit.id, next_at, self.clock(), on_done=self._finished,
                           on_error=self._finish_failed, write=True, owner=self)

    def _finish(self, audit_id: int, next_at: datetime, now: datetime) -> AuditReport:
        return stock_taking.finish_audit(self.ctx.ws, self.ctx.actor, audit_id, next_audit_at=next_at, now=now)

    def _finish_failed(self, exc: BaseException) -> None:
        self.finish_now.setEnabled(True)
        self._say(error_text(exc), BAD)

    def _finished(self, report: AuditReport) -> None:
        self.finish_now.setEnabled(True)
        self.confirm.hide()
        self.report, self.audit = report, None
        self.resume_hint.clear()
        problems = len(report.missing) + len(report.discrepancies)
        self.result_title.setText(self.tr("Stock-taking #{id} finished: {found} found, {missing} missing, "
                                          "{loan} on loan, {odd} discrepancies.").format(
            id=report.audit.id, found=len(report.found), missing=len(report.missing), loan=len(report.on_loan),
            odd=len(report.discrepancies)))
        self.result_title.setStyleSheet(f"color: {(BAD if problems else OK).name()};")
        self.result_next.setText(self.tr("Next stock-taking: {at}").format(
            at=local_day(report.audit.next_audit_at)))
        unknown = list(report.unknown) + [k for k in self.unknown if k not in report.unknown]
        for heading, widget, title, tags in (
                (self.missing_heading, self.missing_list, self.tr("Missing: {n}"), report.missing),
                (self.odd_heading, self.odd_list, self.tr("Found, but the register says otherwise: {n}"),
                 report.discrepancies),
                (self.result_loan_heading, self.result_loan_list, self.tr("On loan: {n}"), report.on_loan),
                (self.unknown_heading, self.unknown_list, self.tr("Scanned codes of no device: {n}"), unknown)):
            heading.setText(title.format(n=len(tags)))
            widget.clear()
            for tag in tags:
                widget.addItem(self._result_line(tag))
        for widget in (self.missing_list, self.odd_list):
            for row in range(widget.count()):
                widget.item(row).setForeground(BAD)
        self.pages.setCurrentIndex(RESULT)
        self.close_button.setFocus()
        self.finished_audit.emit(report)
        self.changed.emit()

    def _result_line(self, tag: str) -> str:
        d = self.devices.get(tag)
        if d is None:
            return tag
        status = label(STATUS_LABELS, d.status)
        holder = f"  {d.holder_name}" if d.holder_name else ""
        return f"{tag}  {d.model}  {status}{holder}".rstrip()

    def keyPressEvent(self, event: Any) -> None:
        # Enter would press a button; here only the scan field and the lists act on it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
