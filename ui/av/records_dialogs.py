"""Dialogs of the evidence page: the purpose of a playback or export (Art. 24, 25), linking to a case and stage
(Art. 19), tagging with A/V items (Art. 21, 22), the Art. 26 details of a clip and the Art. 24 deadline exception."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.av import av_records, time_sources
from archive_core.av.av_records import MediaDetail, MediaRow
from archive_core.av.settings import AvItemView
from archive_core.cases import case_files, labels
from archive_core.cases.views import CaseDetail, ChecklistItemView
from archive_core.spine import clock
from archive_core.spine.officers import OfficerRef
from models.av import DeadlineException
from ui.av.ingest_models import CLOCK_COLOURS, clock_text
from ui.av.records_models import exception_label, local_time, stage_label
from ui.kit.case_picker import CasePicker
from ui.kit.context import UiContext
from ui.kit.dates import MINUTE_FORMAT, SECOND_FORMAT
from ui.kit.long_text import show_full_text
from ui.kit.save_dialog import SaveDialog

STAGES = ("initiation", "investigation", "decision", "service_execution")
STATE_SECRET = "state_secret"  # offered so that the refusal (Art. 25) is said where the archivist looks for it
NOTE_STYLE = "color: #505a66;"
METHODS = (
    QT_TRANSLATE_NOOP("media", "Body-worn camera audio and video"),
    QT_TRANSLATE_NOOP("media", "Video camera"),
    QT_TRANSLATE_NOOP("media", "Photographs"),
    QT_TRANSLATE_NOOP("media", "Audio recording"),
    QT_TRANSLATE_NOOP("media", "Video surveillance"),
)


class PurposeDialog(QDialog):
    """Asks why a recording is opened: every playback and export is logged with who and why."""

    def __init__(self, name: str, parent: QWidget | None = None, export: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purpose of use"))
        layout = QVBoxLayout(self)
        text = (self.tr("Why is {name} exported?") if export else self.tr("Why is {name} played?")).format(name=name)
        label = QLabel(text + "\n" + self.tr("The purpose is recorded in the audit trail (Art. 24: no leaking; "
                                             "Art. 25: privacy)."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems([self.tr("Case review"), self.tr("Legal review"), self.tr("Hearing preparation"),
                               self.tr("Transfer to the court or procuratorate")])
        self.purpose.setCurrentText("")
        layout.addWidget(self.purpose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if len(self.text()) >= 2:
            self.accept()

    def text(self) -> str:
        return self.purpose.currentText().strip()


class LinkDialog(QDialog):
    """Link a clip to a case chosen with the case picker, in a stage, optionally to one of the case's checklist
    items of that stage, chosen from a list."""

    def __init__(self, ctx: UiContext, case_no: str = "", stage: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: tuple[ChecklistItemView, ...] = ()
        self.setWindowTitle(self.tr("Link to a case (Art. 19)"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.case_no = CasePicker(ctx, case_no)
        self.stage = QComboBox()
        for s in STAGES:
            self.stage.addItem(stage_label(s), s)
        if stage in STAGES:
            self.stage.setCurrentIndex(STAGES.index(stage))
        self.item = QComboBox()
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(30)
        self._fill_items()
        form.addRow(self.tr("Case number"), self.case_no)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Checklist item"), self.item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.case_no.picked.connect(self._load_items)
        self.case_no.textEdited.connect(lambda _text: self._set_items(None))
        self.stage.currentIndexChanged.connect(lambda _index: self._fill_items())
        if case_no:
            self._load_items(case_no)

    def _load_items(self, case_no: str) -> None:
        self.ctx.tasks.run(case_files.case_detail, self.ctx.ws, self.ctx.actor, case_no, owner=self,
                           on_done=self._set_items, on_error=lambda _exc: self._set_items(None))

    def _set_items(self, detail: CaseDetail | None) -> None:
        self.items = detail.checklist if detail is not None else ()
        self._fill_items()

    def _fill_items(self) -> None:
        """The chosen stage's items of the case, with their state; the item chosen stays if it is still there."""
        kept = self.item.currentData()
        self.item.clear()
        self.item.addItem(self.tr("None (the clip is linked to the case and stage only)"), "")
        zh = QLocale().language() == QLocale.Language.Chinese
        for i in self.items:
            if i.stage == self.stage.currentData():
                status = labels.label(labels.ITEM_STATUSES, i.status, QCoreApplication.translate)
                self.item.addItem(f"{i.code}　{i.name_zh if zh else i.name}（{status}）", i.code)
        self.item.setCurrentIndex(max(0, self.item.findData(kept)))

    def values(self) -> tuple[str, str, str]:
        return self.case_no.case_no(), self.stage.currentData(), self.item.currentData() or ""


class TagDialog(QDialog):
    def __init__(self, items: Sequence[AvItemView], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A/V items (Art. 21, 22)"))
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        show_full_text(self.list)
        for i in items:
            entry = QListWidgetItem(f"{i.name_zh}（{i.article}）" if i.article else i.name_zh)
            entry.setData(Qt.ItemDataRole.UserRole, i.code)
            entry.setToolTip(i.name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if i.code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class OfficerPicker(QWidget):
    """Officers chosen from the register by name or certificate number; ``locked`` ones stay checked."""

    changed = Signal()

    def __init__(self, officers: Sequence[OfficerRef], chosen: Sequence[str] = (), locked: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or certificate number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        show_full_text(self.list)
        self.list.setMinimumHeight(96)
        self.list.setMaximumHeight(150)
        self.count = QLabel()
        self.count.setStyleSheet(NOTE_STYLE)
        for o in officers:
            if not o.active and o.certificate_no not in chosen and o.certificate_no not in locked:
                continue
            text = f"{o.name}（{o.certificate_no}）" + (f"  {o.unit}" if o.unit else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.certificate_no)
            if o.certificate_no in locked:
                item.setText(text + "  " + self.tr("(on the recording)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("Already on the recording: officers are added, never removed."))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if o.certificate_no in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(QListWidgetItem(self.tr("The officer register is empty: add officers on the cases "
                                                      "or equipment pages.")))
        self.list.itemChanged.connect(self._changed)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self._changed()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole)]

    def _filter(self, text: str) -> None:
        key = text.strip().upper()
        for item in self._items():
            item.setHidden(bool(key) and key not in item.text().upper())

    def _changed(self, _item: QListWidgetItem | None = None) -> None:
        self.count.setText(self.tr("{n} chosen").format(n=len(self.certificates())))
        self.changed.emit()

    def certificates(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def check(self, certificates: Sequence[str], on: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) in certificates and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class DetailsDialog(SaveDialog):
    """Art. 26: what the disc annotates for an evidence clip — matter recorded, time, place, method, officers —
    and the clip's confidentiality (Art. 25). Only what changed is sent; a refusal shows here and keeps the input.
    ``saved`` carries the MediaRow."""

    def __init__(self, ctx: UiContext, detail: MediaDetail, officers: Sequence[OfficerRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        r = detail.row
        self.setWindowTitle(self.tr("Details of the recording (Art. 26)"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        head = QLabel(f"<b>{r.name}</b><br>" + self.tr("Recorded {start} – {end}").format(
            start=local_time(r.recorded_start) or "?", end=local_time(r.recorded_end) or "?"))
        head.setWordWrap(True)
        form.addRow(head)
        self.matter = QLineEdit(detail.matter)
        self.matter.setPlaceholderText(self.tr("e.g. on-site inspection of unlicensed fireworks sales"))
        self.place = QLineEdit(detail.place)
        self.place.setPlaceholderText(self.tr("Address or venue"))
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems([QCoreApplication.translate("media", m) for m in METHODS])
        self.method.setCurrentText(detail.method)
        self.method.lineEdit().setPlaceholderText(self.tr("How it was recorded"))
        on_clip = [o.certificate_no for o in r.officers]
        self.officers = OfficerPicker(officers, locked=on_clip)
        self.confidentiality = QComboBox()
        level = labels.label(labels.CONFIDENTIALITY, r.confidentiality, QCoreApplication.translate)
        if r.case_no:  # the clip may follow its case's level, now and when the case's level changes
            follows = self.tr("As its case ({level})").format(level=level) if not detail.own_confidentiality \
                else self.tr("As its case")
        else:
            follows = self.tr("Default ({level})").format(level=labels.label(
                labels.CONFIDENTIALITY, "internal", QCoreApplication.translate))
        self.confidentiality.addItem(follows, "")
        for code in labels.CONFIDENTIALITY:
            self.confidentiality.addItem(labels.label(labels.CONFIDENTIALITY, code,
                                                            QCoreApplication.translate), code)
        self.confidentiality.addItem(self.tr("State secret"), STATE_SECRET)
        self.confidentiality.setCurrentIndex(max(self.confidentiality.findData(detail.own_confidentiality), 0))
        note = QLabel(self.tr("State secrets do not belong in this system (Art. 25). Privacy and commercial "
                              "secrets can be opened only by roles allowed to."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        form.addRow(self.tr("Matter recorded"), self.matter)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Officers"), self.officers)
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        form.addRow("", note)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def changes(self) -> dict[str, object]:
        d = self.detail
        out: dict[str, object] = {}
        for key, now, before in (("matter", self.matter.text(), d.matter), ("place", self.place.text(), d.place),
                                 ("method", self.method.currentText(), d.method)):
            if now.strip() != before:
                out[key] = now.strip()
        new = [c for c in self.officers.certificates() if c not in {o.certificate_no for o in d.row.officers}]
        if new:
            out["officers"] = new
        if self.confidentiality.currentData() != d.own_confidentiality:
            out["confidentiality"] = self.confidentiality.currentData()
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.submit(partial(av_records.set_details, self.ctx.ws, self.ctx.actor, self.detail.row.id, **changes))


class ExceptionDialog(SaveDialog):
    """Art. 24: for clips recorded during continuous or off-site enforcement, or in a remote, water or
    poor-transport area, the 24 hours run from the return to the agency. ``saved`` carries the list of MediaRow."""

    def __init__(self, ctx: UiContext, rows: Sequence[MediaRow], current: MediaDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ids = [r.id for r in rows]
        self.setWindowTitle(self.tr("Deadline exception (Art. 24)"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Recordings: {n}").format(n=len(rows)))
        layout.addWidget(intro)
        self.clips = QListWidget()
        show_full_text(self.clips)
        self.clips.setMaximumHeight(130)
        for r in rows:
            item = QListWidgetItem(r.name + "\n    " + self.tr("ended {end}; {clock}").format(
                end=local_time(r.recorded_end) or self.tr("time unknown"), clock=clock_text(r.clock_state, r.due_at)))
            if r.clock_state in CLOCK_COLOURS:
                item.setForeground(CLOCK_COLOURS[r.clock_state])
            self.clips.addItem(item)
        layout.addWidget(self.clips)
        form = QFormLayout()
        self.kind = QComboBox()
        for k in DeadlineException:
            self.kind.addItem(exception_label(k.value), k.value)
        self.returned = QDateTimeEdit()
        self.returned.setTimeZone(QTimeZone(clock.agency_zone().key.encode()))
        self.returned.setDisplayFormat(MINUTE_FORMAT)
        self.returned.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. enforcement in Baoding, back at the agency the next morning"))
        single = current is not None and self.ids == [current.row.id]
        if single and current is not None and current.exception_kind:
            self.kind.setCurrentIndex(max(self.kind.findData(current.exception_kind), 0))
            self.note.setText(current.exception_note)
        self.set_returned(current.returned_at if single and current is not None and current.returned_at
                          else datetime.now(UTC))
        form.addRow(self.tr("Exception"), self.kind)
        form.addRow(self.tr("Returned to the agency"), self.returned)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        rule = QLabel(self.tr("The 24 hours for storing the recordings then run from the return to the agency "
                              "(Art. 24)."))
        rule.setWordWrap(True)
        rule.setStyleSheet(NOTE_STYLE)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def set_returned(self, when: datetime) -> None:
        """Whole minutes, as shown: no hidden seconds are saved."""
        minute = int(when.timestamp()) // 60 * 60
        self.returned.setDateTime(QDateTime.fromSecsSinceEpoch(minute, self.returned.timeZone()))

    def returned_at(self) -> datetime:
        """The shown wall time read in the workstation's zone, as an aware datetime."""
        return datetime.fromtimestamp(self.returned.dateTime().toSecsSinceEpoch(), UTC)

    def save(self) -> None:
        self.submit(av_records.set_exception, self.ctx.ws, self.ctx.actor, self.ids, self.kind.currentData(),
                    self.returned_at(), self.note.text())


class RecordingTimeDialog(SaveDialog):
    """The archivist sets a clip's recording time by hand, with where it comes from (Art. 23, 24, 26); the
    24-hour clock then runs from it. ``saved`` carries the MediaRow."""

    def __init__(self, ctx: UiContext, detail: MediaDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.media_id = detail.row.id
        self.setWindowTitle(self.tr("Recording time (Art. 24, 26)"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        source = time_sources.describe(detail.time_source, detail.time_zone, detail.time_note,
                                       translate=QCoreApplication.translate)
        now = QLabel(self.tr("{name}\nNow: {when} — {source}").format(
            name=detail.row.name, when=local_time(detail.row.recorded_start) or self.tr("time unknown"),
            source=source))
        now.setWordWrap(True)
        layout.addWidget(now)
        form = QFormLayout()
        zone = QTimeZone(clock.agency_zone().key.encode())
        self.start = QDateTimeEdit()
        self.start.setTimeZone(zone)
        self.start.setDisplayFormat(SECOND_FORMAT)
        self.start.setCalendarPopup(True)
        shown = detail.row.recorded_start or detail.row.ingested_at
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(shown.timestamp()), zone))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. time shown on the camera's screen at check-in, read by the "
                                               "equipment clerk"))
        form.addRow(self.tr("Recording started"), self.start)
        form.addRow(self.tr("Where the time comes from"), self.reason)
        layout.addLayout(form)
        rule = QLabel(self.tr("The end is the start plus the clip's length. The time it replaces and your reason "
                              "are kept in the audit trail."))
        rule.setWordWrap(True)
        rule.setStyleSheet(NOTE_STYLE)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def started_at(self) -> datetime:
        return datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), UTC)

    def save(self) -> None:
        start, reason = self.started_at(), self.reason.text()
        self.submit(lambda: av_records.set_recording_time(self.ctx.ws, self.ctx.actor, self.media_id, start, reason))
