"""The evidence page: the A/V list with filters, the selected clip's facts and actions (link, tags, evidence mark,
Art. 26 details, Art. 24 deadline exception, Art. 23 interruptions, audited export); playback asks its purpose once
per clip while the user is signed in and opens the player window."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.av import av_records, settings, time_sources
from archive_core.av.av_records import MediaDetail, MediaFilter, MediaRow, PlaybackTicket
from archive_core.av.deadline import CLOCK_LABELS, ClockState
from archive_core.cases import labels
from archive_core.spine import clock, officers
from archive_core.spine.auth import Permission
from ui.av.ingest_models import clock_text
from ui.av.interruption_dialogs import InterruptionsDialog
from ui.av.player import VideoPlayer
from ui.av.player_window import PlayerWindow
from ui.av.records_dialogs import (
    DetailsDialog,
    ExceptionDialog,
    LinkDialog,
    PurposeDialog,
    RecordingTimeDialog,
    TagDialog,
)
from ui.av.records_models import EvidenceModel, duration_text, exception_label, local_time, stage_label
from ui.kit import dates
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import error_text, show_error
from ui.kit.long_text import show_full_text
from ui.kit.page import Page


class EvidencePage(Page):
    order = 32
    icon = QStyle.StandardPixmap.SP_MediaPlay
    permissions = (Permission.MEDIA_READ,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("media", "A/V evidence")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = EvidenceModel(ctx.tasks, ctx.ws, ctx.actor, self)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.detail: MediaDetail | None = None
        self.player_window: PlayerWindow | None = None
        self._purposes: dict[int, str] = {}  # media id → why it is viewed, asked once per clip while signed in
        self.dialog: QDialog | None = None  # the details or exception dialog while open
        self.interruptions: InterruptionsDialog | None = None
        self._keep_id: int | None = None
        self.model.loaded.connect(self._restore_current)
        self._build()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)  # libvlc is freed before the windows are destroyed

    # --- layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.case_no = QLineEdit()
        self.case_no.setPlaceholderText(self.tr("Case number"))
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("Device"))
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("Officer or certificate no."))
        self.use_dates = QCheckBox(self.tr("Recorded"))
        self.date_from = QDateEdit(dates.today().addDays(-30))
        self.date_to = QDateEdit(dates.today())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat(DAY_FORMAT)
        self.clock = QComboBox()
        self.clock.addItem(self.tr("Any deadline state"), "")
        for state in ClockState:
            if state not in (ClockState.PENDING, ClockState.DUE_SOON, ClockState.OVERDUE):
                self.clock.addItem(QCoreApplication.translate("media", CLOCK_LABELS[state]), state.value)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("All clips"), None)
        self.evidence.addItem(self.tr("Evidence only"), True)
        self.evidence.addItem(self.tr("Not evidence"), False)
        self.unlinked = QCheckBox(self.tr("Not linked to a case"))
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)
        for w in (self.case_no, self.device, self.officer, self.use_dates, self.date_from, QLabel("–"),
                  self.date_to, self.clock, self.evidence, self.unlinked, search):
            bar.addWidget(w)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several clips at once for a deadline exception; the facts follow the current row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(58)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 104)
        self.table.setColumnWidth(1, 250)
        self.table.setColumnWidth(2, 150)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.table.selectionModel().selectionChanged.connect(lambda _sel, _desel: self._update_selection_buttons())
        split.addWidget(self.table)

        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        self.facts = QLabel(self.tr("Select a recording."))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sv.addWidget(self.facts)
        actions = QGridLayout()
        self.play_button = QPushButton(self.tr("Play…"))
        self.play_button.clicked.connect(self.ask_play)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Copy the recording out of the vault; the purpose is logged "
                                              "(Art. 24, 25)"))
        self.export_button.clicked.connect(self.ask_export)
        self.link_button = QPushButton(self.tr("Link to case…"))
        self.link_button.clicked.connect(self._link)
        self.tag_button = QPushButton(self.tr("Tags…"))
        self.tag_button.clicked.connect(self._tag)
        self.evidence_button = QPushButton(self.tr("Use as evidence"))
        self.evidence_button.setCheckable(True)
        self.evidence_button.clicked.connect(self._toggle_evidence)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Matter recorded, place, method, officers and confidentiality "
                                               "(Art. 26)"))
        self.details_button.clicked.connect(self.open_details)
        self.exception_button = QPushButton(self.tr("Deadline exception…"))
        self.exception_button.setToolTip(self.tr("Continuous or off-site enforcement, remote areas: the 24 hours "
                                                 "run from the return to the agency (Art. 24)"))
        self.exception_button.clicked.connect(self.open_exception)
        self.gaps_button = QPushButton(self.tr("Interruptions…"))
        self.gaps_button.setToolTip(self.tr("Gaps between clips of one device in this case and their "
                                            "explanations (Art. 23)"))
        self.gaps_button.clicked.connect(self.open_interruptions)
        self.time_button = QPushButton(self.tr("Recording time…"))
        self.time_button.setToolTip(self.tr("Set the recording time by hand when the file does not give it "
                                            "(Art. 24, 26)"))
        self.time_button.clicked.connect(self.open_recording_time)
        buttons = ((self.play_button, self.export_button), (self.link_button, self.evidence_button),
                   (self.details_button, self.tag_button), (self.time_button, self.exception_button),
                   (self.gaps_button,))
        for r, row in enumerate(buttons):
            for c, b in enumerate(row):
                b.setEnabled(False)
                actions.addWidget(b, r, c)
        sv.addLayout(actions)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sv.addWidget(self.notice)
        sv.addStretch(1)  # the facts and actions stay at the top
        split.addWidget(side)
        split.setStretchFactor(0, 4)  # the list takes most of the width (the player has its own window)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 290])
        layout.addWidget(split, 1)

    # --- list ------------------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.search()

    def search_field(self) -> QWidget | None:
        return self.case_no

    def print_view(self) -> QAbstractItemView | None:
        return self.table

    def current_filter(self) -> MediaFilter:
        dates = self.use_dates.isChecked()
        return MediaFilter(case_no=self.case_no.text().strip(), device=self.device.text().strip(),
                           officer=self.officer.text().strip(),
                           date_from=self.date_from.date().toPython() if dates else None,
                           date_to=self.date_to.date().toPython() if dates else None,
                           clock_state=self.clock.currentData() or "", evidence=self.evidence.currentData(),
                           unlinked=self.unlinked.isChecked())

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the list narrowed to one deadline state, or to clips not linked to a case."""
        index = self.clock.findData(str(criteria.get("clock_state", "")))
        if not criteria or not set(criteria) <= {"clock_state", "unlinked"} or index < 0:
            return False
        for field in (self.case_no, self.device, self.officer):
            field.clear()
        self.use_dates.setChecked(False)
        self.evidence.setCurrentIndex(0)
        self.clock.setCurrentIndex(index)
        self.unlinked.setChecked(bool(criteria.get("unlinked", False)))
        self.search()
        return True

    def search(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()

    def _select(self, row: int) -> None:
        if row < 0:
            return
        self.notice.clear()
        media_id = self.model.id_at(row)
        self.ctx.tasks.run(av_records.media_detail, self.ctx.ws, self.ctx.actor, media_id, on_done=self._show_detail,
                           on_error=lambda exc: show_error(self, exc), owner=self)

    def _show_detail(self, d: MediaDetail) -> None:
        self.detail = d
        r = d.row
        officers = "、".join(f"{o.name}（{o.certificate_no}）" for o in r.officers) or self.tr("unknown")
        when = clock.fmt(r.recorded_start, clock.READ_SECOND, empty="?")
        lines = [
            f"<b>{r.name}</b>",
            self.tr("Recorded {when}, {length}; device {device}; officers {officers}").format(
                when=when, length=duration_text(r.duration), device=r.device_code or "-", officers=officers),
            self.tr("Case {case}, stage {stage}").format(case=r.case_no or "-",
                                                         stage=stage_label(r.stage) if r.stage else "-"),
            (("<span style='color:#b3261e'>{}</span>" if r.time_guessed else "{}").format(
                self.tr("Recording time: {source}").format(source=html.escape(time_sources.describe(
                    d.time_source, d.time_zone, d.time_note, translate=QCoreApplication.translate))))),
            self.tr("24-hour clock (Art. 24): {clock}").format(clock=clock_text(r.clock_state, r.due_at)),
            f"SHA-256 {r.sha256[:16]}…  {d.video_codec or '-'} {d.width or '-'}×{d.height or '-'}",
        ]
        if d.exception_kind:
            lines.append(self.tr("Exception: {kind}, back at the agency {time}").format(
                kind=exception_label(d.exception_kind), time=local_time(d.returned_at) or "?"))
        lines.append(self.tr("Matter: {matter}; place: {place}; method: {method}; confidentiality: {level}").format(
            matter=d.matter or "-", place=d.place or "-", method=d.method or "-",
            level=labels.label(labels.CONFIDENTIALITY, r.confidentiality, QCoreApplication.translate)))
        if r.damage:
            lines.append("<span style='color:#b3261e'>" + self.tr("Damaged: {reason}").format(
                reason=r.damage_reason) + "</span>")
        self.facts.setText("<br>".join(lines))
        can_link = self.ctx.can(Permission.MEDIA_LINK)
        self.play_button.setEnabled(self.ctx.can(Permission.MEDIA_PLAY) and not r.damage)
        # Damaged files are exported too: for a forensic specialist.
        self.export_button.setEnabled(self.ctx.can(Permission.MEDIA_EXPORT))
        self.link_button.setEnabled(can_link)
        self.tag_button.setEnabled(can_link)
        self.evidence_button.setEnabled(can_link and bool(r.case_no))
        self.evidence_button.setChecked(r.is_evidence)
        self.details_button.setEnabled(can_link)
        self.time_button.setEnabled(can_link)
        self.gaps_button.setEnabled(bool(r.case_no))
        self._update_selection_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def _update_selection_buttons(self) -> None:
        n = len(self.selected_ids())
        self.exception_button.setEnabled(n > 0 and self.ctx.can(Permission.MEDIA_LINK))
        self.exception_button.setText(self.tr("Deadline exception ({n})…").format(n=n) if n > 1
                                      else self.tr("Deadline exception…"))

    # --- playback --------------------------------------------------------------------------------------------
    @property
    def player(self) -> VideoPlayer | None:
        return self.player_window.player if self.player_window is not None else None

    def ask_play(self) -> None:
        """Play the current clip: its purpose is asked the first time only; every viewing is logged with it."""
        if self.detail is None:
            return
        media_id = self.detail.row.id
        if media_id in self._purposes:
            self.play(self._purposes[media_id], media_id)
            return
        dialog = PurposeDialog(self.detail.row.name, self)
        dialog.accepted.connect(lambda: self.play(dialog.text(), media_id))
        self._open(dialog)

    def play(self, purpose: str, media_id: int | None = None) -> None:
        if media_id is None:
            assert self.detail is not None
            media_id = self.detail.row.id
        self.ctx.tasks.run(av_records.open_for_playback, self.ctx.ws, self.ctx.actor, media_id, purpose,
                           on_done=lambda ticket: self._start_player(ticket, purpose), on_error=self._play_refused,
                           owner=self, write=True)

    def _play_refused(self, exc: BaseException) -> None:
        if isinstance(exc, av_records.TamperedError):
            QMessageBox.critical(self, self.tr("Integrity alarm"), error_text(exc))
        else:
            show_error(self, exc)

    def ensure_player(self) -> PlayerWindow:
        if self.player_window is None:
            self.player_window = PlayerWindow(self.ctx, self)
        return self.player_window

    def _start_player(self, ticket: PlaybackTicket, purpose: str) -> None:
        self._purposes[ticket.media_id] = purpose
        window = self.ensure_player()
        window.open(ticket, purpose)
        window.present()
        self.notice.setStyleSheet("")
        self.notice.setText(self.tr("{name} is playing in the player window, for: {purpose}. While you are signed "
                                    "in this purpose is not asked again for this recording; every viewing is in "
                                    "the audit trail.").format(name=ticket.name, purpose=purpose))

    # --- changes ---------------------------------------------------------------------------------------------
    def _after_change(self, _row: Any) -> None:
        if self.detail is not None:
            self._keep_id = self.detail.row.id
            self.model.reload()

    def _restore_current(self, _count: int) -> None:
        """After a change the list is queried again: the changed clip stays the current one."""
        media_id, self._keep_id = self._keep_id, None
        if media_id is None:
            return
        row = self.model.row_of(media_id)
        if row >= 0:
            self.table.selectRow(row)  # the detail follows the current row
        else:  # filtered out by the change: keep showing its fresh facts
            self.ctx.tasks.run(av_records.media_detail, self.ctx.ws, self.ctx.actor, media_id,
                               on_done=self._show_detail, owner=self)

    def _link(self) -> None:
        if self.detail is None:
            return
        dialog = LinkDialog(self.ctx, self.detail.row.case_no, self.detail.row.stage, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            case_no, stage, item = dialog.values()
            self.ctx.tasks.run(lambda: av_records.link(self.ctx.ws, self.ctx.actor, self.detail.row.id, case_no, stage,
                                                  checklist_code=item or None),
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    def _tag(self) -> None:
        if self.detail is None:
            return
        self.ctx.tasks.run(settings.av_items, self.ctx.ws, self.ctx.actor, on_done=self._tag_dialog,
                           on_error=lambda e: show_error(self, e), owner=self, write=True)

    def _tag_dialog(self, items: list[settings.AvItemView]) -> None:
        assert self.detail is not None
        dialog = TagDialog(items, self.detail.row.tags, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.tasks.run(av_records.set_tags, self.ctx.ws, self.ctx.actor, self.detail.row.id, dialog.codes(),
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    def _toggle_evidence(self, on: bool) -> None:
        if self.detail is not None:
            self.ctx.tasks.run(av_records.set_evidence, self.ctx.ws, self.ctx.actor, self.detail.row.id, on,
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    # --- Art. 26 details -------------------------------------------------------------------------------------
    def open_details(self) -> None:
        if self.detail is None:
            return
        self.ctx.tasks.run(officers.list_officers, self.ctx.ws, self.ctx.actor, on_done=self._details_dialog,
                           on_error=lambda e: show_error(self, e), owner=self)

    def _details_dialog(self, register: list[officers.OfficerRef]) -> None:
        if self.detail is None:
            return
        dialog = DetailsDialog(self.ctx, self.detail, register, self)
        dialog.saved.connect(self._after_change)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    # --- Art. 24 deadline exception ----------------------------------------------------------------------------
    def open_exception(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.ctx.tasks.run(av_records.media_rows, self.ctx.ws, self.ctx.actor, ids,
                           on_done=lambda rows: self._exception_dialog([rows[i] for i in ids if i in rows]),
                           on_error=lambda e: show_error(self, e), owner=self)

    def _exception_dialog(self, rows: list[MediaRow]) -> None:
        dialog = ExceptionDialog(self.ctx, rows, self.detail, self)
        dialog.saved.connect(self._after_change)
        self._open(dialog)

    # --- Art. 24, 26 recording time set by hand ------------------------------------------------------------------
    def open_recording_time(self) -> None:
        if self.detail is not None:
            dialog = RecordingTimeDialog(self.ctx, self.detail, self)
            dialog.saved.connect(self._after_change)
            self._open(dialog)

    # --- Art. 23 interruptions ---------------------------------------------------------------------------------
    def open_interruptions(self) -> None:
        if self.detail is None or not self.detail.row.case_no:
            return
        if self.interruptions is None:
            self.interruptions = InterruptionsDialog(self.ctx, self.detail.row.case_no, self)
        else:
            self.interruptions.set_case(self.detail.row.case_no)
        self.interruptions.show()
        self.interruptions.raise_()
        self.interruptions.activateWindow()

    # --- export (Art. 24, 25) ----------------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.detail is None:
            return
        purpose = PurposeDialog(self.detail.row.name, self, export=True)
        if purpose.exec() != QDialog.DialogCode.Accepted:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export {name} to").format(
            name=self.detail.row.name))
        if folder:
            self.export(purpose.text(), folder)

    def export(self, purpose: str, folder: str) -> None:
        if self.detail is None:
            return
        name = self.detail.row.name
        self.notice.setStyleSheet("")
        self.notice.setText(self.tr("Checking and exporting {name}…").format(name=name))
        self.export_button.setEnabled(False)
        self.ctx.tasks.run(av_records.export_clip, self.ctx.ws, self.ctx.actor, self.detail.row.id, folder, purpose,
                           on_done=self._exported, on_error=self._export_refused, owner=self, write=True)

    def _exported(self, path: Any) -> None:
        self.export_button.setEnabled(self.ctx.can(Permission.MEDIA_EXPORT))
        self.notice.setStyleSheet("color: #1e6b34;")
        self.notice.setText(self.tr("Exported to {path}. The export and its purpose are in the audit trail.")
                            .format(path=path))

    def _export_refused(self, exc: BaseException) -> None:
        self.export_button.setEnabled(self.ctx.can(Permission.MEDIA_EXPORT))
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.setText(self.tr("Not exported."))
        if isinstance(exc, av_records.TamperedError):
            QMessageBox.critical(self, self.tr("Integrity alarm"), error_text(exc))
        else:
            show_error(self, exc, self.tr("Could not export"))

    def shutdown(self) -> None:
        if self.player_window is not None:
            self.player_window.shutdown()
            self.player_window.close()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
