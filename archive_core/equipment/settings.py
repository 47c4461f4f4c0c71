"""Settings of the equipment room: when the working day ends, which is the default expected return of a check-out."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.orm import Session

from archive_core.equipment.devices import aware_now, session_of
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation

# Kept in the agency's key/value settings table (models.av_ingest.MediaSetting, named for the area that needed it
# first): one more row needs no schema change.
from models.av_ingest import MediaSetting

DAY_END_KEY = "equipment.day_end"
DEFAULT_DAY_END = time(18, 0)
WORKING_DAYS = range(0, 5)  # Monday to Friday


def parse_day_end(text: str | time) -> time:
    """'18:00' (or 18:00:00) → a wall-clock time of the agency's day."""
    if isinstance(text, time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    try:
        value = time.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: the end of the working day must be a time such as 18:00 (got {value})."),
            value=text) from None
    return value.replace(second=0, microsecond=0)


def day_end(source: Session | UnitOfWork | Workstation) -> time:
    """The end of the working day in the agency's zone (18:00 until the equipment room sets another)."""
    with session_of(source) as session:
        row = session.get(MediaSetting, DAY_END_KEY)
        return parse_day_end(json.loads(row.value)) if row is not None else DEFAULT_DAY_END


def set_day_end(ws: Workstation, actor: Actor, value: str | time) -> time:
    """Change the end of the working day; audited with the old and the new value."""
    new = parse_day_end(value)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "equipment_setting", DAY_END_KEY)
        row = uow.session.get(MediaSetting, DAY_END_KEY)
        old = parse_day_end(json.loads(row.value)) if row is not None else DEFAULT_DAY_END
        if row is None:
            row = MediaSetting(key=DAY_END_KEY, value="")
            uow.session.add(row)
        row.value, row.updated_at, row.updated_by = json.dumps(new.strftime("%H:%M")), clock.now(), actor.username
        uow.audit("equipment.setting_changed", "equipment_setting", DAY_END_KEY,
                  {"old": old.strftime("%H:%M"), "new": new.strftime("%H:%M")})
        return new


def default_due(now: datetime | None = None, end: time = DEFAULT_DAY_END) -> datetime:
    """The end of this working day in the agency's zone; after it (or on a weekend), the end of the next one."""
    local = clock.local(aware_now(now))
    day = local.date()
    while True:
        due = clock.at_local(day, end)
        if day.weekday() in WORKING_DAYS and due > local:
            return due.astimezone(UTC)
        day += timedelta(days=1)


def default_due_for(ws: Workstation, now: datetime | None = None) -> datetime:
    return default_due(now, day_end(ws))
