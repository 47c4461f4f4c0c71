"""transfer (移交) and receipt (接收): the registers, trusted senders, received volumes and items

Revision ID: 0013_transfer
Revises: 0012_check_reports
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0013_transfer"
down_revision: str | Sequence[str] | None = "0012_check_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("transfers",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("package_id", sa.String(length=64), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("volumes", sa.Text(), nullable=False),
    sa.Column("items", sa.Integer(), nullable=False),
    sa.Column("files", sa.Integer(), nullable=False),
    sa.Column("bytes", sa.BigInteger(), nullable=False),
    sa.Column("recipient", sa.String(length=256), nullable=False),
    sa.Column("target", sa.Text(), nullable=False),
    sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
    sa.Column("checkpoint_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
    sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column("created_by", sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
    sa.UniqueConstraint("package_id", name=op.f("uq_transfers_package_id"))
    )
    op.create_table("trusted_senders",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=256), nullable=False),
    sa.Column("algorithm", sa.String(length=16), nullable=False),
    sa.Column("public_key", sa.String(length=256), nullable=False),
    sa.Column("fingerprint", sa.String(length=64), nullable=False),
    sa.Column("added_at", models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column("added_by", sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_senders")),
    sa.UniqueConstraint("algorithm", "public_key", name="uq_trusted_senders_key")
    )
    op.create_table("receipts",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("package_id", sa.String(length=64), nullable=False),
    sa.Column("sender", sa.String(length=256), nullable=False),
    sa.Column("sender_workstation", sa.String(length=128), nullable=False),
    sa.Column("trusted_sender_id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("volumes", sa.Integer(), nullable=False),
    sa.Column("items", sa.Integer(), nullable=False),
    sa.Column("files", sa.Integer(), nullable=False),
    sa.Column("bytes", sa.BigInteger(), nullable=False),
    sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
    sa.Column("report_json_sha256", sa.String(length=64), nullable=False),
    sa.Column("report_pdf_sha256", sa.String(length=64), nullable=False),
    sa.Column("source", sa.Text(), nullable=False),
    sa.Column("received_at", models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column("received_by", sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(["report_json_sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_receipts_report_json_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["report_pdf_sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_receipts_report_pdf_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["trusted_sender_id"], ["trusted_senders.id"],
                            name=op.f("fk_receipts_trusted_sender_id_trusted_senders")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
    sa.UniqueConstraint("package_id", name=op.f("uq_receipts_package_id"))
    )
    op.create_table("received_volumes",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("receipt_id", sa.Integer(), nullable=False),
    sa.Column("archive_code", sa.String(length=96), nullable=False),
    sa.Column("fonds", sa.String(length=32), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("retention", sa.String(length=8), nullable=False),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(length=512), nullable=False),
    sa.Column("case_no", sa.String(length=128), nullable=False),
    sa.Column("agency", sa.String(length=256), nullable=False),
    sa.Column("filed_on", sa.Date(), nullable=False),
    sa.Column("action_ended_at", sa.Date(), nullable=True),
    sa.Column("total_pages", sa.Integer(), nullable=False),
    sa.Column("total_seconds", sa.Float(), nullable=False),
    sa.Column("metadata_sha256", sa.String(length=64), nullable=False),
    sa.Column("catalogue_sha256", sa.String(length=64), nullable=False),
    sa.Column("history", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["catalogue_sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_received_volumes_catalogue_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["metadata_sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_received_volumes_metadata_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["receipt_id"], ["receipts.id"],
                            name=op.f("fk_received_volumes_receipt_id_receipts")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_received_volumes")),
    sa.UniqueConstraint("archive_code", name=op.f("uq_received_volumes_archive_code"))
    )
    with op.batch_alter_table("received_volumes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_volumes_receipt_id"), ["receipt_id"], unique=False)

    op.create_table("received_items",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("volume_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(length=16), nullable=False),
    sa.Column("doc_no", sa.String(length=96), nullable=False),
    sa.Column("title", sa.String(length=512), nullable=False),
    sa.Column("item_date", sa.Date(), nullable=True),
    sa.Column("pages", sa.Integer(), nullable=False),
    sa.Column("seconds", sa.Float(), nullable=False),
    sa.Column("notes", sa.Text(), nullable=False),
    sa.Column("file_name", sa.String(length=512), nullable=False),
    sa.Column("format", sa.String(length=32), nullable=False),
    sa.Column("sha256", sa.String(length=64), nullable=True),
    sa.Column("sm3", sa.String(length=64), nullable=False),
    sa.Column("size", sa.BigInteger(), nullable=False),
    sa.Column("metadata_sha256", sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(["metadata_sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_received_items_metadata_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["sha256"], ["vault_objects.sha256"],
                            name=op.f("fk_received_items_sha256_vault_objects")),
    sa.ForeignKeyConstraint(["volume_id"], ["received_volumes.id"],
                            name=op.f("fk_received_items_volume_id_received_volumes")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_received_items")),
    sa.UniqueConstraint("volume_id", "number", name="uq_received_items_volume_number")
    )
    with op.batch_alter_table("received_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_items_volume_id"), ["volume_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("received_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_items_volume_id"))

    op.drop_table("received_items")
    with op.batch_alter_table("received_volumes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_volumes_receipt_id"))

    op.drop_table("received_volumes")
    op.drop_table("receipts")
    op.drop_table("trusted_senders")
    op.drop_table("transfers")
