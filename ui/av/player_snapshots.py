"""The clip's snapshots beside the player: their times, who took them and when, with small pictures; loaded and
stored in the background."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from archive_core.av import snapshots
from archive_core.av.snapshots import SavedSnapshot, SnapshotView
from archive_core.spine import clock
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from ui.av.player_markers import format_ms

THUMB = QSize(96, 54)


@dataclass(frozen=True)
class SnapshotList:
    """What a background job hands to the panel: the snapshots and their small pictures by SHA-256."""

    views: tuple[SnapshotView, ...]
    pictures: dict[str, QImage] = field(default_factory=dict)
    saved: SavedSnapshot | None = None  # set when the list follows a snapshot just stored


def _pictures(views: Sequence[SnapshotView]) -> dict[str, QImage]:
    # QImage (unlike QPixmap) may be made off the GUI thread: decoding full-size PNGs must not stall the window.
    out = {}
    for view in views:
        image = QImage(str(view.path))
        if not image.isNull():
            out[view.sha256] = image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
    return out


def load(ws: Workstation, actor: Actor, media_id: int) -> SnapshotList:
    views = snapshots.list_snapshots(ws, actor, media_id)
    return SnapshotList(views, _pictures(views))


def store(ws: Workstation, actor: Actor, media_id: int, png: str, at_ms: int) -> SnapshotList:
    """Keep the player's temporary PNG in the vault (the temporary file goes either way) and list the snapshots."""
    try:
        saved = snapshots.add_snapshot(ws, actor, media_id, png, at_ms)
    finally:
        Path(png).unlink(missing_ok=True)
    return SnapshotList(saved.snapshots, _pictures(saved.snapshots), saved)


class SnapshotPanel(QWidget):
    """Lists a clip's snapshots by their time in the clip; a click asks to jump there."""

    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setStyleSheet("font-weight: bold;")
        self._list = QListWidget()
        self._list.setIconSize(THUMB)
        self._list.setWordWrap(True)
        self._list.setToolTip(self.tr("Click a snapshot to jump to its time"))
        self._list.itemClicked.connect(self._on_item)
        self._list.itemActivated.connect(self._on_item)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addWidget(self._title)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._empty)
        self.set_loading()

    def set_loading(self) -> None:
        self._title.setText(self.tr("Snapshots"))
        self._list.clear()
        self._empty.setText(self.tr("Loading the snapshots…"))
        self._empty.show()

    def set_failed(self, reason: str) -> None:
        self._empty.setText(self.tr("The snapshots could not be listed: {reason}").format(reason=reason))
        self._empty.show()

    def set_snapshots(self, found: SnapshotList, current: str = "") -> None:
        self._title.setText(self.tr("Snapshots ({n})").format(n=len(found.views)))
        self._list.clear()
        for view in found.views:
            when = clock.fmt(view.taken_at, clock.READ_MINUTE)
            item = QListWidgetItem(f"{format_ms(view.at_ms)} · {view.taken_by}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, view.at_ms)
            item.setToolTip("\n".join((
                view.name, f"SHA-256 {view.sha256}", f"SM3 {view.sm3}",
                self.tr("In the vault: {path}").format(path=view.path),
                self.tr("Taken by {person} ({login})").format(person=view.taken_by, login=view.taken_by_login))))
            picture = found.pictures.get(view.sha256)
            if picture is not None:
                item.setIcon(QIcon(QPixmap.fromImage(picture)))
            self._list.addItem(item)
            if view.sha256 == current:
                self._list.setCurrentItem(item)
                self._list.scrollToItem(item)
        self._empty.setText(self.tr("No snapshots of this recording yet. Pause on a frame and press the snapshot "
                                    "button (S): the picture is kept in the evidence vault."))
        self._empty.setVisible(not found.views)

    def count(self) -> int:
        return self._list.count()

    def _on_item(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
