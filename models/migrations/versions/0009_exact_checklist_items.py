"""checklist items and text-record facts say exactly what the article says (Art. 8, 9, 15, 16)

Revision ID: 0009_exact_checklist_items
Revises: 0008_checklist_media_fk

Items 8.1, 8.2 and 9.9 each named several facts and were met by a record of any one of them. Each becomes one item
per fact (8.1a/b, 8.2a/b/c, 9.9a/b). Existing cases keep their data meaningful by this rule:
- each old item stays, under a retired template (inactive, so no longer checked), with every link it had;
- the new items are added to every case that carries the old one; a link whose record's document type names the
  fact (a 受理通知书 is the acceptance) is copied to that fact's item; a link that names no fact (an A/V record, an
  "other" document) stays on the retired item only, for a person to link to the right fact;
- a not-applicable reason given to the old item applies to all of its facts and is copied to each;
- a document type that listed the old code lists the new code of its fact, or none when it names no fact.
Other internal documents (case-source register, reports, legal review opinion) leave the approval category: Art. 16
is about approval forms (审批表); each carries the opinions it is made for. Text records gain the Art. 15 facts
(cross-page seal, alterations and their marks) and the handler's reasons (Art. 16).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_exact_checklist_items"
down_revision: str | Sequence[str] | None = "0008_checklist_media_fk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# old code -> its facts: (new code, English name, Chinese name, document types that record the fact, situational)
SPLITS: dict[str, tuple[tuple[str, str, str, tuple[str, ...], bool], ...]] = {
    "8.1": (("8.1a", "Source of the matter (ex officio)", "执法事项来源（依职权启动）", ("case_source_record",), False),
            ("8.1b", "Reason for starting (ex officio)", "启动原因（依职权启动）", ("filing_approval",), False)),
    "8.2": (("8.2a", "Application (on application)", "申请情况（依申请启动）", ("application",), False),
            ("8.2b", "Supplement or correction of the application (where one was requested)", "补正情况（要求补正的）",
             ("correction_notice",), True),
            ("8.2c", "Acceptance (on application)", "受理情况（依申请启动）", ("acceptance_notice",), False)),
    "9.9": (("9.9a", "Notice to the party of the rights to state, defend, request recusal and a hearing",
             "告知当事人陈述、申辩、申请回避、申请听证等权利情况", ("rights_notice",), False),
            ("9.9b", "What the party did: statement, defence, request for recusal or a hearing, or waiver",
             "当事人陈述、申辩、申请回避、申请听证等情况", ("statement_record",), False)),
}
# document type -> (category, opinions), for the default types that are not approval forms
INTERNAL_TYPES = {
    "case_source_record": "",
    "investigation_report": "handler",
    "legal_review": "reviewer",
    "property_disposal": "",
    "closing_report": "handler",
}
ALL_OPINIONS = "handler,reviewer,approver"


def upgrade() -> None:
    # plain ADD COLUMN (no table copy): SQLite would refuse to drop a table that other rows refer to
    op.add_column("checklist_templates", sa.Column("situational", sa.Boolean(), nullable=False,
                                                   server_default=sa.false()))
    op.add_column("document_types", sa.Column("opinions", sa.String(length=40), nullable=False, server_default=""))
    for name in ("cross_page_sealed", "has_alterations", "alterations_marked"):
        op.add_column("text_records", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("text_records", sa.Column("handler_reasons", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    _split_items(conn)
    _internal_documents(conn)


def _split_items(conn: sa.Connection) -> None:
    for old, facts in SPLITS.items():
        tpl = conn.execute(sa.text("SELECT stage, article, item, initiation, required, required_types, sort_order, "
                                   "active, name, name_zh FROM checklist_templates WHERE code = :c"),
                           {"c": old}).first()
        if tpl is None:
            continue  # an unseeded catalogue loads the new defaults
        conn.execute(sa.text("UPDATE checklist_templates SET sort_order = sort_order + :n WHERE sort_order > :o"),
                     {"n": len(facts), "o": tpl.sort_order})
        for n, (code, name, name_zh, _types, situational) in enumerate(facts, 1):
            conn.execute(sa.text(
                "INSERT INTO checklist_templates (code, stage, article, item, name, name_zh, initiation, required, "
                "required_types, situational, sort_order, active) VALUES (:code, :stage, :article, :item, :name, "
                ":name_zh, :initiation, :required, :required_types, :situational, :sort_order, :active)"),
                {"code": code, "stage": tpl.stage, "article": tpl.article, "item": tpl.item, "name": name,
                 "name_zh": name_zh, "initiation": tpl.initiation, "required": tpl.required,
                 "required_types": tpl.required_types, "situational": situational,
                 "sort_order": tpl.sort_order + n, "active": tpl.active})
        split_into = "、".join(code for code, *_ in facts)
        conn.execute(sa.text("UPDATE checklist_templates SET active = :f, name = :name, name_zh = :name_zh "
                             "WHERE code = :c"),
                     {"f": False, "c": old, "name": f"{tpl.name} (split into {split_into})",
                      "name_zh": f"{tpl.name_zh}（已拆分为{split_into}）"})
        items = conn.execute(sa.text("SELECT id, case_id, stage, status, na_reason, updated_at, updated_by "
                                     "FROM checklist_items WHERE code = :c"), {"c": old}).all()
        for it in items:
            for code, _name, _zh, types, _situational in facts:
                linked = conn.execute(sa.text(
                    "SELECT l.text_record_id, l.created_at FROM checklist_links l "
                    "JOIN text_records r ON r.id = l.text_record_id WHERE l.item_id = :i AND r.doc_type IN :types")
                    .bindparams(sa.bindparam("types", expanding=True)), {"i": it.id, "types": list(types)}).all()
                status = "recorded" if linked else ("not_applicable" if it.na_reason else "missing")
                new_id = conn.execute(sa.text(
                    "INSERT INTO checklist_items (case_id, code, stage, status, na_reason, updated_at, updated_by) "
                    "VALUES (:case_id, :code, :stage, :status, :na, :at, :by) RETURNING id"),
                    {"case_id": it.case_id, "code": code, "stage": it.stage, "status": status, "na": it.na_reason,
                     "at": it.updated_at, "by": it.updated_by}).scalar_one()
                for record_id, created_at in linked:
                    conn.execute(sa.text("INSERT INTO checklist_links (item_id, text_record_id, created_at) "
                                         "VALUES (:i, :r, :at)"), {"i": new_id, "r": record_id, "at": created_at})
        fact_of = {typ: code for code, _n, _z, types, _s in facts for typ in types}
        for typ, codes in conn.execute(sa.text("SELECT code, checklist_codes FROM document_types")).all():
            listed = [c for c in codes.split(",") if c]
            if old in listed:
                new = [fact_of[typ] if c == old else c for c in listed if c != old or typ in fact_of]
                conn.execute(sa.text("UPDATE document_types SET checklist_codes = :new WHERE code = :t"),
                             {"new": ",".join(new), "t": typ})


def _internal_documents(conn: sa.Connection) -> None:
    conn.execute(sa.text("UPDATE document_types SET opinions = :all WHERE category = 'approval'"),
                 {"all": ALL_OPINIONS})
    for code, opinions in INTERNAL_TYPES.items():
        conn.execute(sa.text("UPDATE document_types SET category = 'internal', opinions = :o "
                             "WHERE code = :c AND category = 'approval'"), {"o": opinions, "c": code})


def downgrade() -> None:
    raise NotImplementedError("0009 splits checklist items; restore the copy made before the upgrade instead")
