"""Append-only audit events, their chain head and signed checkpoints (Art. 5, 27, 31)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    workstation: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str] = mapped_column(String(256), index=True)
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Digests of the new state of the catalogue records this event changed (JSON; "" when it changed none).
    records: Mapped[str] = mapped_column(Text, default="")


class AuditHead(Base):
    """One row; locked while an event is appended so that concurrent writers serialise."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    hash: Mapped[str] = mapped_column(String(64))
    # The head signed at every commit, so that the newest events are protected before the next checkpoint.
    signed_at: Mapped[str] = mapped_column(String(40), default="")
    signed_by: Mapped[str] = mapped_column(String(128), default="")
    algorithm: Mapped[str] = mapped_column(String(16), default="")
    public_key: Mapped[str] = mapped_column(String(256), default="")
    signature: Mapped[str] = mapped_column(String(256), default="")


class AuditCheckpoint(Base):
    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), index=True)
    head_hash: Mapped[str] = mapped_column(String(64))
    from_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    # Hashes of events from_seq..seq, signed with the head, so that a rewrite names its first event.
    event_hashes: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    workstation: Mapped[str] = mapped_column(String(128))
    algorithm: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(256))
    signature: Mapped[str] = mapped_column(String(256))


class WorkstationKey(Base):
    """A workstation that writes to this catalogue, with the public key its checkpoints verify against."""

    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    algorithm: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(256), unique=True)
    registered_at: Mapped[datetime]
