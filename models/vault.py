"""Catalogue entries of the content-addressed evidence vault (Art. 7, 24, 27)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class VaultObject(Base):
    __tablename__ = "vault_objects"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sm3: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(1024))
    stored_at: Mapped[datetime]
    stored_by: Mapped[str] = mapped_column(String(64))
    # Set only by an approved disposal; the row stays as the tombstone.
    disposed_at: Mapped[datetime | None]


class FixityCheck(Base):
    """When an object was last re-hashed by the rolling fixity check, and what that check found."""

    __tablename__ = "fixity_checks"

    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("vault_objects.sha256"), primary_key=True)
    checked_at: Mapped[datetime]
    ok: Mapped[bool]
    problem: Mapped[str] = mapped_column(String(16), default="")
