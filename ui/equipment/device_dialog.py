"""Registering or editing a device: type, tag, code, model, capabilities (Art. 29), clock and where it is kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices
from archive_core.equipment.devices import (
    CAPABILITY_LABELS,
    DEVICE_KINDS,
    DEVICE_LABELS,
    DEVICE_LIMITS,
    KIND_LABELS,
    LOCATION_KINDS,
    LOCATION_LABELS,
    DeviceView,
)
from archive_core.spine import clock
from ui.equipment.device_models import label
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.long_text import limit_length
from ui.kit.save_dialog import SaveDialog

NO_DATE = QDate(1990, 1, 1)  # shown as "not recorded"
ZONES = (clock.DEFAULT_ZONE, "UTC")


def device_field(edit: QLineEdit, name: str) -> QWidget:
    """A typed device field taking no more than the catalogue keeps, with the hint naming it at the limit."""
    return limit_length(edit, DEVICE_LIMITS[name], DEVICE_LABELS[name])


class DeviceDialog(SaveDialog):
    """A scanner types the tag and Enter: Enter moves to the next field and never saves; Save is enabled once the
    required fields (asset tag and model) are filled. With ``device`` the dialog edits that device."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, device: DeviceView | None = None) -> None:
        super().__init__(ctx, parent)
        self.device = device
        self.setWindowTitle(self.tr("Register a device") if device is None
                            else self.tr("Edit device {tag}").format(tag=device.asset_tag))
        self.setMinimumWidth(560)
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
        self.purchased = QDateEdit(dates.today())
        self.purchased.setCalendarPopup(True)
        self.purchased.setDisplayFormat(DAY_FORMAT)
        self.purchased.setMinimumDate(NO_DATE)
        self.purchased.setMaximumDate(dates.today())
        self.purchased.setSpecialValueText(self.tr("not recorded"))
        self.clock_zone = QComboBox()
        self.clock_zone.setEditable(True)
        self.clock_zone.addItems(ZONES)
        self.container_time = QComboBox()
        self.container_time.addItem(self.tr("its own wall clock (most body-worn cameras)"), "local")
        self.container_time.addItem(self.tr("real UTC"), "utc")
        self.notes = QLineEdit()
        required = self.tr("(required)")
        form.addRow(self.tr("Asset tag:"), device_field(self.tag, "asset_tag"))
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Device code:"), device_field(self.code, "device_code"))
        form.addRow(self.tr("Serial number:"), device_field(self.serial, "serial_no"))
        form.addRow(self.tr("Model:"), device_field(self.model_edit, "model"))
        form.addRow(self.tr("Manufacturer:"), device_field(self.maker, "manufacturer"))
        form.addRow(self.tr("Capabilities (Art. 29):"), caps)
        form.addRow(self.tr("Kept in:"), self.location_kind)
        form.addRow(self.tr("Location:"), device_field(self.location, "location"))
        form.addRow(self.tr("Purchased:"), self.purchased)
        form.addRow(self.tr("Clock zone:"), self.clock_zone)
        form.addRow(self.tr("File creation time:"), self.container_time)
        form.addRow(self.tr("Notes:"), device_field(self.notes, "notes"))
        for edit in (self.tag, self.model_edit):
            edit.setPlaceholderText(" ".join(x for x in (edit.placeholderText(), required) if x))
        self.hint = QLabel(self.tr("Enter moves to the next field. Fill in at least the asset tag and the model, "
                                   "then press Save."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the fields (a scanner ends each code with it)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if device is not None:
            self._fill(device)
        for edit in (self.tag, self.model_edit):
            edit.textChanged.connect(self._update_save)
        self._update_save()

    def _fill(self, d: DeviceView) -> None:
        self.tag.setText(d.asset_tag)
        self.tag.setReadOnly(True)  # the label on the device: a new label is a new registration
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.code.setText(d.device_code or "")
        self.serial.setText(d.serial_no)
        self.model_edit.setText(d.model)
        self.maker.setText(d.manufacturer)
        for key, box in self.caps.items():
            box.setChecked(getattr(d, key))
        self.location_kind.setCurrentIndex(self.location_kind.findData(d.location_kind))
        self.location.setText(d.location)
        bought = d.purchase_date
        self.purchased.setDate(QDate(bought.year, bought.month, bought.day) if bought else NO_DATE)
        self.clock_zone.setCurrentText(d.clock_zone)
        self.container_time.setCurrentIndex(self.container_time.findData(d.container_time))
        self.notes.setText(d.notes)

    def _update_save(self, *_args: object) -> None:
        self.save_button.setEnabled(all(e.text().strip() for e in (self.tag, self.model_edit)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def values(self) -> dict[str, Any]:
        day = self.purchased.date()
        return {"kind": self.kind.currentData(), "device_code": self.code.text(), "serial_no": self.serial.text(),
                "model": self.model_edit.text(), "manufacturer": self.maker.text(),
                "location_kind": self.location_kind.currentData(), "location": self.location.text(),
                "purchase_date": None if day == NO_DATE else day.toPython(),
                "clock_zone": self.clock_zone.currentText().strip(),
                "container_time": self.container_time.currentData(), "notes": self.notes.text(),
                **{key: box.isChecked() for key, box in self.caps.items()}}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        if self.device is None:
            self.submit(self._add, self.tag.text(), self.values())
        else:
            self.submit(self._update, self.device.id, self.values())

    def _add(self, tag: str, values: dict[str, Any]) -> DeviceView:
        return devices.add_device(self.ctx.ws, self.ctx.actor, tag, values.pop("kind"), **values)

    def _update(self, device_id: int, values: dict[str, Any]) -> DeviceView:
        return devices.update_device(self.ctx.ws, self.ctx.actor, device_id, **values)
