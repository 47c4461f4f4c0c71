"""Archive volumes (案卷) with gap-free archive codes (档号), and the evidence-disc register (Art. 26)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class ArchiveCodeScheme(Base):
    """The agency's archive-code settings (one row): format, default fonds and retention, agency name."""

    __tablename__ = "archive_code_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_format: Mapped[str] = mapped_column(String(128))
    default_fonds: Mapped[str] = mapped_column(String(32))
    default_retention: Mapped[str] = mapped_column(String(8))
    agency_name: Mapped[str] = mapped_column(String(128), default="")
    default_category: Mapped[str] = mapped_column(String(16), default="WS")  # 门类代码
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class ArchiveCodeCounter(Base):
    """Last item number used per (fonds, year, retention); its row lock serialises allocation (no gaps)."""

    __tablename__ = "archive_code_counters"

    fonds: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    retention: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class ArchiveVolume(Base):
    """One filed case file (一案一卷)."""

    __tablename__ = "archive_volumes"
    __table_args__ = (UniqueConstraint("fonds", "year", "retention", "seq", name="uq_archive_volumes_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    archive_code: Mapped[str] = mapped_column(String(96), unique=True)
    fonds: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(16), default="")  # 门类代码; "" in codes issued before it
    year: Mapped[int] = mapped_column(Integer)
    retention: Mapped[str] = mapped_column(String(8))  # as issued: an old Y30/Y10 stays (archive_codes reads it)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(256))
    filed_on: Mapped[date] = mapped_column(Date, index=True)
    action_ended_at: Mapped[date] = mapped_column(Date)
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    late_reason: Mapped[str] = mapped_column(Text, default="")
    total_pages: Mapped[int] = mapped_column(Integer, default=0)
    total_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class VolumeItem(Base):
    """One line of the volume catalogue (卷内目录), frozen when the volume is filed."""

    __tablename__ = "volume_items"
    __table_args__ = (UniqueConstraint("volume_id", "number", name="uq_volume_items_volume_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volume_id: Mapped[int] = mapped_column(ForeignKey("archive_volumes.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # document | media
    text_record_id: Mapped[int | None] = mapped_column(ForeignKey("text_records.id"))
    media_record_id: Mapped[int | None] = mapped_column(ForeignKey("media_records.id"))
    doc_no: Mapped[str] = mapped_column(String(96), default="")
    title: Mapped[str] = mapped_column(String(512))
    item_date: Mapped[date | None] = mapped_column(Date)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")


class DiscSetStatus(StrEnum):
    BUILDING = "building"
    BUILT = "built"        # every disc verified
    FAILED = "failed"      # a disc failed verification, or the build failed
    CANCELLED = "cancelled"


class DiscStatus(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"


class CopyStatus(StrEnum):
    PENDING = "pending"    # not burned yet
    BURNED = "burned"      # burned and read back
    FAILED = "failed"      # burn or read-back failed: this copy must not be archived


class DiscSet(Base):
    """One build: N discs of one medium for one or more cases."""

    __tablename__ = "disc_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_code: Mapped[str] = mapped_column(String(256))
    medium: Mapped[str] = mapped_column(String(16))
    copies: Mapped[str] = mapped_column(String(32))  # copy letters, e.g. "A,B"
    status: Mapped[str] = mapped_column(String(16), default=DiscSetStatus.BUILDING.value)
    out_dir: Mapped[str] = mapped_column(Text, default="")
    checkpoint_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class DiscSetCase(Base):
    __tablename__ = "disc_set_cases"

    disc_set_id: Mapped[int] = mapped_column(ForeignKey("disc_sets.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    volume_id: Mapped[int] = mapped_column(ForeignKey("archive_volumes.id"))


class Disc(Base):
    """Disc n of N of a set: its image, the image digest and the verification of the image."""

    __tablename__ = "discs"
    __table_args__ = (UniqueConstraint("disc_set_id", "number", name="uq_discs_set_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    disc_set_id: Mapped[int] = mapped_column(ForeignKey("disc_sets.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    volume_label: Mapped[str] = mapped_column(String(32))  # the ISO volume id (ASCII)
    status: Mapped[str] = mapped_column(String(16))
    image_path: Mapped[str] = mapped_column(Text)
    image_size: Mapped[int] = mapped_column(BigInteger)
    image_sha256: Mapped[str] = mapped_column(String(64), index=True)
    payload_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    files_checked: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[str] = mapped_column(Text, default="")
    label_pdf: Mapped[str] = mapped_column(Text, default="")
    catalogue_pdf: Mapped[str] = mapped_column(Text, default="")
    built_at: Mapped[datetime] = mapped_column(default=utcnow)
    verified_at: Mapped[datetime | None]


class DiscContent(Base):
    """One evidence file on a disc, with its digests (as planned and verified)."""

    __tablename__ = "disc_contents"

    id: Mapped[int] = mapped_column(primary_key=True)
    disc_id: Mapped[int] = mapped_column(ForeignKey("discs.id"), index=True)
    media_record_id: Mapped[int] = mapped_column(ForeignKey("media_records.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    path: Mapped[str] = mapped_column(Text)
    original_name: Mapped[str] = mapped_column(String(512))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    sm3: Mapped[str] = mapped_column(String(64))


class DiscCopy(Base):
    """A physical copy (A, B, …) of a disc: burn result, storage location and re-check schedule."""

    __tablename__ = "disc_copies"
    __table_args__ = (
        UniqueConstraint("disc_id", "copy", name="uq_disc_copies_disc_copy"),
        Index("ix_disc_copies_next_check", "next_check_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    disc_id: Mapped[int] = mapped_column(ForeignKey("discs.id"))
    copy: Mapped[str] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(16), default=CopyStatus.PENDING.value)
    drive: Mapped[str] = mapped_column(Text, default="")
    burned_at: Mapped[datetime | None]
    burned_by: Mapped[str] = mapped_column(String(64), default="")
    location: Mapped[str] = mapped_column(String(256), default="")
    located_at: Mapped[datetime | None]
    recheck_months: Mapped[int] = mapped_column(Integer, default=12)
    next_check_due: Mapped[date | None] = mapped_column(Date)


class DiscCheck(Base):
    """One read-back of a copy (at burn time or a periodic re-check) or of an image."""

    __tablename__ = "disc_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    disc_id: Mapped[int] = mapped_column(ForeignKey("discs.id"), index=True)
    copy_id: Mapped[int | None] = mapped_column(ForeignKey("disc_copies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # verify | burn | recheck
    source: Mapped[str] = mapped_column(Text)  # drive or image path
    ok: Mapped[bool]
    bytes_read: Mapped[int] = mapped_column(BigInteger, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    problem: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_by: Mapped[str] = mapped_column(String(64), default="")


class CheckReport(Base):
    """A 四性检测 report (检测报告) kept in the vault as JSON and PDF, linked to its case and, once filed, volume."""

    __tablename__ = "check_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    volume_id: Mapped[int | None] = mapped_column(ForeignKey("archive_volumes.id"), index=True)
    occasion: Mapped[str] = mapped_column(String(16))  # filing | transfer | receipt | storage
    outcome: Mapped[str] = mapped_column(String(16))   # pass | fail (any item failed)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    not_checked: Mapped[int] = mapped_column(Integer, default=0)
    json_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    pdf_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_by: Mapped[str] = mapped_column(String(64), default="")


class CheckSetting(Base):
    """Agency settings of the 四性检测 (JSON values): allowed formats, the ClamAV signature folder."""

    __tablename__ = "check_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
