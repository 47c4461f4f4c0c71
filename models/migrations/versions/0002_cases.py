"""cases: case files, stage checklists, text records

Revision ID: 0002_cases
Revises: 0001_spine
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0002_cases"
down_revision: str | Sequence[str] | None = "0001_spine"
branch_labels: str | Sequence[str] | None = ("cases",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=256), nullable=False),
        sa.Column("enforcement_type", sa.String(length=16), nullable=False),
        sa.Column("initiation", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=256), nullable=False),
        sa.Column("entrusting_agency", sa.String(length=128), nullable=False),
        sa.Column("agency", sa.String(length=128), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("action_ended_at", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.Date(), nullable=True),
        sa.Column("current_stage", sa.String(length=20), nullable=False),
        sa.Column("confidentiality", sa.String(length=20), nullable=False),
        sa.Column("av_mandatory", sa.Boolean(), nullable=False),
        sa.Column("av_reasons", sa.String(length=96), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("compliance_state", sa.String(length=16), nullable=False),
        sa.Column("finding_count", sa.Integer(), nullable=False),
        sa.Column("checked_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("case_no", name=op.f("uq_cases_case_no")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_action_ended_at"), ["action_ended_at"], unique=False)
        batch_op.create_index("ix_cases_compliance_state", ["compliance_state", "opened_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_current_stage"), ["current_stage"], unique=False)
        batch_op.create_index("ix_cases_opened_on_id", ["opened_on", "id"], unique=False)
        batch_op.create_index("ix_cases_title", ["title"], unique=False)
        batch_op.create_index("ix_cases_type_opened", ["enforcement_type", "opened_on"], unique=False)

    op.create_table(
        "checklist_templates",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("article", sa.String(length=8), nullable=False),
        sa.Column("item", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("name_zh", sa.String(length=256), nullable=False),
        sa.Column("initiation", sa.String(length=16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("required_types", sa.String(length=96), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_checklist_templates")),
    )
    op.create_table(
        "document_types",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("issued_to_party", sa.Boolean(), nullable=False),
        sa.Column("party_signature", sa.Boolean(), nullable=False),
        sa.Column("checklist_codes", sa.String(length=96), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_document_types")),
    )
    op.create_table(
        "case_officers",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_officers_case_id_cases")),
        sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_case_officers_officer_id_officers")),
        sa.PrimaryKeyConstraint("case_id", "officer_id", name=op.f("pk_case_officers")),
    )
    with op.batch_alter_table("case_officers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_officers_officer_id"), ["officer_id"], unique=False)

    op.create_table(
        "case_parties",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_parties_case_id_cases")),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_case_parties_party_id_parties")),
        sa.PrimaryKeyConstraint("case_id", "party_id", name=op.f("pk_case_parties")),
    )
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_parties_party_id"), ["party_id"], unique=False)

    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("na_reason", sa.Text(), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_checklist_items_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["code"], ["checklist_templates.code"], name=op.f("fk_checklist_items_code_checklist_templates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
        sa.UniqueConstraint("case_id", "code", name="uq_checklist_items_case_code"),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_items_status", ["status", "case_id"], unique=False)

    op.create_table(
        "text_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("doc_type", sa.String(length=48), nullable=False),
        sa.Column("doc_no", sa.String(length=96), nullable=False),
        sa.Column("title", sa.String(length=256), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=512), nullable=False),
        sa.Column("party_signed", sa.Boolean(), nullable=False),
        sa.Column("refusal_note", sa.Text(), nullable=False),
        sa.Column("handler_opinion", sa.Text(), nullable=False),
        sa.Column("handler_signed_on", sa.Date(), nullable=True),
        sa.Column("reviewer_opinion", sa.Text(), nullable=False),
        sa.Column("reviewer_signed_on", sa.Date(), nullable=True),
        sa.Column("approver_opinion", sa.Text(), nullable=False),
        sa.Column("approver_signed_on", sa.Date(), nullable=True),
        sa.Column("lineage_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("superseded_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_text_records_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["doc_type"], ["document_types.code"], name=op.f("fk_text_records_doc_type_document_types")
        ),
        sa.ForeignKeyConstraint(
            ["file_sha256"], ["vault_objects.sha256"], name=op.f("fk_text_records_file_sha256_vault_objects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_records")),
    )
    with op.batch_alter_table("text_records", schema=None) as batch_op:
        batch_op.create_index("ix_text_records_case_current", ["case_id", "is_current"], unique=False)
        batch_op.create_index(batch_op.f("ix_text_records_lineage_id"), ["lineage_id"], unique=False)
        batch_op.create_index("ix_text_records_type_current", ["doc_type", "is_current"], unique=False)

    op.create_table(
        "checklist_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("text_record_id", sa.Integer(), nullable=True),
        sa.Column("media_record_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["checklist_items.id"], name=op.f("fk_checklist_links_item_id_checklist_items")
        ),
        sa.ForeignKeyConstraint(
            ["text_record_id"], ["text_records.id"], name=op.f("fk_checklist_links_text_record_id_text_records")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_links")),
        sa.UniqueConstraint("item_id", "text_record_id", "media_record_id", name="uq_checklist_links_item_record"),
    )
    with op.batch_alter_table("checklist_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_links_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_links_media_record_id"), ["media_record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_links_text_record_id"), ["text_record_id"], unique=False)

    op.create_table(
        "record_signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_record_signatures_officer_id_officers")),
        sa.ForeignKeyConstraint(
            ["record_id"], ["text_records.id"], name=op.f("fk_record_signatures_record_id_text_records")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_signatures")),
    )
    with op.batch_alter_table("record_signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_signatures_record_id"), ["record_id"], unique=False)

    op.create_table(
        "service_records",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("served_document", sa.String(length=256), nullable=False),
        sa.Column("recipient", sa.String(length=128), nullable=False),
        sa.Column("served_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("place", sa.String(length=256), nullable=False),
        sa.Column("server_name", sa.String(length=128), nullable=False),
        sa.Column("server_signed", sa.Boolean(), nullable=False),
        sa.Column("recipient_signed", sa.Boolean(), nullable=False),
        sa.Column("entrust_reason", sa.Text(), nullable=False),
        sa.Column("receipt_kept", sa.Boolean(), nullable=False),
        sa.Column("receipt_sha256", sa.String(length=64), nullable=True),
        sa.Column("lien_circumstances", sa.Text(), nullable=False),
        sa.Column("witness_name", sa.String(length=128), nullable=False),
        sa.Column("witness_signed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_sha256"], ["vault_objects.sha256"], name=op.f("fk_service_records_receipt_sha256_vault_objects")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["text_records.id"], name=op.f("fk_service_records_record_id_text_records")
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_service_records")),
    )


def downgrade() -> None:

    op.drop_table("service_records")
    with op.batch_alter_table("record_signatures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_signatures_record_id"))

    op.drop_table("record_signatures")
    with op.batch_alter_table("checklist_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_links_text_record_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_links_media_record_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_links_item_id"))

    op.drop_table("checklist_links")
    with op.batch_alter_table("text_records", schema=None) as batch_op:
        batch_op.drop_index("ix_text_records_type_current")
        batch_op.drop_index(batch_op.f("ix_text_records_lineage_id"))
        batch_op.drop_index("ix_text_records_case_current")

    op.drop_table("text_records")
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_items_status")

    op.drop_table("checklist_items")
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_parties_party_id"))

    op.drop_table("case_parties")
    with op.batch_alter_table("case_officers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_officers_officer_id"))

    op.drop_table("case_officers")
    op.drop_table("document_types")
    op.drop_table("checklist_templates")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_type_opened")
        batch_op.drop_index("ix_cases_title")
        batch_op.drop_index("ix_cases_opened_on_id")
        batch_op.drop_index(batch_op.f("ix_cases_current_stage"))
        batch_op.drop_index("ix_cases_compliance_state")
        batch_op.drop_index(batch_op.f("ix_cases_action_ended_at"))

    op.drop_table("cases")
