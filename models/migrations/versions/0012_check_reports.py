"""四性检测: reports (检测报告) linked to cases and volumes, and the check settings

Revision ID: 0012_check_reports
Revises: 0011_standard_archive_codes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0012_check_reports"
down_revision: str | Sequence[str] | None = "0011_standard_archive_codes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("volume_id", sa.Integer(), nullable=True),
        sa.Column("occasion", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("not_checked", sa.Integer(), nullable=False),
        sa.Column("json_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("checked_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("checked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_check_reports_case_id_cases")),
        sa.ForeignKeyConstraint(["volume_id"], ["archive_volumes.id"],
                                name=op.f("fk_check_reports_volume_id_archive_volumes")),
        sa.ForeignKeyConstraint(["json_sha256"], ["vault_objects.sha256"],
                                name=op.f("fk_check_reports_json_sha256_vault_objects")),
        sa.ForeignKeyConstraint(["pdf_sha256"], ["vault_objects.sha256"],
                                name=op.f("fk_check_reports_pdf_sha256_vault_objects")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_reports")),
    )
    op.create_index(op.f("ix_check_reports_case_id"), "check_reports", ["case_id"])
    op.create_index(op.f("ix_check_reports_volume_id"), "check_reports", ["volume_id"])
    op.create_table(
        "check_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_check_settings")),
    )


def downgrade() -> None:
    op.drop_table("check_settings")
    op.drop_index(op.f("ix_check_reports_volume_id"), table_name="check_reports")
    op.drop_index(op.f("ix_check_reports_case_id"), table_name="check_reports")
    op.drop_table("check_reports")
