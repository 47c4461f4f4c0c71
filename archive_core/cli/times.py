"""Times on the command line: typed times are read, and instants printed, on the agency's clock."""

from __future__ import annotations

import argparse
from datetime import datetime

from archive_core.spine import clock


def when(text: str) -> datetime:
    """ISO date-time; without a zone it is read in the agency's zone (China Standard Time by default)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date-time: {text!r} (e.g. 2026-11-27T18:00)") from None
    return clock.wall_time(value)


def shown(value: datetime | None, pattern: str = clock.MINUTE, empty: str = "") -> str:
    return clock.fmt(value, pattern, empty)


def shown_seconds(value: datetime | None) -> str:
    """A/V times, to the second (clips start and end within a minute)."""
    return clock.fmt(value, clock.SECOND, "-")
