"""Marking a device lost, retired, or found again (available), with the reason the register keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices
from archive_core.equipment.devices import STATUS_LABELS, DeviceView
from ui.equipment.device_models import label
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline


class DeviceStatusDialog(QDialog):
    """The service decides which changes are allowed; a refusal is shown here and the dialog stays open."""

    def __init__(self, ctx: UiContext, device: DeviceView, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.ctx, self.device, self.clock = ctx, device, clock
        self.updated: DeviceView | None = None
        self.setWindowTitle(self.tr("Device status"))
        self.setMinimumWidth(520)
        current = label(STATUS_LABELS, device.status)
        if device.holder_name:
            current += "  " + self.tr("(held by {name})").format(name=device.holder_name)
        self.choices = {
            "lost": QRadioButton(self.tr("Lost")),
            "retired": QRadioButton(self.tr("Retired (out of service for good)")),
            "available": QRadioButton(self.tr("Found again: available")),
        }
        group = QButtonGroup(self)
        for button in self.choices.values():
            group.addButton(button)
        self.choices["available" if device.status == "lost" else "lost"].setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("required, e.g. reported lost by the officer on 3 Nov, report no. …"))
        form = QFormLayout()
        form.addRow(self.tr("Device:"), QLabel(f"{device.asset_tag}  {device.model}"))
        form.addRow(self.tr("Status now:"), QLabel(current))
        form.addRow(self.tr("New status:"), self.choices["lost"])
        form.addRow("", self.choices["retired"])
        form.addRow("", self.choices["available"])
        form.addRow(self.tr("Reason:"), self.reason)
        hint = QLabel(self.tr("A device lost while checked out ends its loan. The change and the reason go into "
                              "the audit trail."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Change status"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def chosen(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.error.hide()
        self.ctx.tasks.run(self._set, self.device.id, self.chosen(), self.reason.text(), self.clock(),
                           on_done=self._saved, on_error=self._failed, write=True, owner=self)

    def _set(self, device_id: int, status: str, reason: str, now: datetime) -> DeviceView:
        return devices.set_status(self.ctx.ws, self.ctx.actor, device_id, status, reason, now=now)

    def _saved(self, view: DeviceView) -> None:
        self.updated = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_inline(self.error, exc)
