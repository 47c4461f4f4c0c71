"""The backup register (备份登记): each run's time, target, counts, bytes, audit head, result and last check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.custody import BackupRun

RUNNING, OK, FAILED, INTERRUPTED = "running", "ok", "failed", "interrupted"


@dataclass(frozen=True)
class RunView:
    run_id: str
    target: str
    workstation: str
    actor: str
    started_at: datetime
    finished_at: datetime | None
    objects: int
    objects_copied: int
    bytes: int
    bytes_copied: int
    audit_seq: int | None
    audit_hash: str
    with_private_key: bool
    result: str
    error: str
    verified_at: datetime | None
    verify_result: str

    @classmethod
    def of(cls, row: BackupRun) -> RunView:
        return cls(row.run_id, row.target, row.workstation, row.actor, row.started_at, row.finished_at, row.objects,
                   row.objects_copied, row.bytes, row.bytes_copied, row.audit_seq, row.audit_hash,
                   row.with_private_key, row.result, row.error, row.verified_at, row.verify_result)


def start(uow: UnitOfWork, run_id: str, target: str, with_private_key: bool) -> None:
    """Record a run as running; runs still marked running died without finishing (the caller holds the lock)."""
    uow.session.execute(update(BackupRun).where(BackupRun.result == RUNNING).values(
        result=INTERRUPTED, finished_at=clock.now()))
    uow.session.add(BackupRun(run_id=run_id, target=target, workstation=uow.workstation.name,
                              actor=uow.actor.username, started_at=clock.now(), objects=0, objects_copied=0, bytes=0,
                              bytes_copied=0, audit_hash="", with_private_key=with_private_key, result=RUNNING,
                              error="", verify_result="", verify_problems=""))


def finish(uow: UnitOfWork, run_id: str, result: str, *, objects: int = 0, objects_copied: int = 0, size: int = 0,
           size_copied: int = 0, head: tuple[int, str] | None = None, error: str = "") -> None:
    row = uow.session.execute(select(BackupRun).where(BackupRun.run_id == run_id)).scalar_one()
    row.result, row.finished_at, row.error = result, clock.now(), error
    row.objects, row.objects_copied, row.bytes, row.bytes_copied = objects, objects_copied, size, size_copied
    if head is not None:
        row.audit_seq, row.audit_hash = head


def record_verify(uow: UnitOfWork, run_id: str, ok: bool, problems: list[str]) -> bool:
    """Note a check of a run; False when the run is not in this register (a backup of another catalogue)."""
    row = uow.session.execute(select(BackupRun).where(BackupRun.run_id == run_id)).scalar_one_or_none()
    if row is None:
        return False
    row.verified_at, row.verify_result = clock.now(), OK if ok else FAILED
    row.verify_problems = json.dumps(problems[:50], ensure_ascii=False)
    return True


def running_elsewhere(ws: Workstation) -> str:
    """Who is running a backup now, as the register says (the newest running run), or ""."""
    with ws.db.reader() as session:
        row = session.execute(select(BackupRun).where(BackupRun.result == RUNNING)
                              .order_by(BackupRun.started_at.desc()).limit(1)).scalar_one_or_none()
    if row is None:
        return ""
    return f"{row.workstation}, {row.actor}, {clock.fmt(row.started_at)}"


def list_runs(ws: Workstation, actor: Actor, limit: int = 100) -> list[RunView]:
    """The register, newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.BACKUP_VERIFY, "backup", "*")
        rows = uow.session.execute(select(BackupRun).order_by(BackupRun.started_at.desc(), BackupRun.id.desc())
                                   .limit(limit)).scalars().all()
        return [RunView.of(r) for r in rows]
