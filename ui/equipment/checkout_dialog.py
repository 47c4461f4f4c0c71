"""The counter dialog for a barcode scanner and a queue: scan device, scan officer, Enter → checked out; scan → in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices, loans, settings
from archive_core.equipment.devices import CONDITION_LABELS, CONDITIONS, KIND_LABELS, STATUS_LABELS, DeviceView
from archive_core.equipment.loans import LoanView
from archive_core.spine import clock
from archive_core.spine.officers import OfficerNotFoundError
from ui.equipment.device_models import label, local_time
from ui.kit.context import UiContext
from ui.kit.dates import MINUTE_FORMAT
from ui.kit.errors import error_text
from ui.kit.long_text import show_full_text

OK_COLOUR, ERROR_COLOUR = QColor("#1e8449"), QColor("#c0392b")


class CheckoutDialog(QDialog):
    """Stays open for the next person in the queue; errors show inline so that the next scan is not swallowed
    by a message box."""

    recorded = Signal(object)  # LoanView after a check-out or check-in
    failed = Signal(object)  # the exception

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, check_in: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Device check-out and check-in"))
        self.setMinimumWidth(560)
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 3)

        self.tabs = QTabWidget()
        # --- check-out ---
        out = QWidget()
        form = QFormLayout(out)
        self.device_edit = QLineEdit()
        self.device_edit.setFont(big)
        self.device_edit.setPlaceholderText(self.tr("Scan the device barcode, then Enter"))
        self.device_info = QLabel()
        self.officer_edit = QLineEdit()
        self.officer_edit.setFont(big)
        self.officer_edit.setPlaceholderText(self.tr("Scan or type the certificate number, then Enter"))
        self.due_edit = QDateTimeEdit()
        self.due_edit.setTimeZone(QTimeZone(clock.agency_zone().key.encode()))
        self.due_edit.setDisplayFormat(MINUTE_FORMAT)
        self.due_edit.setCalendarPopup(True)
        self.day_end = settings.DEFAULT_DAY_END
        self.due_hint = QLabel()
        self.due_hint.setStyleSheet("color: #555;")
        self._reset_due()
        self.out_condition = self._condition_combo()
        self.out_notes = QLineEdit()
        self.out_notes.setPlaceholderText(self.tr("e.g. battery full, clip and charger"))
        form.addRow(self.tr("Device:"), self.device_edit)
        form.addRow("", self.device_info)
        form.addRow(self.tr("Officer (certificate no.):"), self.officer_edit)
        form.addRow(self.tr("Expected return:"), self.due_edit)
        form.addRow("", self.due_hint)
        form.addRow(self.tr("Condition:"), self.out_condition)
        form.addRow(self.tr("Battery and accessories:"), self.out_notes)
        self.tabs.addTab(out, self.tr("Check out"))
        # --- check-in ---
        back = QWidget()
        form_in = QFormLayout(back)
        self.return_edit = QLineEdit()
        self.return_edit.setFont(big)
        self.return_edit.setPlaceholderText(self.tr("Scan the returned device, then Enter"))
        self.in_condition = self._condition_combo()
        self.docked_box = QCheckBox(self.tr("Footage docked (imported)"))
        self.in_notes = QLineEdit()
        form_in.addRow(self.tr("Device:"), self.return_edit)
        form_in.addRow(self.tr("Condition:"), self.in_condition)
        form_in.addRow("", self.docked_box)
        form_in.addRow(self.tr("Notes:"), self.in_notes)
        form_in.addRow("", QLabel(self.tr("A damaged device goes into maintenance (Art. 25).")))
        self.tabs.addTab(back, self.tr("Check in"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.journal = QListWidget()
        show_full_text(self.journal)
        self.journal.setMinimumHeight(120)
        self.journal.setWordWrap(True)
        self.journal.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the scan fields, never to Close
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("This session:")))
        layout.addWidget(self.journal)
        layout.addWidget(buttons)

        self.device_edit.returnPressed.connect(self._device_entered)
        self.officer_edit.returnPressed.connect(self._submit_checkout)
        self.return_edit.returnPressed.connect(self._submit_checkin)
        self.tabs.currentChanged.connect(self._focus_scan_field)
        self._busy = False
        self.tabs.setCurrentIndex(1 if check_in else 0)
        self._focus_scan_field()
        ctx.tasks.run(settings.day_end, ctx.ws, on_done=self._day_end_loaded, owner=self)

    def _day_end_loaded(self, end: object) -> None:
        self.day_end = end  # type: ignore[assignment]
        self._reset_due()

    def _reset_due(self) -> None:
        """The end of this working day, or of the next one once it has passed (the equipment room's setting)."""
        due = settings.default_due(clock.now(), self.day_end)
        self.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp()), self.due_edit.timeZone()))
        self.due_hint.setText(self.tr("Default: end of the working day ({at}); change it for a longer loan.").format(
            at=self.day_end.strftime("%H:%M")))

    def _condition_combo(self) -> QComboBox:
        combo = QComboBox()
        for key in CONDITIONS:
            combo.addItem(label(CONDITION_LABELS, key), key)
        return combo

    def _focus_scan_field(self, _index: int = 0) -> None:
        (self.device_edit if self.tabs.currentIndex() == 0 else self.return_edit).setFocus()

    # --- check-out -------------------------------------------------------------------------------------------
    def _device_entered(self) -> None:
        """Move on at once (a scanner is faster than the database); the lookup only informs."""
        tag = self.device_edit.text().strip()
        if not tag:
            return
        self.officer_edit.setFocus()
        self.officer_edit.selectAll()
        self.device_info.setText(self.tr("Looking up {tag}…").format(tag=tag))
        self.ctx.tasks.run(devices.lookup_device, self.ctx.ws, self.ctx.actor, tag,
                           on_done=lambda view: self._show_device(tag, view),
                           on_error=lambda exc: self._device_unknown(tag, exc))

    def _show_device(self, tag: str, view: DeviceView) -> None:
        if self.device_edit.text().strip() != tag:
            return
        text = f"{view.asset_tag}  {label(KIND_LABELS, view.kind)}  {view.model}  {label(STATUS_LABELS, view.status)}"
        if view.holder_name:
            text += "  " + self.tr("held by {name}").format(name=view.holder_name)
        self.device_info.setText(text)

    def _device_unknown(self, tag: str, exc: BaseException) -> None:
        if self.device_edit.text().strip() == tag:
            self.device_info.setText(error_text(exc))

    def _due(self) -> datetime:
        return datetime.fromtimestamp(self.due_edit.dateTime().toSecsSinceEpoch(), UTC)

    def _submit_checkout(self) -> None:
        tag, cert = self.device_edit.text().strip(), self.officer_edit.text().strip()
        if self._busy:
            return
        if not tag:
            self.device_edit.setFocus()
            return
        if not cert:
            return
        if self._due() <= clock.now():  # the counter stayed open past the end of the day
            self._reset_due()
        self._busy = True
        self.ctx.tasks.run(self._checkout, tag, cert, self._due(), self.out_condition.currentData(),
                           self.out_notes.text(), on_done=self._checked_out, on_error=self._failed, write=True)

    def _checkout(self, tag: str, cert: str, due: datetime, condition: str, notes: str) -> LoanView:
        return loans.checkout(self.ctx.ws, self.ctx.actor, tag, cert, due, condition=condition, notes=notes)

    def _checked_out(self, loan: LoanView) -> None:
        self._busy = False
        text = self.tr("{tag} checked out to {name} ({cert}), due {due}").format(
            tag=loan.asset_tag, name=loan.officer_name, cert=loan.officer_cert, due=local_time(loan.due_at))
        self._log(text, OK_COLOUR)
        for edit in (self.device_edit, self.officer_edit, self.out_notes):
            edit.clear()
        self.device_info.clear()
        self._reset_due()  # the next person's loan starts from the default again
        self.device_edit.setFocus()
        self.recorded.emit(loan)

    # --- check-in --------------------------------------------------------------------------------------------
    def _submit_checkin(self) -> None:
        tag = self.return_edit.text().strip()
        if not tag or self._busy:
            return
        self._busy = True
        self.ctx.tasks.run(self._checkin, tag, self.in_condition.currentData(), self.docked_box.isChecked(),
                           self.in_notes.text(), on_done=self._checked_in, on_error=self._failed, write=True)

    def _checkin(self, tag: str, condition: str, docked: bool, notes: str) -> LoanView:
        return loans.checkin(self.ctx.ws, self.ctx.actor, tag, condition=condition, docked=docked, notes=notes)

    def _checked_in(self, loan: LoanView) -> None:
        self._busy = False
        text = self.tr("{tag} returned by {name}").format(tag=loan.asset_tag, name=loan.officer_name)
        if loan.docked:
            text += self.tr(", footage docked")
        if loan.in_condition == "damaged":
            text += self.tr(", sent to maintenance")
        self._log(text, OK_COLOUR)
        self.return_edit.clear()
        self.in_notes.clear()
        self.in_condition.setCurrentIndex(0)  # the next device is in good condition unless said otherwise
        self.return_edit.setFocus()
        self.recorded.emit(loan)

    # --- shared ----------------------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._log(error_text(exc), ERROR_COLOUR)
        if self.tabs.currentIndex() == 1:
            field = self.return_edit
        else:
            field = self.officer_edit if isinstance(exc, OfficerNotFoundError) else self.device_edit
        field.setFocus()
        field.selectAll()  # the next scan replaces the rejected text
        self.failed.emit(exc)

    def _log(self, text: str, colour: QColor) -> None:
        stamp = clock.fmt(clock.now(), "%H:%M:%S")
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        item = QListWidgetItem(f"{stamp}  {text}")
        item.setForeground(colour)
        self.journal.insertItem(0, item)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a dialog would press a default button; here only the scan fields act on it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
