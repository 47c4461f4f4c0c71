"""A device's record card: its details and the timeline of loans, maintenance and stock-taking."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices
from archive_core.equipment.devices import KIND_LABELS, STATUS_LABELS, DeviceHistory
from ui.equipment.device_models import HistoryModel, capabilities_text, label, local_time, location_text
from ui.kit.context import UiContext
from ui.kit.errors import error_text
from ui.kit.long_text import ElidedLabel, show_full_text


class DeviceHistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, device_key: str | int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Device history"))
        self.resize(900, 560)
        self.summary = QFormLayout()
        self.fields: dict[str, ElidedLabel] = {}
        for key, title in (("tag", self.tr("Asset tag:")), ("kind", self.tr("Type:")), ("model", self.tr("Model:")),
                           ("serial", self.tr("Serial number:")), ("caps", self.tr("Capabilities (Art. 29):")),
                           ("location", self.tr("Location:")), ("status", self.tr("Status:"))):
            self.fields[key] = ElidedLabel(lines=2)
            self.summary.addRow(title, self.fields[key])
        self.model = HistoryModel(self)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        ctx.tasks.run(devices.history, ctx.ws, ctx.actor, device_key, on_done=self.show_history,
                      on_error=lambda exc: self.status.setText(error_text(exc)))

    def show_history(self, h: DeviceHistory) -> None:
        d = h.device
        code = f"  ({self.tr('device code')} {d.device_code})" if d.device_code else ""
        self.fields["tag"].setText(d.asset_tag + code)
        self.fields["kind"].setText(label(KIND_LABELS, d.kind))
        self.fields["model"].setText(" ".join(x for x in (d.manufacturer, d.model) if x))
        self.fields["serial"].setText(d.serial_no)
        self.fields["caps"].setText(capabilities_text(d) or "—")
        self.fields["location"].setText(location_text(d))
        status = label(STATUS_LABELS, d.status)
        if d.holder_name:
            status += "  " + self.tr("held by {name} ({cert}), due {due}").format(
                name=d.holder_name, cert=d.holder_cert, due=local_time(d.due_at))
        self.fields["status"].setText(status)
        self.model.set_rows(h.entries)
        self.status.setText(self.tr("{n} events").format(n=len(h.entries)))
