"""backup register: one row per backup run

Revision ID: 0009_custody
Revises: 0001_spine
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0009_custody"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = ("custody",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "backup_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=1024), nullable=False),
        sa.Column("workstation", sa.String(length=128), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("objects", sa.Integer(), nullable=False),
        sa.Column("objects_copied", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("bytes_copied", sa.BigInteger(), nullable=False),
        sa.Column("audit_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("with_private_key", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("verified_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("verify_result", sa.String(length=16), nullable=False),
        sa.Column("verify_problems", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_runs")),
        sa.UniqueConstraint("run_id", name=op.f("uq_backup_runs_run_id")),
    )


def downgrade() -> None:
    op.drop_table("backup_runs")
