"""The persistent ingest queue, the dock folders it watches, and the A/V area's settings (Art. 24)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class EntryState(StrEnum):
    QUEUED = "queued"          # waiting for a worker
    CLAIMED = "claimed"        # a worker (claimed_by) is copying it
    DONE = "done"              # stored and catalogued (media_id)
    DUPLICATE = "duplicate"    # the same bytes were already stored: linked to media_id
    FAILED = "failed"          # could not be stored this time (reason kept); retried on request
    REJECTED = "rejected"      # will never be stored (empty file, symlink, not a regular file)


class IngestEntry(Base):
    """One source file seen in a dock or named on the command line. (source, size, mtime) is unique, so two
    workstations watching one dock enqueue each file version once; a worker claims a row before copying it."""

    __tablename__ = "ingest_queue"
    __table_args__ = (
        UniqueConstraint("source_key", "size", "mtime_ns", name="uq_ingest_queue_source_version"),
        Index("ix_ingest_queue_state_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # SHA-256 of the path's raw bytes: names need not be valid UTF-8, the key always is.
    source_key: Mapped[str] = mapped_column(String(64))
    source_raw: Mapped[bytes] = mapped_column(LargeBinary)
    source_path: Mapped[str] = mapped_column(Text)  # printable form for people
    dock: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(12), default=EntryState.QUEUED.value)
    case_no: Mapped[str] = mapped_column(String(64), default="")
    stage: Mapped[str] = mapped_column(String(20), default="")
    # The device the clerk said the files came from, for names that do not name it.
    device_code: Mapped[str] = mapped_column(String(64), default="")
    claimed_by: Mapped[str] = mapped_column(String(160), default="")
    claimed_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str] = mapped_column(String(32), default="")
    error_message: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str | None] = mapped_column(String(64))
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_records.id"), index=True)
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
    enqueued_by: Mapped[str] = mapped_column(String(64), default="")
    finished_at: Mapped[datetime | None]
    source_deleted: Mapped[bool] = mapped_column(default=False)


class DockFolder(Base):
    """A folder a docking station or card reader exports to. polling: for USB and network mounts (no inotify)."""

    __tablename__ = "dock_folders"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    polling: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")


class MediaSetting(Base):
    """Agency settings of the A/V area (JSON values): camera time zone, gap tolerance, source deletion."""

    __tablename__ = "media_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
