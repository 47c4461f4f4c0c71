"""Embeddable libvlc video player for evidence review: seek, speed, frame step, markers, snapshots (Art. 22)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import vlc
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.av.player_markers import Marker, MarkerPanel, MarkerSlider, format_ms

# Only real window systems can host libvlc's video window; elsewhere (offscreen) render into a dummy output.
EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")
HEADLESS_ARGS = ["--no-xlib", "--vout=dummy", "--aout=dummy", "--quiet"]
WINDOWED_ARGS = ["--no-xlib", "--quiet", "--no-video-title-show", "--no-snapshot-preview", "--no-osd"]
SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0, 4.0)
POLL_MS = 100
SEEK_STEP_MS = 5000
SIDE_MIN_WIDTH = 340  # room for a marker note and a snapshot's time, date and name

_EVENTS = {
    vlc.EventType.MediaPlayerPlaying: "playing",
    vlc.EventType.MediaPlayerPaused: "paused",
    vlc.EventType.MediaPlayerStopped: "stopped",
    vlc.EventType.MediaPlayerEndReached: "ended",
    vlc.EventType.MediaPlayerEncounteredError: "error",
}


class _VlcEvents(QObject):
    """Carries libvlc events from libvlc's own thread to the GUI thread (queued connection)."""

    occurred = Signal(str)


def headless() -> bool:
    return QGuiApplication.platformName() not in EMBEDDING_PLATFORMS


class VideoPlayer(QWidget):
    """Plays one file. Markers and snapshots leave through signals; the caller stores them (and checks digests
    before calling ``load``). Call ``shutdown()`` before the application quits; closing the widget does it too."""

    state_changed = Signal(str)  # "playing", "paused", "stopped", "ended", "error"
    position_changed = Signal(int)  # ms
    marker_added = Signal(object)  # Marker
    markers_changed = Signal(list)  # list[Marker], sorted by time
    snapshot_taken = Signal(str, int)  # PNG path (a temp file the caller takes over), time in ms
    playback_error = Signal(str)  # translated message

    def __init__(
        self, parent: QWidget | None = None, *, instance: vlc.Instance | None = None, vlc_args: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self._own_instance = instance is None
        if instance is None:
            args = [*(HEADLESS_ARGS if headless() else WINDOWED_ARGS), *(vlc_args or [])]
            instance = vlc.Instance(args)
        self._instance: vlc.Instance | None = instance
        self._player: vlc.MediaPlayer | None = instance.media_player_new() if instance is not None else None
        self._media: vlc.Media | None = None
        self._path: Path | None = None
        self._state = "stopped"
        self._length_ms = 0
        self._last_position = -1
        self._dragging = False
        self._pending_seek: int | None = None
        # libvlc 3 does not advance get_time() on frame steps: count them to keep markers and snapshots on time.
        self._stepped_ms = 0
        self._title = ""  # what messages call the recording: its original name, not the vault's hex name
        self._window_state = Qt.WindowState.WindowNoState

        self._events = _VlcEvents(self)
        # Queued even from the GUI thread: stop() reports "stopped" from inside the libvlc call, where libvlc must
        # not be called again.
        self._events.occurred.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        if self._player is not None:
            manager = self._player.event_manager()
            for event_type in _EVENTS:
                manager.event_attach(event_type, self._forward_vlc_event)

        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        if self._player is None:
            self._show_message(self.tr("The video engine (libvlc) could not start, so nothing can be played. Ask "
                                       "the system administrator to install VLC's libraries (libvlc5 and "
                                       "vlc-plugin-base)."))
        self._update_controls()

    # --- building -------------------------------------------------------------------------------------------

    def _button(self, icon: QStyle.StandardPixmap, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        sp = QStyle.StandardPixmap
        self._video = QFrame()
        self._video.setMinimumSize(320, 180)
        self._video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        palette = self._video.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self._video.setPalette(palette)
        self._video.setAutoFillBackground(True)
        self._message = QLabel()
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet("background: black; color: white; padding: 24px;")
        self._screen = QStackedWidget()
        self._screen.addWidget(self._video)
        self._screen.addWidget(self._message)

        self._play = self._button(sp.SP_MediaPlay, self.tr("Play (Space)"), self.toggle_play)
        self._stop = self._button(sp.SP_MediaStop, self.tr("Stop"), self.stop)
        self._step = self._button(sp.SP_MediaSkipForward, self.tr("Next frame (.)"), self.next_frame)
        self._seek = MarkerSlider()
        self._seek.setToolTip(self.tr("Position in the recording"))
        self._seek.setPageStep(SEEK_STEP_MS)
        self._seek.sliderPressed.connect(self._on_seek_pressed)
        self._seek.sliderReleased.connect(self._on_seek_released)
        self._seek.sliderMoved.connect(self._on_seek_moved)
        self._seek.actionTriggered.connect(self._on_seek_action)
        self._time = QLabel(f"{format_ms(0)} / {format_ms(0)}")
        self._time.setContentsMargins(6, 0, 6, 0)
        self._time.setToolTip(self.tr("Elapsed / total time"))
        self._time.setMinimumWidth(self._time.fontMetrics().horizontalAdvance("00:00:00 / 00:00:00 "))
        self._speed = QComboBox()
        for speed in SPEEDS:
            self._speed.addItem(f"{speed:g}×", speed)
        self._speed.setCurrentIndex(SPEEDS.index(1.0))
        self._speed.setToolTip(self.tr("Playback speed"))
        self._speed.currentIndexChanged.connect(lambda _i: self.set_rate(float(self._speed.currentData())))
        self._mute = self._button(sp.SP_MediaVolume, self.tr("Mute"), self._toggle_mute)
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setRange(0, 100)
        self._volume.setValue(80)
        self._volume.setFixedWidth(90)
        self._volume.setToolTip(self.tr("Volume"))
        self._volume.valueChanged.connect(self.set_volume)
        self._snapshot = self._button(
            sp.SP_DialogSaveButton, self.tr("Save a snapshot of this frame (S)"), self.take_snapshot
        )
        self._snapshot.setText(self.tr("Snapshot"))
        self._snapshot.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._full = self._button(sp.SP_TitleBarMaxButton, self.tr("Full screen (F)"), self.toggle_full_screen)

        controls = QHBoxLayout()
        controls.setContentsMargins(4, 4, 4, 4)
        widgets: list[QWidget] = [self._play, self._stop, self._step, self._seek, self._time, self._speed]
        for widget in [*widgets, self._mute, self._volume, self._snapshot, self._full]:
            controls.addWidget(widget, 1 if widget is self._seek else 0)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self._screen, 1)
        left_layout.addLayout(controls)

        self._marker_panel = MarkerPanel()
        self._marker_panel.add_requested.connect(lambda note: self.add_marker(note))
        self._marker_panel.jump_requested.connect(self.seek)
        self._marker_panel.marks_changed.connect(self._seek.set_marks)
        # The column beside the video: markers, and whatever the caller adds below them (the clip's snapshots).
        self._side = QSplitter(Qt.Orientation.Vertical)
        self._side.addWidget(self._marker_panel)
        self._side.setMinimumWidth(SIDE_MIN_WIDTH)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(left)
        self._splitter.addWidget(self._side)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 0)
        self._splitter.setSizes([1000, SIDE_MIN_WIDTH])
        self._splitter.setCollapsible(0, False)
        self._splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

        shortcuts = {
            Qt.Key.Key_Space: self.toggle_play,
            Qt.Key.Key_Period: self.next_frame,
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_Escape: self._leave_full_screen,
            Qt.Key.Key_Left: lambda: self.seek(self.position_ms() - SEEK_STEP_MS),
            Qt.Key.Key_Right: lambda: self.seek(self.position_ms() + SEEK_STEP_MS),
            Qt.Key.Key_M: lambda: self.add_marker(""),
            Qt.Key.Key_S: self.take_snapshot,
        }
        for key, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(key), self._screen)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- public API -----------------------------------------------------------------------------------------

    def load(self, path: str | os.PathLike[str], *, autoplay: bool = True, title: str = "") -> None:
        """Open ``path`` (already verified by the caller); ``title`` names it in messages. Markers of a previous file
        are cleared."""
        if self._player is None or self._instance is None:
            return
        self.stop()
        if self._media is not None:
            self._media.release()
            self._media = None
        self._path = Path(path)
        self._title = title or self._path.name
        self._state = "stopped"
        self._length_ms = 0
        self._seek.setRange(0, 0)
        self._show_position(0)
        self.set_markers([])
        problem = ""
        if not self._path.is_file():
            problem = self.tr("The recording {name} cannot be opened: its file {path} is missing. Check that the "
                              "evidence vault's folder is reachable (a network share must be connected), then "
                              "play it again.")
        elif not os.access(self._path, os.R_OK):
            problem = self.tr("The recording {name} cannot be opened: this account may not read its file {path}. "
                              "Ask the system administrator to restore the vault's permissions.")
        if problem:
            self._state = "error"
            self._fail(problem.format(name=self._title, path=self._path))
            self._update_controls()
            self.state_changed.emit(self._state)
            return
        # libvlc reads file names as UTF-8; vault objects have hex names, so this only limits ad-hoc previews.
        self._media = self._instance.media_new_path(os.fsencode(self._path))
        self._player.set_media(self._media)
        if not headless():
            self._embed()
        self._screen.setCurrentWidget(self._video)
        self._player.audio_set_volume(self._volume.value())
        if autoplay:
            self.play()
        self._update_controls()

    def path(self) -> Path | None:
        return self._path

    def state(self) -> str:
        return self._state

    def play(self) -> None:
        if self._player is None or self._media is None:
            return
        if self._state in ("ended", "error"):
            self._player.stop()  # libvlc 3 replays only from the stopped state
        self._stepped_ms = 0
        self._player.play()
        self._player.set_rate(self.rate())
        self._timer.start()

    def pause(self) -> None:
        if self._player is not None and self._player.is_playing():
            self._player.set_pause(1)

    def toggle_play(self) -> None:
        if self._player is not None and self._player.is_playing():
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        self._pending_seek = None

    def seek(self, ms: int) -> None:
        """Jump to ``ms`` from the start; starts playback first when nothing is loaded into the decoder yet."""
        if self._player is None or self._media is None:
            return
        if self._length_ms:
            ms = min(ms, self._length_ms - 1)
        ms = max(ms, 0)
        if self._state in ("stopped", "ended", "error"):
            self._pending_seek = ms
            self.play()
            return
        self._stepped_ms = 0
        self._player.set_time(ms)
        self._show_position(ms)

    def position_ms(self) -> int:
        if self._player is None:
            return 0
        return max(self._player.get_time(), 0) + self._stepped_ms

    def duration_ms(self) -> int:
        return self._length_ms

    def rate(self) -> float:
        return float(self._speed.currentData())

    def set_rate(self, rate: float) -> None:
        """Playback speed, one of SPEEDS (0.25× to 4×)."""
        index = self._speed.findData(rate)
        if index < 0:
            raise ValueError(f"speed {rate} is not one of {SPEEDS}")
        if index != self._speed.currentIndex():
            self._speed.setCurrentIndex(index)  # comes back here through currentIndexChanged
            return
        if self._player is not None:
            self._player.set_rate(rate)

    def next_frame(self) -> None:
        """Pause and show the next frame."""
        if self._player is None or self._media is None:
            return
        self.pause()
        self._player.next_frame()
        self._stepped_ms += round(1000 / (self._player.get_fps() or 25.0))
        QTimer.singleShot(POLL_MS, self._poll)

    def volume(self) -> int:
        return self._volume.value()

    def set_volume(self, volume: int) -> None:
        if self._volume.value() != volume:
            self._volume.setValue(volume)  # comes back here through valueChanged
            return
        if self._player is not None:
            self._player.audio_set_volume(volume)

    def _toggle_mute(self) -> None:
        if self._player is None:
            return
        muted = not self._player.audio_get_mute()
        self._player.audio_set_mute(muted)
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self._mute.setIcon(self.style().standardIcon(icon))
        self._mute.setToolTip(self.tr("Unmute") if muted else self.tr("Mute"))

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            self._leave_full_screen()
            return
        self._window_state = window.windowState()
        self._side.hide()
        window.showFullScreen()

    def _leave_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.setWindowState(self._window_state)  # back to maximised when it was
            self._side.show()

    def shows_problem(self) -> bool:
        """Whether the video area says why nothing can be played."""
        return self._screen.currentWidget() is self._message

    def add_side_widget(self, widget: QWidget) -> None:
        """Put ``widget`` in the column beside the video, below the markers (hidden in full screen)."""
        self._side.addWidget(widget)

    def markers(self) -> list[Marker]:
        return self._marker_panel.markers()

    def set_markers(self, markers: list[Marker]) -> None:
        """Show stored markers (does not emit markers_changed: nothing changed for the caller)."""
        self._marker_panel.set_markers(markers)

    def add_marker(self, note: str, at_ms: int | None = None) -> Marker | None:
        if self._media is None:
            return None
        marker = Marker(self.position_ms() if at_ms is None else at_ms, note)
        self._marker_panel.add(marker)
        self.marker_added.emit(marker)
        self.markers_changed.emit(self.markers())
        return marker

    def take_snapshot(self) -> str | None:
        """Save the frame on screen as PNG in a temp file; emits snapshot_taken(path, ms) and returns the path, or
        emits playback_error saying why there is no picture and what to do."""
        if self._player is None or self._media is None:
            self.playback_error.emit(self.tr("No snapshot taken: no recording is open. Open one and play it "
                                             "first."))
            return None
        if self._state in ("stopped", "ended", "error") or not self._player.has_vout():
            self.playback_error.emit(self._no_picture())
            return None
        at_ms = self.position_ms()
        try:
            fd, name = tempfile.mkstemp(prefix="snapshot-", suffix=".png")
        except OSError:
            self.playback_error.emit(self.tr("No snapshot taken: the temporary folder {folder} cannot be written. "
                                             "Free some disk space and try again.").format(
                                                 folder=tempfile.gettempdir()))
            return None
        os.close(fd)
        if self._player.video_take_snapshot(0, name, 0, 0) != 0 or os.path.getsize(name) == 0:
            os.unlink(name)
            self.playback_error.emit(self.tr("No snapshot taken: the video engine gave no picture at {time}. Pause on "
                                             "the frame you want and try again.").format(time=format_ms(at_ms)))
            return None
        self.snapshot_taken.emit(name, at_ms)
        return name

    def _no_picture(self) -> str:
        if self._state == "ended":
            return self.tr("No snapshot taken: the recording has played to its end, so the video engine has no "
                           "picture to give (the last frame left on screen cannot be kept). Click the seek bar (or "
                           "press ←) to go back to the moment you want, pause there (Space) and take the snapshot "
                           "again.")
        if self._state == "error":
            return self.tr("No snapshot taken: this recording cannot be played, so there is no picture.")
        return self.tr("No snapshot taken: no picture is shown yet. Press Play (Space), pause at the moment you want "
                       "and take the snapshot again.")

    def shutdown(self) -> None:
        """Stop and free libvlc in the order it needs: stop, player, instance; widgets go after."""
        self._timer.stop()
        if self._player is not None:
            manager = self._player.event_manager()
            for event_type in _EVENTS:
                manager.event_detach(event_type)
            self._player.stop()
            self._player.release()
            self._player = None
        if self._media is not None:
            self._media.release()
            self._media = None
        if self._instance is not None and self._own_instance:
            self._instance.release()
        self._instance = None
        self._update_controls()

    # --- internals ------------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _embed(self) -> None:
        assert self._player is not None
        handle = int(self._video.winId())
        platform = QGuiApplication.platformName()
        if platform == "xcb":
            self._player.set_xwindow(handle)
        elif platform == "windows":
            self._player.set_hwnd(handle)
        elif platform == "cocoa":
            self._player.set_nsobject(handle)

    def _forward_vlc_event(self, event: vlc.Event) -> None:
        # Runs on a libvlc thread: libvlc is not re-entrant, so only hand the event over.
        self._events.occurred.emit(_EVENTS[event.type])

    def _on_vlc_event(self, state: str) -> None:
        if state == "ended" and self._player is not None and self._player.get_length() <= 0:
            state = "error"  # libvlc "plays" a damaged file to its end at once instead of reporting an error
        if state == "stopped" and self._state == "error":
            return  # libvlc stops after an error: keep saying why
        if state == "stopped" and self._player is not None \
                and self._player.get_state() not in (vlc.State.Stopped, vlc.State.NothingSpecial):
            # Late news: libvlc 3 reports "stopped" after the end of its own accord (the recording is still at its
            # end), and the stop before a new file arrives after that file has started.
            return
        self._state = state
        if state == "playing":
            self._timer.start()  # again: a late "stopped" may have stopped it since play()
        if state == "playing" and self._pending_seek is not None and self._player is not None:
            self._player.set_time(self._pending_seek)
            self._pending_seek = None
        if state == "ended":
            self._show_position(self._length_ms)
        if state == "error":
            self._fail(self.tr("The recording {name} cannot be played: the file may be damaged or in a format the "
                               "video engine does not know. The vault copy stays unchanged; export it (Export…) "
                               "for a specialist to examine.").format(name=self._title))
        if state in ("stopped", "ended", "error"):
            self._timer.stop()
        self._update_controls()
        self.state_changed.emit(state)

    def _poll(self) -> None:
        if self._player is None:
            return
        length = self._player.get_length()
        new_length = length > 0 and length != self._length_ms
        if new_length:
            self._length_ms = length
            self._seek.setRange(0, length)
        position = self._player.get_time()
        if position >= 0:
            position += self._stepped_ms
        if position >= 0 and (position != self._last_position or new_length) and not self._dragging:
            self._show_position(position)
            self.position_changed.emit(position)

    def _show_position(self, ms: int) -> None:
        self._last_position = ms
        if not self._dragging:
            self._seek.blockSignals(True)
            self._seek.setValue(ms)
            self._seek.blockSignals(False)
        self._time.setText(f"{format_ms(ms)} / {format_ms(self._length_ms)}")

    def _on_seek_pressed(self) -> None:
        self._dragging = True

    def _on_seek_moved(self, value: int) -> None:
        self._time.setText(f"{format_ms(value)} / {format_ms(self._length_ms)}")

    def _on_seek_released(self) -> None:
        self._dragging = False
        self.seek(self._seek.value())

    def _on_seek_action(self, action: int) -> None:
        if action != QSlider.SliderAction.SliderMove.value:
            # Page steps from clicks on the groove: the slider's new value is set after this signal.
            QTimer.singleShot(0, lambda: self.seek(self._seek.value()))

    def _update_controls(self) -> None:
        loaded = self._player is not None and self._media is not None
        playing = self._state == "playing"
        sp = QStyle.StandardPixmap
        self._play.setIcon(self.style().standardIcon(sp.SP_MediaPause if playing else sp.SP_MediaPlay))
        self._play.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))
        for widget in (self._play, self._stop, self._step, self._seek, self._snapshot, self._speed):
            widget.setEnabled(loaded)
        self._marker_panel.set_adding_enabled(loaded)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._screen.setCurrentWidget(self._message)

    def _fail(self, text: str) -> None:
        self._show_message(text)
        self.playback_error.emit(text)
