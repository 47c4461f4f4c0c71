"""The audit trail: hash-chained events, signed checkpoints, verification and export (Art. 5, 7, 27, 31)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NestingTooDeepError, ValidationError
from archive_core.spine.signing import Signer, verify_signature
from models.audit import AuditCheckpoint, AuditEvent, AuditHead, WorkstationKey

GENESIS = "0" * 64
CHECKPOINT_EVERY = 100
OK, REFUSED, FAILED = "ok", "refused", "failed"
NOT_CHECKPOINTS = QT_TRANSLATE_NOOP("errors", "Invalid input: line {line} of {name} is not an audit export or "
                                              "checkpoint record.")


def canonical_details(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


SEPARATOR = "\x1e"  # ASCII record separator: never inside a field (append() replaces it, JSON escapes it)


def canonical_time(at: datetime | str) -> str:
    """ISO 8601 in UTC with microseconds; SQLite's stored text ("YYYY-MM-DD HH:MM:SS.ffffff", UTC) is taken as is."""
    if isinstance(at, str):
        return f"{at[:10]}T{at[11:26]}+00:00"
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(seq: int, at: datetime | str, actor: str, workstation: str, action: str, outcome: str,
               object_type: str, object_id: str, details: str, prev_hash: str) -> str:
    """SHA-256 over the event's fields and the previous event's hash, joined by the record separator."""
    body = SEPARATOR.join((str(seq), canonical_time(at), actor, workstation, action, outcome, object_type, object_id,
                           details, prev_hash))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _field(text: str) -> str:
    return text.replace(SEPARATOR, "\ufffd")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    from_seq: int
    event_hashes: str
    at: str
    workstation: str
    algorithm: str
    public_key: str
    signature: str

    def payload(self) -> bytes:
        listed = hashlib.sha256(self.event_hashes.encode("ascii")).hexdigest()
        return (f"archive-ws-checkpoint|v1|{self.workstation}|{self.from_seq}|{self.seq}|{self.head_hash}|"
                f"{listed}|{self.at}").encode()

    def signature_valid(self) -> bool:
        return verify_signature(self.algorithm, self.public_key, self.signature, self.payload())

    def hashes(self) -> list[str]:
        return self.event_hashes.split(",") if self.event_hashes else []

    @classmethod
    def from_row(cls, row: AuditCheckpoint) -> Checkpoint:
        return cls(row.seq, row.head_hash, row.from_seq, row.event_hashes, row.at.isoformat(), row.workstation,
                   row.algorithm, row.public_key, row.signature)


def append(session: Session, *, actor: str, workstation: str, action: str, object_type: str = "",
           object_id: str = "", details: dict[str, Any] | None = None, outcome: str = OK,
           signer: Signer | None = None) -> AuditEvent:
    """Append one event in the caller's transaction; the head row lock serialises writers."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    seq = head.seq + 1
    at = clock.now()
    text = canonical_details(details)
    actor, workstation, action, object_type, object_id = (
        _field(str(v)) for v in (actor, workstation, action, object_type, object_id))
    digest = event_hash(seq, at, actor, workstation, action, outcome, object_type, str(object_id), text, head.hash)
    event = AuditEvent(seq=seq, at=at, actor=actor, workstation=workstation, action=action, outcome=outcome,
                       object_type=object_type, object_id=str(object_id), details=text, prev_hash=head.hash,
                       hash=digest)
    session.add(event)
    head.seq, head.hash = seq, digest
    session.flush()
    if signer is not None and seq % CHECKPOINT_EVERY == 0:
        checkpoint(session, signer, workstation)
    return event


def checkpoint(session: Session, signer: Signer, workstation: str) -> Checkpoint | None:
    """Sign (seq, head hash, hashes since the last checkpoint); None when nothing is new."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    last = session.execute(select(func.max(AuditCheckpoint.seq))).scalar() or 0
    if head.seq <= last:
        return None
    hashes = session.execute(
        select(AuditEvent.hash).where(AuditEvent.seq > last, AuditEvent.seq <= head.seq).order_by(AuditEvent.seq)
    ).scalars().all()
    at = clock.now()
    unsigned = Checkpoint(head.seq, head.hash, last + 1, ",".join(hashes), at.isoformat(), workstation,
                          signer.algorithm, signer.public_key, "")
    signed = Checkpoint(**{**asdict(unsigned), "signature": signer.sign(unsigned.payload())})
    session.add(AuditCheckpoint(seq=signed.seq, head_hash=signed.head_hash, from_seq=signed.from_seq,
                                event_hashes=signed.event_hashes, at=at, workstation=workstation,
                                algorithm=signed.algorithm, public_key=signed.public_key,
                                signature=signed.signature))
    session.flush()
    session.info.setdefault("new_checkpoints", []).append(signed)
    return signed


def append_checkpoint_log(path: Path, checkpoints: Iterable[Checkpoint]) -> None:
    """Keep checkpoints outside the database too (called after the transaction committed)."""
    lines = "".join(json.dumps(asdict(c), ensure_ascii=False) + "\n" for c in checkpoints)
    if not lines:
        return
    with open(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "a", encoding="utf-8") as fh:
        fh.write(lines)
        fh.flush()
        os.fsync(fh.fileno())


def read_checkpoint_file(path: Path) -> list[Checkpoint]:
    """Checkpoints from the local log or from an export file (lines with a "checkpoint" record)."""
    found = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if record.get("type") == "checkpoint":
                    record = record["checkpoint"]
                elif "type" in record:
                    continue
                found.append(Checkpoint(**record))
            except RecursionError as exc:
                raise NestingTooDeepError(name=f"{path.name}:{number}") from exc
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                raise ValidationError(NOT_CHECKPOINTS, name=path.name, line=number) from exc
    return found


@dataclass(frozen=True)
class VerifyResult:
    events: int
    checkpoints: int
    problems: list[str]
    first_bad_seq: int | None

    @property
    def ok(self) -> bool:
        return not self.problems


def _trusted_keys(session: Session, signer: Signer | None) -> set[tuple[str, str]]:
    keys = {(k.algorithm, k.public_key) for k in session.execute(select(WorkstationKey)).scalars()}
    if signer is not None:
        keys.add((signer.algorithm, signer.public_key))
    return keys


def verify(session: Session, signer: Signer | None, extra_checkpoints: Iterable[Checkpoint] = ()) -> VerifyResult:
    """Recompute the chain and check it against every signed checkpoint (database, local log, export files)."""
    problems: list[str] = []
    bad: list[int] = []
    trusted = _trusted_keys(session, signer)
    unique: dict[tuple[Any, ...], Checkpoint] = {}
    for cp in [*(Checkpoint.from_row(r) for r in session.execute(select(AuditCheckpoint)).scalars()),
               *extra_checkpoints]:
        unique[astuple(cp)] = cp  # the same checkpoint from several places counts once; an altered copy does not
    checkpoints = sorted(unique.values(), key=lambda c: (c.from_seq, c.seq))
    for cp in checkpoints:
        if (cp.algorithm, cp.public_key) not in trusted:
            problems.append(f"checkpoint #{cp.seq} is signed by a key this catalogue does not know")
        elif not cp.signature_valid():
            problems.append(f"checkpoint #{cp.seq} has an invalid signature (the checkpoint was altered)")
    valid = [cp for cp in checkpoints if (cp.algorithm, cp.public_key) in trusted and cp.signature_valid()]

    expected: dict[int, str] = {}
    pending = iter(valid)
    next_cp = next(pending, None)
    prev_hash, expect_seq, count = GENESIS, 1, 0
    for seq, at, actor, station, action, outcome, otype, oid, details, prev, stored in _stream_events(
            session, raw_time=True):
        while next_cp is not None and next_cp.from_seq <= seq:
            expected.update(zip(range(next_cp.from_seq, next_cp.seq + 1), next_cp.hashes(), strict=False))
            next_cp = next(pending, None)
        if seq != expect_seq:
            missing = f"#{expect_seq}" if seq == expect_seq + 1 else f"#{expect_seq}–#{seq - 1}"
            problems.append(f"event {missing} is missing (deleted from the trail)")
            bad.append(expect_seq)
        elif prev != prev_hash:
            problems.append(f"event #{seq} does not link to event #{seq - 1} (chain broken)")
            bad.append(seq)
        recomputed = event_hash(seq, at, actor, station, action, outcome, otype, oid, details, prev)
        signed = expected.pop(seq, None)
        if recomputed != stored:
            problems.append(f"event #{seq} was altered (its content does not match its hash)")
            bad.append(seq)
        elif signed is not None and signed != recomputed:
            problems.append(f"event #{seq} differs from the signed checkpoint (the trail was rewritten)")
            bad.append(seq)
        prev_hash, expect_seq, count = stored, seq + 1, count + 1
    last_seq = expect_seq - 1
    covered = max((cp.seq for cp in valid), default=0)
    if covered > last_seq:
        problems.append(f"the trail ends at event #{last_seq} but a signed checkpoint covers #{covered}: "
                        f"events #{last_seq + 1}–#{covered} were cut off")
        bad.append(last_seq + 1)
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    if head.seq != last_seq and covered <= last_seq:
        problems.append(f"the trail ends at event #{last_seq} but its head says #{head.seq}")
        bad.append(min(head.seq, last_seq) + 1)
    return VerifyResult(count, len(checkpoints), problems, min(bad) if bad else None)


def _stream_events(session: Session, raw_time: bool = False) -> Iterator[Any]:
    """Events in order. raw_time: on SQLite, the stored UTC text instead of a datetime (saves a parse per row)."""
    at = AuditEvent.at
    if raw_time and session.get_bind().dialect.name == "sqlite":
        at = type_coerce(AuditEvent.at, String).label("at")  # type: ignore[assignment]
    stmt = select(AuditEvent.seq, at, AuditEvent.actor, AuditEvent.workstation, AuditEvent.action,
                  AuditEvent.outcome, AuditEvent.object_type, AuditEvent.object_id, AuditEvent.details,
                  AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.seq)
    # Core rows (not ORM entities): a million of them stream in seconds.
    yield from session.connection().execute(stmt.execution_options(yield_per=20000))


def export(session: Session, target: Path) -> tuple[int, int]:
    """Write events and checkpoints as JSON lines to a temp file, then rename. Returns (events, checkpoints)."""
    tmp = target.with_name(target.name + ".part")
    events = checkpoints = 0
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"type": "header", "format": "archive-ws-audit-export", "version": 1}) + "\n")
            for row in _stream_events(session):
                fh.write(json.dumps({"type": "event", **row._asdict(), "at": row.at.isoformat()},
                                    ensure_ascii=False) + "\n")
                events += 1
            for cp_row in session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)).scalars():
                fh.write(json.dumps({"type": "checkpoint", "checkpoint": asdict(Checkpoint.from_row(cp_row))},
                                    ensure_ascii=False) + "\n")
                checkpoints += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)  # a half-written export must not keep the space it took on a full disk
        exc.filename = str(target)  # the person chose the target; the temp file is ours
        raise
    return events, checkpoints
