"""Catalogue rows changed behind the program's back are named by table, id and field (Art. 7, 27)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from archive_core.archiving import discs, volumes
from archive_core.equipment import devices, loans
from archive_core.spine.audit import service
from archive_core.spine.vault import fixity
from disc_burning.plan import MEDIA, MIB, Medium
from models.archiving import Disc
from models.av import MediaRecord
from models.case_records import TextRecord
from models.devices import Loan
from tests.conftest import PASSWORD, run_cli

pytestmark = pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")

TINY = Medium("tiny", "测试盘 4.2MiB", 4 * MIB + 200 * 1024)


@pytest.fixture
def catalogue(ws, archivist, make_actor, ended_case, evidence, tmp_path, monkeypatch):
    """One row of every audited table, each written through the services: (table, id) of each."""
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    case = ended_case()
    clip = evidence.add_mp4(case, "执法记录仪_现场检查.mp4")
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    discs.build_set(ws, archivist, plan, tmp_path / "discs")
    clerk = make_actor("equipment_clerk")
    out_at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", model="DSJ-V9", now=out_at - timedelta(days=1))
    loans.checkout(ws, clerk, "ZF-0001", "13010001", out_at + timedelta(hours=12), now=out_at)
    with ws.db.reader() as s:
        ids = {"text_records": s.execute(select(TextRecord.id)).scalars().first(),
               "discs": s.execute(select(Disc.id)).scalars().first(),
               "device_loans": s.execute(select(Loan.id)).scalars().first()}
        assert s.get(MediaRecord, clip.id) is not None
    return {"cases": case.id, "media_records": clip.id, "archive_volumes": volume.id, **ids}


EDITS = {  # table → (column, raw SQL value)
    "cases": ("title", "'改过的案由'"),
    "text_records": ("pages", "99"),
    "media_records": ("recorded_start", "'2024-03-05 01:00:00.000000'"),
    "device_loans": ("due_at", "'2030-01-01 00:00:00.000000'"),
    "archive_volumes": ("late_reason", "'无'"),
    "discs": ("image_sha256", "'" + "0" * 64 + "'"),
}


def test_rows_written_through_the_program_all_match_the_trail(ws, auditor, catalogue):
    result = service.verify(ws, auditor)
    assert result.ok, (result.problems, result.catalogue)
    assert not result.catalogue.not_covered
    assert result.catalogue.checked >= len(catalogue)


def test_rows_edited_with_raw_sql_are_named_by_table_id_and_field(ws, auditor, catalogue, home, db_url, capsys,
                                                                  monkeypatch):
    with ws.db.writer() as s, s.begin():
        for table, (column, value) in EDITS.items():
            s.execute(text(f"UPDATE {table} SET {column} = {value} WHERE id = {catalogue[table]}"))
    result = service.verify(ws, auditor)
    assert not result.ok
    named = {(p.table, p.record_id, p.field) for p in result.catalogue.problems}
    assert named == {(t, str(catalogue[t]), c) for t, (c, _v) in EDITS.items()}
    assert not result.problems  # the trail itself is intact: it is the rows that changed

    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, out = run_cli(home, db_url, auditor.username, capsys, "audit", "verify")
    assert code == 7
    assert {(p["table"], p["id"], p["field"]) for p in out["catalogue"]["problems"]} == named  # type: ignore[index]
    code, words = run_cli(home, db_url, auditor.username, capsys, "audit", "verify", as_json=False)
    assert code == 7 and f"cases #{catalogue['cases']}" in str(words) and "title" in str(words)
    # the scheduled fixity (`verify`) runs the same check
    report = fixity.verify_vault(ws, auditor)
    assert not report.ok and {(p.table, p.field) for p in report.catalogue.problems} == {
        (t, c) for t, (c, _v) in EDITS.items()}


def test_deleted_and_planted_rows_are_reported(ws, auditor, catalogue):
    with ws.db.writer() as s, s.begin():
        s.execute(text("INSERT INTO device_loans (id, device_id, officer_id, checked_out_at, due_at, out_condition, "
                       "out_notes, out_by, checked_in_at, in_notes) SELECT 9999, device_id, officer_id, "
                       "checked_out_at, due_at, 'good', '', 'intruder', due_at, '' FROM device_loans"))
        s.execute(text(f"DELETE FROM device_loans WHERE id = {catalogue['device_loans']}"))
    report = service.verify(ws, auditor).catalogue
    assert [(p.table, p.record_id, p.problem) for p in report.problems] == [
        ("device_loans", str(catalogue["device_loans"]), "deleted")]
    # a row no event ever recorded: reported apart, as not covered
    assert report.not_covered == {"device_loans": ["9999"]}
