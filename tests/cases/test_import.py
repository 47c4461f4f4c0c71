"""Import from JSON and CSV: bad rows reported with line and reason, the rest imported, re-import changes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from archive_core.cases import case_files, importing
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.i18n import Translator
from models.audit import AuditEvent
from models.case_records import ServiceRecord, TextRecord
from models.cases import Case
from models.people import Officer, Party

GOOD = {
    "case_no": "石市监罚〔2024〕17号", "title": "销售过期食品案", "enforcement_type": "penalty",
    "initiation": "ex_officio", "opened_on": "2024-03-01", "action_ended_at": "2024-05-10",
    "current_stage": "service_execution", "av_reasons": ["major_property"],
    "parties": [{"kind": "organisation", "name": "石家庄恒达食品有限公司", "id_number": "91130100MA0A1B2C3D"}],
    "officers": [{"name": "王建国", "certificate_no": "13010001"}, {"name": "李明", "certificate_no": "13010002"}],
    "documents": [
        {"doc_type": "questioning_record", "doc_no": "询1", "refusal_note": "拒签",
         "refusal_witnesses": ["13010001", "13010002"], "file": "scan.pdf"},
        {"doc_type": "handling_approval", "doc_no": "批1",
         "approval": {"handler_opinion": "罚款", "handler_signed_on": "2024-04-01"}},
        {"doc_type": "service_receipt", "doc_no": "送1",
         "service": {"method": "postal", "served_document": "行政处罚决定书", "recipient": "恒达公司",
                     "served_at": "2024-04-05T10:00:00+08:00", "receipt_kept": True}},
    ],
}


def counts(ws, actor):
    with ws.unit(actor, write=False) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar()
                     for t in (Case, Party, Officer, TextRecord, ServiceRecord))


def write_json(tmp_path, rows):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 scan")
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "archive-ws-cases/1", "cases": rows}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


def test_json_import_with_bad_rows_and_idempotent_reimport(ws, archivist, tmp_path):
    bad_date = dict(GOOD, case_no="B-1", opened_on="2024-13-01")
    secret = dict(GOOD, case_no="B-2", confidentiality="机密", documents=[])
    bad_doc = dict(GOOD, case_no="B-3", documents=[{"doc_type": "no_such_type"}])
    second = dict(GOOD, case_no="石市监罚〔2024〕18号", documents=[])
    path = write_json(tmp_path, [GOOD, bad_date, secret, bad_doc, second])
    text = path.read_text(encoding="utf-8").splitlines()
    report = importing.import_file(ws, archivist, path)
    assert report.rows == 5 and report.created["cases"] == 2 and report.created["documents"] == 3
    by_key = {e.key: e for e in report.errors}
    assert set(by_key) == {"B-1", "B-2", "B-3"}
    assert "opened_on: not a date" in by_key["B-1"].reason
    assert "State secrets do not belong" in by_key["B-2"].reason
    assert "document type not found" in by_key["B-3"].reason
    for key, err in by_key.items():  # the line is where that case's object starts
        assert text[err.line - 1].strip() == "{" and f'"{key}"' in text[err.line]
    before = counts(ws, archivist)
    assert before == (2, 1, 2, 3, 1)
    again = importing.import_file(ws, archivist, path)
    assert again.created == {"cases": 0, "parties": 0, "officers": 0, "documents": 0}
    assert again.unchanged == 2 and len(again.errors) == 3
    assert counts(ws, archivist) == before
    detail = case_files.case_detail(ws, archivist, "石市监罚〔2024〕17号")
    assert detail.case.av_mandatory and detail.case.compliance_state == "error"  # approval incomplete, no A/V
    q = next(r for r in detail.records if r.doc_type == "questioning_record")
    assert len([s for s in q.signatures if s.role == "refusal_witness"]) == 2
    assert ws.vault.path_of(q.file_sha256).read_bytes() == b"%PDF-1.4 scan"


def test_summary_counts_the_parties_and_officers_stored_with_new_cases(ws, archivist, tmp_path):
    second = dict(GOOD, case_no="石市监罚〔2024〕18号", documents=[])
    report = importing.import_file(ws, archivist, write_json(tmp_path, [GOOD, second]))
    # each new case is linked to its one party and two officers
    assert report.created == {"cases": 2, "parties": 2, "officers": 4, "documents": 3}


def test_existing_case_with_different_data_is_reported_not_changed(ws, archivist, tmp_path):
    importing.import_file(ws, archivist, write_json(tmp_path, [GOOD]))
    changed = dict(GOOD, title="另一个标题")
    report = importing.import_file(ws, archivist, write_json(tmp_path, [changed]))
    assert len(report.errors) == 1 and "different title" in report.errors[0].reason
    assert case_files.case_detail(ws, archivist, GOOD["case_no"]).case.title == "销售过期食品案"


def test_csv_tables(ws, archivist, tmp_path):
    (tmp_path / "cases.csv").write_text(
        "\ufeffcase_no,title,enforcement_type,initiation,opened_on,current_stage\n"
        "冀建许〔2024〕1号,建筑工程施工许可,licensing,application,2024-02-01,decision\n"
        "冀建许〔2024〕2号,,licensing,application,2024-02-01,decision\n"
        "冀建许〔2024〕3号,燃气经营许可,licensing,application,2024-02-05,initiation\n", encoding="utf-8")
    (tmp_path / "officers.csv").write_text(
        "case_no,name,certificate_no,unit\n冀建许〔2024〕1号,赵磊,13020001,省住建厅\n"
        "冀建许〔2024〕1号,钱伟,,省住建厅\n不存在,孙倩,13020003,省住建厅\n", encoding="utf-8")
    (tmp_path / "parties.csv").write_text(
        "case_no,kind,name,id_number\n冀建许〔2024〕1号,organisation,河北建工集团,911300001\n", encoding="utf-8")
    (tmp_path / "documents.csv").write_text(
        "case_no,doc_type,doc_no,issued_on,sealed,participants,service_method,recipient,served_at,receipt_kept\n"
        "冀建许〔2024〕1号,application,申1,2024-02-01,0,,,,,\n"
        "冀建许〔2024〕1号,hearing_record,听1,,0,张三:1;李四:0,,,,\n"
        "冀建许〔2024〕1号,service_receipt,送1,,0,,postal,河北建工集团,2024-03-01T09:00:00+08:00,是\n"
        "冀建许〔2024〕1号,licence_decision,许1,2024-02-20,maybe,,,,,\n", encoding="utf-8")
    r = importing.import_file(ws, archivist, tmp_path / "cases.csv")
    assert r.created["cases"] == 2 and [(e.line, e.key) for e in r.errors] == [(3, "冀建许〔2024〕2号")]
    assert "needs a title" in r.errors[0].reason
    r = importing.import_file(ws, archivist, tmp_path / "officers.csv")
    assert r.created["officers"] == 1 and [e.line for e in r.errors] == [3, 4]
    assert "certificate number" in r.errors[0].reason and "case not found" in r.errors[1].reason
    r = importing.import_file(ws, archivist, tmp_path / "parties.csv")
    assert r.created["parties"] == 1 and r.ok
    r = importing.import_file(ws, archivist, tmp_path / "documents.csv")
    assert r.created["documents"] == 3 and [e.line for e in r.errors] == [5]
    assert "sealed: not a yes/no value: 'maybe'" in r.errors[0].reason
    zh = importing.import_file(ws, archivist, tmp_path / "documents.csv", translate=Translator("zh_CN").error)
    assert [e.reason for e in zh.errors] == ["sealed：不是“是/否”值：'maybe'"]
    before = counts(ws, archivist)
    for name in ("cases.csv", "officers.csv", "parties.csv", "documents.csv"):
        assert importing.import_file(ws, archivist, tmp_path / name).created == {
            "cases": 0, "parties": 0, "officers": 0, "documents": 0}
    assert counts(ws, archivist) == before
    detail = case_files.case_detail(ws, archivist, "冀建许〔2024〕1号")
    hearing = next(r for r in detail.records if r.doc_type == "hearing_record")
    assert [(s.name, s.signed) for s in hearing.signatures] == [("张三", True), ("李四", False)]
    assert next(r for r in detail.records if r.doc_type == "service_receipt").service.receipt_kept


def test_a_document_file_outside_the_import_folder_is_refused_by_line(ws, archivist, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("not a scan of this case", encoding="utf-8")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "link.pdf").symlink_to(outside)
    names = {"T-1": "../outside.txt", "T-2": str(outside), "T-3": "link.pdf", "T-4": "../../../../etc/passwd"}
    rows = [dict(GOOD, case_no=no, documents=[{"doc_type": "questioning_record", "doc_no": "询1", "file": name}])
            for no, name in names.items()]
    path = write_json(folder, rows)
    report = importing.import_file(ws, archivist, path, translate=Translator("zh_CN").error)
    assert report.created["cases"] == 0 and report.created["documents"] == 0
    by_key = {e.key: e.reason for e in report.errors}
    for no, name in names.items():
        assert f"文件 {name} 不在导入文件所在的文件夹内" in by_key[no]
    assert counts(ws, archivist) == (0, 0, 0, 0, 0)


def test_unreadable_file_is_refused_whole(ws, archivist, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"cases": [{"case_no": "A"', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.json"):
        importing.import_file(ws, archivist, path)
    assert counts(ws, archivist)[0] == 0
    odd = tmp_path / "odd.csv"
    odd.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="matches no import table"):
        importing.import_file(ws, archivist, odd)


def test_import_needs_permission(ws, auditor, tmp_path):
    with pytest.raises(PermissionDeniedError):
        importing.import_file(ws, auditor, write_json(tmp_path, [GOOD]))
    with ws.unit(auditor, write=False) as uow:
        assert not uow.session.execute(select(AuditEvent).where(AuditEvent.action == "case.import")).first()
