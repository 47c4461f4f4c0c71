"""rolling fixity check: when each vault object was last re-hashed and what was found

Revision ID: 0010_fixity_schedule
Revises: 0001_spine
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0010_fixity_schedule"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fixity_checks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("checked_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["vault_objects.sha256"],
                                name=op.f("fk_fixity_checks_sha256_vault_objects")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_fixity_checks")),
    )


def downgrade() -> None:
    op.drop_table("fixity_checks")
