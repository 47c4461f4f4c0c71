"""The agency clock: its zone, its day, calendar months and the formats, whatever the PC's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from archive_core.archiving import volumes
from archive_core.spine import clock
from tests.zones import process_zone  # noqa: F401

# 23:30 in Beijing on 30 November is 15:30 UTC: a PC on UTC still thinks it is the 30th either way, but 16:30 UTC
# is 00:30 on 1 December in Beijing while the PC on UTC is still on the 30th.
AFTER_MIDNIGHT = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def]
            return AFTER_MIDNIGHT.astimezone(tz) if tz else AFTER_MIDNIGHT.astimezone().replace(tzinfo=None)

    monkeypatch.setattr(clock, "datetime", Frozen)


def test_agency_zone_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.ZONE_ENV, raising=False)
    assert str(clock.agency_zone()) == "Asia/Shanghai"
    monkeypatch.setenv(clock.ZONE_ENV, "Asia/Urumqi")
    assert str(clock.agency_zone()) == "Asia/Urumqi"
    monkeypatch.setenv(clock.ZONE_ENV, "Not/AZone")
    assert str(clock.agency_zone()) == "Asia/Shanghai"


def test_today_is_the_agency_day(frozen: None) -> None:
    assert clock.today() == date(2026, 12, 1)
    assert clock.now() == AFTER_MIDNIGHT
    assert clock.local_date(AFTER_MIDNIGHT) == date(2026, 12, 1)


def test_filing_deadline_counts_in_the_agency_day(frozen: None) -> None:
    """Art. 26: an action ended 31 October is due 30 November; at 00:30 on 1 December in Beijing it is overdue,
    also on a PC whose clock is set to UTC."""
    ended = date(2026, 10, 31)
    assert volumes.due_date(ended) == date(2026, 11, 30)
    assert volumes.deadline_state(ended, None, clock.today()) == volumes.Deadline.OVERDUE


def test_day_start_and_wall_time() -> None:
    assert clock.day_start(date(2026, 12, 1)) == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert clock.wall_time(datetime(2026, 12, 1, 8, 0)) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    camera = clock.zone_named("UTC")
    assert clock.wall_time(datetime(2026, 12, 1, 8, 0), camera) == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert clock.zone_named("Not/AZone") is clock.agency_zone()


def test_add_months_keeps_to_the_calendar() -> None:
    assert clock.add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert clock.add_months(date(2024, 2, 29), 120) == date(2034, 2, 28)
    assert clock.add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert clock.add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


def test_formats_show_the_agency_wall_clock() -> None:
    at = datetime(2026, 11, 30, 14, 51, tzinfo=UTC)
    assert clock.fmt(at) == "2026-11-30 22:51"
    assert clock.fmt(at.replace(tzinfo=None)) == "2026-11-30 22:51"  # a stored UTC value that lost its zone
    assert clock.fmt(at, clock.SECOND) == "2026-11-30 22:51:00"
    assert clock.fmt(at, clock.HOUR_MINUTE) == "22:51"
    assert clock.fmt(None, empty="—") == "—"
