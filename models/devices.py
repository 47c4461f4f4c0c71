"""Recording devices, their loans to officers, maintenance and stock-taking audits (Art. 25, 29)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow

CONTAINER_TIMES = ("local", "utc")
DEVICE_KINDS = ("body_worn_camera", "camera", "audio_recorder", "camcorder", "surveillance")
DEVICE_STATUSES = ("available", "checked_out", "maintenance", "lost", "retired")
LOCATION_KINDS = ("equipment_room", "questioning_room", "hearing_room", "vehicle", "other")
MAINTENANCE_KINDS = ("inspection", "repair", "battery", "firmware", "cleaning")


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What the barcode on the device encodes; stored upper-case so a scan matches however it was typed.
    asset_tag: Mapped[str] = mapped_column(String(64), unique=True)
    # The identifier the device writes into its file names (e.g. DSJ-A1B2C3), so ingest can map a clip to it.
    device_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    serial_no: Mapped[str] = mapped_column(String(128), default="", index=True)
    model: Mapped[str] = mapped_column(String(128), default="", index=True)
    manufacturer: Mapped[str] = mapped_column(String(128), default="")
    # Art. 29: special needs.
    explosion_proof: Mapped[bool] = mapped_column(default=False)
    night_vision: Mapped[bool] = mapped_column(default=False)
    positioning: Mapped[bool] = mapped_column(default=False)
    location_kind: Mapped[str] = mapped_column(String(32), default="equipment_room")
    location: Mapped[str] = mapped_column(String(128), default="")
    purchase_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="available", index=True)
    # Device clocks run on local wall time; ingest reads file-name times in this zone.
    clock_zone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    # How the device writes a container's creation time: "local" (its wall clock, whatever zone label the file
    # carries: most body-worn cameras) or "utc" (real UTC, as the MP4 format intends).
    container_time: Mapped[str] = mapped_column(String(8), default="local")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint(f"kind IN {DEVICE_KINDS}", name="kind"),
        CheckConstraint(f"status IN {DEVICE_STATUSES}", name="status"),
        CheckConstraint(f"location_kind IN {LOCATION_KINDS}", name="location_kind"),
        CheckConstraint(f"container_time IN {CONTAINER_TIMES}", name="container_time"),
    )


class Loan(Base):
    """One check-out of a device to an officer and, once returned, its check-in (领用 / 归还)."""

    __tablename__ = "device_loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    checked_out_at: Mapped[datetime]
    due_at: Mapped[datetime]
    out_condition: Mapped[str] = mapped_column(String(32), default="good")
    out_notes: Mapped[str] = mapped_column(Text, default="")  # battery, accessories
    out_by: Mapped[str] = mapped_column(String(64))
    checked_in_at: Mapped[datetime | None]
    in_condition: Mapped[str | None] = mapped_column(String(32))
    in_notes: Mapped[str] = mapped_column(Text, default="")
    docked: Mapped[bool | None]  # footage imported at check-in (已导入)
    in_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        # A device's history and "who held it at T" walk this index.
        Index("ix_device_loans_device_out", "device_id", "checked_out_at"),
        # At most one open loan per device, whatever the application does.
        Index("uq_device_loans_open_device", "device_id", unique=True,
              sqlite_where=text("checked_in_at IS NULL"), postgresql_where=text("checked_in_at IS NULL")),
        # The overdue list reads only open loans, by due time.
        Index("ix_device_loans_open_due", "due_at",
              sqlite_where=text("checked_in_at IS NULL"), postgresql_where=text("checked_in_at IS NULL")),
        CheckConstraint("checked_in_at IS NULL OR checked_in_at >= checked_out_at", name="in_after_out"),
    )


class MaintenanceRecord(Base):
    """Work done on a device. An open record (finished_at empty) keeps the device in maintenance."""

    __tablename__ = "device_maintenance"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    technician: Mapped[str] = mapped_column(String(128), default="")  # who did the work
    note: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_device_maintenance_device_started", "device_id", "started_at"),
        CheckConstraint(f"kind IN {MAINTENANCE_KINDS}", name="kind"),
    )


class MaintenancePlan(Base):
    """Recurring maintenance for one device or for every device of a model."""

    __tablename__ = "device_maintenance_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    model: Mapped[str | None] = mapped_column(String(128), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    interval_days: Mapped[int]
    remind_days: Mapped[int] = mapped_column(default=7)
    starts_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("(device_id IS NULL) <> (model IS NULL)", name="device_or_model"),
        CheckConstraint("interval_days > 0 AND remind_days >= 0", name="days"),
        CheckConstraint(f"kind IN {MAINTENANCE_KINDS}", name="kind"),
    )


class StockAudit(Base):
    """A stock-taking (盘点): devices are scanned, then the audit is finished and the missing ones listed."""

    __tablename__ = "device_stock_audits"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    started_by: Mapped[str] = mapped_column(String(64))
    finished_at: Mapped[datetime | None]
    finished_by: Mapped[str | None] = mapped_column(String(64))
    next_audit_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class StockAuditItem(Base):
    """A device seen during an audit (found) or, written when the audit finishes, one that was expected but missing."""

    __tablename__ = "device_stock_audit_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("device_stock_audits.id"))
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    # found | missing | on_loan (not on the shelf because it is checked out)
    result: Mapped[str] = mapped_column(String(16))
    status_then: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("uq_device_stock_audit_items_audit_device", "audit_id", "device_id", unique=True),
        CheckConstraint("result IN ('found', 'missing', 'on_loan')", name="result"),
    )
