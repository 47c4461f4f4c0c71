"""Archive volumes: gap-free archive codes, the Art. 26 deadline, filing, and the volume catalogue PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from archive_core.archiving import archive_codes, volume_catalogue, volumes
from archive_core.archiving.volumes import ActionNotEndedError, AlreadyFiledError, Deadline
from archive_core.cases import case_files, compliance
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.workstation import open_workstation
from models.archiving import ArchiveCodeCounter, ArchiveVolume
from models.audit import AuditEvent
from models.cases import Case
from tests.pdf_checks import assert_pdfa
from tests.race import Meeting, after, at_once, two_workstations
from tests.zones import process_zone  # noqa: F401


def test_codes_are_consecutive_and_per_fonds_year_retention(ws, archivist, ended_case):
    a, b, c, d = (ended_case() for _ in range(4))
    v1 = volumes.file_volume(ws, archivist, a.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    v2 = volumes.file_volume(ws, archivist, b.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    v3 = volumes.file_volume(ws, archivist, c.case_no, fonds="J012", retention="Y", filed_on=date(2024, 4, 11),
                             findings_reason="按现状归档")
    v4 = volumes.file_volume(ws, archivist, d.case_no, filed_on=date(2024, 4, 12), findings_reason="按现状归档")
    # DA/T 22: 全宗号-门类代码-年度-保管期限-件号; a penalty case file is kept 30 years by the schedule
    assert [v.archive_code for v in (v1, v2, v4)] == ["0001-WS-2024-D30-0001", "0001-WS-2024-D30-0002",
                                                       "0001-WS-2024-D30-0003"]
    assert (v3.archive_code, v3.seq) == ("J012-WS-2024-Y-0001", 1)


def test_a_refused_or_rolled_back_filing_leaves_no_gap(ws, archivist, ended_case):
    first = ended_case()
    open_case = ended_case(ended=None)
    last = ended_case()
    volumes.file_volume(ws, archivist, first.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    with pytest.raises(ActionNotEndedError) as refused:
        volumes.file_volume(ws, archivist, open_case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    assert "Art. 26" in str(refused.value) and open_case.case_no in str(refused.value)
    # a transaction that allocated and then failed gives its number back
    with pytest.raises(RuntimeError), ws.unit(archivist) as uow:
        assert archive_codes.allocate(uow, "0001", 2024, "D30").seq == 2
        raise RuntimeError("power cut")
    v = volumes.file_volume(ws, archivist, last.case_no, filed_on=date(2024, 4, 12), findings_reason="按现状归档")
    assert v.seq == 2 and v.archive_code.endswith("-0002")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(Case, open_case.id).archived_at is None
        assert uow.session.execute(select(func.count(ArchiveVolume.id))).scalar_one() == 2
        assert uow.session.get(ArchiveCodeCounter, ("0001", 2024, "D30")).last_seq == 2


def test_concurrent_workstations_never_skip_or_duplicate(ws, archivist, ended_case, home, db_url):
    todo = [ended_case(documents=False).case_no for _ in range(8)]
    stations = [open_workstation(home, db_url, name=f"ws-{i}") for i in range(2)]
    barrier = threading.Barrier(2)
    codes: list[str] = []
    errors: list[BaseException] = []

    def work(station, mine):
        try:
            barrier.wait()
            for no in mine:
                codes.append(volumes.file_volume(station, archivist, no, filed_on=date(2024, 4, 20),
                                                 findings_reason="按现状归档").archive_code)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, todo[i::2])) for i, s in enumerate(stations)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for s in stations:
        s.close()
    assert not errors
    assert sorted(int(c.rsplit("-", 1)[1]) for c in codes) == list(range(1, 9))


def test_two_workstations_filing_one_case(ws, home, db_url, archivist, ended_case, monkeypatch):
    case = ended_case()
    meeting = Meeting()
    monkeypatch.setattr(case_files, "get_case", after(meeting, case_files.get_case))
    with two_workstations(home, db_url) as (a, b):
        results = at_once(*(lambda s=s: volumes.file_volume(s, archivist, case.case_no, filed_on=date(2024, 4, 20),
                                                            findings_reason="按现状归档")
                            for s in (a, b)))
    (filed,) = [r for r in results if isinstance(r, volumes.VolumeView)]
    (lost,) = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(lost, AlreadyFiledError), repr(lost)
    assert filed.archive_code in lost.render(Translator("zh_CN").error)
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(ArchiveVolume.archive_code)).scalars().all() == [filed.archive_code]
        assert uow.session.execute(select(ArchiveCodeCounter.last_seq)).scalar_one() == 1


def test_custom_format_and_bad_formats(ws, archivist, make_actor, ended_case):
    admin = make_actor("system_admin")
    with pytest.raises(PermissionDeniedError):
        archive_codes.configure(ws, archivist, code_format="{seq}")
    for bad in ("{fonds}-{year}", "{fonds}-{case}-{seq}", "档号{seq}", "{seq"):
        with pytest.raises(ValidationError):
            archive_codes.configure(ws, admin, code_format=bad)
    archive_codes.configure(ws, admin, code_format="{fonds}·{year}·{retention}·{seq:05d}".replace("·", "."),
                            default_fonds="J012", agency_name="石家庄市市场监督管理局")
    v = volumes.file_volume(ws, archivist, ended_case().case_no, filed_on=date(2024, 4, 2),
                            findings_reason="按现状归档")
    assert v.archive_code == "J012.2024.D30.00001"


def test_deadline_states_at_a_given_clock(ws, archivist, ended_case):
    case = ended_case(ended=date(2024, 4, 1))
    assert volumes.due_date(date(2024, 4, 1)) == date(2024, 5, 1)
    expected = {date(2024, 4, 20): (Deadline.PENDING, 11), date(2024, 4, 24): (Deadline.DUE_SOON, 7),
                date(2024, 5, 1): (Deadline.DUE_SOON, 0), date(2024, 5, 2): (Deadline.OVERDUE, -1)}
    for today, (state, left) in expected.items():
        (row,) = [r for r in volumes.filing_rows(ws, archivist, today=today) if r.case_id == case.id]
        assert (row.state, row.days_left) == (state.value, left)
    overdue = volumes.filing_rows(ws, archivist, today=date(2024, 5, 2), states=[Deadline.OVERDUE])
    assert [r.case_no for r in overdue] == [case.case_no]
    assert volumes.filing_rows(ws, archivist, today=date(2024, 4, 20), states=[Deadline.OVERDUE]) == []


def test_late_filing_is_a_compliance_finding(ws, archivist, ended_case):
    late = ended_case(ended=date(2024, 4, 1))
    on_time = ended_case(ended=date(2024, 4, 1))
    unfiled = ended_case(ended=date(2024, 4, 1))
    v = volumes.file_volume(ws, archivist, late.case_no, filed_on=date(2024, 5, 10), late_reason="当事人复议",
                            findings_reason="按现状归档")
    volumes.file_volume(ws, archivist, on_time.case_no, filed_on=date(2024, 4, 30), findings_reason="按现状归档")
    assert v.late_days == 9
    states = {r.case_no: r.state for r in volumes.filing_rows(ws, archivist, today=date(2024, 5, 10))}
    assert states[late.case_no] == "filed_late" and states[on_time.case_no] == "filed"
    assert states[unfiled.case_no] == "overdue"
    with ws.unit(archivist, write=False) as uow:
        found = compliance.evaluate(uow.session, [late.id, on_time.id, unfiled.id], date(2024, 5, 10),
                                    only=["art26.archive_deadline"])
    assert "39 days" in found[late.id][0].text() and on_time.id not in found
    assert found[unfiled.id][0].text().startswith("Not archived")


@pytest.mark.parametrize("reason", ["", "无", "-", "n/a"])
def test_a_late_filing_needs_its_reason(ws, archivist, ended_case, reason):
    late = ended_case(ended=date(2024, 4, 1))
    with pytest.raises(volumes.LateReasonMissingError) as refused:
        volumes.file_volume(ws, archivist, late.case_no, filed_on=date(2024, 5, 15), late_reason=reason,
                            findings_reason="按现状归档")
    assert refused.value.render(Translator("zh_CN").error) == (
        f"案件 {late.case_no} 的归档晚于 30 日期限 14 天（第二十六条）。 "
        "请用几句话说明逾期归档的原因；原因随案卷保存。")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count(ArchiveVolume.id))).scalar_one() == 0
        assert uow.session.get(Case, late.id).archived_at is None
    v = volumes.file_volume(ws, archivist, late.case_no, filed_on=date(2024, 5, 15), late_reason="当事人申请行政复议",
                            findings_reason="按现状归档")
    assert (v.late_days, v.late_reason) == (14, "当事人申请行政复议")


def test_filing_freezes_the_catalogue_and_is_audited(ws, archivist, ended_case, evidence):
    case = ended_case()
    evidence.add_mp4(case, "现场检查1.mp4", seconds=1.0)
    evidence.add_mp4(case, "现场检查2.mp4", seconds=2.0, matter="询问当事人")
    v = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 15), findings_reason="按现状归档")
    assert [(i.number, i.kind, i.title) for i in v.items] == [
        (1, "document", "立案审批表"), (2, "document", "现场检查笔录"), (3, "document", "行政处罚决定书"),
        (4, "media", "现场检查：后厨卫生与原料台账"), (5, "media", "询问当事人")]
    assert v.total_pages == 8 and v.total_seconds == pytest.approx(3.0, abs=0.2)
    assert "现场检查1.mp4" in v.items[3].notes and "王建国、李明" in v.items[3].notes and v.items[3].sha256
    with pytest.raises(AlreadyFiledError, match=v.archive_code):
        volumes.file_volume(ws, archivist, case.case_no, findings_reason="按现状归档")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(Case, case.id).archived_at == date(2024, 4, 15)
        actions = uow.session.execute(select(AuditEvent.action).where(AuditEvent.object_id.in_(
            [v.archive_code, case.case_no]))).scalars().all()
    assert "volume.file" in actions and "case.archived" in actions
    assert volumes.get_volume(ws, archivist, case.case_no).archive_code == v.archive_code


def test_filing_needs_the_permission(ws, auditor, ended_case):
    case = ended_case()
    with pytest.raises(PermissionDeniedError):
        volumes.file_volume(ws, auditor, case.case_no, findings_reason="按现状归档")
    with ws.unit(auditor, write=False) as uow:
        assert uow.session.execute(select(func.count(ArchiveVolume.id))).scalar_one() == 0


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_catalogue_pdf_is_chinese_with_embedded_font(ws, archivist, ended_case, evidence, tmp_path):
    case = ended_case()
    evidence.add_mp4(case, "现场检查1.mp4", seconds=1.0)
    v = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 15), findings_reason="按现状归档")
    pdf = volume_catalogue.write_catalogue(ws, archivist, v.archive_code, tmp_path / "卷内目录.pdf")
    assert_pdfa(pdf, text=v.archive_code)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and all(" yes " in ln for ln in fonts.splitlines()[2:])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("卷内目录", v.archive_code, "行政处罚决定书", "现场检查：后厨卫生与原料台账", "00:01"):
        assert expected in text
    assert re.search(r"4\s*页", text)


def test_a_counter_already_read_in_the_session_is_read_again_under_the_lock(ws, archivist, ended_case, home,
                                                                            db_url):
    """The number comes from the locked row as it is now, not from a copy the session read earlier (another
    workstation may have taken a number since)."""
    if db_url.startswith("sqlite"):
        pytest.skip("an SQLite writer holds the whole file from its first statement: no other writer gets between")
    with ws.unit(archivist) as uow:
        archive_codes.allocate(uow, "0001", 2024, "D30")
    other = open_workstation(home, db_url, name="ws-other")
    try:
        with ws.unit(archivist) as uow:
            cached = uow.session.get(ArchiveCodeCounter, ("0001", 2024, "D30"))
            assert cached is not None and cached.last_seq == 1
            with other.unit(archivist) as elsewhere:
                assert archive_codes.allocate(elsewhere, "0001", 2024, "D30").seq == 2
            assert archive_codes.allocate(uow, "0001", 2024, "D30").seq == 3
    finally:
        other.close()


def test_a_second_workstation_waits_for_the_number_taken_before_it(ws, archivist, ended_case, home, db_url):
    """While one transaction holds a number, another asking for the next one waits for it, then gets the next one
    (read before the first committed, it would get the same number)."""
    if db_url.startswith("sqlite"):
        pytest.skip("an SQLite writer holds the whole file from its first statement: no other writer gets between")
    with ws.unit(archivist) as uow:
        archive_codes.allocate(uow, "0001", 2024, "D30")  # the counter row exists
    other = open_workstation(home, db_url, name="ws-other")
    got: list[int] = []
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with other.unit(archivist) as uow:
                got.append(archive_codes.allocate(uow, "0001", 2024, "D30").seq)
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        with ws.unit(archivist) as uow:
            assert archive_codes.allocate(uow, "0001", 2024, "D30").seq == 2
            waiting = threading.Thread(target=second)
            waiting.start()
            waiting.join(1.0)
            assert waiting.is_alive() and got == [], "the second allocation waits for the first transaction"
        waiting.join(30)
        assert not errors and got == [3]
    finally:
        other.close()
