"""Case catalogue: creation, validation, people as reusable records, search and filters (Art. 2, 25, 32)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseQuery, OfficerInput, PartyInput
from archive_core.spine.errors import NotFoundError, PermissionDeniedError, ValidationError
from archive_core.spine.i18n import Translator
from models.audit import AuditEvent
from models.cases import Case, ChecklistItem
from models.people import Officer, Party
from tests.cases.conftest import case_input


def test_create_case_with_people_and_checklist(ws, archivist, new_case):
    view = new_case("石市监罚〔2024〕7号", entrusting_agency="石家庄市城市管理综合执法局")
    detail = case_files.case_detail(ws, archivist, "石市监罚〔2024〕7号")
    assert detail.case.id == view.id
    assert detail.case.entrusting_agency == "石家庄市城市管理综合执法局"
    assert [o.certificate_no for o in detail.officers] == ["13010001", "13010002"]
    assert [p.name for p in detail.parties] == ["石家庄恒达食品有限公司"]
    codes = {i.code for i in detail.checklist}
    assert {"8.1a", "8.1b"} <= codes and not codes & {"8.2a", "8.2b", "8.2c"}  # ex officio: Art. 8 (1) only
    assert {"9.1", "10.5", "11.1"} <= codes
    assert {i.stage for i in detail.checklist} == {"initiation", "investigation", "decision", "service_execution"}
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(AuditEvent)
                                   .where(AuditEvent.action == "case.create")).scalar() == 1


def test_application_case_gets_article_8_item_2(ws, archivist, new_case):
    new_case("冀建许〔2024〕3号", initiation="application", enforcement_type="licensing")
    codes = {i.code for i in case_files.case_detail(ws, archivist, "冀建许〔2024〕3号").checklist}
    assert {"8.2a", "8.2b", "8.2c"} <= codes and not codes & {"8.1a", "8.1b"}


def test_officers_and_parties_are_reused(ws, archivist, new_case):
    new_case("A-1")
    new_case("A-2")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(Officer)).scalar() == 2
        assert uow.session.execute(select(func.count()).select_from(Party)).scalar() == 1


def test_officer_certificate_must_match_name(ws, archivist, new_case):
    new_case("A-1")
    with pytest.raises(ValidationError, match="13010001 belongs to 王建国"):
        new_case("A-2", officers=(OfficerInput("张三", "13010001"),))
    assert case_files.case_count(ws, archivist) == 1


@pytest.mark.parametrize("level", ["state_secret", "机密", "绝密", "国家秘密"])
def test_state_secrets_are_refused_and_nothing_is_stored(ws, archivist, level):
    with pytest.raises(case_files.StateSecretError) as exc:
        case_files.create_case(ws, archivist, case_input("涉密-1", confidentiality=level))
    assert "State secrets do not belong in this system" in str(exc.value)
    assert case_files.case_count(ws, archivist) == 0


def test_state_secret_refused_on_update_and_case_unchanged(ws, archivist, new_case):
    new_case("A-1", confidentiality="commercial_secret")
    with pytest.raises(case_files.StateSecretError):
        case_files.update_case(ws, archivist, "A-1", confidentiality="secret")
    assert case_files.case_detail(ws, archivist, "A-1").case.confidentiality == "commercial_secret"


def test_duplicate_case_number_refused(ws, archivist, new_case):
    new_case("A-1", title="第一个")
    with pytest.raises(case_files.DuplicateCaseError, match="A-1 exists already"):
        new_case("A-1", title="第二个")
    assert case_files.case_detail(ws, archivist, "A-1").case.title == "第一个"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("enforcement_type", "fine", "enforcement type “fine” is not one of the choices"),
    ("initiation", "whatever", "initiation “whatever” is not one of"),
    ("title", " ", "a case needs a title"),
    ("action_ended_at", date(2024, 1, 1), "cannot end before"),
    ("av_reasons", ("weather",), "A/V reason “weather” is not one of"),
])
def test_invalid_case_input(ws, archivist, field, value, message):
    with pytest.raises(ValidationError, match=message):
        case_files.create_case(ws, archivist, case_input("X-1", **{field: value}))
    assert case_files.case_count(ws, archivist) == 0


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "销售过期食品案\x00"}, "案件名称输入无效：第 8 个字符是控制字符，请删除"),
    ({"title": "案" * 10_000}, "案件名称输入无效：共 10000 个字符，最多保存 256 个，请缩短"),
    ({"summary": "第一行\n第二行\x07"}, "案情摘要输入无效：第 8 个字符是控制字符，请删除"),
    ({"parties": (PartyInput("石家庄\x1b恒达"),)}, "当事人名称输入无效：第 4 个字符是控制字符，请删除"),
    ({"officers": (OfficerInput("王建国", "1301" * 20),)}, "执法证号输入无效：共 80 个字符，最多保存 64 个，请缩短"),
])
def test_control_characters_and_overlong_text_are_refused_naming_the_field(ws, archivist, new_case, changes,
                                                                           message):
    tr = Translator("zh_CN").error
    with pytest.raises(ValidationError) as refused:
        case_files.create_case(ws, archivist, case_input("X-1", **changes))
    assert refused.value.render(tr) == message
    assert case_files.case_count(ws, archivist) == 0
    kept = new_case("X-2")
    edit = {k: v for k, v in changes.items() if k in ("title", "summary")}
    with pytest.raises(ValidationError) as refused:
        if edit:
            case_files.update_case(ws, archivist, kept.case_no, **edit)
        else:
            case_files.add_people(ws, archivist, kept.case_no, changes.get("parties", ()), changes.get("officers", ()))
    assert refused.value.render(tr) == message
    assert case_files.case_detail(ws, archivist, "X-2").case.title == kept.title
    assert case_files.case_count(ws, archivist) == 1


def test_av_reason_sets_the_mandatory_flag(ws, archivist, new_case):
    view = new_case("A-1", av_reasons=("personal_freedom",))
    assert view.av_mandatory and view.av_reasons == ("personal_freedom",)


def test_auditor_cannot_create_and_refusal_is_audited(ws, auditor):
    with pytest.raises(PermissionDeniedError):
        case_files.create_case(ws, auditor, case_input("A-1"))
    with ws.unit(auditor, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(Case)).scalar() == 0
        refused = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "access.refused")).scalars().all()
        assert refused and refused[-1].object_id == "A-1"


def test_update_and_archive_case(ws, archivist, new_case):
    new_case("A-1")
    view = case_files.update_case(ws, archivist, "A-1", current_stage="decision", action_ended_at=date(2024, 5, 1))
    assert view.status == "ended" and view.current_stage == "decision"
    view = case_files.archive_case(ws, archivist, "A-1", date(2024, 5, 20))
    assert view.status == "archived" and view.archived_at == date(2024, 5, 20)
    with pytest.raises(ValidationError, match="before its action ended"):
        case_files.archive_case(ws, archivist, "A-1", date(2024, 4, 1))
    with pytest.raises(NotFoundError):
        case_files.update_case(ws, archivist, "nope", title="x")


def test_search_by_number_prefix_party_officer_and_title(ws, archivist, new_case):
    new_case("石市监罚〔2024〕11号", title="无照经营案")
    new_case("石市监罚〔2024〕12号", title="虚假宣传案",
             parties=(PartyInput("赵小红", "person", "130102199001011234"),),
             officers=(OfficerInput("孙强", "13010009"), OfficerInput("李明", "13010002")))
    new_case("冀建许〔2024〕1号", title="建筑工程施工许可", enforcement_type="licensing", initiation="application")

    def find(text: str, field: str = "all", **filters) -> list[str]:
        ids = case_files.search_ids(ws, archivist, CaseQuery(text=text, field=field, **filters), "case_no", False)
        return [r.case_no for r in sorted(case_files.rows(ws, archivist, ids).values(), key=lambda r: r.case_no)]

    assert find("石市监罚") == ["石市监罚〔2024〕11号", "石市监罚〔2024〕12号"]
    assert find("冀建") == ["冀建许〔2024〕1号"]
    assert find("赵小") == ["石市监罚〔2024〕12号"]
    assert find("130102199001011234") == ["石市监罚〔2024〕12号"]
    assert find("孙强") == ["石市监罚〔2024〕12号"]
    assert find("13010001", "officer") == ["冀建许〔2024〕1号", "石市监罚〔2024〕11号"]
    assert find("虚假") == ["石市监罚〔2024〕12号"]
    assert find("虚假", "case_no") == []
    assert find("", enforcement_type="licensing") == ["冀建许〔2024〕1号"]
    assert find("%") == []  # wildcards are literal


def test_filters_status_stage_compliance_and_sorting(ws, archivist, new_case):
    new_case("A-1", opened_on=date(2024, 1, 5))
    new_case("A-2", opened_on=date(2024, 2, 5), current_stage="decision")
    new_case("A-3", opened_on=date(2024, 3, 5), action_ended_at=date(2024, 3, 20))
    ids = case_files.search_ids(ws, archivist, CaseQuery(), "opened_on", True)
    assert [case_files.rows(ws, archivist, ids)[i].case_no for i in ids] == ["A-3", "A-2", "A-1"]
    assert len(case_files.search_ids(ws, archivist, CaseQuery(status="ended"))) == 1
    assert len(case_files.search_ids(ws, archivist, CaseQuery(status="open"))) == 2
    assert len(case_files.search_ids(ws, archivist, CaseQuery(stage="decision"))) == 1
    errors = case_files.search_ids(ws, archivist, CaseQuery(compliance="error"))
    assert {case_files.rows(ws, archivist, errors)[i].case_no for i in errors} == {"A-2", "A-3"}  # missing items
    row = case_files.rows(ws, archivist, ids)[ids[0]]
    assert row.parties == "石家庄恒达食品有限公司" and row.officers == "王建国、李明"


def test_add_people_to_case(ws, archivist, new_case):
    new_case("A-1", officers=())
    case_files.add_people(ws, archivist, "A-1", officers=(OfficerInput("周涛", "13019999"),),
                     parties=(PartyInput("钱多多", "person"),))
    detail = case_files.case_detail(ws, archivist, "A-1")
    assert [o.name for o in detail.officers] == ["周涛"]
    assert {p.name for p in detail.parties} == {"石家庄恒达食品有限公司", "钱多多"}
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(ChecklistItem)).scalar() == len(detail.checklist)
