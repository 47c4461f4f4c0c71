"""audit events carry the digests of the records they changed; the audit head carries its signature

Revision ID: 0009_audit_record_digests
Revises: 0001_spine

Events written before this revision carry no record digests: the rows they describe are reported as not covered
until the program next changes them. The head stays unsigned until the next commit signs it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_audit_record_digests"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HEAD_COLUMNS = (("signed_at", 40), ("signed_by", 128), ("algorithm", 16), ("public_key", 256), ("signature", 256))


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("records", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        for name, length in HEAD_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        for name, _ in HEAD_COLUMNS:
            batch_op.drop_column(name)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("records")
