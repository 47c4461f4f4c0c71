"""checklist links name an existing A/V record: foreign key to media_records

Revision ID: 0008_checklist_media_fk
Revises: 0004_media

A link to an A/V record that does not exist satisfied the Art. 20 rule with nothing behind it. Such links (written
before the key existed) are removed, and an item left without any link is marked missing again (or not applicable,
when it has a reason), as the service does when a link is removed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_checklist_media_fk"
down_revision: str | Sequence[str] | None = "0004_media"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text(
        "DELETE FROM checklist_links WHERE media_record_id IS NOT NULL "
        "AND media_record_id NOT IN (SELECT id FROM media_records)"))
    op.execute(sa.text(
        "UPDATE checklist_items SET status = CASE WHEN na_reason <> '' THEN 'not_applicable' ELSE 'missing' END "
        "WHERE status = 'recorded' AND id NOT IN (SELECT item_id FROM checklist_links)"))
    with op.batch_alter_table("checklist_links", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_checklist_links_media_record_id_media_records"), "media_records",
            ["media_record_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("checklist_links", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_checklist_links_media_record_id_media_records"), type_="foreignkey")
