"""Item models of the equipment room: the device register (lazy), loans, maintenance (due, log, plans), history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from archive_core.equipment import devices
from archive_core.equipment.devices import (
    CAPABILITY_LABELS,
    CONDITION_LABELS,
    EVENT_LABELS,
    KIND_LABELS,
    LOCATION_LABELS,
    MAINTENANCE_LABELS,
    STATUS_LABELS,
    DeviceFilter,
    DeviceView,
    HistoryEntry,
)
from archive_core.equipment.loans import LoanView
from archive_core.equipment.maintenance import MaintenanceDue, MaintenanceView, PlanView
from archive_core.spine import clock
from ui.kit.context import UiContext
from ui.kit.lazy_model import LazyTableModel
from ui.kit.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
OVERDUE_BACKGROUND = QColor("#fdecea")
INACTIVE = QColor("#7f8c8d")
STATUS_COLOURS = {
    "checked_out": QColor("#1f5f99"),
    "maintenance": QColor("#b9770e"),
    "lost": OVERDUE,
    "retired": QColor("#7f8c8d"),
}


def label(table: dict[str, str], key: str | None) -> str:
    return QCoreApplication.translate("devices", table[key]) if key in table else (key or "")


def local_time(value: datetime | None) -> str:
    return clock.fmt(value, clock.READ_MINUTE)


def local_day(value: datetime | None) -> str:
    return clock.fmt(value, clock.READ_DATE)


def capabilities_text(d: DeviceView) -> str:
    return "、".join(label(CAPABILITY_LABELS, c) for c in d.capabilities)


def location_text(d: DeviceView) -> str:
    place = label(LOCATION_LABELS, d.location_kind)
    return d.location if place and place in d.location else " ".join(x for x in (place, d.location) if x)


class DeviceTableModel(LazyTableModel):
    """The register: ids by filter and sort in SQL, rows fetched page by page off the GUI thread."""

    COLUMNS: tuple[tuple[str, str | None], ...] = (
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Asset tag"), "asset_tag"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Type"), "kind"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Model"), "model"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Serial number"), "serial_no"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Capabilities"), None),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Location"), "location"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Status"), "status"),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Holder"), None),
        (QT_TRANSLATE_NOOP("DeviceTableModel", "Due"), None),
    )

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(ctx.tasks, parent)
        self.ctx = ctx
        self.filter = DeviceFilter()
        self.sort_order = Qt.SortOrder.AscendingOrder

    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate("DeviceTableModel", title) for title, _ in self.COLUMNS]

    def query_ids(self, sort_column: int, descending: bool) -> Sequence[int]:
        key = self.COLUMNS[sort_column][1] if 0 <= sort_column < len(self.COLUMNS) else None
        return devices.device_ids(self.ctx.ws, self.ctx.actor, self.filter, key or "asset_tag", descending)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return devices.devices_by_ids(self.ctx.ws, self.ctx.actor, ids)

    def cell(self, row: DeviceView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.asset_tag,
                label(KIND_LABELS, row.kind),
                row.model,
                row.serial_no,
                capabilities_text(row),
                location_text(row),
                label(STATUS_LABELS, row.status),
                f"{row.holder_name} {row.holder_cert}".strip(),
                local_time(row.due_at),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (6, 8):
            if column == 8 and row.due_at and row.due_at < datetime.now(UTC):
                return QBrush(OVERDUE)
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour and column == 6 else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.device_code:
            return QCoreApplication.translate("DeviceTableModel", "Device code: {code}").format(code=row.device_code)
        return None

    def row_of(self, device_id: int) -> int | None:
        """The row showing this device, or None when the filter leaves it out."""
        try:
            return self._ids.index(device_id)
        except ValueError:
            return None


class OverdueModel(ListModel[Any]):
    titles = (
        QT_TRANSLATE_NOOP("OverdueModel", "Asset tag"),
        QT_TRANSLATE_NOOP("OverdueModel", "Type"),
        QT_TRANSLATE_NOOP("OverdueModel", "Officer"),
        QT_TRANSLATE_NOOP("OverdueModel", "Certificate no."),
        QT_TRANSLATE_NOOP("OverdueModel", "Checked out"),
        QT_TRANSLATE_NOOP("OverdueModel", "Due"),
        QT_TRANSLATE_NOOP("OverdueModel", "Overdue by"),
    )
    context = "OverdueModel"

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC), parent: Any = None) -> None:
        super().__init__(parent)
        self.now = now

    def cell(self, row: LoanView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            hours = max(0, int((self.now() - row.due_at).total_seconds() // 3600))
            late = QCoreApplication.translate("OverdueModel", "{d} d {h} h").format(d=hours // 24, h=hours % 24)
            return (
                row.asset_tag,
                label(KIND_LABELS, row.device_kind),
                row.officer_name,
                row.officer_cert,
                local_time(row.checked_out_at),
                local_time(row.due_at),
                late,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (5, 6):
            return QBrush(OVERDUE)
        return None


class MaintenanceDueModel(ListModel[Any]):
    titles = (
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "Asset tag"),
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "Model"),
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "Maintenance"),
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "Last done"),
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "Due"),
        QT_TRANSLATE_NOOP("MaintenanceDueModel", "State"),
    )
    context = "MaintenanceDueModel"

    def cell(self, row: MaintenanceDue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            state = (
                QCoreApplication.translate("MaintenanceDueModel", "Overdue")
                if row.overdue
                else QCoreApplication.translate("MaintenanceDueModel", "Due soon")
            )
            return (
                row.asset_tag,
                row.model,
                label(MAINTENANCE_LABELS, row.kind),
                local_time(row.last_done_at),
                local_time(row.next_due_at),
                state,
            )[column]
        return overdue_style(row.overdue, role)


def overdue_style(overdue: bool, role: int) -> Any:
    """Overdue rows stand out: red bold text on a pale red ground."""
    if not overdue:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(OVERDUE)
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(OVERDUE_BACKGROUND)
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    return None


class MaintenanceLogModel(ListModel[Any]):
    titles = (
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Started"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Asset tag"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Maintenance"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Finished"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Technician"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Work done"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Result"),
        QT_TRANSLATE_NOOP("MaintenanceLogModel", "Recorded by"),
    )
    context = "MaintenanceLogModel"

    def cell(self, row: MaintenanceView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            finished = (local_time(row.finished_at) if row.finished_at
                        else QCoreApplication.translate("MaintenanceLogModel", "in progress"))
            return (local_time(row.started_at), row.asset_tag, label(MAINTENANCE_LABELS, row.kind), finished,
                    row.technician, row.note, row.result, row.recorded_by_name)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return row.recorded_by
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.finished_at is None:
            return QBrush(STATUS_COLOURS["maintenance"])
        return None


class PlanModel(ListModel[Any]):
    """Recurring plans; next_due maps a plan id to its soonest device (from maintenance_due)."""

    titles = (
        QT_TRANSLATE_NOOP("PlanModel", "No."),
        QT_TRANSLATE_NOOP("PlanModel", "Maintenance"),
        QT_TRANSLATE_NOOP("PlanModel", "Every"),
        QT_TRANSLATE_NOOP("PlanModel", "For"),
        QT_TRANSLATE_NOOP("PlanModel", "Remind ahead"),
        QT_TRANSLATE_NOOP("PlanModel", "Next due"),
        QT_TRANSLATE_NOOP("PlanModel", "Active"),
        QT_TRANSLATE_NOOP("PlanModel", "Note"),
    )
    context = "PlanModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.next_due: dict[int, MaintenanceDue] = {}

    def set_plans(self, rows: Sequence[PlanView], next_due: dict[int, MaintenanceDue]) -> None:
        self.next_due = dict(next_due)
        self.set_rows(rows)

    def cell(self, row: PlanView, column: int, role: int) -> Any:
        due = self.next_due.get(row.id) if row.active else None
        if role == Qt.ItemDataRole.DisplayRole:
            days = QCoreApplication.translate("PlanModel", "{n} days")
            target = row.asset_tag or QCoreApplication.translate("PlanModel", "every device of model {model}").format(
                model=row.model)
            if not row.active:
                next_due = "—"
            elif due is None:
                next_due = QCoreApplication.translate("PlanModel", "no device in service")
            else:
                next_due = local_day(due.next_due_at)
                if row.asset_tag is None:
                    next_due += f"  ({due.asset_tag})"
                if due.overdue:
                    next_due += "  " + QCoreApplication.translate("PlanModel", "overdue")
            active = (QCoreApplication.translate("PlanModel", "Yes") if row.active
                      else QCoreApplication.translate("PlanModel", "No"))
            return (row.id, label(MAINTENANCE_LABELS, row.kind), days.format(n=row.interval_days), target,
                    days.format(n=row.remind_days), next_due, active, row.note)[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE)
        if column == 5 and due is not None:
            return overdue_style(due.overdue, role)
        return None


class HistoryModel(ListModel[Any]):
    titles = (
        QT_TRANSLATE_NOOP("HistoryModel", "Time"),
        QT_TRANSLATE_NOOP("HistoryModel", "Event"),
        QT_TRANSLATE_NOOP("HistoryModel", "Officer"),
        QT_TRANSLATE_NOOP("HistoryModel", "Details"),
        QT_TRANSLATE_NOOP("HistoryModel", "Notes"),
        QT_TRANSLATE_NOOP("HistoryModel", "By"),
    )
    context = "HistoryModel"

    AUDIT_RESULTS = {
        "found": QT_TRANSLATE_NOOP("HistoryModel", "present"),
        "missing": QT_TRANSLATE_NOOP("HistoryModel", "missing"),
        "on_loan": QT_TRANSLATE_NOOP("HistoryModel", "on loan"),
    }

    def cell(self, row: HistoryEntry, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        details: list[str] = []
        if row.event in ("maintenance", "maintenance_done"):
            details.append(label(MAINTENANCE_LABELS, row.kind))
        elif row.event == "audit":
            details.append(QCoreApplication.translate("HistoryModel", self.AUDIT_RESULTS.get(row.kind, row.kind)))
        if row.condition:
            details.append(label(CONDITION_LABELS, row.condition))
        if row.due_at:
            details.append(QCoreApplication.translate("HistoryModel", "due {at}").format(at=local_time(row.due_at)))
        if row.docked is True:
            details.append(QCoreApplication.translate("HistoryModel", "footage docked"))
        elif row.docked is False:
            details.append(QCoreApplication.translate("HistoryModel", "footage not docked"))
        officer = f"{row.officer_name} {row.officer_cert}".strip()
        cells = (local_time(row.at), label(EVENT_LABELS, row.event), officer, "，".join(details), row.notes, row.by)
        return cells[column]
