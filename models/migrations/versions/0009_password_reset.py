"""a password reset by the security administrator must be changed by its owner at the next sign-in

Revision ID: 0009_password_reset
Revises: 0001_spine

Accounts that exist already keep their passwords (nothing to change for them).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0009_password_reset"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("password_reset_at", models.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("password_reset_by", sa.String(length=64), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("password_reset_by")
        batch_op.drop_column("password_reset_at")
        batch_op.drop_column("must_change_password")
