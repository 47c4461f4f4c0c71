"""statistics cache: findings per case and article

Revision ID: 0007_stats
Revises: 0001_spine
Depends on: 0002_cases (cases)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0007_stats"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = ("stats",)
depends_on: str | Sequence[str] | None = ("0002_cases",)


def upgrade() -> None:
    op.create_table(
        "stats_snapshots",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("taken_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_stats_snapshots")),
    )
    op.create_table(
        "stats_finding_counts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("article", sa.String(length=8), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_stats_finding_counts_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", "article", "severity", name=op.f("pk_stats_finding_counts")),
    )


def downgrade() -> None:
    op.drop_table("stats_finding_counts")
    op.drop_table("stats_snapshots")
