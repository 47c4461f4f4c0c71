"""The audit trail: hash-chained events, signed checkpoints, verification and export (Art. 5, 7, 27, 31)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, astuple, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.audit import records
from archive_core.spine.audit.rotations import KeyRing, Rotation
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NestingTooDeepError, ValidationError
from archive_core.spine.signing import Signer, key_id, verify_signature
from models.audit import AuditCheckpoint, AuditEvent, AuditHead, WorkstationKey

GENESIS = "0" * 64
CHECKPOINT_EVERY = 100
OK, REFUSED, FAILED = "ok", "refused", "failed"
NOT_CHECKPOINTS = QT_TRANSLATE_NOOP("errors", "Invalid input: line {line} of {name} is not an audit export or "
                                              "checkpoint record.")
HEAD_UNSIGNED_ACTION = "audit.head_unsigned"
HEAD_INVALID_ACTION = "audit.head_invalid"
HEAD_CHECKED, HEAD_UNSIGNED = "audit_head_checked", "audit_head_unsigned"


def canonical_details(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


SEPARATOR = "\x1e"  # ASCII record separator: never inside a field (append() replaces it, JSON escapes it)


def canonical_time(at: datetime | str) -> str:
    """ISO 8601 in UTC with microseconds; SQLite's stored text ("YYYY-MM-DD HH:MM:SS.ffffff", UTC) is taken as is."""
    if isinstance(at, str):
        return f"{at[:10]}T{at[11:26]}+00:00"
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(seq: int, at: datetime | str, actor: str, workstation: str, action: str, outcome: str,
               object_type: str, object_id: str, details: str, prev_hash: str, records: str = "") -> str:
    """SHA-256 over the event's fields and the previous event's hash, joined by the record separator; the digests of
    the records the event changed come last, when there are any (events without them hash as they always did)."""
    fields = (str(seq), canonical_time(at), actor, workstation, action, outcome, object_type, object_id, details,
              prev_hash, *((records,) if records else ()))
    return hashlib.sha256(SEPARATOR.join(fields).encode("utf-8")).hexdigest()


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

    @property
    def key_id(self) -> str:
        return key_id(self.algorithm, self.public_key)

    def hashes(self) -> list[str]:
        return self.event_hashes.split(",") if self.event_hashes else []

    @classmethod
    def from_row(cls, row: AuditCheckpoint) -> Checkpoint:
        return cls(row.seq, row.head_hash, row.from_seq, row.event_hashes, row.at.isoformat(), row.workstation,
                   row.algorithm, row.public_key, row.signature)


def append(session: Session, *, actor: str, workstation: str, action: str, object_type: str = "",
           object_id: str = "", details: dict[str, Any] | None = None, outcome: str = OK,
           signer: Signer | None = None) -> AuditEvent:
    """Append one event in the caller's transaction; the head row lock serialises writers. The event carries the
    digests of the audited records written since the previous event (the lock's query flushes them first)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    if signer is not None:
        check_head(session, actor=actor, workstation=workstation, signer=signer)
    seq = head.seq + 1
    at = clock.now()
    text = canonical_details(details)
    changed = records.take_pending(session)
    actor, workstation, action, object_type, object_id = (
        _field(str(v)) for v in (actor, workstation, action, object_type, object_id))
    digest = event_hash(seq, at, actor, workstation, action, outcome, object_type, str(object_id), text, head.hash,
                        changed)
    event = AuditEvent(seq=seq, at=at, actor=actor, workstation=workstation, action=action, outcome=outcome,
                       object_type=object_type, object_id=str(object_id), details=text, prev_hash=head.hash,
                       hash=digest, records=changed)
    session.add(event)
    head.seq, head.hash = seq, digest
    session.info[HEAD_UNSIGNED] = True
    session.flush()
    if signer is not None and seq % CHECKPOINT_EVERY == 0:
        checkpoint(session, signer, workstation)
    return event


def check_head(session: Session, *, actor: str, workstation: str, signer: Signer) -> None:
    """Once a transaction, before its first event: an alarm event when the head is not as the program left it,
    written before anything is added on top so that the next signature does not cover the change silently."""
    if session.info.get(HEAD_CHECKED):
        return
    session.info[HEAD_CHECKED] = True
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    alarm = head_alarm(session, head)
    if alarm is None:
        return
    pending = session.info.pop(records.PENDING, None)  # the records belong to the caller's event
    append(session, actor=actor, workstation=workstation, outcome=FAILED, signer=signer, **alarm)
    if pending:
        session.info[records.PENDING] = pending


def head_payload(workstation: str, seq: int, head_hash: str, at: str) -> bytes:
    return f"archive-ws-head|v1|{workstation}|{seq}|{head_hash}|{at}".encode()


def head_signature_valid(head: AuditHead) -> bool:
    return bool(head.signature) and verify_signature(
        head.algorithm, head.public_key, head.signature, head_payload(head.signed_by, head.seq, head.hash,
                                                                      head.signed_at))


def head_alarm(session: Session, head: AuditHead) -> dict[str, Any] | None:
    """The event to write when the head found under the lock is not as the program left it (its signature was
    removed, or does not fit it, or is by an unknown key); None when it is intact or the trail is empty."""
    if head.seq == 0 or _last_signed.get(head.public_key) == _signed_state(head):
        return None  # as this process signed it last: no need to verify its own signature again
    claimed = {"head_seq": head.seq, "head_hash": head.hash, "signed_by": head.signed_by}
    if not head.signature:
        return {"action": HEAD_UNSIGNED_ACTION, "object_type": "audit", "object_id": "head", "details": claimed}
    known = session.execute(select(WorkstationKey.id).where(WorkstationKey.public_key == head.public_key,
                                                            WorkstationKey.algorithm == head.algorithm)).first()
    if known is None or not head_signature_valid(head):
        return {"action": HEAD_INVALID_ACTION, "object_type": "audit", "object_id": "head", "details": claimed}
    return None


def sign_head(session: Session, signer: Signer, workstation: str, *, always: bool = False) -> None:
    """Sign the head once the transaction's last event is in (at every commit that wrote events; ``always``: also
    when the events were written without ``append``, as a bulk load does)."""
    if not session.info.pop(HEAD_UNSIGNED, False) and not always:
        return
    head = session.get(AuditHead, 1)  # locked by the transaction's first append
    assert head is not None
    at = clock.now().isoformat(timespec="microseconds")
    head.signed_at, head.signed_by, head.algorithm, head.public_key = at, workstation, signer.algorithm, \
        signer.public_key
    head.signature = signer.sign(head_payload(workstation, head.seq, head.hash, at))
    session.flush()
    _last_signed[signer.public_key] = _signed_state(head)


# The head each key of this process signed last; a rolled-back signature never matches the head found later.
_last_signed: dict[str, tuple[str, ...]] = {}


def _signed_state(head: AuditHead) -> tuple[str, ...]:
    return (str(head.seq), head.hash, head.signed_at, head.signed_by, head.algorithm, head.signature)


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
    catalogue: records.CatalogueReport = field(default_factory=records.CatalogueReport)
    rotations: tuple[Rotation, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and self.catalogue.ok


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
    ring = KeyRing.load(session)
    problems += ring.problems()
    unique: dict[tuple[Any, ...], Checkpoint] = {}
    for cp in [*(Checkpoint.from_row(r) for r in session.execute(select(AuditCheckpoint)).scalars()),
               *extra_checkpoints]:
        unique[astuple(cp)] = cp  # the same checkpoint from several places counts once; an altered copy does not
    checkpoints = sorted(unique.values(), key=lambda c: (c.from_seq, c.seq))
    valid = []
    for cp in checkpoints:
        if (cp.algorithm, cp.public_key) not in trusted:
            problems.append(f"checkpoint #{cp.seq} is signed by a key this catalogue does not know")
        elif not cp.signature_valid():
            problems.append(f"checkpoint #{cp.seq} has an invalid signature (the checkpoint was altered)")
        elif (why := ring.not_in_force(cp.algorithm, cp.public_key, cp.at)) is not None:
            problems.append(f"checkpoint #{cp.seq} {why}: the key was not in force then (a forged checkpoint)")
            bad.append(cp.from_seq)
        else:
            valid.append(cp)

    expected: dict[int, str] = {}
    pending = iter(valid)
    next_cp = next(pending, None)
    prev_hash, expect_seq, count = GENESIS, 1, 0
    signing_seen = False  # an event written since heads are signed (it carries a records field)
    for seq, at, actor, station, action, outcome, otype, oid, details, prev, stored, changed in _stream_events(
            session, raw_time=True):
        if action == HEAD_INVALID_ACTION:
            problems.append(f"event #{seq} records that the program found the head's signature invalid: events "
                            "before it were changed outside the program")
            bad.append(seq)
        elif action == HEAD_UNSIGNED_ACTION and signing_seen:
            # legitimate once only: the first event after the upgrade that brought head signatures
            problems.append(f"event #{seq} records that the head's signature had been removed: events before it "
                            "may have been changed outside the program")
            bad.append(seq)
        signing_seen = signing_seen or bool(changed)
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
        recomputed = event_hash(seq, at, actor, station, action, outcome, otype, oid, details, prev, changed)
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
    problems += _head_problems(head, trusted, ring, last_seq, prev_hash, covered, bad)
    return VerifyResult(count, len(checkpoints), problems, min(bad) if bad else None, rotations=ring.rotations)


def _head_problems(head: AuditHead, trusted: set[tuple[str, str]], ring: KeyRing, last_seq: int, last_hash: str,
                   covered: int, bad: list[int]) -> list[str]:
    """The signed head protects the newest events, those after the last checkpoint."""
    if last_seq == 0 or head.seq != last_seq:
        return []  # an empty trail, or a cut already reported
    if not head.signature:
        if covered >= last_seq:
            return []
        bad.append(covered + 1)
        return [f"the head (event #{head.seq}) is not signed: events #{covered + 1}–#{head.seq} are unprotected"]
    if (head.algorithm, head.public_key) not in trusted:
        bad.append(covered + 1)
        return ["the head is signed by a key this catalogue does not know"]
    if (why := ring.not_in_force(head.algorithm, head.public_key, head.signed_at)) is not None:
        bad.append(covered + 1)
        return [f"the head {why}: events after #{covered} were signed by a key not in force"]
    if not head_signature_valid(head) or head.hash != last_hash:
        bad.append(covered + 1)
        return [f"the signed head does not fit event #{head.seq}: events after #{covered} were rewritten or cut "
                "off"]
    return []


def _stream_events(session: Session, raw_time: bool = False) -> Iterator[Any]:
    """Events in order. raw_time: on SQLite, the stored UTC text instead of a datetime (saves a parse per row)."""
    at = AuditEvent.at
    if raw_time and session.get_bind().dialect.name == "sqlite":
        at = type_coerce(AuditEvent.at, String).label("at")  # type: ignore[assignment]
    stmt = select(AuditEvent.seq, at, AuditEvent.actor, AuditEvent.workstation, AuditEvent.action,
                  AuditEvent.outcome, AuditEvent.object_type, AuditEvent.object_id, AuditEvent.details,
                  AuditEvent.prev_hash, AuditEvent.hash, AuditEvent.records).order_by(AuditEvent.seq)
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
