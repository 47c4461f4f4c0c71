"""Standard archival metadata XML (DA/T 46 / DA/T 63 names): values from the catalogue, validated by the schema."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from lxml import etree

from archive_core.archiving import archive_codes, metadata_xml, volumes
from archive_core.archiving.metadata_xml import MetadataInvalidError
from archive_core.av import av_records
from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.equipment import devices
from archive_core.spine.i18n import Translator
from disc_burning import metadata_schema
from models.archiving import ArchiveVolume
from models.engine import _alembic_config, migrate, open_database
from tests.conftest import PASSWORD, run_cli
from tests.pdf_checks import scanned_pdf

SERIAL = "SN-2024-000731"


@pytest.fixture
def cli(ws, home, db_url, archivist, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    return lambda *argv: run_cli(home, db_url, archivist.username, capsys, *argv)


@pytest.fixture
def camera(ws, make_actor):
    clerk = make_actor("equipment_clerk")
    devices.add_device(ws, clerk, "ZF-0731", "body_worn_camera", device_code="DSJ-A1B2C3", serial_no=SERIAL,
                       model="DSJ-V9", manufacturer="海康威视")
    return "DSJ-A1B2C3"


@pytest.fixture
def filed_volume(ws, archivist, ended_case, evidence, camera, tmp_path):
    case = ended_case()
    scan = scanned_pdf(tmp_path / "处罚决定书扫描件.pdf", pages=2)
    records.add_record(ws, archivist, case.case_no, RecordInput(
        "penalty_decision", doc_no="石市监罚决〔2024〕7号", title="行政处罚决定书（正本）", issued_on=date(2024, 3, 26),
        pages=2, sealed=True, file=scan))
    long_name = "现场执法ÄΩж" + "r" * 189 + ".mp4"  # 200 characters in four scripts (211 bytes: a file system's)
    assert len(long_name) == 200
    evidence.add_mp4(case, long_name, seconds=2.0, device_code=camera)
    evidence.add_mp4(case, "询问笔录同步录像.mp4", seconds=1.0, matter="询问当事人", stage="investigation")
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    return case, volume, long_name


def parse(data: bytes):
    assert metadata_schema.problems(data) == []
    return etree.fromstring(data)


def test_volume_xml_validates_and_carries_the_catalogue(ws, archivist, filed_volume, tmp_path):
    case, volume, long_name = filed_volume
    scan_size = (tmp_path / "处罚决定书扫描件.pdf").stat().st_size
    code, data = metadata_xml.volume_metadata(ws, archivist, volume.archive_code)
    root = parse(data)
    vol = root.find("案卷")
    assert code == volume.archive_code == vol.findtext("档号")
    # DA/T 22 default: fonds-category-year-retention-item; penalty cases are kept 30 years by the schedule
    assert volume.archive_code == "0001-WS-2024-D30-0001"
    assert (vol.findtext("门类代码"), vol.findtext("保管期限"), vol.findtext("保管期限代码")) == (
        "WS", "定期30年", "D30")
    assert vol.findtext("题名") == case.title and vol.findtext("业务/案号") == case.case_no
    items = vol.find("卷内文件")
    docs, clips = items.findall("文件"), items.findall("音像文件")
    assert len(docs) == 4 and len(clips) == 2 and len(items) == len(volume.items)
    assert [int(e.findtext("文档序号")) for e in items] == [i.number for i in volume.items]
    scanned = next(d for d in docs if d.findtext("文件编号") == "石市监罚决〔2024〕7号")
    assert scanned.findtext("计算机文件名") == "处罚决定书扫描件.pdf" and scanned.findtext("格式信息") == "PDF"
    assert scanned.findtext("计算机文件大小") == str(scan_size)
    assert scanned.findtext("日期") == "2024-03-26" and scanned.findtext("业务/执法环节") == "审查决定"
    assert "record.add" in [e.findtext("行为代码") for e in scanned.iter("管理活动")]

    clip = next(c for c in clips if c.findtext("计算机文件名") == long_name)
    row = evidence_row(ws, archivist, clip)
    assert float(clip.findtext("时长")) == pytest.approx(row["duration"], abs=0.001)
    assert clip.findtext("视频编码") == row["video_codec"] == "h264"
    assert clip.findtext("分辨率") == "160x120" and float(clip.findtext("帧率")) == pytest.approx(5.0)
    assert clip.findtext("音频编码") == row["audio_codec"] and int(clip.findtext("采样率")) > 0
    assert clip.findtext("摄录设备/设备序列号") == SERIAL and clip.findtext("摄录设备/设备型号") == "DSJ-V9"
    assert clip.findtext("摄录设备/设备类型") == "执法记录仪"
    assert {p.findtext("姓名") for p in clip.findall("人物")} == {"王建国", "李明"}
    assert clip.findtext("录制地点").startswith("石家庄市") and clip.findtext("题名").startswith("现场检查")
    assert clip.findtext("录制时间").endswith("+08:00") and clip.findtext("时间已核实") == "true"
    assert [d.get("算法") for d in clip.findall("数字摘要")] == ["SHA-256", "SM3"]
    assert clip.findtext("数字摘要") == row["sha256"]
    assert clip.findtext("存储位置").endswith(row["sha256"])
    history = [e.findtext("行为代码") for e in clip.iter("管理活动")]
    assert history[0] == "vault.put" and {"media.ingest", "media.details", "media.evidence"} <= set(history)
    assert [e.findtext("行为代码") for e in vol.find("管理历史")] == ["volume.file", "check.report"]
    assert vol.find("管理历史/管理活动/行为人").text == archivist.username


def evidence_row(ws, archivist, clip):
    (row,) = [r for r in av_records.list_media(ws, archivist, av_records.MediaFilter())
              if r.sha256 == clip.findtext("数字摘要")]
    detail = av_records.media_detail(ws, archivist, row.id)
    return {"duration": row.duration, "video_codec": detail.video_codec, "audio_codec": detail.audio_codec,
            "sha256": row.sha256}


def test_av_metadata_alone_and_the_cli(ws, archivist, filed_volume, cli, tmp_path):
    case, volume, _long = filed_volume
    media_id = next(i.media_record_id for i in volume.items if i.media_record_id)
    clip = parse(metadata_xml.media_metadata(ws, archivist, media_id)).find("音像文件")
    assert clip.findtext("档号") == volume.archive_code and clip.findtext("保管期限代码") == "D30"
    out = tmp_path / "clip.xml"
    code, result = cli("av", "metadata", str(media_id), "-o", str(out))
    assert code == 0 and parse(out.read_bytes()).find("音像文件/计算机文件名").text == clip.findtext("计算机文件名")
    code, result = cli("volume", "metadata", case.case_no, "-o", str(tmp_path / "volume.xml"))
    assert code == 0 and result["archive_code"] == volume.archive_code
    assert parse((tmp_path / "volume.xml").read_bytes()).findtext("案卷/档号") == volume.archive_code


def test_a_hand_edited_xml_fails_naming_the_element(ws, archivist, filed_volume):
    _case, volume, _long = filed_volume
    _code, data = metadata_xml.volume_metadata(ws, archivist, volume.archive_code)
    root = etree.fromstring(data)
    root.find("案卷/卷内文件/音像文件/时长").text = "两分钟"
    edited = etree.tostring(root, encoding="UTF-8")
    with pytest.raises(MetadataInvalidError) as refused:
        metadata_xml.validate(edited, "volume.xml")
    assert "时长" in str(refused.value) and "volume.xml" in refused.value.render(Translator("zh_CN").error)
    root = etree.fromstring(data)
    vol = root.find("案卷")
    vol.remove(vol.find("档号"))
    problems = metadata_schema.problems(etree.tostring(root, encoding="UTF-8"))
    assert problems and "档号" in problems[0]
    assert metadata_schema.problems(b"<not xml")[0].startswith("not well-formed")


def test_retention_codes_are_standard_and_old_ones_read_as_standard(ws, archivist, ended_case, make_actor):
    inspection = ended_case(enforcement_type="inspection", documents=False)
    v = volumes.file_volume(ws, archivist, inspection.case_no, filed_on=date(2024, 4, 22), findings_reason="按现状归档")
    assert v.archive_code == "0001-WS-2024-D10-0001" and v.retention == "D10"
    v = volumes.file_volume(ws, archivist, ended_case(documents=False).case_no, retention="Y",
                            filed_on=date(2024, 4, 22), findings_reason="按现状归档")
    assert v.archive_code == "0001-WS-2024-Y-0001"
    # an old code given today is issued as its standard code
    v = volumes.file_volume(ws, archivist, ended_case(documents=False).case_no, retention="Y30", fonds="J012",
                            filed_on=date(2024, 4, 23), findings_reason="按现状归档")
    assert v.archive_code == "J012-WS-2024-D30-0001"
    with pytest.raises(archive_codes.ValidationError) as refused:
        volumes.file_volume(ws, archivist, ended_case(documents=False).case_no, retention="Z7",
                            findings_reason="按现状归档")
    assert "DA/T 22" in str(refused.value)
    assert [archive_codes.retention_zh(c) for c in ("Y", "Y30", "Y10", "D30", "D10")] == [
        "永久", "定期30年", "定期10年", "定期30年", "定期10年"]
    admin = make_actor("system_admin")
    archive_codes.configure(ws, admin, default_category="ZF", default_retention="D30")
    v = volumes.file_volume(ws, archivist, ended_case(documents=False).case_no, filed_on=date(2024, 4, 24),
                            findings_reason="按现状归档")
    assert v.archive_code == "0001-ZF-2024-D30-0001" and v.category == "ZF"


def test_migration_keeps_old_codes_and_continues_their_numbers(tmp_path: Path, ws, archivist, ended_case):
    """0011: a volume filed as 0001-2024-Y30-0003 keeps its code and reads as D30; the next D30 number is 4."""
    db_file = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{db_file}")
    try:
        cfg = _alembic_config(db)
        with db.write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005_archiving")
        with sqlite3.connect(db_file) as conn:
            conn.execute("INSERT INTO archive_code_scheme (id, code_format, default_fonds, default_retention, "
                         "agency_name, updated_at, updated_by) VALUES (1, '{fonds}-{year}-{retention}-{seq:04d}', "
                         "'0001', 'Y30', '', '2024-01-01 00:00:00', 'x')")
            conn.execute("INSERT INTO archive_code_counters VALUES ('0001', 2024, 'Y30', 3), ('0001', 2024, 'Y10', 2),"
                         " ('0001', 2024, 'D10', 5)")
        migrate(db, tmp_path / "backups")
        with sqlite3.connect(db_file) as conn:
            assert sorted(conn.execute("SELECT retention, last_seq FROM archive_code_counters")) == [
                ("D10", 5), ("D30", 3)]
            assert conn.execute("SELECT code_format, default_retention, default_category FROM "
                                "archive_code_scheme").fetchone() == (archive_codes.DEFAULT_FORMAT, "D30", "WS")
    finally:
        db.dispose()
    # a volume issued before, as the old scheme stored it: its retention reads as the standard code
    old = volumes.file_volume(ws, archivist, ended_case(documents=False).case_no, filed_on=date(2024, 4, 9),
                              findings_reason="按现状归档")
    for legacy, zh, standard in (("Y30", "定期30年", "D30"), ("Y10", "定期10年", "D10")):
        with ws.unit(archivist) as uow:
            row = uow.session.get(ArchiveVolume, old.id)
            row.retention, row.category = legacy, ""
        vol = parse(metadata_xml.volume_metadata(ws, archivist, old.archive_code)[1]).find("案卷")
        assert (vol.findtext("档号"), vol.findtext("保管期限"), vol.findtext("保管期限代码")) == (
            old.archive_code, zh, standard)
        assert vol.find("门类代码") is None


def test_required_elements_without_a_value_are_written_empty(ws, archivist, tmp_path):
    """A clip not yet in a case, with no officer or place: DA/T 46's mandatory 档号 and 责任者 and Art. 26's
    摄录者 and 录制地点 are there, empty; without one of them the schema refuses the document."""
    from archive_core.av import ingest
    from tests.media_factory import make_mp4

    path = make_mp4(tmp_path / "无名.mp4", seconds=1.0, fps=5, size=(160, 120), pattern="solid")
    (result,) = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert result.ok, result.message
    data = metadata_xml.media_metadata(ws, archivist, result.media_id)
    clip = parse(data).find("音像文件")
    assert etree.fromstring(data).get("schema") == "archive-ws-metadata/2"
    for name in ("档号", "责任者", "摄录者", "录制地点"):
        element = clip.find(name)
        assert element is not None and not (element.text or "").strip() and len(element) == 0, name
    assert clip.find("文档序号") is None and clip.find("业务") is None  # optional: left out
    for name in ("责任者", "录制地点", "摄录者"):
        root = etree.fromstring(data)
        root.find("音像文件").remove(root.find(f"音像文件/{name}"))
        problems = metadata_schema.problems(etree.tostring(root, encoding="UTF-8"))
        assert problems and name in problems[0], (name, problems)


def test_documents_of_the_first_schema_version_still_validate():
    """Discs and packages written before version 2 carry version-1 XML: they still verify, against their schema."""
    from tests.metadata_samples import INVALID_DURATION, VALID_MEDIA

    assert b'schema="archive-ws-metadata/1"' in VALID_MEDIA
    assert metadata_schema.problems(VALID_MEDIA) == []
    assert metadata_schema.problems(INVALID_DURATION)
    # the same document claiming version 2 lacks the elements version 2 requires
    assert metadata_schema.problems(VALID_MEDIA.replace(b"metadata/1", b"metadata/2"))
