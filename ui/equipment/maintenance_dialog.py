"""Maintenance of one device (Art. 25): record work done, send it out for repair and take it back, see the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices, maintenance
from archive_core.equipment.devices import (
    KIND_LABELS,
    MAINTENANCE_KINDS,
    MAINTENANCE_LABELS,
    STATUS_LABELS,
    DeviceView,
)
from archive_core.equipment.maintenance import MaintenanceView
from archive_core.spine import clock as agency
from archive_core.spine.auth import Permission
from ui.equipment.device_models import MaintenanceLogModel, label
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import error_text
from ui.kit.long_text import show_full_text

LOG_DAYS = 90
OK_STYLE, ERROR_STYLE = "color: #1e8449; font-weight: bold;", "color: #c0392b;"


def day_start(day: date) -> datetime:
    """The agency's midnight of a calendar day, as an aware time."""
    return agency.day_start(day)


class MaintenanceDialog(QDialog):
    """Stays open after recording so that the log below shows the new entry."""

    changed = Signal()  # a record was written or maintenance finished

    def __init__(self, ctx: UiContext, device_key: str | int, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.ctx, self.device_key, self.clock = ctx, device_key, clock
        self.device: DeviceView | None = None
        self.setWindowTitle(self.tr("Device maintenance"))
        self.resize(940, 620)
        can_manage = ctx.can(Permission.DEVICE_MANAGE)

        self.device_label = QLabel(self.tr("Loading…"))
        self.device_label.setWordWrap(True)
        self.device_label.setStyleSheet("font-weight: bold;")

        self.record_box = QGroupBox(self.tr("Record maintenance (Art. 25)"))
        form = QFormLayout(self.record_box)
        self.kind = QComboBox()
        for key in MAINTENANCE_KINDS:
            self.kind.addItem(label(MAINTENANCE_LABELS, key), key)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("required: what was done, e.g. lens cleaned, battery replaced"))
        self.technician = QLineEdit()
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("e.g. works normally"))
        self.keep_open = QCheckBox(self.tr("Sent out for repair: the device stays in maintenance (cannot be checked "
                                           "out) until the work is finished"))
        self.record_button = QPushButton(self.tr("Record"))
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Work done:"), self.note)
        form.addRow(self.tr("Technician:"), self.technician)
        form.addRow(self.tr("Result:"), self.result)
        form.addRow("", self.keep_open)
        form.addRow("", self.record_button)
        self.record_box.setEnabled(can_manage)

        self.finish_box = QGroupBox(self.tr("Back from maintenance"))
        finish = QHBoxLayout(self.finish_box)
        self.finish_result = QLineEdit()
        self.finish_result.setPlaceholderText(self.tr("result of the repair, e.g. mainboard replaced, tested"))
        self.finish_button = QPushButton(self.tr("Finish: device available again"))
        finish.addWidget(QLabel(self.tr("Result:")))
        finish.addWidget(self.finish_result, 1)
        finish.addWidget(self.finish_button)
        self.finish_box.setVisible(False)
        self.finish_box.setEnabled(can_manage)

        self.message = QLabel()
        self.message.setWordWrap(True)

        log_box = QGroupBox(self.tr("Maintenance log"))
        log_layout = QVBoxLayout(log_box)
        today = agency.local_date(clock())
        self.since = QDateEdit(QDate(today - timedelta(days=LOG_DAYS)))
        self.until = QDateEdit(QDate(today))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_FORMAT)
        self.only_device = QCheckBox(self.tr("This device only"))
        self.only_device.setChecked(True)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("From")))
        range_row.addWidget(self.since)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.until)
        range_row.addWidget(self.only_device)
        range_row.addStretch(1)
        self.log_model = MaintenanceLogModel(self)
        self.log_view = QTableView()
        show_full_text(self.log_view)
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().hide()
        self.log_view.setAlternatingRowColors(True)
        self.log_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_status = QLabel()
        log_layout.addLayout(range_row)
        log_layout.addWidget(self.log_view, 1)
        log_layout.addWidget(self.log_status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.device_label)
        layout.addWidget(self.record_box)
        layout.addWidget(self.finish_box)
        layout.addWidget(self.message)
        layout.addWidget(log_box, 1)
        layout.addWidget(buttons)

        self.record_button.clicked.connect(self.record)
        self.note.returnPressed.connect(self.record)
        self.finish_button.clicked.connect(self.finish)
        self.since.dateChanged.connect(self.reload_log)
        self.until.dateChanged.connect(self.reload_log)
        self.only_device.toggled.connect(self.reload_log)
        self.reload()

    # --- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.tasks.run(devices.lookup_device, self.ctx.ws, self.ctx.actor, self.device_key,
                           on_done=self._show_device, on_error=self._failed, owner=self)

    def _show_device(self, d: DeviceView) -> None:
        self.device = d
        self.device_label.setText(self.tr("{tag}  {kind}  {model}  — status: {status}").format(
            tag=d.asset_tag, kind=label(KIND_LABELS, d.kind), model=" ".join(x for x in (d.manufacturer, d.model) if x),
            status=label(STATUS_LABELS, d.status)))
        self.finish_box.setVisible(d.status == "maintenance")
        self.keep_open.setEnabled(d.status != "maintenance")
        self.reload_log()

    def reload_log(self) -> None:
        since, until = self.since.date().toPython(), self.until.date().toPython()
        device = self.device.id if self.device is not None and self.only_device.isChecked() else None
        self.ctx.tasks.run(self._log, day_start(since), day_start(until + timedelta(days=1)), device,
                           on_done=self._show_log, on_error=self._failed, owner=self)

    def _log(self, since: datetime, until: datetime, device: int | None) -> list[MaintenanceView]:
        return maintenance.maintenance_log(self.ctx.ws, self.ctx.actor, since=since, until=until, device_key=device)

    def _show_log(self, rows: list[MaintenanceView]) -> None:
        self.log_model.set_rows(rows)
        self.log_status.setText(self.tr("{n} records").format(n=len(rows)))

    # --- changes ---------------------------------------------------------------------------------------------
    def record(self) -> None:
        if self.device is None or not self.record_button.isEnabled():
            return
        self.record_button.setEnabled(False)
        self.ctx.tasks.run(self._record, self.device.id, self.kind.currentData(), self.note.text(),
                           self.technician.text(), self.result.text(), self.keep_open.isChecked(), self.clock(),
                           on_done=self._recorded, on_error=self._failed, write=True, owner=self)

    def _record(self, device_id: int, kind: str, note: str, technician: str, result: str, keep_open: bool,
                now: datetime) -> MaintenanceView:
        return maintenance.record_maintenance(self.ctx.ws, self.ctx.actor, device_id, kind, note,
                                              technician=technician, result=result, keep_open=keep_open, now=now)

    def _recorded(self, view: MaintenanceView) -> None:
        self.record_button.setEnabled(True)
        text = (self.tr("{tag} is in maintenance until the work is finished.") if view.finished_at is None
                else self.tr("Maintenance of {tag} recorded."))
        self._say(text.format(tag=view.asset_tag), OK_STYLE)
        for edit in (self.note, self.technician, self.result):
            edit.clear()
        self.keep_open.setChecked(False)
        self.changed.emit()
        self.reload()

    def finish(self) -> None:
        if self.device is None:
            return
        self.finish_button.setEnabled(False)
        self.ctx.tasks.run(self._finish, self.device.id, self.finish_result.text(), self.clock(),
                           on_done=self._finished, on_error=self._failed, write=True, owner=self)

    def _finish(self, device_id: int, result: str, now: datetime) -> list[MaintenanceView]:
        return maintenance.finish_maintenance(self.ctx.ws, self.ctx.actor, device_id, result, now=now)

    def _finished(self, views: list[MaintenanceView]) -> None:
        self.finish_button.setEnabled(True)
        self.finish_result.clear()
        tag = views[0].asset_tag if views else ""
        self._say(self.tr("Maintenance finished; {tag} is available again.").format(tag=tag), OK_STYLE)
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.finish_button.setEnabled(True)
        self._say(error_text(exc), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
