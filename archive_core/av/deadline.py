"""The 24-hour clock of Art. 24: from the end of recording (or the return to the agency, for the exceptions) to
storage in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from archive_core.spine import clock as agency_clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP

LIMIT = timedelta(hours=24)
# The monitor warns this long before a file that is still waiting becomes late.
WARN_BEFORE = timedelta(hours=4)


class ClockState(StrEnum):
    ON_TIME = "on_time"    # stored within 24 hours
    EXCEPTED = "excepted"  # stored within 24 hours of the return (continuous / off-site / remote enforcement)
    LATE = "late"          # stored after the deadline: a compliance finding
    PENDING = "pending"    # not stored yet, still in time
    DUE_SOON = "due_soon"  # not stored yet, deadline within WARN_BEFORE
    OVERDUE = "overdue"    # not stored yet and already late
    UNKNOWN = "unknown"    # the recording time is not known


CLOCK_LABELS = {
    ClockState.ON_TIME: QT_TRANSLATE_NOOP("media", "On time"),
    ClockState.EXCEPTED: QT_TRANSLATE_NOOP("media", "On time (exception)"),
    ClockState.LATE: QT_TRANSLATE_NOOP("media", "Late"),
    ClockState.PENDING: QT_TRANSLATE_NOOP("media", "Waiting"),
    ClockState.DUE_SOON: QT_TRANSLATE_NOOP("media", "Due soon"),
    ClockState.OVERDUE: QT_TRANSLATE_NOOP("media", "Overdue"),
    ClockState.UNKNOWN: QT_TRANSLATE_NOOP("media", "Time unknown"),
}


@dataclass(frozen=True)
class Clock:
    state: ClockState
    due_at: datetime | None
    late_by: timedelta | None = None

    @property
    def late_hours(self) -> float:
        return round(self.late_by.total_seconds() / 3600, 1) if self.late_by else 0.0


def clock(recorded_end: datetime | None, ingested_at: datetime | None, *, exception_kind: str = "",
          returned_at: datetime | None = None, now: datetime | None = None, trusted: bool = True) -> Clock:
    """The clip's deadline and where it stands. With an exception and a return time, the 24 hours run from the
    return (never from earlier than the end of recording). A time that is only a guess (``trusted`` false: the
    file's modification time) cannot show a clip on time."""
    if recorded_end is None or not trusted:
        return Clock(ClockState.UNKNOWN, None)
    excepted = bool(exception_kind) and returned_at is not None
    start = max(recorded_end, returned_at) if excepted and returned_at is not None else recorded_end
    due = start + LIMIT
    if ingested_at is not None:
        if ingested_at <= due:
            late_without = ingested_at > recorded_end + LIMIT
            return Clock(ClockState.EXCEPTED if excepted and late_without else ClockState.ON_TIME, due)
        return Clock(ClockState.LATE, due, ingested_at - due)
    now = now or agency_clock.now()
    if now > due:
        return Clock(ClockState.OVERDUE, due, now - due)
    return Clock(ClockState.DUE_SOON if due - now <= WARN_BEFORE else ClockState.PENDING, due)
