"""Audit-trail operations for users: browse, verify, export, checkpoint (Art. 5, 27, 31)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from archive_core.spine.audit import chain, records
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.people import names_of
from archive_core.spine.workstation import Workstation
from models.audit import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    object_id: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        if self.actor:
            stmt = stmt.where(AuditEvent.actor == self.actor)
        if self.action:
            stmt = stmt.where(AuditEvent.action.startswith(self.action))
        if self.object_id:
            stmt = stmt.where(AuditEvent.object_id.contains(self.object_id))
        if self.since:
            stmt = stmt.where(AuditEvent.at >= self.since)
        if self.until:
            stmt = stmt.where(AuditEvent.at < self.until)
        return stmt


@dataclass(frozen=True)
class EventView:
    seq: int
    at: datetime
    actor: str
    workstation: str
    action: str
    outcome: str
    object_type: str
    object_id: str
    details: str
    actor_name: str = ""


_COLUMNS = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.workstation, AuditEvent.action,
            AuditEvent.outcome, AuditEvent.object_type, AuditEvent.object_id, AuditEvent.details)


def event_seqs(ws: Workstation, actor: Actor, flt: AuditFilter, newest_first: bool = True) -> list[int]:
    """The matching event numbers only (a few bytes each); rows are fetched page by page."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.AUDIT_READ, "audit", "*")
        order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq
        return list(uow.session.execute(flt.apply(select(AuditEvent.seq)).order_by(order)).scalars())


def events_by_seq(ws: Workstation, actor: Actor, seqs: Sequence[int]) -> list[EventView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.AUDIT_READ, "audit", "*")
        rows = uow.session.execute(select(*_COLUMNS).where(AuditEvent.seq.in_(list(seqs)))).all()
        names = names_of(uow.session, (r.actor for r in rows))
    by_seq = {r.seq: EventView(*r, actor_name=names.get(r.actor, r.actor)) for r in rows}
    return [by_seq[s] for s in seqs if s in by_seq]


def count(ws: Workstation, actor: Actor, flt: AuditFilter) -> int:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.AUDIT_READ, "audit", "*")
        return int(uow.session.execute(flt.apply(select(func.count(AuditEvent.seq)))).scalar() or 0)


def verify(ws: Workstation, actor: Actor, checkpoint_files: Sequence[Path] = ()) -> chain.VerifyResult:
    """Check the chain against every signed checkpoint: the database's, the local log's and exported files'."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.AUDIT_VERIFY, "audit", "*")
    extra: list[chain.Checkpoint] = []
    for path in [ws.paths.checkpoint_log, *checkpoint_files]:
        if path.exists():
            extra.extend(chain.read_checkpoint_file(path))
    with ws.db.reader() as session:
        result = chain.verify(session, ws.signer, extra)
        result = replace(result, catalogue=records.check(session))
    with ws.unit(actor) as uow:
        uow.audit("audit.verify", "audit", "*",
                  {"events": result.events, "checkpoints": result.checkpoints, "problems": result.problems[:20],
                   "first_bad_seq": result.first_bad_seq, **catalogue_summary(result.catalogue)},
                  outcome="ok" if result.ok else "failed")
    return result


def catalogue_summary(report: records.CatalogueReport) -> dict[str, Any]:
    """What the trail keeps of a catalogue check: the rows changed outside the program, and how many are not
    covered yet."""
    return {"records_checked": report.checked,
            "records_altered": [p.text() for p in report.problems[:20]],
            "records_not_covered": {t: len(ids) for t, ids in report.not_covered.items()}}


def make_checkpoint(ws: Workstation, actor: Actor) -> chain.Checkpoint | None:
    with ws.unit(actor) as uow:
        uow.require(Permission.AUDIT_VERIFY, "audit", "*")
        uow.audit("audit.checkpoint", "audit", "*")
        return uow.checkpoint()


def export(ws: Workstation, actor: Actor, target: Path) -> tuple[int, int]:
    """Sign a checkpoint at the head, then write every event and checkpoint to ``target``."""
    with ws.unit(actor) as uow:
        uow.require(Permission.AUDIT_EXPORT, "audit", str(target))
        uow.audit("audit.export", "audit", str(target))
        uow.checkpoint()
    with ws.db.reader() as session:
        return chain.export(session, target)


def details_text(details: str) -> str:
    """Details JSON as one readable line for tables."""
    try:
        data = json.loads(details)
    except ValueError:
        return details
    return "; ".join(f"{k}={v}" for k, v in data.items()) if isinstance(data, dict) else details
