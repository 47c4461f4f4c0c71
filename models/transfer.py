"""Transfer (移交) and receipt (接收) of archival packages: the registers, trusted senders and received records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Transfer(Base):
    """The transfer register (移交登记): one written package, what it holds, when, by whom and to whom."""

    __tablename__ = "transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    volumes: Mapped[str] = mapped_column(Text)  # archive codes, comma-separated
    items: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    recipient: Mapped[str] = mapped_column(String(256))
    target: Mapped[str] = mapped_column(Text)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    checkpoint_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class TrustedSender(Base):
    """A sending workstation's public key, registered before its packages are received."""

    __tablename__ = "trusted_senders"
    __table_args__ = (UniqueConstraint("algorithm", "public_key", name="uq_trusted_senders_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    algorithm: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(256))
    fingerprint: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64))


class Receipt(Base):
    """The receipt register (接收登记): one package read in, with its check report (检测登记表) in the vault."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(64), unique=True)
    sender: Mapped[str] = mapped_column(String(256))
    sender_workstation: Mapped[str] = mapped_column(String(128))
    trusted_sender_id: Mapped[int] = mapped_column(ForeignKey("trusted_senders.id"))
    year: Mapped[int] = mapped_column(Integer)
    volumes: Mapped[int] = mapped_column(Integer)
    items: Mapped[int] = mapped_column(Integer)
    files: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(BigInteger)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    report_json_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    report_pdf_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    source: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_by: Mapped[str] = mapped_column(String(64))


class ReceivedVolume(Base):
    """A volume received from another archive: read-only here, kept as the package described it."""

    __tablename__ = "received_volumes"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    archive_code: Mapped[str] = mapped_column(String(96), unique=True)
    fonds: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    retention: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(512))
    case_no: Mapped[str] = mapped_column(String(128))
    agency: Mapped[str] = mapped_column(String(256), default="")
    filed_on: Mapped[date] = mapped_column(Date)
    action_ended_at: Mapped[date | None] = mapped_column(Date)
    total_pages: Mapped[int] = mapped_column(Integer, default=0)
    total_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    metadata_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    catalogue_sha256: Mapped[str] = mapped_column(ForeignKey("vault_objects.sha256"))
    history: Mapped[str] = mapped_column(Text, default="[]")  # the sender's audit events about it, JSON


class ReceivedItem(Base):
    """One line of a received volume's catalogue, with its content in the vault (a paper document has none)."""

    __tablename__ = "received_items"
    __table_args__ = (UniqueConstraint("volume_id", "number", name="uq_received_items_volume_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volume_id: Mapped[int] = mapped_column(ForeignKey("received_volumes.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # document | media
    doc_no: Mapped[str] = mapped_column(String(96), default="")
    title: Mapped[str] = mapped_column(String(512))
    item_date: Mapped[date | None] = mapped_column(Date)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(512), default="")
    format: Mapped[str] = mapped_column(String(32), default="")
    sha256: Mapped[str | None] = mapped_column(ForeignKey("vault_objects.sha256"))
    sm3: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    metadata_sha256: Mapped[str | None] = mapped_column(ForeignKey("vault_objects.sha256"))
