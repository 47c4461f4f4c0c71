"""四性检测: each check fails on its bad input naming the check and the file; filing blocked, then allowed with a
reason; the report kept in the vault as JSON and a PDF/A with its font embedded."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from archive_core.archiving import volumes
from archive_core.archiving.four_properties import check_volume, configure, report_pdf, reports_of
from archive_core.archiving.four_properties.filing import FilingChecksFailedError
from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.spine.i18n import Translator
from archive_core.spine.vault.fixity import store_file
from models.archiving import ArchiveVolume, CheckReport, VolumeItem
from models.audit import AuditEvent
from models.av import MediaRecord
from tests.conftest import run_cli
from tests.media_factory import make_png
from tests.pdf_checks import scanned_pdf

DAY = date(2024, 4, 10)
HARMLESS = b"four-properties test file: harmless, matched by a signature the test writes\n"


def _add_document(ws, actor, case, path: Path, pages: int, title: str = "现场照片") -> None:
    stored = store_file(ws, actor, path)
    records.add_record(ws, actor, case.case_no, RecordInput("inspection_record", doc_no=f"{case.case_no}-{path.name}",
                                                            title=title, issued_on=date(2024, 3, 6), pages=pages,
                                                            sealed=True, file_sha256=stored.sha256,
                                                            file_name=path.name))


def _items(view) -> dict[str, dict]:
    return {i["code"]: i for i in view.report["items"]}


def _failing(view) -> dict[str, list[str]]:
    return {i["code"]: [p["file"] for p in i["problems"]] for i in view.report["items"] if i["outcome"] == "fail"}


@pytest.fixture
def filed(ws, archivist, ended_case, evidence, tmp_path):
    case = ended_case()
    clip = evidence.add_mp4(case, "现场.mp4")
    _add_document(ws, archivist, case, scanned_pdf(tmp_path / "笔录扫描.pdf", pages=2), pages=2)
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    return case, volume, clip


def test_a_good_volume_passes_and_its_report_is_kept_in_the_vault(ws, archivist, filed):
    _case, volume, _clip = filed
    (kept,) = reports_of(ws, archivist, volume.archive_code)
    assert kept.occasion == "filing" and kept.ok and kept.archive_code == volume.archive_code
    view = check_volume(ws, archivist, volume.archive_code)
    items = _items(view)
    assert view.ok, _failing(view)
    assert {"ZS-01", "ZS-02", "ZS-03", "ZS-04", "ZS-05", "WZ-01", "WZ-02", "WZ-03", "WZ-04", "KY-01", "KY-02",
            "KY-03", "AQ-01", "AQ-02"} <= set(items)
    assert items["ZS-02"]["reason"] == "2 个内容文件与元数据一致。"
    # no signature database here: not checked, with the reason, never passed
    assert items["AQ-01"]["outcome"] == "not_checked" and "病毒库" in items["AQ-01"]["reason"]
    assert view.report["occasion_label"] == "长期保存"
    with ws.unit(archivist, write=False) as uow:
        row = uow.session.get(CheckReport, view.id)
        assert row.volume_id == volume.id and row.occasion == "storage"
        event = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "check.report")
                                    .order_by(AuditEvent.seq.desc())).scalars().first()
        assert json.loads(event.details)["pdf"] == view.pdf_sha256
    assert json.loads(ws.vault.path_of(view.json_sha256).read_bytes())["archive_code"] == volume.archive_code


def test_a_flipped_byte_fails_the_digest_check_naming_the_file(ws, archivist, filed):
    _case, volume, clip = filed
    path = ws.vault.path_of(clip.sha256)
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    view = check_volume(ws, archivist, volume.archive_code)
    assert not view.ok
    assert _failing(view)["ZS-04"] == ["现场.mp4", "现场.mp4"]  # SHA-256 and SM3
    assert "SHA-256" in _items(view)["ZS-04"]["problems"][0]["message"]


def test_a_wrong_duration_in_the_catalogue_fails_content_agreement(ws, archivist, filed):
    _case, volume, clip = filed
    with ws.db.writer() as session:  # behind the program's back
        session.execute(update(VolumeItem).where(VolumeItem.media_record_id == clip.id).values(seconds=42.0))
        session.commit()
    view = check_volume(ws, archivist, volume.archive_code)
    failing = _failing(view)
    assert failing["ZS-02"] == ["现场.mp4"]
    assert "42.0" in _items(view)["ZS-02"]["problems"][0]["message"]


def test_a_truncated_clip_fails_usability(ws, archivist, ended_case, evidence):
    case = ended_case()
    evidence.add_mp4(case, "截断.mp4", seconds=3, truncated=True)
    with pytest.raises(FilingChecksFailedError) as refused:
        volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    text = refused.value.render(Translator("zh_CN").error)
    assert "KY-01" in text and "截断.mp4" in text and "四性检测" in text


def test_filing_is_blocked_then_allowed_with_a_reason_which_is_audited(ws, archivist, ended_case, tmp_path):
    case = ended_case()
    _add_document(ws, archivist, case, scanned_pdf(tmp_path / "加密.pdf", pages=1, password="secret"), pages=1)
    with pytest.raises(FilingChecksFailedError) as refused:
        volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    assert "KY-03" in str(refused.value) and "加密.pdf" in str(refused.value)
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(ArchiveVolume)).first() is None
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY,
                                 checks_reason="原件即为加密文件，已另附纸质件", findings_reason="按现状归档")
    kept, refused_report = reports_of(ws, archivist, volume.archive_code)
    assert not kept.ok and kept.override_reason == "原件即为加密文件，已另附纸质件"
    assert kept.archive_code == volume.archive_code and refused_report.archive_code == ""
    assert _failing(kept)["KY-03"] == ["加密.pdf"]
    with ws.unit(archivist, write=False) as uow:
        details = json.loads(uow.session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "check.report", AuditEvent.object_type == "archive_volume")).scalar_one())
    assert details["override_reason"] == "原件即为加密文件，已另附纸质件" and "KY-03 加密.pdf" in details["failed"]


def test_a_refused_filing_keeps_its_report_in_the_vault_linked_to_the_case(ws, archivist, ended_case, tmp_path):
    case = ended_case()
    _add_document(ws, archivist, case, scanned_pdf(tmp_path / "加密.pdf", pages=1, password="secret"), pages=1)
    with pytest.raises(FilingChecksFailedError):
        volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    (kept,) = reports_of(ws, archivist, case.case_no)
    assert kept.occasion == "filing" and not kept.ok and kept.override_reason == ""
    assert _failing(kept)["KY-03"] == ["加密.pdf"]
    with ws.unit(archivist, write=False) as uow:
        row = uow.session.get(CheckReport, kept.id)
        assert row.case_id == case.id and row.volume_id is None and row.outcome == "fail"
        events = {e.action: e for e in uow.session.execute(select(AuditEvent).where(
            AuditEvent.action.in_(["check.report", "volume.file_refused"]))).scalars()}
        assert uow.session.execute(select(ArchiveVolume)).first() is None
    assert events["check.report"].object_id == case.case_no and events["check.report"].object_type == "case"
    assert json.loads(events["check.report"].details)["json"] == kept.json_sha256
    assert events["volume.file_refused"].outcome == "refused"
    assert "KY-03" in json.loads(events["volume.file_refused"].details)["failed"]
    stored = json.loads(ws.vault.path_of(kept.json_sha256).read_bytes())
    assert stored["case_no"] == case.case_no and stored["archive_code"] == ""
    assert ws.vault.path_of(kept.pdf_sha256).read_bytes().startswith(b"%PDF")


def test_a_page_count_that_disagrees_and_a_disallowed_format(ws, archivist, make_actor, ended_case, tmp_path):
    case = ended_case()
    _add_document(ws, archivist, case, scanned_pdf(tmp_path / "决定书.pdf", pages=3), pages=5, title="决定书扫描")
    _add_document(ws, archivist, case, make_png(tmp_path / "照片.png"), pages=1)
    configure(ws, make_actor("system_admin"), allowed_formats=["pdf", "mp4/h264"])
    with pytest.raises(FilingChecksFailedError) as refused:
        volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    text = str(refused.value)
    assert "ZS-02" in text and "决定书.pdf" in text and "KY-02" in text and "照片.png" in text


def test_a_gap_in_item_numbers_fails_integrity(ws, archivist, filed):
    _case, volume, _clip = filed
    with ws.db.writer() as session:
        session.execute(delete(VolumeItem).where(VolumeItem.volume_id == volume.id, VolumeItem.number == 2))
        session.commit()
    view = check_volume(ws, archivist, volume.archive_code)
    (problem,) = _items(view)["WZ-02"]["problems"]
    assert problem["file"] == volume.archive_code and "2" in problem["message"] and "缺" in problem["message"]


def test_missing_content_and_metadata_changed_behind_the_program(ws, archivist, filed):
    _case, volume, clip = filed
    ws.vault.path_of(clip.sha256).unlink()
    with ws.db.writer() as session:
        session.execute(update(MediaRecord).where(MediaRecord.id == clip.id).values(place="别处"))
        session.commit()
    failing = _failing(check_volume(ws, archivist, volume.archive_code))
    assert failing["WZ-03"] == ["现场.mp4"] and failing["ZS-03"] == ["现场.mp4"]
    assert "ZS-05" in failing


@pytest.fixture
def signatures(tmp_path):
    folder = tmp_path / "clamav"
    folder.mkdir()
    # a body signature (.ndb: name, any target, any offset, hex) for the harmless test file
    (folder / "test.ndb").write_text(f"ArchiveWs.Test.Harmless:0:*:{HARMLESS[:40].hex()}\n")
    return folder


def test_the_test_virus_is_found_by_clamscan(ws, archivist, make_actor, ended_case, tmp_path, signatures):
    configure(ws, make_actor("system_admin"), clamav_db=str(signatures))
    case = ended_case()
    png = make_png(tmp_path / "附件.png")
    png.write_bytes(png.read_bytes() + HARMLESS)  # still a PNG that opens
    _add_document(ws, archivist, case, png, pages=1)
    with pytest.raises(FilingChecksFailedError) as refused:
        volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档")
    assert "AQ-01" in str(refused.value) and "附件.png" in str(refused.value)
    assert "ArchiveWs.Test.Harmless" in str(refused.value)


def test_a_clean_volume_passes_the_scan(ws, archivist, make_actor, filed, signatures):
    _case, volume, _clip = filed
    configure(ws, make_actor("system_admin"), clamav_db=str(signatures))
    view = check_volume(ws, archivist, volume.archive_code)
    assert _items(view)["AQ-01"]["outcome"] == "pass" and view.ok


def test_the_report_pdf_embeds_its_font_and_reads_in_chinese(ws, archivist, filed, tmp_path):
    _case, volume, clip = filed
    ws.vault.path_of(clip.sha256).unlink()
    view = check_volume(ws, archivist, volume.archive_code)
    out = report_pdf(ws, archivist, view.id, tmp_path / "report.pdf")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), fonts
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "四性检测报告" in text and "不通过" in text and "WZ-03" in text and "现场.mp4" in text
    assert "李档案" in text  # who checked, by name (the login is in the JSON)
    assert re.search(r"检测时间\s+\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}", text), text  # as people write dates


def test_cli_check_volume_and_all(ws, archivist, filed, home, db_url, capsys, monkeypatch):
    _case, volume, clip = filed
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", "Passw0rd!")
    code, data = run_cli(home, db_url, archivist.username, capsys, "check", "volume", volume.archive_code)
    assert code == 0 and data["ok"] and data["archive_code"] == volume.archive_code
    code, text = run_cli(home, db_url, archivist.username, capsys, "check", "all", as_json=False)
    assert code == 0 and volume.archive_code in text and "通过" in text
    ws.vault.path_of(clip.sha256).unlink()
    code, data = run_cli(home, db_url, archivist.username, capsys, "check", "volume", volume.archive_code)
    assert code == 7 and not data["ok"]
