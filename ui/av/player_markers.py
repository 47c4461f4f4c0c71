"""Time-coded markers with notes on a recording (Art. 22): the value type and the list panel beside the player."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A point in a recording, in milliseconds from its start, with the archivist's note."""

    at_ms: int
    note: str = ""


def format_ms(ms: int) -> str:
    """00:01:23 (hours always shown: body-camera recordings run for hours)."""
    seconds = max(ms, 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class MarkerSlider(QSlider):
    """A horizontal seek bar that shows marker times as small ticks over the groove."""

    TICK = QColor(255, 140, 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._marks: list[int] = []

    def set_marks(self, marks: list[int]) -> None:
        self._marks = marks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._marks or self.maximum() <= self.minimum():
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = self.width() - handle.width()
        painter = QPainter(self)
        for ms in self._marks:
            x = handle.width() // 2 + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), ms, span)
            painter.fillRect(x - 1, 0, 3, self.height() // 2, self.TICK)
        painter.end()


class MarkerPanel(QWidget):
    """Lists markers by time; asks for a new one with the typed note; a click asks to jump there."""

    add_requested = Signal(str)
    jump_requested = Signal(int)
    marks_changed = Signal(list)  # list[int] ms, for the seek bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markers: list[Marker] = []

        title = QLabel(self.tr("Markers"))
        title.setStyleSheet("font-weight: bold;")
        self._list = QListWidget()
        self._list.setToolTip(self.tr("Click a marker to jump to its time"))
        self._list.itemActivated.connect(self._on_item)
        self._list.itemClicked.connect(self._on_item)

        self._note = QLineEdit()
        self._note.setPlaceholderText(self.tr("Note for a new marker"))
        self._note.returnPressed.connect(self._request_add)
        self._add = QPushButton(self.tr("Add marker"))
        self._add.setToolTip(self.tr("Add a marker at the current time with this note (M)"))
        self._add.clicked.connect(self._request_add)

        row = QHBoxLayout()
        row.addWidget(self._note, 1)
        row.addWidget(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self._list, 1)
        layout.addLayout(row)

    def markers(self) -> list[Marker]:
        return list(self._markers)

    def set_markers(self, markers: list[Marker]) -> None:
        # One line per time and note, as the catalogue keeps them: a second M at the same paused frame adds nothing.
        unique = {(m.at_ms, m.note.strip()): Marker(m.at_ms, m.note.strip()) for m in markers}
        self._markers = sorted(unique.values(), key=lambda m: m.at_ms)
        self._list.clear()
        for marker in self._markers:
            item = QListWidgetItem(f"{format_ms(marker.at_ms)}  {marker.note}")
            item.setData(Qt.ItemDataRole.UserRole, marker.at_ms)
            item.setToolTip(marker.note)
            self._list.addItem(item)
        self.marks_changed.emit([m.at_ms for m in self._markers])

    def add(self, marker: Marker) -> None:
        self.set_markers([*self._markers, marker])

    def set_adding_enabled(self, enabled: bool) -> None:
        self._add.setEnabled(enabled)
        self._note.setEnabled(enabled)

    def _request_add(self) -> None:
        if not self._add.isEnabled():
            return
        self.add_requested.emit(self._note.text().strip())
        self._note.clear()

    def _on_item(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
