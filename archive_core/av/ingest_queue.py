"""The persistent ingest queue: each file version enqueued once, claimed by one worker, resumed after a crash (Art. 24).

Several workstations may share one catalogue and vault: the (source, size, mtime) unique key stops a file version
being queued twice, a conditional UPDATE (queued → claimed) lets exactly one worker copy it, and a claim whose
worker died is handed back to the queue.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from archive_core.av.probe import display_name
from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av_ingest import EntryState, IngestEntry

# Another host's claim without a heartbeat for this long is taken to be dead.
STALE_CLAIM = timedelta(minutes=10)
HEARTBEAT = timedelta(seconds=30)


class IngestError(ArchiveError):
    """Why one file could not be stored; ``code`` is kept in the queue entry."""

    exit_code = 6

    def __init__(self, code: str, message: str, hint: str = "", **params: Any) -> None:
        self.code = code
        super().__init__(message, hint, **params)


REJECT_REASONS = {
    "symlink": (QT_TRANSLATE_NOOP("errors", "{name} is a symbolic link; links are not followed."),
                QT_TRANSLATE_NOOP("errors", "Ingest the file the link points to, from the device's own folder.")),
    "not_a_file": (QT_TRANSLATE_NOOP("errors", "{name} is not a regular file."),
                   QT_TRANSLATE_NOOP("errors", "Only recordings (files) are ingested.")),
    "empty": (QT_TRANSLATE_NOOP("errors", "{name} is empty (0 bytes): there is nothing to store."),
              QT_TRANSLATE_NOOP("errors", "The export from the device failed: dock the device again. "
                                          "The empty file is left where it is.")),
    "not_found": (QT_TRANSLATE_NOOP("errors", "{name}: no such file."),
                  QT_TRANSLATE_NOOP("errors", "Check the path; the card may have been removed.")),
}


def reject_error(code: str, path: str | bytes) -> IngestError:
    message, hint = REJECT_REASONS[code]
    return IngestError(code, message, hint, name=display_name(os.path.basename(os.fsencode(path))))


def error_payload(exc: ArchiveError) -> str:
    """The error as JSON templates + parameters, so a monitor can show it in its own language later."""
    params = {k: (v if isinstance(v, int | float | str) else str(v)) for k, v in exc.params.items()}
    return json.dumps({"message": exc.message, "hint": exc.hint, "params": params,
                       "translated": list(exc.translated_params)}, ensure_ascii=False)


def render_error(payload: str, translate: Callable[[str], str] | None = None) -> str:
    if not payload:
        return ""
    try:
        data = json.loads(payload)
    except ValueError:
        return payload
    exc = ArchiveError(data["message"], data.get("hint", ""), **data.get("params", {}))
    exc.translated_params = tuple(data.get("translated", ("reason",)))
    try:
        return exc.render(translate)
    except (KeyError, IndexError, ValueError):
        return exc.render()


def source_key(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def worker_id(ws: Workstation) -> str:
    return f"{ws.name}|{socket.gethostname()}|{os.getpid()}"


def _insert(session: Session) -> Any:
    return (postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Enqueued:
    id: int
    state: str
    new: bool


def enqueue(uow: UnitOfWork, path: str | bytes | os.PathLike[str], *, dock: str = "", case_no: str = "",
            stage: str = "", device_code: str = "") -> Enqueued:
    """Queue the file's current version (or find it already queued). Links, non-files and empty files are
    entered as rejected, with the reason, so that the monitor shows them instead of silently skipping them."""
    raw = os.fsencode(path)
    name = display_name(raw)
    try:
        st = os.lstat(raw)
        size, mtime_ns = st.st_size, st.st_mtime_ns
        rejected = ("symlink" if stat.S_ISLNK(st.st_mode) else "not_a_file" if not stat.S_ISREG(st.st_mode)
                    else "empty" if st.st_size == 0 else "")
    except FileNotFoundError:
        size, mtime_ns, rejected = -1, 0, "not_found"
    values: dict[str, Any] = dict(
        source_key=source_key(raw), source_raw=raw, source_path=name, dock=dock, size=size, mtime_ns=mtime_ns,
        state=EntryState.REJECTED.value if rejected else EntryState.QUEUED.value, case_no=case_no, stage=stage,
        device_code=device_code, enqueued_at=clock.now(), enqueued_by=uow.actor.username, attempts=0, claimed_by="",
        error_code=rejected, error_message=error_payload(reject_error(rejected, raw)) if rejected else "", note="",
        source_deleted=False,
    )
    s = uow.session
    result = s.execute(_insert(s)(IngestEntry).values(**values).on_conflict_do_nothing())
    new = bool(getattr(result, "rowcount", 0))
    row = s.execute(select(IngestEntry.id, IngestEntry.state).where(
        IngestEntry.source_key == values["source_key"], IngestEntry.size == size,
        IngestEntry.mtime_ns == mtime_ns)).one()
    if new:
        uow.audit("media.enqueued", "ingest_entry", row.id,
                  {"path": name, "size": size, "dock": dock, "rejected": rejected or None})
    return Enqueued(row.id, row.state, new)


def known_versions(session: Session, raws: Sequence[bytes]) -> set[tuple[str, int, int]]:
    """(source key, size, mtime) of these paths already in the queue: a rescan skips them without writing."""
    keys = [source_key(r) for r in raws]
    found: set[tuple[str, int, int]] = set()
    for start in range(0, len(keys), 500):
        found.update((k, size, mtime) for k, size, mtime in session.execute(
            select(IngestEntry.source_key, IngestEntry.size, IngestEntry.mtime_ns)
            .where(IngestEntry.source_key.in_(keys[start:start + 500]))))
    return found


def claim(ws: Workstation, worker: str, only: Sequence[int] | None = None) -> int | None:
    """Claim the oldest queued entry (of ``only``, if given) for ``worker``; None when there is none left."""
    for _ in range(20):
        with ws.db.writer() as s, s.begin():
            query = select(IngestEntry.id).where(IngestEntry.state == EntryState.QUEUED.value)
            if only is not None:
                query = query.where(IngestEntry.id.in_(list(only)))
            query = query.order_by(IngestEntry.id).limit(1)
            if s.bind.dialect.name == "postgresql":  # type: ignore[union-attr]
                query = query.with_for_update(skip_locked=True)
            entry_id = s.execute(query).scalar()
            if entry_id is None:
                return None
            taken = s.execute(
                update(IngestEntry).where(IngestEntry.id == entry_id, IngestEntry.state == EntryState.QUEUED.value)
                .values(state=EntryState.CLAIMED.value, claimed_by=worker, claimed_at=clock.now(),
                        attempts=IngestEntry.attempts + 1))
            if getattr(taken, "rowcount", 0) == 1:
                return int(entry_id)
    return None


def heartbeat(ws: Workstation, entry_id: int, worker: str) -> None:
    with ws.db.writer() as s, s.begin():
        s.execute(update(IngestEntry).where(IngestEntry.id == entry_id, IngestEntry.claimed_by == worker)
                  .values(claimed_at=clock.now()))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(ws: Workstation, uow_actor: Any, now: datetime | None = None) -> list[int]:
    """Hand back claims whose worker is gone: a dead process on this host, or a silent one elsewhere."""
    now = now or clock.now()
    host = socket.gethostname()
    freed: list[int] = []
    with ws.unit(uow_actor) as uow:
        rows = uow.session.execute(select(IngestEntry.id, IngestEntry.claimed_by, IngestEntry.claimed_at)
                                   .where(IngestEntry.state == EntryState.CLAIMED.value)).all()
        for entry_id, claimed_by, claimed_at in rows:
            _name, claim_host, pid = ([*claimed_by.split("|"), "", "", ""])[:3]
            if claim_host == host and pid.isdigit():
                dead = int(pid) != os.getpid() and not _pid_alive(int(pid))
            else:
                dead = claimed_at is None or now - claimed_at > STALE_CLAIM
            if dead:
                uow.session.execute(update(IngestEntry).where(
                    IngestEntry.id == entry_id, IngestEntry.state == EntryState.CLAIMED.value,
                    IngestEntry.claimed_by == claimed_by).values(state=EntryState.QUEUED.value, claimed_by=""))
                freed.append(entry_id)
        if freed:
            uow.audit("media.ingest_recovered", "ingest_entry", ",".join(map(str, freed)), {"entries": freed})
    return freed


def retry(ws: Workstation, actor: Any, entry_ids: Sequence[int]) -> int:
    """Put failed entries back in the queue (after the disk was freed, the permissions fixed …)."""
    from archive_core.spine.auth import Permission

    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_INGEST, "ingest_entry", ",".join(map(str, entry_ids)))
        done = uow.session.execute(update(IngestEntry).where(
            IngestEntry.id.in_(list(entry_ids)), IngestEntry.state == EntryState.FAILED.value)
            .values(state=EntryState.QUEUED.value, claimed_by=""))
        n = int(getattr(done, "rowcount", 0) or 0)
        if n:
            uow.audit("media.ingest_retry", "ingest_entry", ",".join(map(str, entry_ids)), {"count": n})
        return n
