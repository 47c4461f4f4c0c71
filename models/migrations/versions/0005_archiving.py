"""archiving: archive volumes, archive codes, evidence disc register

Revision ID: 0005_archiving
Revises: 0001_spine
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0005_archiving"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = ("archiving",)
depends_on: str | Sequence[str] | None = ("0002_cases", "0004_media")


def upgrade() -> None:
    op.create_table(
        "archive_code_counters",
        sa.Column("fonds", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("retention", sa.String(length=8), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fonds", "year", "retention", name=op.f("pk_archive_code_counters")),
    )
    op.create_table(
        "archive_code_scheme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_format", sa.String(length=128), nullable=False),
        sa.Column("default_fonds", sa.String(length=32), nullable=False),
        sa.Column("default_retention", sa.String(length=8), nullable=False),
        sa.Column("agency_name", sa.String(length=128), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_code_scheme")),
    )
    op.create_table(
        "disc_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archive_code", sa.String(length=256), nullable=False),
        sa.Column("medium", sa.String(length=16), nullable=False),
        sa.Column("copies", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("out_dir", sa.Text(), nullable=False),
        sa.Column("checkpoint_seq", sa.BigInteger(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disc_sets")),
    )
    op.create_table(
        "archive_volumes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("archive_code", sa.String(length=96), nullable=False),
        sa.Column("fonds", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("retention", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=256), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("action_ended_at", sa.Date(), nullable=False),
        sa.Column("late_days", sa.Integer(), nullable=False),
        sa.Column("late_reason", sa.Text(), nullable=False),
        sa.Column("total_pages", sa.Integer(), nullable=False),
        sa.Column("total_seconds", sa.Float(), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_archive_volumes_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_volumes")),
        sa.UniqueConstraint("archive_code", name=op.f("uq_archive_volumes_archive_code")),
        sa.UniqueConstraint("case_id", name=op.f("uq_archive_volumes_case_id")),
        sa.UniqueConstraint("fonds", "year", "retention", "seq", name="uq_archive_volumes_number"),
    )
    with op.batch_alter_table("archive_volumes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archive_volumes_filed_on"), ["filed_on"], unique=False)

    op.create_table(
        "discs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disc_set_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("volume_label", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("image_path", sa.Text(), nullable=False),
        sa.Column("image_size", sa.BigInteger(), nullable=False),
        sa.Column("image_sha256", sa.String(length=64), nullable=False),
        sa.Column("payload_bytes", sa.BigInteger(), nullable=False),
        sa.Column("files_checked", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("label_pdf", sa.Text(), nullable=False),
        sa.Column("catalogue_pdf", sa.Text(), nullable=False),
        sa.Column("built_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("verified_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["disc_set_id"], ["disc_sets.id"], name=op.f("fk_discs_disc_set_id_disc_sets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discs")),
        sa.UniqueConstraint("disc_set_id", "number", name="uq_discs_set_number"),
    )
    with op.batch_alter_table("discs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discs_disc_set_id"), ["disc_set_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_discs_image_sha256"), ["image_sha256"], unique=False)

    op.create_table(
        "disc_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disc_id", sa.Integer(), nullable=False),
        sa.Column("copy", sa.String(length=4), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("drive", sa.Text(), nullable=False),
        sa.Column("burned_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("burned_by", sa.String(length=64), nullable=False),
        sa.Column("location", sa.String(length=256), nullable=False),
        sa.Column("located_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("recheck_months", sa.Integer(), nullable=False),
        sa.Column("next_check_due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["disc_id"], ["discs.id"], name=op.f("fk_disc_copies_disc_id_discs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disc_copies")),
        sa.UniqueConstraint("disc_id", "copy", name="uq_disc_copies_disc_copy"),
    )
    with op.batch_alter_table("disc_copies", schema=None) as batch_op:
        batch_op.create_index("ix_disc_copies_next_check", ["next_check_due"], unique=False)

    op.create_table(
        "disc_set_cases",
        sa.Column("disc_set_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("volume_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_disc_set_cases_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["disc_set_id"], ["disc_sets.id"], name=op.f("fk_disc_set_cases_disc_set_id_disc_sets")
        ),
        sa.ForeignKeyConstraint(
            ["volume_id"], ["archive_volumes.id"], name=op.f("fk_disc_set_cases_volume_id_archive_volumes")
        ),
        sa.PrimaryKeyConstraint("disc_set_id", "case_id", name=op.f("pk_disc_set_cases")),
    )
    with op.batch_alter_table("disc_set_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disc_set_cases_case_id"), ["case_id"], unique=False)

    op.create_table(
        "disc_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disc_id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("bytes_read", sa.BigInteger(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("checked_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("checked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["copy_id"], ["disc_copies.id"], name=op.f("fk_disc_checks_copy_id_disc_copies")),
        sa.ForeignKeyConstraint(["disc_id"], ["discs.id"], name=op.f("fk_disc_checks_disc_id_discs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disc_checks")),
    )
    with op.batch_alter_table("disc_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disc_checks_copy_id"), ["copy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disc_checks_disc_id"), ["disc_id"], unique=False)

    op.create_table(
        "disc_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disc_id", sa.Integer(), nullable=False),
        sa.Column("media_record_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("original_name", sa.String(length=512), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sm3", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_disc_contents_case_id_cases")),
        sa.ForeignKeyConstraint(["disc_id"], ["discs.id"], name=op.f("fk_disc_contents_disc_id_discs")),
        sa.ForeignKeyConstraint(
            ["media_record_id"], ["media_records.id"], name=op.f("fk_disc_contents_media_record_id_media_records")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disc_contents")),
    )
    with op.batch_alter_table("disc_contents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disc_contents_disc_id"), ["disc_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disc_contents_media_record_id"), ["media_record_id"], unique=False)

    op.create_table(
        "volume_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volume_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text_record_id", sa.Integer(), nullable=True),
        sa.Column("media_record_id", sa.Integer(), nullable=True),
        sa.Column("doc_no", sa.String(length=96), nullable=False),
        sa.Column("title", sa.String(length=512), nullable=False),
        sa.Column("item_date", sa.Date(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["media_record_id"], ["media_records.id"], name=op.f("fk_volume_items_media_record_id_media_records")
        ),
        sa.ForeignKeyConstraint(
            ["text_record_id"], ["text_records.id"], name=op.f("fk_volume_items_text_record_id_text_records")
        ),
        sa.ForeignKeyConstraint(
            ["volume_id"], ["archive_volumes.id"], name=op.f("fk_volume_items_volume_id_archive_volumes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volume_items")),
        sa.UniqueConstraint("volume_id", "number", name="uq_volume_items_volume_number"),
    )
    with op.batch_alter_table("volume_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volume_items_volume_id"), ["volume_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("volume_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volume_items_volume_id"))

    op.drop_table("volume_items")
    with op.batch_alter_table("disc_contents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disc_contents_media_record_id"))
        batch_op.drop_index(batch_op.f("ix_disc_contents_disc_id"))

    op.drop_table("disc_contents")
    with op.batch_alter_table("disc_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disc_checks_disc_id"))
        batch_op.drop_index(batch_op.f("ix_disc_checks_copy_id"))

    op.drop_table("disc_checks")
    with op.batch_alter_table("disc_set_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disc_set_cases_case_id"))

    op.drop_table("disc_set_cases")
    with op.batch_alter_table("disc_copies", schema=None) as batch_op:
        batch_op.drop_index("ix_disc_copies_next_check")

    op.drop_table("disc_copies")
    with op.batch_alter_table("discs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discs_image_sha256"))
        batch_op.drop_index(batch_op.f("ix_discs_disc_set_id"))

    op.drop_table("discs")
    with op.batch_alter_table("archive_volumes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archive_volumes_filed_on"))

    op.drop_table("archive_volumes")
    op.drop_table("disc_sets")
    op.drop_table("archive_code_scheme")
    op.drop_table("archive_code_counters")
