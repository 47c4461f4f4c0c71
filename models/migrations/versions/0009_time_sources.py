"""recording times keep their source: the zone applied, a reason for a time entered by hand, each device's rule for
container times, and the device a clerk named for an ingest

Revision ID: 0009_time_sources
Revises: 0008_checklist_media_fk

Clips stored from a file's modification time were marked on time; their 24-hour clock is now unknown.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_time_sources"
down_revision: str | Sequence[str] | None = "0008_checklist_media_fk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("media_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("time_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("container_time", sa.String(length=8), nullable=False, server_default="local"))
        batch_op.create_check_constraint(op.f("ck_devices_container_time"), "container_time IN ('local', 'utc')")
    with op.batch_alter_table("ingest_queue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device_code", sa.String(length=64), nullable=False, server_default=""))
    op.execute(sa.text("UPDATE media_records SET clock_state = 'unknown', due_at = NULL "
                       "WHERE time_source = 'file_mtime'"))


def downgrade() -> None:
    with op.batch_alter_table("ingest_queue", schema=None) as batch_op:
        batch_op.drop_column("device_code")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_devices_container_time"), type_="check")
        batch_op.drop_column("container_time")
    with op.batch_alter_table("media_records", schema=None) as batch_op:
        batch_op.drop_column("time_note")
        batch_op.drop_column("time_zone")
