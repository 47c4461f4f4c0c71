"""Document corrections and their history from the command line (Art. 27), as an archivist runs them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from archive_core.cases import records
from archive_core.cases.records import RecordInput
from models.case_records import TextRecord
from tests.conftest import PASSWORD, run_cli


@pytest.fixture
def cli(ws, home, db_url, archivist, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)

    def call(*argv: str, as_json: bool = True) -> tuple[int, object]:
        return run_cli(home, db_url, archivist.username, capsys, *argv, as_json=as_json)

    return call


def _versions(ws, archivist):
    with ws.unit(archivist, write=False) as uow:
        return uow.session.execute(select(func.count()).select_from(TextRecord)).scalar()


def test_correct_and_history(cli, ws, archivist, new_case):
    new_case("A-1")
    first = records.add_record(ws, archivist, "A-1", RecordInput("penalty_decision", doc_no="罚决〔2024〕1号"))
    code, fixed = cli("case", "correct", str(first.id), "--reason", "补录签发日期，与原件核对",
                      "--set", "issued_on=2024-04-01", "--set", "sealed=yes", "--set", "pages=3")
    assert code == 0 and fixed["version"] == 2 and fixed["lineage_id"] == first.id
    assert (fixed["issued_on"], fixed["sealed"], fixed["pages"]) == ("2024-04-01", True, 3)
    code, text = cli("case", "history", str(fixed["id"]), as_json=False)
    assert code == 0
    lines = text.splitlines()
    assert lines[0].startswith(f"第1版  记录 {first.id}") and "现行版本" not in lines[0]
    assert lines[1].startswith(f"第2版  记录 {fixed['id']}") and lines[1].endswith("（现行版本）")
    assert lines[2].strip() == "更正理由：补录签发日期，与原件核对"
    assert lines[3].strip() == "更正内容：issued_on, sealed, pages"
    code, versions = cli("case", "history", str(first.id))
    assert [(v["version"], v["is_current"], v["issued_on"]) for v in versions] == [
        (1, False, None), (2, True, str(date(2024, 4, 1)))]


@pytest.mark.parametrize(("argv", "message"), [
    (("--set", "doc_type=x"), "以下字段不能更正：doc_type"),
    (("--set", "pages=three"), "pages 应为整数，而不是 three"),
    (("--set", "sealed=maybe"), "sealed 只能填 yes 或 no"),
    (("--set", "title"), "--set 的格式为 字段=值"),
    ((), "没有要更正的内容"),
    (("--set", "title=新标题", "--reason", " "), "更正须说明理由（第二十七条）"),
])
def test_bad_corrections_are_refused_and_change_nothing(cli, ws, archivist, new_case, argv, message):
    new_case("A-1")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("questioning_record", doc_no="询1"))
    reason = [] if "--reason" in argv else ["--reason", "核对"]
    code, err = cli("case", "correct", str(rec.id), *reason, *argv)
    assert code == 2 and message in err["message"], err
    assert _versions(ws, archivist) == 1
    assert records.record_history(ws, archivist, rec.id)[0].is_current


def test_case_list_finds_any_part_of_a_name(cli, new_case):
    from archive_core.cases.case_files import OfficerInput, PartyInput

    new_case("石市监罚〔2026〕5号")
    new_case("保环罚〔2026〕6号", title="超标排放废水案", parties=(PartyInput("保定清源化工有限公司", "organisation"),),
             officers=(OfficerInput("欧阳振华", "13060001"),))
    code, found = cli("case", "list", "恒达")
    assert code == 0 and [c["case_no"] for c in found["cases"]] == ["石市监罚〔2026〕5号"]
    code, found = cli("case", "list", "--search", "阳振华", "--field", "officer")
    assert code == 0 and [c["case_no"] for c in found["cases"]] == ["保环罚〔2026〕6号"]
    code, text = cli("case", "list", "--search", "〔2026〕", as_json=False)
    assert code == 0 and "石市监罚〔2026〕5号" in text and "保环罚〔2026〕6号" in text and "共 2 件" in text
