"""Digests of audited catalogue records carried by audit events, and the check that the rows still match them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, inspect, select, tuple_
from sqlalchemy.orm import Session

from models.archiving import ArchiveVolume, Disc
from models.audit import AuditEvent
from models.av import MediaRecord
from models.case_records import TextRecord
from models.cases import Case
from models.devices import Loan
from models.transfer import ReceivedItem, ReceivedVolume

# Audited tables, with the columns left out: caches the compliance engine rewrites in bulk (derived, not facts).
AUDITED: dict[type[Any], frozenset[str]] = {
    Case: frozenset({"compliance_state", "finding_count", "checked_at"}),
    TextRecord: frozenset(),
    MediaRecord: frozenset(),
    Loan: frozenset(),
    ArchiveVolume: frozenset(),
    Disc: frozenset(),
    ReceivedVolume: frozenset(),
    ReceivedItem: frozenset(),
}
_TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in AUDITED}
_SKIPPED: dict[str, frozenset[str]] = {m.__table__.name: s for m, s in AUDITED.items()}
PENDING = "audit_pending_records"
# What an event changing no audited row carries: never empty, so that events written since record digests exist
# can be told from older ones (whose field is "").
NONE = "{}"
BATCH = 500


def canonical_value(value: Any) -> str:
    """One text form per value, the same from SQLite and PostgreSQL (UTC times, plain decimals)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        at = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return at.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def field_digests(table: str, row: Any) -> dict[str, str]:
    skipped = _SKIPPED[table]
    return {name: hashlib.sha256(f"{name}\x1f{canonical_value(value)}".encode()).hexdigest()[:32]
            for name, value in row._mapping.items() if name not in skipped}


def record_digest(fields: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _key(table: Table, row: Any) -> str:
    return ",".join(str(row._mapping[c.name]) for c in table.primary_key.columns)


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _flush: Any) -> None:
    """Note every audited row this flush wrote; the next audit event carries their new state."""
    pending: dict[tuple[str, tuple[Any, ...]], bool] = session.info.setdefault(PENDING, {})
    for deleted, objects in ((False, session.new), (False, session.dirty), (True, session.deleted)):
        for obj in objects:
            if type(obj) in AUDITED:
                identity = inspect(obj).mapper.primary_key_from_instance(obj)
                pending[(obj.__table__.name, tuple(identity))] = deleted


def has_pending(session: Session) -> bool:
    return bool(session.info.get(PENDING))


def take_pending(session: Session) -> str:
    """The JSON of the new state of every audited row written since the last event (NONE when none), read back
    from the database so that it has the same form as the rows the check reads later."""
    pending: dict[tuple[str, tuple[Any, ...]], bool] = session.info.pop(PENDING, {})
    if not pending:
        return NONE
    out: dict[str, dict[str, Any]] = {}
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for (name, ident), deleted in pending.items():
        if deleted:
            out.setdefault(name, {})[",".join(map(str, ident))] = None
        else:
            by_table.setdefault(name, []).append(ident)
    for name, idents in by_table.items():
        table = _TABLES[name]
        pk = list(table.primary_key.columns)
        for start in range(0, len(idents), BATCH):
            chunk = idents[start:start + BATCH]
            where = pk[0].in_([i[0] for i in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
            for row in session.execute(select(table).where(where)):
                fields = field_digests(name, row)
                out.setdefault(name, {})[_key(table, row)] = {"digest": record_digest(fields), "fields": fields}
    return json.dumps(out, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class RecordProblem:
    table: str
    record_id: str
    field: str  # "" for a whole row deleted or present against the trail
    problem: str  # "altered", "deleted", "reappeared"
    seq: int  # the latest event about the row

    def text(self) -> str:
        where = f"{self.table} #{self.record_id}" + (f" field {self.field}" if self.field else "")
        return {"altered": f"{where} differs from its state recorded by event #{self.seq} (changed outside the "
                           "program)",
                "deleted": f"{where} was deleted outside the program (last recorded by event #{self.seq})",
                "reappeared": f"{where} exists although event #{self.seq} recorded its deletion"}[self.problem]


@dataclass(frozen=True)
class CatalogueReport:
    checked: int = 0
    problems: list[RecordProblem] = field(default_factory=list)
    not_covered: dict[str, list[str]] = field(default_factory=dict)  # rows no event has recorded a state of

    @property
    def ok(self) -> bool:
        return not self.problems


def _latest(session: Session) -> dict[tuple[str, str], tuple[int, str | None]]:
    """(table, id) → (seq, whole-record digest or None for a deletion) of the latest event about each row."""
    latest: dict[tuple[str, str], tuple[int, str | None]] = {}
    stmt = (select(AuditEvent.seq, AuditEvent.records).where(AuditEvent.records.not_in(("", NONE)))
            .order_by(AuditEvent.seq))
    for seq, text in session.connection().execute(stmt.execution_options(yield_per=2000)):
        for table, rows in json.loads(text).items():
            for rid, state in rows.items():
                latest[(table, rid)] = (seq, None if state is None else state["digest"])
    return latest


def _recorded_fields(session: Session, seq: int, table: str, rid: str) -> dict[str, str]:
    text = session.execute(select(AuditEvent.records).where(AuditEvent.seq == seq)).scalar_one()
    return dict(json.loads(text)[table][rid]["fields"])


def _rows(session: Session, table: Table) -> Iterator[Any]:
    stmt = select(table).order_by(*table.primary_key.columns)
    yield from session.connection().execute(stmt.execution_options(yield_per=2000))


def check(session: Session, tables: Iterable[str] | None = None) -> CatalogueReport:
    """Recompute the digest of every audited row and compare it with the latest event about it."""
    latest = _latest(session)
    problems: list[RecordProblem] = []
    not_covered: dict[str, list[str]] = {}
    checked = 0
    for name in tables or _TABLES:
        table = _TABLES[name]
        for row in _rows(session, table):
            checked += 1
            rid = _key(table, row)
            found = latest.pop((name, rid), None)
            if found is None:
                not_covered.setdefault(name, []).append(rid)
                continue
            seq, recorded = found
            if recorded is None:
                problems.append(RecordProblem(name, rid, "", "reappeared", seq))
                continue
            fields = field_digests(name, row)
            if record_digest(fields) == recorded:
                continue
            before = _recorded_fields(session, seq, name, rid)
            # only fields both sides know: a column added by a later schema upgrade is not a change
            problems += [RecordProblem(name, rid, f, "altered", seq)
                         for f in sorted(fields.keys() & before.keys()) if fields[f] != before[f]]
    wanted = set(tables or _TABLES)
    problems += [RecordProblem(name, rid, "", "deleted", seq)
                 for (name, rid), (seq, recorded) in sorted(latest.items())
                 if recorded is not None and name in wanted]
    return CatalogueReport(checked, problems, not_covered)
