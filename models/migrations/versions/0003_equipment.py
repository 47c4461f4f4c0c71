"""equipment: devices, loans, maintenance, stock audits

Revision ID: 0003_equipment
Revises: 0001_spine
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0003_equipment"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = ("equipment",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_stock_audits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("finished_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("finished_by", sa.String(length=64), nullable=True),
        sa.Column("next_audit_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_stock_audits")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_tag", sa.String(length=64), nullable=False),
        sa.Column("device_code", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("serial_no", sa.String(length=128), nullable=False),
        sa.Column("model", sa.String(length=128), nullable=False),
        sa.Column("manufacturer", sa.String(length=128), nullable=False),
        sa.Column("explosion_proof", sa.Boolean(), nullable=False),
        sa.Column("night_vision", sa.Boolean(), nullable=False),
        sa.Column("positioning", sa.Boolean(), nullable=False),
        sa.Column("location_kind", sa.String(length=32), nullable=False),
        sa.Column("location", sa.String(length=128), nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("clock_zone", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('body_worn_camera', 'camera', 'audio_recorder', 'camcorder', 'surveillance')",
            name=op.f("ck_devices_kind"),
        ),
        sa.CheckConstraint(
            "location_kind IN ('equipment_room', 'questioning_room', 'hearing_room', 'vehicle', 'other')",
            name=op.f("ck_devices_location_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('available', 'checked_out', 'maintenance', 'lost', 'retired')", name=op.f("ck_devices_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_devices_asset_tag")),
        sa.UniqueConstraint("device_code", name=op.f("uq_devices_device_code")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_model"), ["model"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_serial_no"), ["serial_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_status"), ["status"], unique=False)

    op.create_table(
        "device_loans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("checked_out_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("due_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("out_condition", sa.String(length=32), nullable=False),
        sa.Column("out_notes", sa.Text(), nullable=False),
        sa.Column("out_by", sa.String(length=64), nullable=False),
        sa.Column("checked_in_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("in_condition", sa.String(length=32), nullable=True),
        sa.Column("in_notes", sa.Text(), nullable=False),
        sa.Column("docked", sa.Boolean(), nullable=True),
        sa.Column("in_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "checked_in_at IS NULL OR checked_in_at >= checked_out_at", name=op.f("ck_device_loans_in_after_out")
        ),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_loans_device_id_devices")),
        sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_device_loans_officer_id_officers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_loans")),
    )
    with op.batch_alter_table("device_loans", schema=None) as batch_op:
        batch_op.create_index("ix_device_loans_device_out", ["device_id", "checked_out_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_device_loans_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(
            "ix_device_loans_open_due",
            ["due_at"],
            unique=False,
            sqlite_where=sa.text("checked_in_at IS NULL"),
            postgresql_where=sa.text("checked_in_at IS NULL"),
        )
        batch_op.create_index(
            "uq_device_loans_open_device",
            ["device_id"],
            unique=True,
            sqlite_where=sa.text("checked_in_at IS NULL"),
            postgresql_where=sa.text("checked_in_at IS NULL"),
        )

    op.create_table(
        "device_maintenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("technician", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('inspection', 'repair', 'battery', 'firmware', 'cleaning')",
            name=op.f("ck_device_maintenance_kind"),
        ),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_maintenance_device_id_devices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_maintenance")),
    )
    with op.batch_alter_table("device_maintenance", schema=None) as batch_op:
        batch_op.create_index("ix_device_maintenance_device_started", ["device_id", "started_at"], unique=False)

    op.create_table(
        "device_maintenance_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.Column("model", sa.String(length=128), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("remind_days", sa.Integer(), nullable=False),
        sa.Column("starts_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('inspection', 'repair', 'battery', 'firmware', 'cleaning')",
            name=op.f("ck_device_maintenance_plans_kind"),
        ),
        sa.CheckConstraint(
            "(device_id IS NULL) <> (model IS NULL)", name=op.f("ck_device_maintenance_plans_device_or_model")
        ),
        sa.CheckConstraint("interval_days > 0 AND remind_days >= 0", name=op.f("ck_device_maintenance_plans_days")),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_device_maintenance_plans_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_maintenance_plans")),
    )
    with op.batch_alter_table("device_maintenance_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_maintenance_plans_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_device_maintenance_plans_model"), ["model"], unique=False)

    op.create_table(
        "device_stock_audit_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("status_then", sa.String(length=16), nullable=False),
        sa.Column("at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "result IN ('found', 'missing', 'on_loan')", name=op.f("ck_device_stock_audit_items_result")
        ),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["device_stock_audits.id"],
            name=op.f("fk_device_stock_audit_items_audit_id_device_stock_audits"),
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_device_stock_audit_items_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_stock_audit_items")),
    )
    with op.batch_alter_table("device_stock_audit_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_stock_audit_items_device_id"), ["device_id"], unique=False)
        batch_op.create_index("uq_device_stock_audit_items_audit_device", ["audit_id", "device_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("device_stock_audit_items", schema=None) as batch_op:
        batch_op.drop_index("uq_device_stock_audit_items_audit_device")
        batch_op.drop_index(batch_op.f("ix_device_stock_audit_items_device_id"))

    op.drop_table("device_stock_audit_items")
    with op.batch_alter_table("device_maintenance_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_maintenance_plans_model"))
        batch_op.drop_index(batch_op.f("ix_device_maintenance_plans_device_id"))

    op.drop_table("device_maintenance_plans")
    with op.batch_alter_table("device_maintenance", schema=None) as batch_op:
        batch_op.drop_index("ix_device_maintenance_device_started")

    op.drop_table("device_maintenance")
    with op.batch_alter_table("device_loans", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_device_loans_open_device",
            sqlite_where=sa.text("checked_in_at IS NULL"),
            postgresql_where=sa.text("checked_in_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_device_loans_open_due",
            sqlite_where=sa.text("checked_in_at IS NULL"),
            postgresql_where=sa.text("checked_in_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_device_loans_officer_id"))
        batch_op.drop_index("ix_device_loans_device_out")

    op.drop_table("device_loans")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_status"))
        batch_op.drop_index(batch_op.f("ix_devices_serial_no"))
        batch_op.drop_index(batch_op.f("ix_devices_model"))
        batch_op.drop_index(batch_op.f("ix_devices_kind"))

    op.drop_table("devices")
    op.drop_table("device_stock_audits")
