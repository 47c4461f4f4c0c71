"""Interruptions of recording in a case (Art. 23): the gaps between consecutive clips of one device, how each is
explained, and the dialog that explains one — by a voice note in the later clip or in writing with two signers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.av import av_records, interruptions
from archive_core.av.interruptions import Gap
from archive_core.spine import officers
from archive_core.spine.auth import Permission
from archive_core.spine.officers import OfficerRef
from ui.av.records_dialogs import NOTE_STYLE, OfficerPicker
from ui.av.records_models import duration_text, local_time, stage_label
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline
from ui.kit.list_model import ListModel
from ui.kit.long_text import show_full_text
from ui.kit.save_dialog import SaveDialog

Index = QModelIndex | QPersistentModelIndex
RED, GREEN = QColor("#b3261e"), QColor("#1e6b34")
UNEXPLAINED_BACKGROUND = QColor("#fdecea")
MM_SS = re.compile(r"^\s*(\d{1,3}):([0-5]\d)\s*$")


def tr(text: str) -> str:
    return QCoreApplication.translate("media", text)


def minutes_seconds(ms: int) -> str:
    s = ms // 1000
    return f"{s // 60:02d}:{s % 60:02d}"


def parse_minutes_seconds(text: str) -> int | None:
    """mm:ss (minutes may exceed 59) → milliseconds; None when the text is not a time."""
    found = MM_SS.match(text)
    return (int(found.group(1)) * 60 + int(found.group(2))) * 1000 if found else None


@dataclass(frozen=True)
class CaseGaps:
    """What the interruptions view shows: the gaps, clip lengths (for the voice-note time) and signers' names."""

    case_no: str
    gaps: tuple[Gap, ...]
    durations: dict[int, float | None]
    devices: dict[int, str]  # clip id → the device code its file name gave
    names: dict[str, str]  # certificate number → name
    register: tuple[OfficerRef, ...]


def load_case_gaps(ctx: UiContext, case_no: str) -> CaseGaps:
    """Runs on a worker: the case's gaps, the lengths of the clips around them and the officer register."""
    gaps = interruptions.case_gaps(ctx.ws, ctx.actor, case_no)
    ids = sorted({i for g in gaps for i in (g.before_id, g.after_id)})
    rows = av_records.media_rows(ctx.ws, ctx.actor, ids) if ids else {}
    # Reading the register needs a case or device role; asking without one would log a refusal.
    readable = any(ctx.can(p) for p in officers.READ_PERMISSIONS)
    register = tuple(officers.list_officers(ctx.ws, ctx.actor)) if readable else ()
    return CaseGaps(case_no, tuple(gaps), {i: r.duration for i, r in rows.items()},
                    {i: r.device_code for i, r in rows.items()}, {o.certificate_no: o.name for o in register},
                    register)


def device_label(gap: Gap, devices: dict[int, str]) -> str:
    """A registered device is grouped by its register id ("#12"); people know it by its code."""
    if gap.device.startswith("#"):
        return devices.get(gap.before_id) or gap.device
    return gap.device


def explanation_text(gap: Gap, names: dict[str, str]) -> str:
    e = gap.explanation
    if e is None:
        return tr("Unexplained")
    if e.kind == "voice":
        return tr("Voice note at {time} in the later clip").format(time=minutes_seconds(e.voice_at_ms or 0))
    signers = "、".join(f"{names[c]}（{c}）" if c in names else c for c in e.signers)
    return tr("Written: {reason} — signed by {signers}").format(reason=e.reason, signers=signers)


class GapModel(ListModel[Gap]):
    """One row per interruption; unexplained ones in red on a pale red ground."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.devices: dict[int, str] = {}

    def set_gaps(self, gaps: Sequence[Gap], names: dict[str, str], devices: dict[int, str]) -> None:
        self.names, self.devices = names, devices
        self.set_rows(gaps)

    def headers(self) -> list[str]:
        return [tr("Stage"), tr("Device"), tr("Clip before"), tr("Clip after"), tr("Stopped"), tr("Resumed"),
                tr("Length"), tr("Explanation")]

    def cell(self, g: Gap, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(g, column)
        if role == Qt.ItemDataRole.BackgroundRole and g.explanation is None:
            return QBrush(UNEXPLAINED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == 7:
            return QBrush(RED if g.explanation is None else GREEN)
        if role == Qt.ItemDataRole.FontRole and column == 7 and g.explanation is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, g: Gap, column: int) -> str:
        before = g.before_name + (tr(" (damaged: where it ends is not known)") if g.before_damaged else "")
        values = (stage_label(g.stage), device_label(g, self.devices), before, g.after_name, local_time(g.start),
                  local_time(g.end), duration_text(g.seconds), explanation_text(g, self.names))
        return values[column]


class InterruptionsDialog(QDialog):
    """Non-modal: the archivist keeps it open beside the list and the player while finding the voice notes."""

    def __init__(self, ctx: UiContext, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_no = ctx, case_no
        self.data: CaseGaps | None = None
        self.setModal(False)
        self.resize(1240, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        rule = QLabel(self.tr("Art. 23: when recording is interrupted, the officer states the reason by voice on "
                              "resuming; if recording truly cannot continue, a written explanation is signed by two "
                              "or more officers."))
        rule.setWordWrap(True)
        rule.setStyleSheet(NOTE_STYLE)
        layout.addWidget(rule)
        self.model = GapModel(self)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tail of a clip name tells clips apart
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 110, 210, 210, 150, 150, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda _cur, _prev: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.explain())
        layout.addWidget(self.table, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.explain_button = QPushButton(self.tr("Explain…"))
        self.explain_button.clicked.connect(self.explain)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(self.explain_button)
        row.addWidget(refresh)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.explain_dialog: ExplainDialog | None = None
        self.set_case(case_no)

    def set_case(self, case_no: str) -> None:
        self.case_no = case_no
        self.setWindowTitle(self.tr("Interruptions of recording (Art. 23) — {case}").format(case=case_no))
        self.reload()

    def reload(self) -> None:
        self.summary.setText(self.tr("Looking for interruptions…"))
        self.explain_button.setEnabled(False)
        case_no = self.case_no
        self.ctx.tasks.run(load_case_gaps, self.ctx, case_no, on_done=self._loaded, on_error=self._failed,
                           owner=self)

    def _loaded(self, data: CaseGaps) -> None:
        if data.case_no != self.case_no:
            return
        self.data = data
        self.message.hide()
        self.model.set_gaps(data.gaps, data.names, data.devices)
        open_ = sum(1 for g in data.gaps if g.explanation is None)
        if not data.gaps:
            text, colour = self.tr("No interruptions between clips of one device in this case."), GREEN
        elif open_:
            text = self.tr("{n} interruptions, {open} unexplained: each unexplained one is a compliance finding "
                           "(Art. 23).").format(n=len(data.gaps), open=open_)
            colour = RED
        else:
            text, colour = self.tr("{n} interruptions, all explained.").format(n=len(data.gaps)), GREEN
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        show_inline(self.message, exc)

    def current_gap(self) -> Gap | None:
        return self.model.row_object(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        gap = self.current_gap()
        self.explain_button.setEnabled(gap is not None and gap.explanation is None
                                       and self.ctx.can(Permission.MEDIA_LINK))

    def explain(self) -> None:
        gap = self.current_gap()
        if gap is None or self.data is None or not self.explain_button.isEnabled():
            return
        dialog = ExplainDialog(self.ctx, gap, device_label(gap, self.data.devices),
                               self.data.durations.get(gap.after_id), self.data.register, self)
        dialog.saved.connect(lambda _gap: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._explain_closed)
        self.explain_dialog = dialog
        dialog.open()

    def _explain_closed(self, _result: int) -> None:
        self.explain_dialog = None


class ExplainDialog(SaveDialog):
    """Explains one interruption. The rules (time within the later clip, two or more signers) are the service's:
    its refusal shows here, and what was typed stays. ``saved`` carries the Gap."""

    def __init__(self, ctx: UiContext, gap: Gap, device: str, after_seconds: float | None,
                 register: Sequence[OfficerRef], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.gap = gap
        self.setWindowTitle(self.tr("Explain an interruption (Art. 23)"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        facts = QLabel(self.tr("<b>{device}</b>: recording stopped {start} and resumed {end} ({length}).<br>"
                               "Before: {before}<br>After: {after}").format(
            device=device, start=local_time(gap.start), end=local_time(gap.end),
            length=duration_text(gap.seconds), before=gap.before_name, after=gap.after_name))
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(facts)

        self.voice = QRadioButton(self.tr("The officer explained it by voice on resuming"))
        self.written = QRadioButton(self.tr("In writing: recording could not continue"))
        group = QButtonGroup(self)
        group.addButton(self.voice)
        group.addButton(self.written)
        self.voice.setChecked(True)

        layout.addWidget(self.voice)
        voice_form = QFormLayout()
        voice_form.setContentsMargins(24, 0, 0, 0)
        self.voice_at = QLineEdit()
        self.voice_at.setPlaceholderText("mm:ss")
        self.voice_at.setMaximumWidth(120)
        self.voice_at.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,3}:[0-5]\d"), self))
        hint = QLabel(self.tr("Where the explanation starts in the later clip, which runs {length}.").format(
            length=duration_text(after_seconds) if after_seconds is not None else "?"))
        hint.setStyleSheet(NOTE_STYLE)
        hint.setWordWrap(True)
        voice_form.addRow(self.tr("At (mm:ss)"), self.voice_at)
        voice_form.addRow("", hint)
        layout.addLayout(voice_form)

        layout.addWidget(self.written)
        written_form = QFormLayout()
        written_form.setContentsMargins(24, 0, 0, 0)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why recording stopped and why it could not continue"))
        self.reason.setMaximumHeight(80)
        self.signers = OfficerPicker(register)
        written_form.addRow(self.tr("Explanation"), self.reason)
        written_form.addRow(self.tr("Signed by (two or more)"), self.signers)
        layout.addLayout(written_form)
        self._written_widgets = (self.reason, self.signers)

        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.voice.toggled.connect(self._mode)
        self._mode()

    def _mode(self, _on: bool = True) -> None:
        voice = self.voice.isChecked()
        self.voice_at.setEnabled(voice)
        for w in self._written_widgets:
            w.setEnabled(not voice)

    def save(self) -> None:
        self.message.hide()
        if self.voice.isChecked():
            at = parse_minutes_seconds(self.voice_at.text())
            if at is None:
                show_inline(self.message, self.tr("Enter the time as minutes:seconds, e.g. 01:05."))
                return
            call = partial(interruptions.explain, self.ctx.ws, self.ctx.actor, self.gap.before_id,
                           self.gap.after_id, voice_at_ms=at)
        else:
            call = partial(interruptions.explain, self.ctx.ws, self.ctx.actor, self.gap.before_id,
                           self.gap.after_id, reason=self.reason.toPlainText(),
                           signers=self.signers.certificates())
        self.submit(call)

