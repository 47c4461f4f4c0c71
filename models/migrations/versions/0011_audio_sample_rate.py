"""A/V records keep the audio sample rate read at ingest (DA/T 63 采样率)

Revision ID: 0011_audio_sample_rate
Revises: 0009_time_sources

Clips ingested before have none recorded; their metadata leaves the element out.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_audio_sample_rate"
down_revision: str | Sequence[str] | None = "0009_time_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("media_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audio_sample_rate", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("media_records", schema=None) as batch_op:
        batch_op.drop_column("audio_sample_rate")
