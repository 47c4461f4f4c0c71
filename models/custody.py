"""The backup register (备份登记): one row per backup run, with what it copied and when it was last verified."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class BackupRun(Base):
    __tablename__ = "backup_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The run's folder name under <target>/runs/; unique across targets (a time stamp and a random part).
    run_id: Mapped[str] = mapped_column(String(64), unique=True)
    target: Mapped[str] = mapped_column(String(1024))
    workstation: Mapped[str] = mapped_column(String(128))
    actor: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    objects: Mapped[int] = mapped_column(Integer, default=0)
    objects_copied: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    bytes_copied: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_seq: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    audit_hash: Mapped[str] = mapped_column(String(64), default="")
    with_private_key: Mapped[bool] = mapped_column(default=False)
    # running, ok, failed, interrupted (a run that died: found by the next one)
    result: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(Text, default="")
    verified_at: Mapped[datetime | None]
    # ok or failed, with what was wrong
    verify_result: Mapped[str] = mapped_column(String(16), default="")
    verify_problems: Mapped[str] = mapped_column(Text, default="")
