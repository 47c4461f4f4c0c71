"""Audio-visual records (音像记录): clips in the vault, their officers, tags, markers, derived pictures (Art. 19–24)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Damage(StrEnum):
    """Why a stored file cannot be played. Damaged files are kept as evidence, never dropped (Art. 24, 27)."""

    NONE = ""
    TRUNCATED = "truncated"
    NOT_MEDIA = "not_media"


class DeadlineException(StrEnum):
    """Art. 24: the cases in which the 24 hours run from the return to the agency."""

    CONTINUOUS = "continuous"   # 连续执法
    OFF_SITE = "off_site"       # 异地执法
    REMOTE_AREA = "remote_area"  # 偏远、交通不便地区 / 水上


class TimeSource(StrEnum):
    """Where a clip's recording time came from (Art. 23, 24, 26). Only a file-system time is untrusted: the 24-hour
    clock cannot run from it and every view says so."""

    FILENAME = "filename"          # the device wrote it into the file name (read in the device's clock zone)
    METADATA = "metadata"          # the container's creation time read as the device's wall clock
    METADATA_UTC = "metadata_utc"  # the container's creation time read as UTC (a device that keeps UTC)
    FILE_TIME = "file_mtime"       # the file's modification time: a guess, not a recording time
    MANUAL = "manual"              # entered by an archivist, with a reason


TRUSTED_TIME_SOURCES = frozenset(set(TimeSource) - {TimeSource.FILE_TIME})


class OfficerSource(StrEnum):
    LOAN = "loan"          # who had the device checked out at the recording time
    FILENAME = "filename"  # the officer number in the file name matched a certificate number
    MANUAL = "manual"


class MediaRecord(Base):
    """One distinct recording (one vault object); a second copy of the same bytes links to it (Art. 19, 24)."""

    __tablename__ = "media_records"
    __table_args__ = (
        Index("ix_media_records_case_stage", "case_id", "stage"),
        Index("ix_media_records_device_start", "device_code", "recorded_start"),
        Index("ix_media_records_ingested", "ingested_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"), unique=True)
    original_name: Mapped[str] = mapped_column(String(1024))
    source_path: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(BigInteger)
    # Technical facts read with PyAV.
    container: Mapped[str] = mapped_column(String(32), default="")
    duration: Mapped[float | None] = mapped_column(Float)
    video_codec: Mapped[str | None] = mapped_column(String(32))
    audio_codec: Mapped[str | None] = mapped_column(String(32))
    audio_sample_rate: Mapped[int | None] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    fps: Mapped[float | None] = mapped_column(Float)
    creation_time_raw: Mapped[str | None] = mapped_column(String(64))
    damage: Mapped[str] = mapped_column(String(16), default=Damage.NONE.value, index=True)
    damage_reason: Mapped[str] = mapped_column(Text, default="")
    # Recording time, its source (TimeSource), the zone a device's clock reading was placed in, and for a time
    # entered by hand the reason given.
    recorded_start: Mapped[datetime | None] = mapped_column(index=True)
    recorded_end: Mapped[datetime | None]
    time_source: Mapped[str] = mapped_column(String(16), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    time_note: Mapped[str] = mapped_column(Text, default="")
    filename_pattern: Mapped[str] = mapped_column(String(64), default="")
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    # The device's code as the file name wrote it (also kept when the register does not know the device).
    device_code: Mapped[str] = mapped_column(String(64), default="")
    officer_code: Mapped[str] = mapped_column(String(64), default="")
    # Art. 24: the 24-hour clock.
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    ingested_by: Mapped[str] = mapped_column(String(64), default="")
    workstation: Mapped[str] = mapped_column(String(128), default="")
    exception_kind: Mapped[str] = mapped_column(String(16), default="")
    returned_at: Mapped[datetime | None]
    exception_note: Mapped[str] = mapped_column(Text, default="")
    # Fixed once ingested (recomputed when an exception is recorded), so lists filter on it in SQL.
    due_at: Mapped[datetime | None]
    clock_state: Mapped[str] = mapped_column(String(12), default="", index=True)
    # Art. 19: the case, stage and text record the clip ties in with.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    stage: Mapped[str] = mapped_column(String(20), default="")
    text_record_id: Mapped[int | None] = mapped_column(ForeignKey("text_records.id"))
    # Art. 26: what the disc sidecar says about an evidence clip.
    is_evidence: Mapped[bool] = mapped_column(default=False, index=True)
    matter: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(256), default="")
    method: Mapped[str] = mapped_column(String(64), default="")
    # "" = the case's level applies (Art. 25).
    confidentiality: Mapped[str] = mapped_column(String(20), default="")
    thumbnail_sha256: Mapped[str | None] = mapped_column(ForeignKey("vault_objects.sha256"))


class MediaOfficer(Base):
    """Officers on a clip: the wearer (from the loan or file name) and any others present (Art. 26)."""

    __tablename__ = "media_officers"

    media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), primary_key=True, index=True)
    source: Mapped[str] = mapped_column(String(16), default=OfficerSource.MANUAL.value)


class AvItem(Base):
    """Editable catalogue of A/V items (Art. 21) including the Art. 22 focus items, loaded from shipped defaults."""

    __tablename__ = "av_items"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    name_zh: Mapped[str] = mapped_column(String(256))
    article: Mapped[str] = mapped_column(String(16), default="")
    guidance_zh: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class MediaTag(Base):
    __tablename__ = "media_tags"

    media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("av_items.code"), primary_key=True, index=True)


class MediaMarker(Base):
    """A time-coded note on a clip (Art. 22)."""

    __tablename__ = "media_markers"

    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), index=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class MediaDerivative(Base):
    """A picture taken from a clip (snapshot or thumbnail): its own vault object, tied to the source clip."""

    __tablename__ = "media_derivatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    kind: Mapped[str] = mapped_column(String(16))  # snapshot | thumbnail
    at_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class GapExplanation(Base):
    """Art. 23: why recording stopped between two consecutive clips of one device — a voice note at a time in the
    next clip, or a written note signed by two or more officers."""

    __tablename__ = "media_gap_explanations"

    id: Mapped[int] = mapped_column(primary_key=True)
    before_media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"))
    after_media_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # voice | written
    voice_at_ms: Mapped[int | None] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("uq_media_gap_explanations_pair", "before_media_id", "after_media_id", unique=True),)


class GapSigner(Base):
    __tablename__ = "media_gap_signers"

    explanation_id: Mapped[int] = mapped_column(ForeignKey("media_gap_explanations.id"), primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), primary_key=True)
