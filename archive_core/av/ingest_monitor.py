"""What the ingest monitor shows: queue entries with their state, reason and 24-hour clock (Art. 24)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from archive_core.av.deadline import clock
from archive_core.av.filename_patterns import load_patterns, match
from archive_core.av.settings import load_settings
from archive_core.equipment.devices import device_by_code
from archive_core.spine import clock as agency_clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import Workstation
from models.av import MediaRecord
from models.av_ingest import IngestEntry


@dataclass(frozen=True)
class QueueRow:
    id: int
    source_path: str
    name: str
    dock: str
    size: int
    state: str
    error_code: str
    error_message: str  # JSON payload: render with ingest_queue.render_error in the reader's language
    note: str
    media_id: int | None
    damage: str
    attempts: int
    claimed_by: str
    enqueued_at: datetime
    finished_at: datetime | None
    clock_state: str
    due_at: datetime | None


def queue_rows(ws: Workstation, actor: Actor, *, state: str = "", limit: int = 500,
               now: datetime | None = None) -> list[QueueRow]:
    """The newest entries first. Files not stored yet get a clock from the time in their name (a lower bound:
    the recording ends later), so the monitor shows which ones are about to be late."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_INGEST, "ingest_queue", "*")
        s = uow.session
        settings = load_settings(s)
        query = (select(IngestEntry, MediaRecord.clock_state, MediaRecord.due_at, MediaRecord.damage)
                 .outerjoin(MediaRecord, MediaRecord.id == IngestEntry.media_id))
        if state:
            query = query.where(IngestEntry.state == state)
        rows = s.execute(query.order_by(IngestEntry.id.desc()).limit(limit)).all()
        patterns = load_patterns()
        out = []
        for e, clock_state, due_at, damage in rows:
            name = os.path.basename(e.source_path)
            if clock_state is None:
                facts = match(name, patterns)
                start = None
                if facts is not None:
                    device = device_by_code(s, facts.device) if facts.device else None
                    zone = agency_clock.zone_named(device.clock_zone if device else None, settings.zone)
                    start = agency_clock.wall_time(facts.recorded_at, zone)
                c = clock(start, None, now=now)
                clock_state, due_at = c.state.value, c.due_at
            out.append(QueueRow(e.id, e.source_path, name, e.dock, e.size, e.state, e.error_code, e.error_message,
                                e.note, e.media_id, damage or "", e.attempts, e.claimed_by, e.enqueued_at,
                                e.finished_at, clock_state, due_at))
        return out


def queue_counts(ws: Workstation, actor: Actor) -> dict[str, int]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_INGEST, "ingest_queue", "*")
        return {state: n for state, n in uow.session.execute(
            select(IngestEntry.state, func.count()).group_by(IngestEntry.state))}
