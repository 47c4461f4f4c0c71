"""The equipment room (Art. 25, 29): register with barcode search, counter, maintenance, stock-taking, reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices, loans, maintenance, stock_taking
from archive_core.equipment.devices import DEVICE_KINDS, DEVICE_STATUSES, KIND_LABELS, STATUS_LABELS, DeviceFilter
from archive_core.equipment.loans import LoanView
from archive_core.equipment.maintenance import MaintenanceDue
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import Workstation
from ui.equipment.checkout_dialog import CheckoutDialog
from ui.equipment.device_dialog import DeviceDialog
from ui.equipment.device_history import DeviceHistoryDialog
from ui.equipment.device_models import DeviceTableModel, MaintenanceDueModel, OverdueModel, label, local_day
from ui.equipment.device_reports_dialog import DeviceReportsDialog
from ui.equipment.device_status_dialog import DeviceStatusDialog
from ui.equipment.maintenance_dialog import MaintenanceDialog
from ui.equipment.maintenance_plans import MaintenancePlansDialog
from ui.equipment.stock_taking import StockTakingDialog
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.page import Page
from ui.kit.tables import table_view


@dataclass(frozen=True)
class RoomSummary:
    counts: dict[str, int]
    overdue: list[LoanView]
    maintenance_due: list[MaintenanceDue]
    next_audit: datetime | None


def room_summary(ws: Workstation, actor: Actor) -> RoomSummary:
    return RoomSummary(devices.status_counts(ws, actor), loans.overdue_loans(ws, actor),
                       maintenance.maintenance_due(ws, actor), stock_taking.next_audit_due(ws, actor))


class EquipmentPage(Page):
    order = 40
    icon = QStyle.StandardPixmap.SP_DriveHDIcon
    permissions = (Permission.DEVICE_READ,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EquipmentPage", "Equipment room")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._keep_selected: int | None = None  # the device to select again once the register has reloaded
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search, or scan a device barcode…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for key in DEVICE_KINDS:
            self.kind.addItem(label(KIND_LABELS, key), key)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for key in DEVICE_STATUSES:
            self.status.addItem(label(STATUS_LABELS, key), key)
        self.counter_button = QPushButton(self.tr("Check out / in…"))
        self.counter_button.setEnabled(ctx.can(Permission.DEVICE_LOAN))
        self.add_button = QPushButton(self.tr("Register device…"))
        self.add_button.setEnabled(ctx.can(Permission.DEVICE_MANAGE))
        self.plans_button = QPushButton(self.tr("Maintenance plans…"))
        self.audit_button = QPushButton(self.tr("Stock-taking…"))
        self.audit_button.setEnabled(ctx.can(Permission.DEVICE_MANAGE))
        self.reports_button = QPushButton(self.tr("Reports…"))
        self.reports_button.setEnabled(ctx.can(Permission.REPORT_READ))
        # Buttons that act on the device selected in the register.
        self.history_button = QPushButton(self.tr("History"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.maintenance_button = QPushButton(self.tr("Maintenance…"))
        self.status_button = QPushButton(self.tr("Status…"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Selected device:")))
        actions.addWidget(self.history_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.maintenance_button)
        actions.addWidget(self.status_button)
        actions.addStretch(1)
        for button in (self.counter_button, self.add_button, self.plans_button, self.audit_button,
                       self.reports_button):
            actions.addWidget(button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.devices_model = DeviceTableModel(ctx, self)
        self.register_view = table_view(self.devices_model)
        self.register_view.setSortingEnabled(True)
        self.register_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.register_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 110, 110, 120, 120, 170, 80, 150)):
            self.register_view.setColumnWidth(column, width)
        self.overdue_model = OverdueModel(parent=self)
        self.overdue_view = table_view(self.overdue_model)
        self.due_model = MaintenanceDueModel(self)
        self.due_view = table_view(self.due_model)
        for view in (self.overdue_view, self.due_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_view, self.tr("Register"))
        self.tabs.addTab(self.overdue_view, self.tr("Overdue"))
        self.tabs.addTab(self.due_view, self.tr("Maintenance due"))
        self.overdue_export = QPushButton(self.tr("Print or save the overdue list…"))
        self.overdue_export.setEnabled(ctx.can(Permission.REPORT_READ))
        self.overdue_export.clicked.connect(lambda: self.open_reports("overdue"))
        self.tabs.setCornerWidget(self.overdue_export)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)  # a scanner types the tag and Enter
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.devices_model.loaded.connect(self._loaded)
        self.devices_model.failed.connect(lambda exc: show_error(self, exc))
        self.register_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.devices_model.modelReset.connect(self._selection_changed)
        self.devices_model.dataChanged.connect(self._selection_changed)  # the selected row's page arrived
        self.register_view.doubleClicked.connect(lambda _i: self.show_history())
        self.overdue_view.doubleClicked.connect(lambda i: self._history_of(self.overdue_model.rows[i.row()].asset_tag))
        self.due_view.doubleClicked.connect(lambda i: self._history_of(self.due_model.rows[i.row()].asset_tag))
        self.history_button.clicked.connect(self.show_history)
        self.edit_button.clicked.connect(self.edit_device)
        self.counter_button.clicked.connect(self.open_counter)
        self.add_button.clicked.connect(self.register_device)
        self.maintenance_button.clicked.connect(self.open_maintenance)
        self.status_button.clicked.connect(self.change_status)
        self.plans_button.clicked.connect(self.open_plans)
        self.audit_button.clicked.connect(self.open_stock_taking)
        self.reports_button.clicked.connect(lambda: self.open_reports())
        self._selection_changed()

    def activate(self) -> None:
        self.apply_filter()
        self.refresh_lists()

    def search_field(self) -> QWidget | None:
        return self.search

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)  # the search narrows the register
        return super().focus_search()

    def create_new(self) -> bool:
        return self.press(self.add_button)

    def print_view(self) -> QAbstractItemView | None:
        return (self.register_view, self.overdue_view, self.due_view)[self.tabs.currentIndex()]

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the register narrowed to one status, or the overdue or maintenance-due list."""
        tab = {"register": 0, "overdue": 1, "maintenance": 2}.get(str(criteria.get("tab", "register")))
        status = criteria.get("status")
        index = self.status.findData(status) if status else 0
        if tab is None or index < 0 or not set(criteria) <= {"tab", "status"}:
            return False
        for widget in (self.search, self.kind, self.status):  # one reload below, not one per changed field
            widget.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.status.setCurrentIndex(index)
        for widget in (self.search, self.kind, self.status):
            widget.blockSignals(False)
        self.tabs.setCurrentIndex(tab)
        self.apply_filter()
        return True

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.devices_model.filter = DeviceFilter(search=self.search.text().strip(), kind=self.kind.currentData(),
                                                 status=self.status.currentData())
        self.devices_model.reload()

    def _loaded(self, count: int) -> None:
        if count == 1 and self.search.text().strip():
            self.register_view.selectRow(0)  # the scanned device
            self.tabs.setCurrentIndex(0)
        elif self._keep_selected is not None:
            row = self.devices_model.row_of(self._keep_selected)
            if row is not None:
                self.register_view.selectRow(row)
        self._keep_selected = None

    def refresh_lists(self) -> None:
        self.ctx.tasks.run(room_summary, self.ctx.ws, self.ctx.actor, on_done=self._show_summary,
                           on_error=lambda exc: show_error(self, exc))

    def _show_summary(self, s: RoomSummary) -> None:
        self.overdue_model.set_rows(s.overdue)
        self.due_model.set_rows(s.maintenance_due)
        self.tabs.setTabText(1, self.tr("Overdue ({n})").format(n=len(s.overdue)))
        self.tabs.setTabText(2, self.tr("Maintenance due ({n})").format(n=len(s.maintenance_due)))
        parts = [f"{label(STATUS_LABELS, key)} {s.counts.get(key, 0)}" for key in DEVICE_STATUSES]
        audit = local_day(s.next_audit) if s.next_audit else self.tr("not yet scheduled")
        text = "　".join(parts) + "　｜　" + self.tr("Next stock-taking: {at}").format(at=audit)
        if s.overdue:
            text = self.tr("{n} devices overdue").format(n=len(s.overdue)) + "　｜　" + text
            self.summary.setStyleSheet("color: #c0392b;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    def _selected_id(self) -> int | None:
        rows = self.register_view.selectionModel().selectedRows()
        return self.devices_model.id_at(rows[0].row()) if rows else None

    def selected_device(self) -> devices.DeviceView | None:
        """The selected row's device, once its page of rows has arrived."""
        rows = self.register_view.selectionModel().selectedRows()
        return self.devices_model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        selected = self._selected_id() is not None
        self.history_button.setEnabled(selected)
        self.maintenance_button.setEnabled(selected)
        loaded = self.selected_device() is not None and self.ctx.can(Permission.DEVICE_MANAGE)
        self.status_button.setEnabled(loaded)
        self.edit_button.setEnabled(loaded)

    def changed(self) -> None:
        """After a change: reload the register (keeping the selected device selected) and the lists."""
        self._keep_selected = self._selected_id()
        self.devices_model.reload()
        self.refresh_lists()

    def show_history(self) -> None:
        device_id = self._selected_id()
        if device_id is not None:
            self._history_of(device_id)

    def _history_of(self, key: str | int) -> None:
        DeviceHistoryDialog(self.ctx, key, self).open()

    def open_counter(self) -> None:
        self.counter_dialog = CheckoutDialog(self.ctx, self)
        self.counter_dialog.recorded.connect(lambda _loan: self.changed())
        self.counter_dialog.open()

    def open_maintenance(self) -> None:
        device_id = self._selected_id()
        if device_id is None:
            return
        dialog = MaintenanceDialog(self.ctx, device_id, self)
        dialog.changed.connect(self.changed)
        dialog.open()

    def change_status(self) -> None:
        device = self.selected_device()
        if device is None:
            return
        dialog = DeviceStatusDialog(self.ctx, device, self)
        dialog.accepted.connect(self.changed)
        dialog.open()

    def open_plans(self) -> None:
        device = self.selected_device()
        dialog = MaintenancePlansDialog(self.ctx, self, device_tag=device.asset_tag if device else "",
                                        device_model=device.model if device else "")
        dialog.changed.connect(self.refresh_lists)
        dialog.open()

    def open_stock_taking(self) -> None:
        self.stock_dialog = StockTakingDialog(self.ctx, self)
        self.stock_dialog.finished_audit.connect(lambda _report: self.refresh_lists())  # the next stock-taking date
        self.stock_dialog.open()

    def open_reports(self, kind: str | None = None) -> None:
        self.reports_dialog = DeviceReportsDialog(self.ctx, self, kind=kind)
        self.reports_dialog.open()

    def edit_device(self) -> None:
        device = self.selected_device()
        if device is None:
            return
        self.device_dialog = DeviceDialog(self.ctx, self, device)
        self.device_dialog.accepted.connect(self.changed)
        self.device_dialog.open()

    def register_device(self) -> None:
        self.device_dialog = DeviceDialog(self.ctx, self)
        self.device_dialog.accepted.connect(self.activate)
        self.device_dialog.open()
