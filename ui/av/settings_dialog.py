"""The A/V settings of ingest (camera time zone, interruption limits, source deletion, dock timing), each explained;
read-only for users who may not change workstation settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from archive_core.av import settings as media_settings
from archive_core.av.settings import MediaSettings
from archive_core.spine.auth import Permission
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline

# Zones offered in the list; any other IANA name can be typed (the service checks it).
ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "UTC")
DAY_S = 24 * 3600
HELP_STYLE = "color: #505a66;"
WARNING_STYLE = "color: #8a5a00;"


def _help(text: str, style: str = HELP_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class MediaSettingsDialog(QDialog):
    """Loads the settings off the GUI thread; saves only what was changed, in one audited transaction."""

    saved = Signal(object)  # MediaSettings
    failed = Signal(object)
    loaded = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings: MediaSettings | None = None
        self.baseline: dict[str, Any] = {}  # the form as loaded: only what differs from it is saved
        self.editable = ctx.can(Permission.SETTINGS_MANAGE)
        self.setWindowTitle(self.tr("A/V settings"))
        self.resize(620, 690)
        layout = QVBoxLayout(self)

        clock = QGroupBox(self.tr("Camera clocks"))
        form = QFormLayout(clock)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        self.zone.setMinimumWidth(240)
        form.addRow(self.tr("Time zone of the camera clocks"), self.zone)
        form.addRow(_help(self.tr("Body-worn cameras write local wall-clock time, often labelled as UTC. Times in "
                                  "file names and file data are read in this zone, unless the device's own record "
                                  "names another zone.")))
        layout.addWidget(clock)

        gaps = QGroupBox(self.tr("Interruptions (Art. 23)"))
        form = QFormLayout(gaps)
        self.gap_tolerance = self._seconds(DAY_S)
        self.gap_max = self._seconds(7 * DAY_S // 60)
        self.gap_max.setSuffix(self.tr(" min"))  # hours-long: shown in minutes, stored in seconds
        form.addRow(self.tr("Pause counted as an interruption after"), self.gap_tolerance)
        form.addRow(_help(self.tr("A pause longer than this between two clips of one device must be explained "
                                  "(voice note, or a note signed by two officers).")))
        form.addRow(self.tr("Clips belong to different actions after"), self.gap_max)
        form.addRow(_help(self.tr("A pause longer than this separates two actions: it is not listed as an "
                                  "interruption.")))
        layout.addWidget(gaps)

        source = QGroupBox(self.tr("Source files on the device or dock (Art. 24)"))
        form = QFormLayout(source)
        self.delete_source = QCheckBox(self.tr("Delete the source file after a verified vault copy"))
        form.addRow(self.delete_source)
        form.addRow(_help(self.tr("When ticked, ingest deletes the file from the camera or docking station only "
                                  "after its copy in the evidence vault has been read back and its SHA-256 "
                                  "matches; a copy that fails the check, or a source that changed meanwhile, is "
                                  "never deleted. Each deletion is recorded in the audit trail. When not ticked "
                                  "(the default), the source stays where it is."), WARNING_STYLE))
        layout.addWidget(source)

        docks = QGroupBox(self.tr("Dock folders"))
        form = QFormLayout(docks)
        self.settle = self._seconds(3600, decimals=1)
        self.rescan = self._seconds(DAY_S, decimals=1)
        form.addRow(self.tr("A file is complete when unchanged for"), self.settle)
        form.addRow(_help(self.tr("On USB and network folders, which give no \"file closed\" signal, a file is "
                                  "taken once its size and time stop changing for this long.")))
        form.addRow(self.tr("Look through the folders again every"), self.rescan)
        form.addRow(_help(self.tr("Catches files whose arrival the folder did not report.")))
        layout.addWidget(docks)

        note = self.tr("Changes apply to files ingested from now on; folder watching uses new timings once it is "
                       "started again. Every change is recorded in the audit trail.")
        if not self.editable:
            note = self.tr("Read only: changing these settings needs the permission to change workstation settings "
                           "(system administrator, Art. 25).")
        self.note = _help(note, HELP_STYLE if self.editable else WARNING_STYLE)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
                                   if self.editable else QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.inputs: list[QWidget] = [self.zone, self.gap_tolerance, self.gap_max, self.delete_source, self.settle,
                                      self.rescan]
        for widget in self.inputs:
            widget.setEnabled(False)  # until loaded; for good when read only
        if self.save_button is not None:
            self.save_button.setEnabled(False)
        ctx.tasks.run(media_settings.read_settings, ctx.ws, on_done=self._show, on_error=self._failed, owner=self)

    def _seconds(self, maximum: int, decimals: int = 0) -> QDoubleSpinBox | QSpinBox:
        box: QDoubleSpinBox | QSpinBox
        if decimals:
            box = QDoubleSpinBox()
            box.setDecimals(decimals)
        else:
            box = QSpinBox()
        box.setRange(0, maximum)
        box.setSuffix(self.tr(" s"))
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(130)
        box.setMaximumWidth(160)
        return box

    def _show(self, settings: MediaSettings) -> None:
        self.settings = settings
        self.zone.setCurrentText(settings.camera_zone)
        self.gap_tolerance.setValue(round(settings.gap_tolerance_s))
        self.gap_max.setValue(round(settings.gap_max_s / 60))
        self.delete_source.setChecked(settings.delete_source)
        self.settle.setValue(settings.settle_s)
        self.rescan.setValue(settings.rescan_s)
        self.baseline = self.values()
        for widget in self.inputs:
            widget.setEnabled(self.editable)
        if self.save_button is not None:
            self.save_button.setEnabled(True)
        self.loaded.emit(settings)

    def values(self) -> dict[str, Any]:
        return {"camera_zone": self.zone.currentText().strip(), "gap_tolerance_s": self.gap_tolerance.value(),
                "gap_max_s": self.gap_max.value() * 60, "delete_source": self.delete_source.isChecked(),
                "settle_s": self.settle.value(), "rescan_s": self.rescan.value()}

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self.baseline and v != self.baseline[k]}

    def save(self) -> None:
        self.message.hide()
        changes = self.changes()
        if not changes:
            self.accept()
            return
        if self.save_button is not None:
            self.save_button.setEnabled(False)
        self.ctx.tasks.run(media_settings.change_settings, self.ctx.ws, self.ctx.actor, changes, write=True,
                           on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, settings: MediaSettings) -> None:
        self.settings = settings
        self.saved.emit(settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """The service's refusal shows under the form; what was typed stays, nothing was saved."""
        if self.save_button is not None:
            self.save_button.setEnabled(self.settings is not None)
        show_inline(self.message, exc)
        self.failed.emit(exc)
