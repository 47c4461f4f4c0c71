"""Date fields as people write them (2026年12月2日) and the agency's today, for every form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from archive_core.spine import clock

# Qt's spelling of clock.READ_DATE / READ_MINUTE / READ_SECOND.
DAY_FORMAT = "yyyy年M月d日"
MINUTE_FORMAT = "yyyy年M月d日 HH:mm"
SECOND_FORMAT = "yyyy年M月d日 HH:mm:ss"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today() -> QDate:
    """The agency's today (QDate.currentDate() is the PC's zone, often UTC)."""
    return qdate(clock.today())
