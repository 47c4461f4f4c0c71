"""The equipment room (Art. 25, 29): register with barcode search, counter dialog, overdue and maintenance due."""

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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_core import devices, devices_audit, loans, maintenance
from archive_core.auth import Actor, Permission
from archive_core.devices import DEVICE_KINDS, DEVICE_STATUSES, KIND_LABELS, STATUS_LABELS, DeviceFilter
from archive_core.loans import LoanView
from archive_core.maintenance import MaintenanceDue
from archive_core.workstation import Workstation
from ui.checkout_dialog import CheckoutDialog
from ui.context import UiContext
from ui.device_dialog import DeviceDialog
from ui.device_history import DeviceHistoryDialog
from ui.device_models import DeviceTableModel, MaintenanceDueModel, OverdueModel, label, local_time
from ui.errors import show_error
from ui.pages.base import Page


@dataclass(frozen=True)
class RoomSummary:
    counts: dict[str, int]
    overdue: list[LoanView]
    maintenance_due: list[MaintenanceDue]
    next_audit: datetime | None


def room_summary(ws: Workstation, actor: Actor) -> RoomSummary:
    return RoomSummary(devices.status_counts(ws, actor), loans.overdue_loans(ws, actor),
                       maintenance.maintenance_due(ws, actor), devices_audit.next_audit_due(ws, actor))


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class EquipmentPage(Page):
    order = 40
    icon = QStyle.StandardPixmap.SP_DriveHDIcon
    permissions = (Permission.DEVICE_READ,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EquipmentPage", "Equipment room")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.status)
        top.addWidget(self.history_button)
        top.addWidget(self.add_button)
        top.addWidget(self.counter_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.devices_model = DeviceTableModel(ctx, self)
        self.register_view = _table(self.devices_model)
        self.register_view.setSortingEnabled(True)
        self.register_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.register_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 110, 110, 120, 120, 170, 80, 150)):
            self.register_view.setColumnWidth(column, width)
        self.overdue_model = OverdueModel(parent=self)
        self.overdue_view = _table(self.overdue_model)
        self.due_model = MaintenanceDueModel(self)
        self.due_view = _table(self.due_model)
        for view in (self.overdue_view, self.due_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_view, self.tr("Register"))
        self.tabs.addTab(self.overdue_view, self.tr("Overdue"))
        self.tabs.addTab(self.due_view, self.tr("Maintenance due"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
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
        self.register_view.doubleClicked.connect(lambda _i: self.show_history())
        self.overdue_view.doubleClicked.connect(lambda i: self._history_of(self.overdue_model.rows[i.row()].asset_tag))
        self.due_view.doubleClicked.connect(lambda i: self._history_of(self.due_model.rows[i.row()].asset_tag))
        self.history_button.clicked.connect(self.show_history)
        self.counter_button.clicked.connect(self.open_counter)
        self.add_button.clicked.connect(self.register_device)

    def activate(self) -> None:
        self.apply_filter()
        self.refresh_lists()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.devices_model.filter = DeviceFilter(search=self.search.text().strip(), kind=self.kind.currentData(),
                                                 status=self.status.currentData())
        self.devices_model.reload()

    def _loaded(self, count: int) -> None:
        if count == 1 and self.search.text().strip():
            self.register_view.selectRow(0)  # the scanned device
            self.tabs.setCurrentIndex(0)

    def refresh_lists(self) -> None:
        self.ctx.tasks.run(room_summary, self.ctx.ws, self.ctx.actor, on_done=self._show_summary,
                           on_error=lambda exc: show_error(self, exc))

    def _show_summary(self, s: RoomSummary) -> None:
        self.overdue_model.set_rows(s.overdue)
        self.due_model.set_rows(s.maintenance_due)
        self.tabs.setTabText(1, self.tr("Overdue ({n})").format(n=len(s.overdue)))
        self.tabs.setTabText(2, self.tr("Maintenance due ({n})").format(n=len(s.maintenance_due)))
        parts = [f"{label(STATUS_LABELS, key)} {s.counts.get(key, 0)}" for key in DEVICE_STATUSES]
        audit = local_time(s.next_audit)[:10] if s.next_audit else self.tr("not yet scheduled")
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

    def _selection_changed(self, *_args: object) -> None:
        self.history_button.setEnabled(self._selected_id() is not None)

    def show_history(self) -> None:
        device_id = self._selected_id()
        if device_id is not None:
            self._history_of(device_id)

    def _history_of(self, key: str | int) -> None:
        DeviceHistoryDialog(self.ctx, key, self).open()

    def open_counter(self) -> None:
        dialog = CheckoutDialog(self.ctx, self)
        dialog.recorded.connect(lambda _loan: (self.devices_model.reload(), self.refresh_lists()))
        dialog.open()

    def register_device(self) -> None:
        dialog = DeviceDialog(self.ctx, self)
        dialog.accepted.connect(self.activate)
        dialog.open()
