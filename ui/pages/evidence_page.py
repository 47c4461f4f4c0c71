"""The evidence page: the A/V list with filters, the selected clip's facts and actions, and the player."""

from __future__ import annotations

import os
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
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

from archive_core import media, media_settings
from archive_core.auth import Permission
from archive_core.media import MediaDetail, MediaFilter, PlaybackTicket
from archive_core.media_deadline import CLOCK_LABELS, ClockState
from ui.errors import error_text, show_error
from ui.evidence_dialogs import LinkDialog, PurposeDialog, TagDialog
from ui.evidence_models import EvidenceModel, duration_text, stage_label
from ui.ingest_models import clock_text
from ui.pages.base import Page
from ui.player import VideoPlayer
from ui.player_markers import Marker

LOCAL = ZoneInfo("Asia/Shanghai")


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
        self.player: VideoPlayer | None = None
        self._build()

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
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.clock = QComboBox()
        self.clock.addItem(self.tr("Any deadline state"), "")
        for state in ClockState:
            if state not in (ClockState.PENDING, ClockState.DUE_SOON, ClockState.OVERDUE):
                self.clock.addItem(QCoreApplication.translate("media", CLOCK_LABELS[state]), state.value)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("All clips"), None)
        self.evidence.addItem(self.tr("Evidence only"), True)
        self.evidence.addItem(self.tr("Not evidence"), False)
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)
        for w in (self.case_no, self.device, self.officer, self.use_dates, self.date_from, QLabel("–"),
                  self.date_to, self.clock, self.evidence, search):
            bar.addWidget(w)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(58)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 104)
        self.table.setColumnWidth(1, 330)
        self.table.setColumnWidth(2, 150)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        split.addWidget(self.table)

        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        self.facts = QLabel(self.tr("Select a recording."))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sv.addWidget(self.facts)
        actions = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play…"))
        self.play_button.clicked.connect(self.ask_play)
        self.link_button = QPushButton(self.tr("Link to case…"))
        self.link_button.clicked.connect(self._link)
        self.tag_button = QPushButton(self.tr("Tags…"))
        self.tag_button.clicked.connect(self._tag)
        self.evidence_button = QPushButton(self.tr("Use as evidence"))
        self.evidence_button.setCheckable(True)
        self.evidence_button.clicked.connect(self._toggle_evidence)
        for b in (self.play_button, self.link_button, self.tag_button, self.evidence_button):
            b.setEnabled(False)
            actions.addWidget(b)
        sv.addLayout(actions)
        self.player_box = QVBoxLayout()
        sv.addLayout(self.player_box, 1)
        split.addWidget(side)
        split.setSizes([700, 600])
        layout.addWidget(split, 1)

    # --- list ------------------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.search()

    def current_filter(self) -> MediaFilter:
        dates = self.use_dates.isChecked()
        return MediaFilter(case_no=self.case_no.text().strip(), device=self.device.text().strip(),
                           officer=self.officer.text().strip(),
                           date_from=self.date_from.date().toPython() if dates else None,
                           date_to=self.date_to.date().toPython() if dates else None,
                           clock_state=self.clock.currentData() or "", evidence=self.evidence.currentData())

    def search(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()

    def _select(self, row: int) -> None:
        if row < 0:
            return
        media_id = self.model.id_at(row)
        self.ctx.tasks.run(media.media_detail, self.ctx.ws, self.ctx.actor, media_id, on_done=self._show_detail,
                           on_error=lambda exc: show_error(self, exc), owner=self)

    def _show_detail(self, d: MediaDetail) -> None:
        self.detail = d
        r = d.row
        officers = "、".join(f"{o.name}（{o.certificate_no}）" for o in r.officers) or self.tr("unknown")
        when = r.recorded_start.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M:%S") if r.recorded_start else "?"
        lines = [
            f"<b>{r.name}</b>",
            self.tr("Recorded {when}, {length}; device {device}; officers {officers}").format(
                when=when, length=duration_text(r.duration), device=r.device_code or "-", officers=officers),
            self.tr("Case {case}, stage {stage}").format(case=r.case_no or "-",
                                                         stage=stage_label(r.stage) if r.stage else "-"),
            self.tr("24-hour clock (Art. 24): {clock}").format(clock=clock_text(r.clock_state, r.due_at)),
            f"SHA-256 {r.sha256[:16]}…  {d.video_codec or '-'} {d.width or '-'}×{d.height or '-'}",
        ]
        if r.damage:
            lines.append("<span style='color:#b3261e'>" + self.tr("Damaged: {reason}").format(
                reason=r.damage_reason) + "</span>")
        self.facts.setText("<br>".join(lines))
        can_link = self.ctx.can(Permission.MEDIA_LINK)
        self.play_button.setEnabled(self.ctx.can(Permission.MEDIA_PLAY) and not r.damage)
        self.link_button.setEnabled(can_link)
        self.tag_button.setEnabled(can_link)
        self.evidence_button.setEnabled(can_link and bool(r.case_no))
        self.evidence_button.setChecked(r.is_evidence)

    # --- playback --------------------------------------------------------------------------------------------
    def ask_play(self) -> None:
        if self.detail is None:
            return
        dialog = PurposeDialog(self.detail.row.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.play(dialog.text())

    def play(self, purpose: str) -> None:
        assert self.detail is not None
        self.ctx.tasks.run(media.open_for_playback, self.ctx.ws, self.ctx.actor, self.detail.row.id, purpose,
                           on_done=self._start_player, on_error=self._play_refused, owner=self, write=True)

    def _play_refused(self, exc: BaseException) -> None:
        if isinstance(exc, media.TamperedError):
            QMessageBox.critical(self, self.tr("Integrity alarm"), error_text(exc))
        else:
            show_error(self, exc)

    def ensure_player(self) -> VideoPlayer:
        if self.player is None:
            self.player = VideoPlayer(self)
            self.player.markers_changed.connect(self._save_markers)
            self.player.snapshot_taken.connect(self._save_snapshot)
            self.player_box.addWidget(self.player)
        return self.player

    def _start_player(self, ticket: PlaybackTicket) -> None:
        player = self.ensure_player()
        self._playing = ticket.media_id
        player.blockSignals(True)
        player.load(str(ticket.path))
        player.set_markers([Marker(m.at_ms, m.note) for m in ticket.markers])
        player.blockSignals(False)

    def _save_markers(self, markers: list[Marker]) -> None:
        media_id = getattr(self, "_playing", None)
        if media_id is not None:
            self.ctx.tasks.run(media.save_markers, self.ctx.ws, self.ctx.actor, media_id,
                               [(m.at_ms, m.note) for m in markers], on_error=lambda e: show_error(self, e),
                               owner=self, write=True)

    def _save_snapshot(self, png: str, at_ms: int) -> None:
        media_id = getattr(self, "_playing", None)
        if media_id is not None:
            def store() -> str:
                try:
                    return media.add_snapshot(self.ctx.ws, self.ctx.actor, media_id, png, at_ms)
                finally:
                    os.unlink(png)

            self.ctx.tasks.run(store, on_error=lambda e: show_error(self, e), owner=self, write=True)

    # --- changes ---------------------------------------------------------------------------------------------
    def _after_change(self, _row: Any) -> None:
        if self.detail is not None:
            current = self.detail.row.id
            self.model.reload()
            self.ctx.tasks.run(media.media_detail, self.ctx.ws, self.ctx.actor, current,
                               on_done=self._show_detail, owner=self)

    def _link(self) -> None:
        if self.detail is None:
            return
        dialog = LinkDialog(self.detail.row.case_no, self.detail.row.stage, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            case_no, stage, item = dialog.values()
            self.ctx.tasks.run(lambda: media.link(self.ctx.ws, self.ctx.actor, self.detail.row.id, case_no, stage,
                                                  checklist_code=item or None),
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    def _tag(self) -> None:
        if self.detail is None:
            return
        self.ctx.tasks.run(media_settings.av_items, self.ctx.ws, self.ctx.actor, on_done=self._tag_dialog,
                           on_error=lambda e: show_error(self, e), owner=self, write=True)

    def _tag_dialog(self, items: list[media_settings.AvItemView]) -> None:
        assert self.detail is not None
        dialog = TagDialog(items, self.detail.row.tags, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.tasks.run(media.set_tags, self.ctx.ws, self.ctx.actor, self.detail.row.id, dialog.codes(),
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    def _toggle_evidence(self, on: bool) -> None:
        if self.detail is not None:
            self.ctx.tasks.run(media.set_evidence, self.ctx.ws, self.ctx.actor, self.detail.row.id, on,
                               on_done=self._after_change, on_error=lambda e: show_error(self, e), owner=self,
                               write=True)

    def shutdown(self) -> None:
        if self.player is not None:
            self.player.shutdown()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
