"""Two workstations changing one case or document at once: one change wins, the other is told to reload."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import event, select

from archive_core.cases import case_files, records
from archive_core.cases.records import RecordInput
from archive_core.spine.errors import ConcurrentChangeError
from archive_core.spine.i18n import Translator
from models.audit import AuditEvent
from models.case_records import TextRecord
from tests.cases.conftest import case_input
from tests.race import Meeting, after, at_once, two_workstations


def test_two_corrections_of_one_version_leave_one_current_version(ws, home, db_url, archivist, new_case,
                                                                  monkeypatch):
    new_case("A-1")
    first = records.add_record(ws, archivist, "A-1", RecordInput("penalty_decision", doc_no="罚决1", sealed=True))
    meeting = Meeting()
    monkeypatch.setattr(records, "_input_of", after(meeting, records._input_of))
    with two_workstations(home, db_url) as (a, b):
        results = at_once(
            lambda: records.correct_record(a, archivist, first.id, "补录文号", doc_no="罚决〔2024〕1号"),
            lambda: records.correct_record(b, archivist, first.id, "更正文号", doc_no="罚决〔2024〕2号"))
    (won,) = [r for r in results if isinstance(r, records.RecordView)]
    (lost,) = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(lost, records.AlreadyCorrectedError) and isinstance(lost, ConcurrentChangeError)
    assert lost.exit_code == 9
    zh = lost.render(Translator("zh_CN").error)
    assert f"记录 {first.id} 已被更正" in zh and "未保存" in zh and "重新载入" in zh
    with ws.unit(archivist, write=False) as uow:
        versions = uow.session.execute(select(TextRecord.version, TextRecord.is_current, TextRecord.doc_no)
                                       .order_by(TextRecord.version)).all()
    assert versions == [(1, False, "罚决1"), (2, True, won.doc_no)]


def _updates(ws, archivist):
    with ws.unit(archivist, write=False) as uow:
        rows = uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == "case.update")
                                   .order_by(AuditEvent.seq)).scalars()
        return [json.loads(d) for d in rows]


def test_a_case_edit_started_from_values_changed_meanwhile_is_refused(ws, home, db_url, archivist, new_case,
                                                                      monkeypatch):
    new_case("A-1", title="原标题")
    meeting = Meeting()
    monkeypatch.setattr(case_files, "get_case", after(meeting, case_files.get_case))
    with two_workstations(home, db_url) as (a, b):
        results = at_once(
            lambda: case_files.update_case(a, archivist, "A-1", expected={"title": "原标题"}, title="甲改的标题"),
            lambda: case_files.update_case(b, archivist, "A-1", expected={"title": "原标题"}, title="乙改的标题"))
    assert meeting.arrived == 2
    (won,) = [r for r in results if not isinstance(r, BaseException)]
    (lost,) = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(lost, case_files.CaseChangedError), lost
    zh = lost.render(Translator("zh_CN").error)
    assert "案件 A-1 在您编辑期间已被他人修改（案件名称）" in zh and "重新载入" in zh
    assert case_files.case_detail(ws, archivist, "A-1").case.title == won.title
    assert _updates(ws, archivist) == [{"before": {"title": "原标题"}, "after": {"title": won.title}}]


def test_the_second_of_two_case_edits_audits_the_first_ones_value_as_before(ws, home, db_url, archivist,
                                                                           new_case, monkeypatch):
    new_case("A-1", title="原标题")
    meeting = Meeting()
    monkeypatch.setattr(case_files, "get_case", after(meeting, case_files.get_case))
    with two_workstations(home, db_url) as (a, b):
        results = at_once(lambda: case_files.update_case(a, archivist, "A-1", title="甲改的标题"),
                          lambda: case_files.update_case(b, archivist, "A-1", title="乙改的标题"))
    assert not any(isinstance(r, BaseException) for r in results), results
    first, second = _updates(ws, archivist)
    assert first["before"] == {"title": "原标题"} and second["before"] == first["after"]
    assert case_files.case_detail(ws, archivist, "A-1").case.title == second["after"]["title"]


def test_two_workstations_registering_one_case_number(ws, home, db_url, archivist, new_case):
    new_case("A-0")  # the checklist catalogue exists: the next flush of a unit is its case's insert
    meeting = Meeting()
    with two_workstations(home, db_url) as (a, b):
        for station in (a, b):
            event.listen(station.db.writer, "before_flush", lambda *_: meeting.meet(), once=True)
        results = at_once(lambda: case_files.create_case(a, archivist, case_input("A-1", title="甲")),
                          lambda: case_files.create_case(b, archivist, case_input("A-1", title="乙")))
    (lost,) = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(lost, case_files.DuplicateCaseError), repr(lost)
    assert "案号 A-1 已存在" in lost.render(Translator("zh_CN").error)
    assert len(case_files.search_ids(ws, archivist, case_files.CaseQuery(text="A-1", field="case_no"))) == 1


def test_an_old_version_is_not_corrected_again(ws, archivist, new_case):
    new_case("A-1")
    first = records.add_record(ws, archivist, "A-1", RecordInput("penalty_decision", doc_no="罚决1", sealed=True))
    records.correct_record(ws, archivist, first.id, "补录签发日期", issued_on=date(2024, 4, 1))
    before = records.record_history(ws, archivist, first.id)
    try:
        records.correct_record(ws, archivist, first.id, "再次更正", doc_no="罚决2")
    except records.AlreadyCorrectedError as exc:
        assert exc.params["version"] == 2 and exc.params["by"] == archivist.username
    else:
        raise AssertionError("an old version was corrected")
    assert records.record_history(ws, archivist, first.id) == before
