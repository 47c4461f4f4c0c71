"""The evidence list: A/V records with thumbnails, case and stage, device, officers and the 24-hour clock; labels
shared by the evidence page and its dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap

from archive_core.av import av_records, time_sources
from archive_core.av.av_records import MediaFilter, MediaRow
from archive_core.spine import clock
from models.av import DeadlineException
from ui.av.ingest_models import CLOCK_COLOURS, clock_text
from ui.kit.lazy_model import LazyTableModel
from ui.kit.tasks import TaskRunner

THUMB = QSize(96, 54)
SORT_KEYS = ("recorded_start", "name", "recorded_start", "duration", "recorded_start", "recorded_start", "device",
             "recorded_start", "clock", "recorded_start")
# Art. 24: the cases in which the 24 hours run from the return to the agency.
EXCEPTION_KINDS = {
    DeadlineException.CONTINUOUS.value: QT_TRANSLATE_NOOP("media", "Continuous enforcement"),
    DeadlineException.OFF_SITE.value: QT_TRANSLATE_NOOP("media", "Off-site enforcement"),
    DeadlineException.REMOTE_AREA.value: QT_TRANSLATE_NOOP("media", "Remote, water or poor-transport area"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("media", text)


def stage_label(stage: str) -> str:
    names = {"initiation": tr("Initiation"), "investigation": tr("Investigation"),
             "decision": tr("Decision"), "service_execution": tr("Service and execution")}
    return names.get(stage, stage)


def exception_label(kind: str) -> str:
    return tr(EXCEPTION_KINDS[kind]) if kind in EXCEPTION_KINDS else kind


def local_time(value: datetime | None) -> str:
    return clock.fmt(value, clock.READ_SECOND)


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = round(seconds)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


class EvidenceModel(LazyTableModel):
    def __init__(self, tasks: TaskRunner, ws: Any, actor: Any, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self.ws, self.actor = ws, actor
        self.filter = MediaFilter()
        self._pixmaps: dict[int, QPixmap] = {}

    def headers(self) -> Sequence[str]:
        return [tr("Preview"), tr("File"), tr("Recorded"), tr("Length"), tr("Case"), tr("Stage"), tr("Device"),
                tr("Officers"), tr("24-hour clock"), tr("Evidence")]

    def query_ids(self, sort_column: int, descending: bool) -> Sequence[int]:
        return av_records.media_ids(self.ws, self.actor, self.filter, SORT_KEYS[sort_column], descending)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        rows = av_records.media_rows(self.ws, self.actor, ids)
        thumbs = av_records.thumbnails(self.ws, self.actor, ids)
        return {i: (rows[i], thumbs.get(i)) for i in ids if i in rows}

    def row_of(self, media_id: int) -> int:
        """The row showing this clip, or -1 when the list does not hold it."""
        try:
            return self._ids.index(media_id)
        except ValueError:
            return -1

    def row_value(self, row: int) -> MediaRow | None:
        found = self.row_object(row)
        return found[0] if found else None

    def cell(self, row: Any, column: int, role: int) -> Any:
        r, thumb = row
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and thumb:
            pix = self._pixmaps.get(r.id)
            if pix is None:
                pix = QPixmap()
                pix.loadFromData(thumb)
                pix = pix.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
                self._pixmaps[r.id] = pix
            return pix
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 8 and r.clock_state in CLOCK_COLOURS:
                return QBrush(CLOCK_COLOURS[r.clock_state])
            if column == 1 and r.damage:
                return QBrush(QColor("#b3261e"))
            if column == 2 and r.time_guessed:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return r.damage_reason or r.name
        if role == Qt.ItemDataRole.SizeHintRole and column == 0:
            return THUMB
        return None

    def _text(self, r: MediaRow, column: int) -> str:
        if column == 1:
            return r.name + (" ⚠" + tr("damaged") if r.damage else "")
        if column == 2:
            guessed = " " + QCoreApplication.translate("media", time_sources.GUESSED_MARK) if r.time_guessed else ""
            return local_time(r.recorded_start) + guessed
        if column == 3:
            return duration_text(r.duration)
        if column == 4:
            return r.case_no
        if column == 5:
            return stage_label(r.stage) if r.stage else ""
        if column == 6:
            return r.device_code
        if column == 7:
            return "、".join(o.name for o in r.officers)
        if column == 8:
            return clock_text(r.clock_state, r.due_at)
        if column == 9:
            return tr("Evidence") if r.is_evidence else ""
        return ""
