"""Settings of custody: how old the last good backup may grow before the dashboard warns (Art. 27)."""

from __future__ import annotations

import json

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation

# Kept in the agency's key/value settings table (models.av_ingest.MediaSetting, named for the area that needed it
# first): it travels with the catalogue into every backup and restore.
from models.av_ingest import MediaSetting

MAX_AGE_KEY = "custody.backup_max_age_days"
DEFAULT_MAX_AGE_DAYS = 7
MAX_AGE_LIMIT = 365


def parse_max_age(value: object) -> int:
    """A whole number of days from 1 to 365."""
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_AGE_LIMIT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: the backup age must be a whole number of days from 1 to {limit} (got {value})."),
            limit=MAX_AGE_LIMIT, value=value)
    return days


def _stored(uow: UnitOfWork) -> tuple[MediaSetting | None, int]:
    row = uow.session.get(MediaSetting, MAX_AGE_KEY)
    return row, (int(json.loads(row.value)) if row is not None else DEFAULT_MAX_AGE_DAYS)


def backup_max_age_days(uow: UnitOfWork) -> int:
    """After this many days without a good backup the dashboard warns, after twice as many it alarms."""
    return _stored(uow)[1]


def read_max_age_days(ws: Workstation, actor: Actor) -> int:
    with ws.unit(actor, write=False) as uow:
        return backup_max_age_days(uow)


def set_backup_max_age(ws: Workstation, actor: Actor, value: object) -> int:
    """Change the backup age that raises the warning (system administrator); audited with the old and new value."""
    days = parse_max_age(value)
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "custody_setting", MAX_AGE_KEY)
        row, old = _stored(uow)
        if row is None:
            row = MediaSetting(key=MAX_AGE_KEY, value="")
            uow.session.add(row)
        row.value, row.updated_at, row.updated_by = json.dumps(days), clock.now(), actor.username
        uow.audit("custody.setting_changed", "custody_setting", MAX_AGE_KEY, {"old": old, "new": days})
        return days
