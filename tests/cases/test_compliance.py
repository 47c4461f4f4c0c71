"""Every compliance rule with a case that breaks it and one that satisfies it; findings name their article."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import literal, select

from archive_core.cases import case_files, compliance, records
from archive_core.cases.compliance import engine
from archive_core.cases.records import RecordInput, ServiceInput
from archive_core.spine.errors import NotFoundError, ValidationError
from archive_core.spine.i18n import Translator
from models.cases import Case, ChecklistItem, ChecklistLink
from tests.cases.conftest import av_record

TODAY = date(2024, 6, 1)
SERVED = datetime(2024, 4, 2, 9, 30, tzinfo=UTC)


def findings(ws, actor, case_no, rule):
    result = compliance.evaluate_case(ws, actor, case_no, today=TODAY)
    return [f for f in result.findings if f.rule == rule]


def add(ws, actor, case_no, doc_type, **kw):
    return records.add_record(ws, actor, case_no, RecordInput(doc_type, **kw))


# --- Art. 8–11 ------------------------------------------------------------------------------------------

def test_missing_checklist_items_of_completed_stages(ws, archivist, new_case):
    new_case("A-1", current_stage="decision")
    got = findings(ws, archivist, "A-1", "art8_11.checklist")
    labels = {f.label() for f in got}
    assert {"Art. 8(1)", "Art. 9(1)", "Art. 9(2)", "Art. 9(3)", "Art. 9(9)"} <= labels
    assert not any(f.article in ("10", "11") for f in got)  # stages not yet completed
    assert "9(5)" not in str(labels)  # sampling is situational: not required
    item = next(f for f in got if f.item == "2")
    assert item.stage == "investigation" and "Questioning" in item.text()


def test_checklist_satisfied_by_records_or_not_applicable(ws, archivist, new_case):
    new_case("A-1", current_stage="decision")
    add(ws, archivist, "A-1", "case_source_record", doc_no="源1")
    add(ws, archivist, "A-1", "filing_approval", doc_no="立1", **FULL_APPROVAL)
    add(ws, archivist, "A-1", "certificate_display", doc_no="证1")
    add(ws, archivist, "A-1", "questioning_record", doc_no="询1", party_signed=True)
    records.mark_not_applicable(ws, archivist, "A-1", "9.3", "无现场，书面调查")
    add(ws, archivist, "A-1", "rights_notice", doc_no="告1", sealed=True, issued_on=date(2024, 3, 10))
    add(ws, archivist, "A-1", "statement_record", doc_no="陈1", party_signed=True)
    assert findings(ws, archivist, "A-1", "art8_11.checklist") == []


# Each fact an article item names is its own checklist item; the documents that record the other facts of the item
# are all there, only this one is missing. code -> (case, documents of the item's facts, the fact's own document)
ISSUED = dict(sealed=True, issued_on=date(2024, 3, 2))
SPLIT_FACTS = {
    "8.1a": ({}, "case_source_record", {}),
    "8.1b": ({}, "filing_approval", "FULL_APPROVAL"),
    "8.2a": ({"initiation": "application", "enforcement_type": "licensing"}, "application", {}),
    "8.2b": ({"initiation": "application", "enforcement_type": "licensing"}, "correction_notice", ISSUED),
    "8.2c": ({"initiation": "application", "enforcement_type": "licensing"}, "acceptance_notice", ISSUED),
    "9.9a": ({}, "rights_notice", ISSUED),
    "9.9b": ({}, "statement_record", {"party_signed": True}),
}


@pytest.mark.parametrize("missing", list(SPLIT_FACTS))
def test_each_fact_of_an_article_item_is_checked(ws, archivist, new_case, missing):
    """8.2 was met by an application alone: now a missing acceptance (or any one fact) is its own finding."""
    case, _, _ = SPLIT_FACTS[missing]
    group = [code for code in SPLIT_FACTS if code[:3] == missing[:3]]
    new_case("A-1", current_stage="decision", **case)
    for code in group:
        if code != missing:
            _, doc_type, fields = SPLIT_FACTS[code]
            add(ws, archivist, "A-1", doc_type, doc_no=code, **(FULL_APPROVAL if fields == "FULL_APPROVAL" else fields))
    got = [f for f in findings(ws, archivist, "A-1", "art8_11.checklist") if f.params["code"] in group]
    assert [f.params["code"] for f in got] == [missing]
    assert got[0].label() == f"Art. {missing[0]}({missing[2]})"
    assert got[0].params["item_name_zh"] in got[0].text(Translator("zh_CN").translate)


def test_a_supplement_is_checked_only_where_there_was_one(ws, archivist, new_case):
    new_case("L-1", current_stage="investigation", initiation="application", enforcement_type="licensing")
    add(ws, archivist, "L-1", "application", doc_no="申1")
    add(ws, archivist, "L-1", "acceptance_notice", doc_no="受1", **ISSUED)
    assert [f.params["code"] for f in findings(ws, archivist, "L-1", "art8_11.checklist")] == ["8.2b"]
    records.mark_not_applicable(ws, archivist, "L-1", "8.2b", "申请材料齐全，未要求补正")
    assert findings(ws, archivist, "L-1", "art8_11.checklist") == []
    with pytest.raises(ValidationError):  # application and acceptance happen in every such case
        records.mark_not_applicable(ws, archivist, "L-1", "8.2c", "申请材料齐全，未要求补正")


def test_ended_case_checks_every_stage_and_type_specific_items(ws, archivist, new_case):
    new_case("L-1", enforcement_type="licensing", initiation="application", action_ended_at=date(2024, 5, 1))
    labels = {f.label() for f in findings(ws, archivist, "L-1", "art8_11.checklist")}
    assert {"Art. 8(2)", "Art. 10(5)", "Art. 11(1)"} <= labels
    assert "Art. 9(2)" not in labels and "Art. 10(3)" not in labels  # not required for licensing


def test_edited_catalogue_changes_what_is_required(ws, archivist, make_actor, new_case):
    from archive_core.cases.item_catalogue import edit_checklist_template

    new_case("A-1", current_stage="decision")
    admin = make_actor("system_admin")
    edit_checklist_template(ws, admin, "9.5", required=True)
    assert any(f.item == "5" for f in findings(ws, archivist, "A-1", "art8_11.checklist"))


# --- Art. 9(1) ------------------------------------------------------------------------------------------

def test_fewer_than_two_officers(ws, archivist, new_case):
    from tests.cases.conftest import OFFICERS

    new_case("A-1", current_stage="investigation", officers=OFFICERS[:1])
    got = findings(ws, archivist, "A-1", "art9.officers")
    assert len(got) == 1 and got[0].label() == "Art. 9(1)" and "Only 1 officer" in got[0].text()
    new_case("A-2", current_stage="investigation")
    assert findings(ws, archivist, "A-2", "art9.officers") == []


# --- Art. 14 --------------------------------------------------------------------------------------------

def test_issued_document_without_seal_or_date(ws, archivist, new_case):
    new_case("A-1")
    rec = add(ws, archivist, "A-1", "penalty_decision", doc_no="罚决〔2024〕1号")
    got = findings(ws, archivist, "A-1", "art14.seal_date")
    assert len(got) == 1 and got[0].record_id == rec.id and got[0].article == "14"
    assert "agency seal, issue date" in got[0].text()
    records.correct_record(ws, archivist, rec.id, "核对原件", sealed=True, issued_on=date(2024, 4, 1))
    assert findings(ws, archivist, "A-1", "art14.seal_date") == []


def test_internal_documents_need_no_seal(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "questioning_record", doc_no="询1", party_signed=True)
    assert findings(ws, archivist, "A-1", "art14.seal_date") == []


# --- Art. 15 --------------------------------------------------------------------------------------------

def test_unsigned_investigation_record_without_refusal_note(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "inspection_record", doc_no="检1")
    got = findings(ws, archivist, "A-1", "art15.party_signature")
    assert len(got) == 1 and got[0].label() == "Art. 15"
    new_case("A-2")
    add(ws, archivist, "A-2", "inspection_record", doc_no="检2", party_signed=True)
    assert findings(ws, archivist, "A-2", "art15.party_signature") == []


def test_refusal_needs_two_officers(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "questioning_record", doc_no="询1", refusal_note="当事人拒绝签字",
        refusal_witnesses=("13010001",))
    got = findings(ws, archivist, "A-1", "art15.refusal_two_officers")
    assert len(got) == 1 and "only 1 officer" in got[0].text()
    assert findings(ws, archivist, "A-1", "art15.party_signature") == []  # the refusal is noted
    new_case("A-2")
    add(ws, archivist, "A-2", "questioning_record", doc_no="询2", refusal_note="当事人拒绝签字",
        refusal_witnesses=("13010001", "李明"))
    assert findings(ws, archivist, "A-2", "art15.refusal_two_officers") == []


def test_multi_page_record_without_cross_page_seal(ws, archivist, new_case):
    new_case("A-1")
    rec = add(ws, archivist, "A-1", "questioning_record", doc_no="询1", party_signed=True, pages=3)
    add(ws, archivist, "A-1", "questioning_record", doc_no="询2", party_signed=True, pages=1)  # one page: no seal
    add(ws, archivist, "A-1", "questioning_record", doc_no="询3", pages=4, refusal_note="当事人拒绝签字",
        refusal_witnesses=("13010001", "李明"))  # the noted refusal covers the party's seals too
    got = findings(ws, archivist, "A-1", "art15.cross_page_seal")
    assert [(f.record_id, f.label()) for f in got] == [(rec.id, "Art. 15")]
    assert got[0].text(Translator("zh_CN").translate) == "询1（询问笔录）共 3 页，但没有当事人的骑缝手印或骑缝章。"
    assert findings(ws, archivist, "A-1", "art15.alterations_marked") == []
    records.correct_record(ws, archivist, rec.id, "核对原件", cross_page_sealed=True)
    assert findings(ws, archivist, "A-1", "art15.cross_page_seal") == []


def test_altered_record_without_the_partys_fingerprint(ws, archivist, new_case):
    new_case("A-1")
    rec = add(ws, archivist, "A-1", "inspection_record", doc_no="检1", party_signed=True, has_alterations=True)
    add(ws, archivist, "A-1", "inspection_record", doc_no="检2", party_signed=True, has_alterations=True,
        alterations_marked=True)
    got = findings(ws, archivist, "A-1", "art15.alterations_marked")
    assert [(f.record_id, f.label()) for f in got] == [(rec.id, "Art. 15")]
    assert "捺手印或盖章" in got[0].text(Translator("zh_CN").translate)
    assert findings(ws, archivist, "A-1", "art15.cross_page_seal") == []
    view = records.record_history(ws, archivist, rec.id)[-1]
    assert view.has_alterations and not view.alterations_marked and not view.cross_page_sealed


# --- Art. 16 --------------------------------------------------------------------------------------------

FULL_APPROVAL = dict(handler_opinion="建议罚款五千元", handler_reasons="销售过期食品，事实清楚",
                     handler_signed_on=date(2024, 4, 1),
                     reviewer_opinion="同意", reviewer_signed_on=date(2024, 4, 2),
                     approver_opinion="批准", approver_signed_on=date(2024, 4, 3))


def test_approval_opinions_and_dates(ws, archivist, new_case):
    new_case("A-1")
    partial = dict(FULL_APPROVAL, reviewer_signed_on=None, approver_opinion="")
    add(ws, archivist, "A-1", "handling_approval", doc_no="批1", **partial)
    got = findings(ws, archivist, "A-1", "art16.approval_opinions")
    assert len(got) == 1 and got[0].params["missing"] == "reviewer's signing date, approver's opinion"
    assert got[0].params["missing_zh"] == "审核人签字日期、批准人意见"
    new_case("A-2")
    add(ws, archivist, "A-2", "handling_approval", doc_no="批2", **FULL_APPROVAL)
    assert findings(ws, archivist, "A-2", "art16.approval_opinions") == []


def test_handler_reasons_are_a_fact_of_their_own(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "handling_approval", doc_no="批1", **dict(FULL_APPROVAL, handler_reasons=""))
    [got] = findings(ws, archivist, "A-1", "art16.approval_opinions")
    assert got.params["missing_zh"] == "承办理由"


def test_art16_applies_only_to_approval_forms(ws, archivist, new_case):
    """A legal review opinion carries only the reviewer's opinion; a register and a closing report no approvals."""
    new_case("A-1", current_stage="service_execution")
    add(ws, archivist, "A-1", "legal_review", doc_no="法审1", reviewer_opinion="程序合法，依据正确",
        reviewer_signed_on=date(2024, 4, 2))
    add(ws, archivist, "A-1", "case_source_record", doc_no="源1")
    add(ws, archivist, "A-1", "closing_report", doc_no="结1", handler_opinion="建议结案",
        handler_reasons="当事人已缴清罚款", handler_signed_on=date(2024, 5, 2))
    assert findings(ws, archivist, "A-1", "art16.approval_opinions") == []
    assert findings(ws, archivist, "A-1", "art8_11.internal_opinions") == []
    # … and they get the checks that fit them: the review opinion's date, the closing report's reasons
    new_case("A-2", current_stage="service_execution")
    review = add(ws, archivist, "A-2", "legal_review", doc_no="法审2", reviewer_opinion="同意")
    closing = add(ws, archivist, "A-2", "closing_report", doc_no="结2", handler_opinion="建议结案",
                  handler_signed_on=date(2024, 5, 2))
    add(ws, archivist, "A-2", "case_source_record", doc_no="源2")
    got = {f.record_id: f for f in findings(ws, archivist, "A-2", "art8_11.internal_opinions")}
    assert set(got) == {review.id, closing.id}
    assert (got[review.id].label(), got[review.id].params["missing_zh"]) == ("Art. 10", "审核人签字日期")
    assert (got[closing.id].label(), got[closing.id].params["missing_zh"]) == ("Art. 11", "承办理由")
    assert findings(ws, archivist, "A-2", "art16.approval_opinions") == []


# --- Art. 17 --------------------------------------------------------------------------------------------

def test_hearing_record_signatures(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "hearing_record", doc_no="听1")
    add(ws, archivist, "A-1", "hearing_record", doc_no="听2", participants=(("张三", True), ("律师李四", False)))
    got = findings(ws, archivist, "A-1", "art17.hearing_signatures")
    assert len(got) == 2
    assert any("names no participants" in f.text() for f in got)
    assert any("律师李四" in f.text() for f in got)
    new_case("A-2")
    add(ws, archivist, "A-2", "hearing_record", doc_no="听3", participants=(("张三", True), ("李四", True)))
    assert findings(ws, archivist, "A-2", "art17.hearing_signatures") == []


# --- Art. 18 --------------------------------------------------------------------------------------------

COMPLETE_SERVICE = {
    "direct": ServiceInput("direct", "行政处罚决定书", "张三", SERVED, "当事人住所", "王建国", True, True),
    "entrusted": ServiceInput("entrusted", "行政处罚决定书", "张三", SERVED, recipient_signed=True,
                              entrust_reason="当事人在外地，委托当地市场监管所送达"),
    "postal": ServiceInput("postal", "行政处罚决定书", "张三", SERVED, receipt_kept=True),
    "public_notice": ServiceInput("public_notice", "行政处罚决定书", "张三", SERVED, receipt_kept=True),
    "lien": ServiceInput("lien", "行政处罚决定书", "张三", SERVED, "当事人住所", "王建国", True,
                         lien_circumstances="当事人拒收，留置于门口", witness_name="社区主任刘芳", witness_signed=True),
}
BROKEN_SERVICE = {
    "direct": ({"recipient_signed": False}, "recipient's signature"),
    "entrusted": ({"entrust_reason": ""}, "reason for entrusting"),
    "postal": ({"receipt_kept": False}, "postal receipt kept"),
    "public_notice": ({"receipt_kept": False}, "notice kept"),
    "lien": ({"witness_signed": False, "lien_circumstances": ""}, "circumstances of the lien, witness's signature"),
}


@pytest.mark.parametrize("method", list(COMPLETE_SERVICE))
def test_service_record_by_method(ws, archivist, new_case, method):
    from dataclasses import replace

    new_case("A-1")
    add(ws, archivist, "A-1", "service_receipt", doc_no="送1", service=COMPLETE_SERVICE[method])
    assert findings(ws, archivist, "A-1", "art18.service") == []
    new_case("A-2")
    changes, missing = BROKEN_SERVICE[method]
    add(ws, archivist, "A-2", "service_receipt", doc_no="送2", service=replace(COMPLETE_SERVICE[method], **changes))
    got = findings(ws, archivist, "A-2", "art18.service")
    assert len(got) == 1 and got[0].label() == "Art. 18" and got[0].params["missing"] == missing


def test_service_record_without_method(ws, archivist, new_case):
    new_case("A-1")
    add(ws, archivist, "A-1", "service_receipt", doc_no="送1")
    got = findings(ws, archivist, "A-1", "art18.service")
    assert len(got) == 1 and "does not state the method" in got[0].text()


# --- Art. 20 --------------------------------------------------------------------------------------------

def test_mandatory_av_without_av_records(ws, archivist, new_case, tmp_path):
    new_case("A-1", current_stage="investigation", av_reasons=("personal_freedom",))
    got = findings(ws, archivist, "A-1", "art20.whole_process_av")
    assert len(got) == 1 and got[0].stage == "investigation" and got[0].label() == "Art. 20"
    # Recorded at the initiation stage: only the link to the investigation item (9.3) covers the investigation.
    clip = av_record(ws, archivist, tmp_path, "A-1", "initiation")
    assert len(findings(ws, archivist, "A-1", "art20.whole_process_av")) == 1
    records.link_item(ws, archivist, "A-1", "9.3", media_record_id=clip)
    assert findings(ws, archivist, "A-1", "art20.whole_process_av") == []
    new_case("A-2", current_stage="investigation")  # not mandatory
    assert findings(ws, archivist, "A-2", "art20.whole_process_av") == []
    new_case("A-3", av_mandatory=True)  # still in initiation: not yet due
    assert findings(ws, archivist, "A-3", "art20.whole_process_av") == []


def test_checklist_link_needs_an_av_record_of_the_case(ws, archivist, new_case, tmp_path):
    new_case("A-1", current_stage="investigation", av_reasons=("personal_freedom",))
    new_case("A-2", current_stage="investigation")
    other = av_record(ws, archivist, tmp_path, "A-2", "investigation")
    for media_id in (501, other):  # no such A/V record; an A/V record of another case
        with pytest.raises(NotFoundError) as refused:
            records.link_item(ws, archivist, "A-1", "9.3", media_record_id=media_id)
        assert refused.value.render() == (f"A/V record {media_id} is not an A/V record of case A-1. "
                                          "Link the A/V record to the case first.")
        assert refused.value.render(Translator("zh_CN").error) == (
            f"音像记录 {media_id} 不是案件 A-1 的音像记录。 请先将该音像记录关联到本案。")
    assert len(findings(ws, archivist, "A-1", "art20.whole_process_av")) == 1
    detail = case_files.case_detail(ws, archivist, "A-1", today=TODAY)
    assert next(i for i in detail.checklist if i.code == "9.3").status == "missing"


def test_checklist_link_to_a_missing_av_record_is_refused_by_the_catalogue(ws, archivist, new_case):
    """The foreign key (migration 0008) holds even for a writer that skips the service's check."""
    new_case("A-1", current_stage="investigation")
    with ws.unit(archivist) as uow:
        item = uow.session.execute(select(ChecklistItem).where(ChecklistItem.code == "9.3")).scalar_one()
        uow.session.add(ChecklistLink(item_id=item.id, media_record_id=501))
        with pytest.raises(sa_exc.IntegrityError):
            uow.session.flush()
        uow.session.rollback()


def test_av_coverage_provider_plugs_into_art20(ws, archivist, new_case):
    view = new_case("A-1", current_stage="decision", av_reasons=("venue",))
    assert findings(ws, archivist, "A-1", "art20.whole_process_av")

    def fake_media(ctx):  # what the A/V area registers: (case_id, stage) pairs with A/V records
        return select(Case.id, literal("investigation")).where(Case.id == view.id, ctx.scoped(Case.id))

    engine.av_coverage(fake_media)
    try:
        assert findings(ws, archivist, "A-1", "art20.whole_process_av") == []
    finally:
        engine._AV_COVERAGE.remove(fake_media)


# --- Art. 26 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("ended", "archived", "expect"), [
    (date(2024, 3, 1), date(2024, 4, 15), "Archived 45 days after"),
    (date(2024, 3, 1), date(2024, 3, 31), None),
    (date(2024, 4, 1), None, "Not archived: 61 days"),
    (date(2024, 5, 5), None, "due within 3 days"),
    (date(2024, 5, 25), None, None),
])
def test_archiving_deadline(ws, archivist, new_case, ended, archived, expect):
    new_case("A-1", opened_on=date(2024, 2, 1), action_ended_at=ended)
    if archived:
        case_files.archive_case(ws, archivist, "A-1", archived)
    got = findings(ws, archivist, "A-1", "art26.archive_deadline")
    if expect is None:
        assert got == []
    else:
        assert len(got) == 1 and expect in got[0].text() and got[0].label() == "Art. 26"


# --- engine -------------------------------------------------------------------------------------------

def test_bulk_evaluation_matches_per_case_and_stores_summary(ws, archivist, new_case):
    new_case("A-1", current_stage="decision")
    new_case("A-2", av_reasons=("life_health",), current_stage="investigation")
    new_case("A-3")
    result = compliance.evaluate_all(ws, archivist, today=TODAY)
    assert result.cases == 3 and result.by_state["ok"] == 1 and result.by_state["error"] == 2
    for no in ("A-1", "A-2", "A-3"):
        one = compliance.evaluate_case(ws, archivist, no, today=TODAY)
        detail = case_files.case_detail(ws, archivist, no, today=TODAY)
        assert detail.case.finding_count == len(one.findings)
        assert detail.case.compliance_state == one.state.value
    assert result.findings == sum(len(compliance.evaluate_case(ws, archivist, n, TODAY).findings)
                                  for n in ("A-1", "A-2", "A-3"))


def test_rules_register_from_other_modules(ws, archivist, new_case):
    new_case("A-1")

    @compliance.rule("test.always", article="24", item="", severity=compliance.Severity.WARNING,
                     title="test rule")
    def always(ctx):
        for (cid,) in ctx.session.execute(select(Case.id).where(ctx.scoped(Case.id))):
            yield ctx.finding(cid, "Case {n} flagged.", "Do nothing.", n=cid)

    try:
        got = findings(ws, archivist, "A-1", "test.always")
        assert len(got) == 1 and got[0].severity is compliance.Severity.WARNING and got[0].article == "24"
        with pytest.raises(ValueError, match="registered twice"):
            compliance.rule("test.always", article="24")(lambda ctx: [])
    finally:
        del engine._RULES["test.always"]


def test_every_rule_names_its_article():
    for r in compliance.rules():
        assert r.article.isdigit() and r.title and r.code


def test_findings_render_in_chinese():
    tr = Translator("zh_CN")
    assert compliance.article_label("9", "2", tr) == "第九条第（二）项"
    assert compliance.article_label("26", "", tr) == "第二十六条"
    f = compliance.Finding(1, "art14.seal_date", "14", "", compliance.Severity.ERROR,
                           "Issued document {doc} ({type_name}) lacks: {missing}.",
                           "Check the original; record the seal and issue date, or correct the document.",
                           {"doc": "X", "doc_zh": "罚决1号", "type_name": "Decision", "type_name_zh": "行政处罚决定书",
                            "missing": "agency seal", "missing_zh": "行政执法机关印章"})
    assert f.text(tr) == "向当事人出具的文书 罚决1号（行政处罚决定书）缺少：行政执法机关印章。"
