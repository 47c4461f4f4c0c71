"""Retention rules, legal holds, disposal requests and the tombstones of disposed objects (Art. 25, 27)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class RecordCategory(StrEnum):
    CASE = "case"    # a case file: its text records and the A/V records linked to it
    MEDIA = "media"  # an A/V record not linked to a case


class RiskLevel(StrEnum):
    """Art. 25: periods per risk. High = one of the Art. 20 grounds (personal freedom, life and health, major
    property) applies to the case."""

    ANY = ""
    HIGH = "high"
    ORDINARY = "ordinary"


class DisposalState(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    # Marked in the catalogue, files being removed; a re-run of the execution finishes it.
    EXECUTING = "executing"
    EXECUTED = "executed"


class RetentionRule(Base):
    """Editable retention schedule (Art. 25), loaded from the shipped defaults; the first active match wins."""

    __tablename__ = "retention_rules"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    category: Mapped[str] = mapped_column(String(8))
    # "" = every enforcement type (case files only).
    enforcement_type: Mapped[str] = mapped_column(String(16), default="")
    risk: Mapped[str] = mapped_column(String(12), default=RiskLevel.ANY.value)
    # None = kept permanently.
    months: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(256))
    name_zh: Mapped[str] = mapped_column(String(256))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class LegalHold(Base):
    """A hold on a case (and so every record of it) or on one A/V record: while active, no clock runs out."""

    __tablename__ = "legal_holds"
    __table_args__ = (Index("ix_legal_holds_active", "released_at", "case_id", "media_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_records.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    placed_by: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[datetime] = mapped_column(default=utcnow)
    released_by: Mapped[str] = mapped_column(String(64), default="")
    released_at: Mapped[datetime | None]
    release_reason: Mapped[str] = mapped_column(Text, default="")


class DisposalRequest(Base):
    """Art. 27: disposal only at the end of retention, requested by one person and approved by another."""

    __tablename__ = "disposal_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(12), default=DisposalState.REQUESTED.value, index=True)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    executed_by: Mapped[str] = mapped_column(String(64), default="")
    executed_at: Mapped[datetime | None]


class DisposalItem(Base):
    """One case file or A/V record named in a request, with the retention end it was requested under."""

    __tablename__ = "disposal_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("disposal_requests.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_records.id"), index=True)
    label: Mapped[str] = mapped_column(String(1024))
    rule_code: Mapped[str] = mapped_column(String(48), default="")
    retention_end: Mapped[date | None] = mapped_column(Date)


class DisposedObject(Base):
    """Tombstone of a vault object removed by an executed disposal: what it was and its digests."""

    __tablename__ = "disposed_objects"

    request_id: Mapped[int] = mapped_column(ForeignKey("disposal_requests.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"), primary_key=True, index=True)
    sm3: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(1024))
    # What it belonged to, e.g. "media:12" or "case:3".
    item: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[datetime | None]
