"""The agency clock: its time zone, now and today in it, calendar months, and the date and time formats shown and
read."""

from __future__ import annotations

import calendar
import os
import re
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError

# The agency's zone is a setting of the workstation (not of the PC's clock, which is often left on UTC).
ZONE_ENV = "ARCHIVE_WS_ZONE"
DEFAULT_ZONE = "Asia/Shanghai"

DATE = "%Y-%m-%d"
MINUTE = "%Y-%m-%d %H:%M"
SECOND = "%Y-%m-%d %H:%M:%S"
HOUR_MINUTE = "%H:%M"
SHORT = "%m-%d %H:%M"
STAMP = "%Y%m%d"
# As people write them (2026年12月2日, no leading zeros): forms, lists and PDFs. ISO (above) stays in CSV, JSON, CLI.
READ_DATE = "{year}年{month}月{day}日"
READ_MINUTE = READ_DATE + " %H:%M"
READ_SECOND = READ_DATE + " %H:%M:%S"
READ_SHORT = "{month}月{day}日 %H:%M"


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone_named(name: str | None, fallback: tzinfo | None = None) -> tzinfo:
    """A zone by IANA name (a device's camera clock, say); an empty or unknown name gives the fallback, by default the
    agency's zone."""
    try:
        return _zone(name) if name else (fallback or agency_zone())
    except (ZoneInfoNotFoundError, ValueError):
        return fallback or agency_zone()


def is_zone(name: str) -> bool:
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def agency_zone() -> ZoneInfo:
    name = os.environ.get(ZONE_ENV) or DEFAULT_ZONE
    try:
        return _zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return _zone(DEFAULT_ZONE)


def now() -> datetime:
    """This instant, in UTC (as stored)."""
    return datetime.now(UTC)


def local_now() -> datetime:
    return datetime.now(agency_zone())


def today() -> date:
    """The agency's calendar day: deadlines and retention dates count in it."""
    return local_now().date()


def aware(value: datetime) -> datetime:
    # The catalogue stores UTC: a value that lost its zone on the way is UTC, never the PC's zone.
    return value if value.tzinfo is not None and value.utcoffset() is not None else value.replace(tzinfo=UTC)


def local(value: datetime) -> datetime:
    return aware(value).astimezone(agency_zone())


def local_date(value: datetime) -> date:
    return local(value).date()


def day_start(day: date) -> datetime:
    """The UTC instant the agency's day begins."""
    return datetime.combine(day, time(), agency_zone()).astimezone(UTC)


def at_local(day: date, at: time = time()) -> datetime:
    """A wall-clock time of the agency's day, zone-aware."""
    return datetime.combine(day, at, agency_zone())


def wall_time(reading: datetime, zone: tzinfo | None = None) -> datetime:
    """A reading without a zone (a camera clock, a typed time) placed in ``zone`` (the agency's by default), in UTC;
    a reading with a zone keeps it."""
    if reading.tzinfo is None or reading.utcoffset() is None:
        reading = reading.replace(tzinfo=zone or agency_zone())
    return reading.astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """Calendar months (negative: back); the 31st plus one month is the last day of the shorter month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def fmt(value: datetime | None, pattern: str = MINUTE, empty: str = "") -> str:
    """An instant as the agency's wall clock shows it."""
    return _render(local(value), pattern) if value else empty


def _render(value: date, pattern: str) -> str:
    return value.strftime(pattern.format(year=value.year, month=value.month, day=value.day))


def fmt_day(day: date | None, pattern: str = READ_DATE, empty: str = "") -> str:
    """A calendar day as people write it, or in ``pattern``; an instant gives its agency day."""
    if isinstance(day, datetime):
        day = local_date(day)
    return _render(day, pattern) if day else empty


def read_text(value: datetime | date | None, empty: str = "") -> str:
    """An instant (agency wall clock, to the minute) or a day, as people write it."""
    if isinstance(value, datetime):
        return _render(local(value), READ_MINUTE)
    return fmt_day(value, READ_DATE, empty)


class DateInputError(ValidationError):
    code = "bad_date"
    translated_params = ("field",)
    message = QT_TRANSLATE_NOOP("errors", "{field}: “{text}” is not a valid date.")
    hint = QT_TRANSLATE_NOOP("errors", "Write it as 2026年12月2日 or 2026-12-02.")


class TimeInputError(DateInputError):
    code = "bad_time"
    message = QT_TRANSLATE_NOOP("errors", "{field}: “{text}” is not a valid date and time.")
    hint = QT_TRANSLATE_NOOP("errors", "Write it as 2026年12月2日 09:30 or 2026-12-02 09:30.")


class FutureDateError(ValidationError):
    code = "future_date"
    translated_params = ("field",)
    message = QT_TRANSLATE_NOOP("errors", "{field} {day} lies in the future (today is {today}).")
    hint = QT_TRANSLATE_NOOP("errors", "Enter the day it really was; nothing was saved.")


_DAY = re.compile(r"\s*(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})\s*日?")
_CLOCK = re.compile(r"\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时]\s*(\d{2})\s*(?:分)?\s*(?:[:：]\s*(\d{2})\s*秒?)?\s*")


def parse_day(text: str, field: str) -> date | None:
    """A typed day (2026年12月2日, 2026-12-02, 2026/12/2); empty gives None; anything else names ``field``."""
    if not text.strip():
        return None
    m = _DAY.fullmatch(text)
    try:
        if m is None:
            raise ValueError(text)
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise DateInputError(field=field, text=text.strip()) from None


def parse_wall_time(text: str, field: str) -> datetime | None:
    """A typed wall-clock time of the agency (2026年12月2日 09:30, 2026-12-02 09:30), in UTC; empty gives None."""
    if not text.strip():
        return None
    day = _DAY.match(text)
    rest = _CLOCK.fullmatch(text[day.end():]) if day else None
    try:
        if day is None or rest is None:
            raise ValueError(text)
        at = time(int(rest[1]), int(rest[2]), int(rest[3] or 0))
        return datetime.combine(date(int(day[1]), int(day[2]), int(day[3])), at, agency_zone()).astimezone(UTC)
    except ValueError:
        raise TimeInputError(field=field, text=text.strip()) from None


def not_in_future(day: date | datetime | None, field: str) -> None:
    """Refuse a day after the agency's today (a case opened, a device bought, a document signed tomorrow)."""
    if day is None:
        return
    as_day = local_date(day) if isinstance(day, datetime) else day
    if as_day > today():
        raise FutureDateError(field=field, day=fmt_day(as_day), today=fmt_day(today()))
