"""Dates on a disc's printed matter as people write them (2026年12月2日); the same forms as the clock module's, which
this layer cannot import (a test holds the two together)."""

from __future__ import annotations

from datetime import date, datetime


def day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def minute(value: datetime) -> str:
    """A wall-clock time already in the agency's zone, to the minute."""
    return f"{day(value)} {value:%H:%M}"


def second(value: datetime) -> str:
    return f"{day(value)} {value:%H:%M:%S}"
