"""Migration 0009 splits the lumped checklist items of catalogues in use without losing what they recorded."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from archive_core.cases.compliance import engine
from models.engine import Database, _alembic_config, migrate, open_database
from tests.conftest import DB_KINDS, PG_ENV, _schema_url

T = "'2026-01-01 00:00:00'"


@pytest.fixture(params=DB_KINDS)
def old_catalogue(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A catalogue at revision 0008 (before the split), on SQLite or in a new PostgreSQL schema."""
    schema = ""
    if request.param == "sqlite":
        db = open_database(f"sqlite:///{tmp_path / 'catalogue.sqlite3'}")
    else:
        admin = request.getfixturevalue("pg_admin")
        schema = f"m_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        db = open_database(_schema_url(os.environ[PG_ENV], schema))
    cfg = _alembic_config(db)
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008_checklist_media_fk")
    try:
        yield db
    finally:
        db.dispose()
        if schema:
            with request.getfixturevalue("pg_admin").connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _fill(db: Database) -> None:
    """Two cases as the older version wrote them: 8.2 met by three documents, 8.1 marked not applicable."""
    rows = {
        "checklist_templates (code, stage, article, item, name, name_zh, initiation, required, required_types, "
        "sort_order, active)": [
            ("8.1", "initiation", "8", "1", "Source and reason", "来源、启动原因", "ex_officio", True, "", 0, True),
            ("8.2", "initiation", "8", "2", "Application etc.", "申请、补正、受理情况", "application", True, "", 1,
             True),
            ("9.1", "investigation", "9", "1", "Officers", "执法人员", "", True, "", 2, True)],
        "document_types (code, name, name_zh, category, stage, issued_to_party, party_signature, checklist_codes, "
        "sort_order, active)": [
            ("application", "Application", "申请书", "other", "initiation", False, False, "8.2", 0, True),
            ("acceptance_notice", "Acceptance", "受理通知书", "issued", "initiation", True, False, "8.2", 1, True),
            ("other", "Other", "其他文书", "other", "investigation", False, False, "", 2, True),
            ("agency_form", "Agency form", "本机关表格", "other", "initiation", False, False, "8.2,9.1", 3, True),
            ("legal_review", "Legal review", "法制审核意见书", "approval", "decision", False, False, "", 4, True),
            ("handling_approval", "Approval", "案件处理审批表", "approval", "decision", False, False, "", 5, True)],
        "cases (id, case_no, title, enforcement_type, initiation, source, entrusting_agency, agency, opened_on, "
        "current_stage, confidentiality, av_mandatory, av_reasons, summary, compliance_state, finding_count, "
        "created_at, created_by)": [
            (1, "L-1", "许可案", "licensing", "application", "", "", "", "2026-01-01", "investigation", "internal",
             False, "", "", "unchecked", 0, "2026-01-01 00:00:00", "x"),
            (2, "P-1", "处罚案", "penalty", "ex_officio", "", "", "", "2026-01-01", "investigation", "internal",
             False, "", "", "unchecked", 0, "2026-01-01 00:00:00", "x")],
    }
    with db.write_engine.begin() as conn:
        for table, values in rows.items():
            columns = table[table.index("(") + 1:-1].split(", ")
            names = ", ".join(f":{c}" for c in columns)
            conn.execute(text(f"INSERT INTO {table} VALUES ({names})"),
                         [dict(zip(columns, v, strict=True)) for v in values])
        for rid, doc_type in ((1, "application"), (2, "acceptance_notice"), (3, "other")):
            conn.execute(text(
                "INSERT INTO text_records (id, case_id, stage, doc_type, doc_no, title, sealed, pages, file_name, "
                "party_signed, refusal_note, handler_opinion, reviewer_opinion, approver_opinion, lineage_id, "
                f"version, is_current, correction_reason, created_at, created_by) VALUES ({rid}, 1, 'initiation', "
                f":t, '', '', true, 1, '', false, '', '', '', '', {rid}, 1, true, '', {T}, 'x')"), {"t": doc_type})
        conn.execute(text("INSERT INTO checklist_items (case_id, code, stage, status, na_reason, updated_at, "
                          f"updated_by) VALUES (1, '8.2', 'initiation', 'recorded', '', {T}, 'x'), "
                          f"(2, '8.1', 'initiation', 'not_applicable', '依旧规则注明不适用', {T}, 'x')"))
        conn.execute(text("INSERT INTO checklist_links (item_id, text_record_id, created_at) SELECT i.id, r.id, "
                          f"{T} FROM checklist_items i, text_records r WHERE i.code = '8.2'"))


def test_split_keeps_what_old_items_recorded(old_catalogue: Database, tmp_path: Path) -> None:
    db = old_catalogue
    _fill(db)
    migrate(db, tmp_path / "backups")
    with db.write_engine.connect() as conn:
        def q(sql: str) -> list[tuple[object, ...]]:
            return [tuple(r) for r in conn.execute(text(sql))]

        assert q("SELECT code, active, situational FROM checklist_templates ORDER BY sort_order") == [
            ("8.1", False, False), ("8.1a", True, False), ("8.1b", True, False), ("8.2", False, False),
            ("8.2a", True, False), ("8.2b", True, True), ("8.2c", True, False), ("9.1", True, False)]
        assert q("SELECT name_zh FROM checklist_templates WHERE code = '8.2'") == [
            ("申请、补正、受理情况（已拆分为8.2a、8.2b、8.2c）",)]
        # each fact's item has the link whose document names it; the unnamed "other" stays on the retired item
        items = q("SELECT i.code, i.status, i.na_reason, l.text_record_id FROM checklist_items i LEFT JOIN "
                  "checklist_links l ON l.item_id = i.id ORDER BY i.case_id, i.code, l.text_record_id")
        assert items == [
            ("8.2", "recorded", "", 1), ("8.2", "recorded", "", 2), ("8.2", "recorded", "", 3),
            ("8.2a", "recorded", "", 1), ("8.2b", "missing", "", None), ("8.2c", "recorded", "", 2),
            ("8.1", "not_applicable", "依旧规则注明不适用", None),
            ("8.1a", "not_applicable", "依旧规则注明不适用", None),
            ("8.1b", "not_applicable", "依旧规则注明不适用", None)]
        assert q("SELECT code, category, opinions, checklist_codes FROM document_types ORDER BY sort_order") == [
            ("application", "other", "", "8.2a"), ("acceptance_notice", "issued", "", "8.2c"),
            ("other", "other", "", ""), ("agency_form", "other", "", "9.1"),
            ("legal_review", "internal", "reviewer", ""),
            ("handling_approval", "approval", "handler,reviewer,approver", "")]
    with Session(db.write_engine) as session:
        found = engine.evaluate(session, [1, 2], only=["art8_11.checklist"])
    assert [(f.case_id, f.params["code"]) for fs in found.values() for f in fs] == [(1, "8.2b")]
