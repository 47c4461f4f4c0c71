"""The ingest monitor's queue table: state, copy progress, reason and the 24-hour clock of each file (Art. 24)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar, QStyleOptionViewItem

from archive_core.av.deadline import CLOCK_LABELS, ClockState
from archive_core.av.ingest_monitor import QueueRow
from archive_core.av.ingest_queue import render_error
from archive_core.spine import clock
from ui.kit.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("file", "state", "progress", "clock", "reason")


def tr(text: str) -> str:
    return QCoreApplication.translate("media", text)


STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("media", "Queued"),
    "claimed": QT_TRANSLATE_NOOP("media", "Copying"),
    "done": QT_TRANSLATE_NOOP("media", "Stored"),
    "duplicate": QT_TRANSLATE_NOOP("media", "Already stored (linked)"),
    "failed": QT_TRANSLATE_NOOP("media", "Failed"),
    "rejected": QT_TRANSLATE_NOOP("media", "Refused"),
}
CLOCK_COLOURS = {
    ClockState.LATE.value: QColor("#b3261e"), ClockState.OVERDUE.value: QColor("#b3261e"),
    ClockState.DUE_SOON.value: QColor("#9a6700"), ClockState.ON_TIME.value: QColor("#1e7b34"),
    ClockState.EXCEPTED.value: QColor("#1e7b34"),
}


def clock_text(state: str, due: Any) -> str:
    label = tr(CLOCK_LABELS[ClockState(state)]) if state else ""
    if due is not None and state in ("pending", "due_soon", "overdue"):
        label += " · " + tr("due {time}").format(time=clock.fmt(due, clock.READ_SHORT))
    return label


class QueueModel(ListModel[QueueRow]):
    """Rows are QueueRow values (never ORM objects); progress of the file being copied comes from the watcher."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress: dict[str, tuple[int, int]] = {}

    def headers(self) -> list[str]:
        return [tr("File"), tr("State"), tr("Progress"), tr("24-hour clock (Art. 24)"), tr("Reason / note")]

    def set_progress(self, name: str, done: int, total: int) -> None:
        self._progress[name] = (done, total)
        for i, r in enumerate(self.rows):
            if r.name == name and r.state == "claimed":
                idx = self.index(i, 2)
                self.dataChanged.emit(idx, idx)

    def _percent(self, r: QueueRow) -> int:
        if r.state in ("done", "duplicate"):
            return 100
        if r.state == "claimed":
            done, total = self._progress.get(r.name, (0, max(r.size, 1)))
            return min(100, int(done * 100 / max(total, 1)))
        return 0

    def cell(self, r: QueueRow, column: int, role: int) -> Any:
        col = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "file":
                return r.name
            if col == "state":
                text = tr(STATE_LABELS.get(r.state, r.state))
                return text + (" · " + tr("damaged") if r.damage else "")
            if col == "progress":
                return f"{self._percent(r)}%"
            if col == "clock":
                return clock_text(r.clock_state, r.due_at)
            if col == "reason":
                message = render_error(r.error_message, lambda t: QCoreApplication.translate("errors", t))
                return message or r.note
        if role == PROGRESS_ROLE and col == "progress":
            return self._percent(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "file":
                return r.source_path
            if col == "reason":
                return render_error(r.error_message, lambda t: QCoreApplication.translate("errors", t)) or r.note
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "clock" and r.clock_state in CLOCK_COLOURS:
                return QBrush(CLOCK_COLOURS[r.clock_state])
            if col in ("state", "reason") and (r.state in ("failed", "rejected") or r.damage):
                return QBrush(QColor("#b3261e"))
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text, bar.textVisible = f"{int(value)}%", True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
