"""The rolling fixity check: each run re-hashes the objects checked least recently, so that every object is checked
within the period; a failure raises the tamper alarm, as a playback digest failure does."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import IntegrityError
from archive_core.spine.vault.store import Digests
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.audit import AuditEvent
from models.vault import FixityCheck, VaultObject

PERIOD_DAYS = 90
MISSING, ALTERED = "missing", "altered"
ALARM = "vault.tamper_detected"


@dataclass(frozen=True)
class FixityRun:
    total: int
    due: int
    checked: int
    bytes: int
    failed: dict[str, str] = field(default_factory=dict)  # SHA-256 → MISSING or ALTERED
    left_due: int = 0  # due objects the time budget did not reach; they come first next run

    @property
    def ok(self) -> bool:
        return not self.failed


def note_check(uow: UnitOfWork, sha256: str, problem: str = "") -> None:
    """Record that ``sha256`` was re-hashed now, and what was found ("" when it matched)."""
    row = uow.session.get(FixityCheck, sha256)
    if row is None:
        row = FixityCheck(sha256=sha256)
        uow.session.add(row)
    row.checked_at, row.ok, row.problem = clock.now(), not problem, problem


def check(ws: Workstation, want: Digests) -> tuple[str, int]:
    """What re-hashing the object finds ("", MISSING or ALTERED) and the bytes read."""
    try:
        got = ws.vault.digest_object(want.sha256, with_sm3=True)
    except IntegrityError:
        return MISSING, 0
    return ("" if got == want else ALTERED), got.size


def fixity_run(ws: Workstation, actor: Actor, *, budget_seconds: float | None = None,
               period_days: int = PERIOD_DAYS) -> FixityRun:
    """Re-hash (SHA-256 and SM3) the objects whose last check (or storing) is oldest: this run's share of the
    period, and every object already past it, stopping early when ``budget_seconds`` are spent."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "vault", "fixity")
        last = func.coalesce(FixityCheck.checked_at, VaultObject.stored_at)
        rows = uow.session.execute(
            select(VaultObject.sha256, VaultObject.sm3, VaultObject.size, last)
            .outerjoin(FixityCheck, FixityCheck.sha256 == VaultObject.sha256)
            .where(VaultObject.disposed_at.is_(None)).order_by(last, VaultObject.sha256)
        ).all()
    cutoff = clock.now() - timedelta(days=period_days)
    overdue = sum(1 for r in rows if clock.aware(r[3]) <= cutoff)
    due = min(len(rows), max(overdue, math.ceil(len(rows) / max(1, period_days))))
    started = time.monotonic()
    results: list[tuple[str, str]] = []
    total = 0
    for sha, sm3, size, _last in rows[:due]:
        if results and budget_seconds is not None and time.monotonic() - started >= budget_seconds:
            break
        problem, read = check(ws, Digests(sha, sm3, size))
        results.append((sha, problem))
        total += read
    failed = {sha: problem for sha, problem in results if problem}
    report = FixityRun(len(rows), due, len(results), total, failed, due - len(results))
    with ws.unit(actor) as uow:
        for sha, problem in results:
            note_check(uow, sha, problem)
        uow.audit("vault.fixity_run", "vault", "fixity",
                  {"checked": report.checked, "bytes": report.bytes, "due": due, "left_due": report.left_due,
                   "total": report.total, "period_days": period_days, "budget_seconds": budget_seconds,
                   "missing": sorted(s for s, p in failed.items() if p == MISSING),
                   "mismatched": sorted(s for s, p in failed.items() if p == ALTERED)},
                  outcome="ok" if report.ok else "failed")
        for sha, problem in failed.items():
            uow.audit(ALARM, "vault_object", sha, {"sha256": sha, "problem": problem, "check": "fixity_run"},
                      outcome="failed")
    return report


@dataclass(frozen=True)
class FixityFailure:
    sha256: str
    name: str
    problem: str  # MISSING or ALTERED
    checked_at: datetime


@dataclass(frozen=True)
class FixityStatus:
    total: int
    checked_in_period: int  # objects re-hashed within the last period
    overdue: int  # objects whose last check (or storing) is older than the period
    last_run_at: datetime | None
    last_run_checked: int
    last_run_ok: bool
    next_due: datetime  # runs are daily: a day after the last one, or now when none ran yet
    failures: list[FixityFailure] = field(default_factory=list)  # last check failed and no repair since


def failures(session: Session) -> list[FixityFailure]:
    rows = session.execute(
        select(FixityCheck.sha256, VaultObject.original_name, FixityCheck.problem, FixityCheck.checked_at)
        .join(VaultObject, VaultObject.sha256 == FixityCheck.sha256)
        .where(FixityCheck.ok.is_(False), VaultObject.disposed_at.is_(None))
        .order_by(FixityCheck.checked_at.desc(), FixityCheck.sha256)
    ).all()
    return [FixityFailure(sha, name, problem, clock.aware(at)) for sha, name, problem, at in rows]


def status(ws: Workstation, actor: Actor, *, period_days: int = PERIOD_DAYS) -> FixityStatus:
    """Where the rolling check stands: the last run, how much of the vault the period has covered, the failures."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "vault", "fixity")
        s = uow.session
        now = clock.now()
        cutoff = now - timedelta(days=period_days)
        live = VaultObject.disposed_at.is_(None)
        total = s.execute(select(func.count()).select_from(VaultObject).where(live)).scalar_one()
        recent = s.execute(select(func.count()).select_from(FixityCheck)
                           .join(VaultObject, VaultObject.sha256 == FixityCheck.sha256)
                           .where(live, FixityCheck.checked_at > cutoff)).scalar_one()
        last = func.coalesce(FixityCheck.checked_at, VaultObject.stored_at)
        overdue = s.execute(select(func.count()).select_from(VaultObject)
                            .outerjoin(FixityCheck, FixityCheck.sha256 == VaultObject.sha256)
                            .where(live, last <= cutoff)).scalar_one()
        run = s.execute(select(AuditEvent).where(AuditEvent.action == "vault.fixity_run")
                        .order_by(AuditEvent.seq.desc()).limit(1)).scalar_one_or_none()
        checked = int(json.loads(run.details).get("checked", 0)) if run is not None else 0
        at = clock.aware(run.at) if run is not None else None
        return FixityStatus(total, recent, overdue, at, checked, run is None or run.outcome == "ok",
                            at + timedelta(days=1) if at is not None else now, failures(s))
