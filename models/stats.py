"""Cached compliance findings per case and article, so the dashboard counts findings without re-evaluating every
case (Art. 28, 30)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FindingCount(Base):
    """How many findings of one article and severity a case had at the last snapshot."""

    __tablename__ = "stats_finding_counts"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    article: Mapped[str] = mapped_column(String(8), primary_key=True)
    severity: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class StatsSnapshot(Base):
    """When a cached set of figures was taken (one row per kind), by whom, with a JSON summary."""

    __tablename__ = "stats_snapshots"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    taken_at: Mapped[datetime]
    taken_by: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text, default="")
