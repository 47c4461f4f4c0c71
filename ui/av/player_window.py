"""The player in a window of its own, opened maximised: the video and its controls take the width, the clip's
markers and snapshots stand beside it, and a line below confirms each snapshot or says what went wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from archive_core.av import av_records
from archive_core.av.av_records import PlaybackTicket
from ui.av import player_snapshots
from ui.av.player import VideoPlayer
from ui.av.player_markers import Marker, format_ms
from ui.av.player_snapshots import SnapshotList, SnapshotPanel
from ui.kit.context import UiContext
from ui.kit.errors import ERROR_STYLE, error_text

DONE_STYLE = "color: #1e6b34;"


class PlayerWindow(QWidget):
    """Plays the clips the evidence page opens, one at a time; closing the window stops playback."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.media_id: int | None = None
        self.name = ""
        self.player = VideoPlayer(self)
        self.snapshots = SnapshotPanel()
        self.player.add_side_widget(self.snapshots)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(8, 4, 8, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.player, 1)
        layout.addWidget(self.message)
        self.setMinimumSize(960, 540)

        self.player.markers_changed.connect(self._save_markers)
        self.player.snapshot_taken.connect(self._store_snapshot)
        self.player.playback_error.connect(self._player_error)
        self.snapshots.jump_requested.connect(self.player.seek)

    # --- opening -----------------------------------------------------------------------------------------------
    def open(self, ticket: PlaybackTicket, purpose: str) -> None:
        """Play the clip of ``ticket`` (checked and logged by the service) and load its snapshots."""
        self.media_id, self.name = ticket.media_id, ticket.name
        self.setWindowTitle(self.tr("{name} — purpose of viewing: {purpose}").format(name=ticket.name,
                                                                                   purpose=purpose))
        self._say("")
        self.player.load(str(ticket.path), title=ticket.name)
        self.player.set_markers([Marker(m.at_ms, m.note) for m in ticket.markers])
        self.snapshots.set_loading()
        media_id = ticket.media_id
        self.ctx.tasks.run(player_snapshots.load, self.ctx.ws, self.ctx.actor, media_id,
                           on_done=lambda found: self._show_snapshots(media_id, found),
                           on_error=lambda exc: self._snapshots_failed(media_id, exc), owner=self)

    def present(self) -> None:
        """Show maximised on the screen of the window that opened it, in front."""
        if not self.isVisible():
            opener = self.parentWidget()
            screen = opener.screen() if opener is not None else QGuiApplication.primaryScreen()
            self.setGeometry(screen.availableGeometry())
            self.showMaximized()
        self.raise_()
        self.activateWindow()

    # --- markers -----------------------------------------------------------------------------------------------
    def _save_markers(self, markers: list[Marker]) -> None:
        media_id = self.media_id
        if media_id is None:
            return
        self.ctx.tasks.run(av_records.save_markers, self.ctx.ws, self.ctx.actor, media_id,
                           [(m.at_ms, m.note) for m in markers],
                           on_done=lambda saved: self._show_markers(media_id, saved),
                           on_error=lambda exc: self._markers_failed(media_id, exc), owner=self, write=True)

    def _show_markers(self, media_id: int, saved: Sequence[Any]) -> None:
        """The list shows what the catalogue holds, never a marker that was not saved."""
        if media_id == self.media_id:
            self.player.set_markers([Marker(m.at_ms, m.note) for m in saved])

    def _markers_failed(self, media_id: int, exc: BaseException) -> None:
        self.report_error(self.tr("The marker was not saved: {reason}").format(reason=error_text(exc)))
        self.ctx.tasks.run(av_records.media_detail, self.ctx.ws, self.ctx.actor, media_id,
                           on_done=lambda detail: self._show_markers(media_id, detail.markers), owner=self)

    # --- snapshots ---------------------------------------------------------------------------------------------
    def _store_snapshot(self, png: str, at_ms: int) -> None:
        media_id = self.media_id
        if media_id is None:
            return
        self._say(self.tr("Keeping the snapshot at {time} in the evidence vault…").format(time=format_ms(at_ms)))
        self.ctx.tasks.run(player_snapshots.store, self.ctx.ws, self.ctx.actor, media_id, png, at_ms,
                           on_done=lambda found: self._snapshot_kept(media_id, found),
                           on_error=lambda exc: self.report_error(self.tr("The snapshot at {time} was not kept: "
                                                                          "{reason}").format(
                               time=format_ms(at_ms), reason=error_text(exc))),
                           owner=self, write=True)

    def _snapshot_kept(self, media_id: int, found: SnapshotList) -> None:
        saved = found.saved
        assert saved is not None
        view = saved.snapshot
        if saved.already_kept:
            text = self.tr("This picture was kept before (snapshot at {time}): nothing added. SHA-256 {sha256}")
        else:
            text = self.tr("Snapshot at {time} kept in the evidence vault as {name}. SHA-256 {sha256}")
        self._say(text.format(time=format_ms(view.at_ms), name=view.name, sha256=view.sha256), DONE_STYLE)
        self.message.setToolTip(self.tr("In the vault: {path}").format(path=view.path))
        self._show_snapshots(media_id, found, current=view.sha256)

    def _show_snapshots(self, media_id: int, found: SnapshotList, current: str = "") -> None:
        if media_id == self.media_id:
            self.snapshots.set_snapshots(found, current)

    def _snapshots_failed(self, media_id: int, exc: BaseException) -> None:
        if media_id == self.media_id:
            self.snapshots.set_failed(error_text(exc))

    # --- messages ----------------------------------------------------------------------------------------------
    def _player_error(self, text: str) -> None:
        if self.player.shows_problem():
            self._say("")  # the video area says it already, in large
        else:
            self.report_error(text)

    def report_error(self, text: str) -> None:
        self._say(text, ERROR_STYLE)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setToolTip("")
        self.message.setVisible(bool(text))

    # --- closing -----------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.player.stop()  # libvlc stays ready for the next clip; shutdown() frees it with the page
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.player.shutdown()
