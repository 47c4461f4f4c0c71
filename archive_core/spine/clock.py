"""The agency clock: its time zone, now and today in it, calendar months, and the date and time formats shown."""

from __future__ import annotations

import calendar
import os
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The agency's zone is a setting of the workstation (not of the PC's clock, which is often left on UTC).
ZONE_ENV = "ARCHIVE_WS_ZONE"
DEFAULT_ZONE = "Asia/Shanghai"

DATE = "%Y-%m-%d"
MINUTE = "%Y-%m-%d %H:%M"
SECOND = "%Y-%m-%d %H:%M:%S"
HOUR_MINUTE = "%H:%M"
SHORT = "%m-%d %H:%M"
STAMP = "%Y%m%d"


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
    return local(value).strftime(pattern) if value else empty
