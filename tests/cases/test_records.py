"""Text records: type-specific facts, vault scans, checklist links, corrections as versions (Art. 12–18, 27)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from archive_core.cases import case_files, records
from archive_core.cases.records import RecordInput, ServiceInput
from archive_core.spine.errors import NotFoundError, ValidationError
from archive_core.spine.i18n import Translator
from models.case_records import TextRecord
from models.vault import VaultObject


def test_record_links_its_checklist_items_and_advances_the_stage(ws, archivist, new_case):
    new_case("A-1")
    rec = records.add_record(ws, archivist, "A-1", RecordInput(
        "questioning_record", doc_no="询〔2024〕1号", title="询问笔录（张某）", issued_on=date(2024, 3, 2),
        party_signed=True))
    assert rec.stage == "investigation" and rec.type_name_zh == "询问笔录" and rec.version == 1
    detail = case_files.case_detail(ws, archivist, "A-1")
    item = next(i for i in detail.checklist if i.code == "9.2")
    assert item.status == "recorded" and item.text_record_ids == (rec.id,)
    assert detail.case.current_stage == "investigation"


def test_scan_is_stored_in_the_vault(ws, archivist, new_case, tmp_path):
    new_case("A-1")
    scan = tmp_path / "决定书.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the decision")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("penalty_decision", doc_no="罚决〔2024〕1号",
                                                                issued_on=date(2024, 4, 1), sealed=True, file=scan))
    assert rec.file_name == "决定书.pdf"
    assert ws.vault.path_of(rec.file_sha256).read_bytes() == scan.read_bytes()
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(VaultObject, rec.file_sha256).original_name == "决定书.pdf"


def test_correction_adds_a_version_and_keeps_the_old_one(ws, archivist, new_case):
    new_case("A-1")
    first = records.add_record(ws, archivist, "A-1", RecordInput("penalty_decision", doc_no="罚决〔2024〕1号",
                                                                  issued_on=None, sealed=True))
    second = records.correct_record(ws, archivist, first.id, "补录签发日期，与原件核对", issued_on=date(2024, 4, 1))
    assert second.version == 2 and second.lineage_id == first.id and second.issued_on == date(2024, 4, 1)
    history = records.record_history(ws, archivist, second.id)
    assert [(v.version, v.is_current, v.issued_on) for v in history] == [
        (1, False, None), (2, True, date(2024, 4, 1))]
    assert history[1].correction_reason == "补录签发日期，与原件核对"
    with pytest.raises(records.AlreadyCorrectedError, match="already corrected: version 2"):
        records.correct_record(ws, archivist, first.id, "again", sealed=False)
    detail = case_files.case_detail(ws, archivist, "A-1")
    assert len(detail.records) == 2 and sum(r.is_current for r in detail.records) == 1


def test_correction_needs_a_reason_and_changes_nothing_without_one(ws, archivist, new_case):
    new_case("A-1")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("questioning_record", doc_no="询1"))
    with pytest.raises(ValidationError, match="needs a reason"):
        records.correct_record(ws, archivist, rec.id, "  ", party_signed=True)
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(TextRecord)).scalar() == 1


def test_correction_moves_checklist_links_to_the_new_version(ws, archivist, new_case):
    new_case("A-1")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("questioning_record", doc_no="询1"))
    new = records.correct_record(ws, archivist, rec.id, "当事人补签", party_signed=True)
    item = next(i for i in case_files.case_detail(ws, archivist, "A-1").checklist if i.code == "9.2")
    assert item.text_record_ids == (new.id,)


def test_correction_keeps_signatures_and_service(ws, archivist, new_case):
    new_case("A-1")
    served = datetime(2024, 4, 2, 9, tzinfo=UTC)
    rec = records.add_record(ws, archivist, "A-1", RecordInput(
        "service_receipt", doc_no="送1", service=ServiceInput("direct", served_document="行政处罚决定书",
                                                             recipient="张三", served_at=served)))
    new = records.correct_record(ws, archivist, rec.id, "补充送达地点", service=ServiceInput(
        "direct", served_document="行政处罚决定书", recipient="张三", served_at=datetime(2024, 4, 2, 9, tzinfo=UTC),
        place="当事人经营场所"))
    assert new.service.place == "当事人经营场所"
    old = records.record_history(ws, archivist, new.id)[0]
    assert old.service.place == "" and old.service.recipient == "张三"


def test_refusal_witness_must_be_an_officer_of_the_case(ws, archivist, new_case):
    new_case("A-1")
    with pytest.raises(ValidationError, match="not an officer of this case"):
        records.add_record(ws, archivist, "A-1", RecordInput("questioning_record", refusal_note="拒绝签字",
                                                             refusal_witnesses=("13010001", "99999999")))
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(TextRecord)).scalar() == 0


@pytest.mark.parametrize(("data", "message"), [
    (RecordInput("nonexistent"), "document type not found"),
    (RecordInput("service_receipt", service=ServiceInput("pigeon")), "service method must be one of"),
    (RecordInput("questioning_record", service=ServiceInput("direct")), "only service documents"),
    (RecordInput("questioning_record", stage="later"), "unknown stage"),
    (RecordInput("hearing_record", participants=(("", True),)), "participant needs a name"),
    (RecordInput("service_receipt", service=ServiceInput("direct", served_at=datetime(2024, 1, 1))), "time zone"),
])
def test_invalid_records_are_refused(ws, archivist, new_case, data, message):
    new_case("A-1")
    with pytest.raises((ValidationError, NotFoundError), match=message):
        records.add_record(ws, archivist, "A-1", data)
    assert case_files.case_detail(ws, archivist, "A-1").records == ()


def test_checklist_not_applicable_needs_a_reason(ws, archivist, new_case):
    new_case("A-1")
    with pytest.raises(ValidationError, match="why the item does not apply"):
        records.mark_not_applicable(ws, archivist, "A-1", "9.5", " ")
    item = records.mark_not_applicable(ws, archivist, "A-1", "9.5", "本案未抽样")
    assert item.status == "not_applicable" and item.na_reason == "本案未抽样"
    assert records.clear_not_applicable(ws, archivist, "A-1", "9.5").status == "missing"


@pytest.mark.parametrize("reason", ["无", "-", "n/a", "N/A", "略", "x", "不适用", "  —  "])
def test_a_placeholder_is_not_a_reason_for_not_applicable(ws, archivist, new_case, reason):
    new_case("A-1")
    with pytest.raises(ValidationError) as refused:
        records.mark_not_applicable(ws, archivist, "A-1", "9.5", reason)
    assert refused.value.render(Translator("zh_CN").error).endswith("（“无”“-”“n/a”不是理由）")
    item = next(i for i in case_files.case_detail(ws, archivist, "A-1").checklist if i.code == "9.5")
    assert item.status == "missing" and item.na_reason == ""


@pytest.mark.parametrize("code", ["8.1a", "8.1b", "9.1", "10.1", "10.2", "10.5", "11.1"])
def test_an_item_every_case_must_record_cannot_be_marked_not_applicable(ws, archivist, new_case, code):
    new_case("A-1", current_stage="service_execution")
    with pytest.raises(ValidationError) as refused:
        records.mark_not_applicable(ws, archivist, "A-1", code, "本案没有这一环节")
    assert refused.value.render(Translator("zh_CN").error).startswith(f"事项 {code} 是本环节每个案件都必须记录的")
    item = next(i for i in case_files.case_detail(ws, archivist, "A-1").checklist if i.code == code)
    assert item.status == "missing"


def test_link_and_unlink_records_and_media(ws, archivist, new_case, tmp_path):
    from tests.cases.conftest import av_record

    new_case("A-1")
    clip = av_record(ws, archivist, tmp_path, "A-1", "investigation")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("other", doc_no="其他1", checklist=[]))
    item = records.link_item(ws, archivist, "A-1", "9.4", text_record_id=rec.id)
    assert item.status == "recorded"
    item = records.link_item(ws, archivist, "A-1", "9.3", media_record_id=clip)
    assert item.media_record_ids == (clip,) and item.status == "recorded"
    assert records.unlink_item(ws, archivist, "A-1", "9.4", text_record_id=rec.id).status == "missing"
    with pytest.raises(NotFoundError):
        records.link_item(ws, archivist, "A-1", "99.9", text_record_id=rec.id)


def test_required_fields_follow_type_and_method(ws, archivist):
    from archive_core.cases.item_catalogue import document_types

    types = {t.code: t for t in document_types(ws, archivist)}
    assert "sealed" in records.required_fields(types["penalty_decision"])
    assert {"handler_reasons", "approver_signed_on"} <= set(records.required_fields(types["handling_approval"]))
    legal_review = records.required_fields(types["legal_review"])
    assert "reviewer_signed_on" in legal_review and "approver_opinion" not in legal_review
    assert "cross_page_sealed" in records.required_fields(types["questioning_record"])
    lien = records.required_fields(types["service_receipt"], "lien")
    assert "service.witness_signed" in lien and "service.recipient_signed" not in lien
    assert "service.receipt_kept" in records.required_fields(types["service_receipt"], "postal")
