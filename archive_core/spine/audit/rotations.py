"""Signing-key rotations: the signed hand-over from one workstation key to the next, and which key was in force
when (Art. 7)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.spine.signing import key_id, verify_signature
from models.audit import AuditEvent

ROTATED_ACTION = "key.rotated"
STATEMENT = "archive-ws-key-rotation|v1"


def instant(text: str) -> datetime:
    """An ISO time as signed in a checkpoint or statement; one without a zone is UTC (as stored)."""
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Rotation:
    """One hand-over; ``seq`` is the event that recorded it (0 while it is being made)."""

    at: str
    workstation: str
    reason: str
    lost: bool
    old_algorithm: str
    old_public_key: str
    new_algorithm: str
    new_public_key: str
    old_signature: str = ""  # empty when the old key was lost or not there to sign
    new_signature: str = ""
    seq: int = 0

    def statement(self) -> bytes:
        """What both keys sign: everything but the signatures and the event number."""
        fields = {k: v for k, v in asdict(self).items() if k not in ("old_signature", "new_signature", "seq")}
        return f"{STATEMENT}|{json.dumps(fields, ensure_ascii=False, sort_keys=True)}".encode()

    @property
    def old_key_id(self) -> str:
        return key_id(self.old_algorithm, self.old_public_key)

    @property
    def new_key_id(self) -> str:
        return key_id(self.new_algorithm, self.new_public_key)

    @property
    def signed_by_old(self) -> bool:
        """The old key signed the hand-over: a signature is there and it verifies."""
        return bool(self.old_signature) and verify_signature(self.old_algorithm, self.old_public_key,
                                                             self.old_signature, self.statement())

    def problems(self) -> list[str]:
        found = []
        if self.old_signature and not self.signed_by_old:
            found.append(f"the key rotation of event #{self.seq} does not verify with the old key "
                         f"{self.old_key_id} (the rotation statement was altered)")
        if not verify_signature(self.new_algorithm, self.new_public_key, self.new_signature, self.statement()):
            found.append(f"the key rotation of event #{self.seq} does not verify with the new key "
                         f"{self.new_key_id} (the rotation statement was altered)")
        return found

    def details(self) -> dict[str, Any]:
        """The audit event's details: the statement, both key ids and the signatures."""
        data = {k: v for k, v in asdict(self).items() if k != "seq"}
        return {**data, "old_key_id": self.old_key_id, "new_key_id": self.new_key_id,
                "signed_by_old_key": bool(self.old_signature)}

    @classmethod
    def from_event(cls, seq: int, details: str) -> Rotation:
        data = json.loads(details)
        return cls(str(data["at"]), str(data["workstation"]), str(data["reason"]), bool(data["lost"]),
                   str(data["old_algorithm"]), str(data["old_public_key"]), str(data["new_algorithm"]),
                   str(data["new_public_key"]), str(data.get("old_signature") or ""),
                   str(data.get("new_signature") or ""), seq)


@dataclass(frozen=True)
class KeyRing:
    """The rotations in the trail, oldest first: a key retired by one was in force up to it, a key it brought in
    from it on; a key no rotation names (the first, another workstation's) was in force throughout."""

    rotations: tuple[Rotation, ...] = ()
    broken: tuple[int, ...] = ()  # key.rotated events whose details are no rotation statement

    @classmethod
    def load(cls, session: Session) -> KeyRing:
        rows = session.execute(select(AuditEvent.seq, AuditEvent.details).where(
            AuditEvent.action == ROTATED_ACTION).order_by(AuditEvent.seq)).all()
        found, broken = [], []
        for seq, details in rows:
            try:
                found.append(Rotation.from_event(seq, details))
            except (ValueError, KeyError, TypeError):
                broken.append(seq)
        return cls(tuple(found), tuple(broken))

    def problems(self) -> list[str]:
        found = [f"event #{seq} records a key rotation that cannot be read (the event was altered)"
                 for seq in self.broken]
        for rotation in self.rotations:
            found += rotation.problems()
        return found

    def not_in_force(self, algorithm: str, public_key: str, at: str) -> str | None:
        """Why the key was not in force at ``at`` (signed before it came in or after it was retired), else None."""
        when = instant(at)
        key = (algorithm, public_key)
        for r in self.rotations:
            if key == (r.new_algorithm, r.new_public_key) and when < instant(r.at):
                return (f"is signed at {at} by key {r.new_key_id}, which came into force only at {r.at} "
                        f"(key rotation, event #{r.seq})")
            if key == (r.old_algorithm, r.old_public_key) and when > instant(r.at):
                return (f"is signed at {at} by key {r.old_key_id}, which was retired at {r.at} "
                        f"(key rotation, event #{r.seq})")
        return None
