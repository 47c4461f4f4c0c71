"""Registering a device: type, tag, code, model, capabilities (Art. 29) and where it is kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices
from archive_core.equipment.devices import (
    CAPABILITY_LABELS,
    DEVICE_KINDS,
    KIND_LABELS,
    LOCATION_KINDS,
    LOCATION_LABELS,
    DeviceView,
)
from ui.equipment.device_models import label
from ui.kit.context import UiContext
from ui.kit.save_dialog import SaveDialog


class DeviceDialog(SaveDialog):
    """Collects the fields, registers the device off the GUI thread, and closes when it is stored."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Register a device"))
        form = QFormLayout()
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("scan or type the barcode label"))
        self.kind = QComboBox()
        for key in DEVICE_KINDS:
            self.kind.addItem(label(KIND_LABELS, key), key)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("as in the device's file names, e.g. DSJ-A1B2C3"))
        self.serial, self.model_edit, self.maker = QLineEdit(), QLineEdit(), QLineEdit()
        caps = QHBoxLayout()
        self.caps = {}
        for key in CAPABILITY_LABELS:
            self.caps[key] = QCheckBox(label(CAPABILITY_LABELS, key))
            caps.addWidget(self.caps[key])
        caps.addStretch(1)
        self.location_kind = QComboBox()
        for key in LOCATION_KINDS:
            self.location_kind.addItem(label(LOCATION_LABELS, key), key)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. cabinet A, questioning room 1"))
        self.purchased = QDateEdit(QDate.currentDate())
        self.purchased.setCalendarPopup(True)
        self.purchased.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Asset tag:"), self.tag)
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Device code:"), self.code)
        form.addRow(self.tr("Serial number:"), self.serial)
        form.addRow(self.tr("Model:"), self.model_edit)
        form.addRow(self.tr("Manufacturer:"), self.maker)
        form.addRow(self.tr("Capabilities (Art. 29):"), caps)
        form.addRow(self.tr("Kept in:"), self.location_kind)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Purchased:"), self.purchased)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        return {"device_code": self.code.text(), "serial_no": self.serial.text(), "model": self.model_edit.text(),
                "manufacturer": self.maker.text(), "location_kind": self.location_kind.currentData(),
                "location": self.location.text(), "purchase_date": self.purchased.date().toPython(),
                **{key: box.isChecked() for key, box in self.caps.items()}}

    def save(self) -> None:
        self.submit(self._add, self.tag.text(), self.kind.currentData(), self.values())

    def _add(self, tag: str, kind: str, values: dict[str, Any]) -> DeviceView:
        return devices.add_device(self.ctx.ws, self.ctx.actor, tag, kind, **values)
