"""Every recording time keeps its source (Art. 23, 24, 26): a file's own time is a guess that every view marks and
the 24-hour clock does not trust; a time set by hand needs a reason; each device says how it writes container times."""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive_core.archiving.disc_sources import disc_item
from archive_core.av import av_records, ingest
from archive_core.equipment import devices
from archive_core.spine import clock
from archive_core.spine.errors import NotFoundError, ValidationError
from archive_core.spine.i18n import Translator
from disc_burning import sidecar
from models.audit import AuditEvent
from tests.av.conftest import CST, recent
from tests.conftest import PASSWORD, run_cli
from tests.media_factory import make_mp4


@pytest.fixture
def bare_clip(tmp_path):
    """A clip whose name matches no pattern and whose container has no creation time; its file time is 3 hours
    ago."""
    path = make_mp4(tmp_path / "现场录像.mp4", seconds=1, fps=5, size=(160, 120), creation_time=None)
    when = recent(3).timestamp()
    os.utime(path, (when, when))
    return path


def _evidence(ws, archivist, media_id, case_no):
    av_records.link(ws, archivist, media_id, case_no, "investigation")
    av_records.set_evidence(ws, archivist, media_id, True)
    [clip] = av_records.evidence_clips(ws, archivist, case_no)
    return clip


def test_a_file_time_is_marked_as_a_guess_everywhere(ws, archivist, bare_clip, case_no, home, db_url, capsys,
                                                       monkeypatch):
    [result] = ingest.ingest_paths(ws, archivist, [bare_clip], settle=0)
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert detail.time_source == "file_mtime" and detail.row.time_guessed
    assert detail.row.recorded_start is not None
    # The 24-hour clock cannot run from a guess: unknown, not on time.
    assert (detail.row.clock_state, detail.row.due_at) == ("unknown", None)
    # The CLI says so in the list and in the record.
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, text = run_cli(home, db_url, archivist.username, capsys, "av", "list", as_json=False)
    assert code == 0 and "（文件时间，未核实）" in text
    code, text = run_cli(home, db_url, archivist.username, capsys, "av", "show", str(result.media_id),
                         as_json=False)
    assert code == 0 and "仅为文件修改时间，未经核实，请人工设置" in text
    code, shown = run_cli(home, db_url, archivist.username, capsys, "av", "show", str(result.media_id))
    assert shown["time_guessed"] is True and shown["time_source"] == "file_mtime"
    # On the disc: the catalogue, index page and label read format_period; the sidecars carry the flag.
    item = disc_item(_evidence(ws, archivist, result.media_id, case_no))
    assert not item.time_verified and "未经核实" in sidecar.format_period(item)
    record = sidecar.item_record(item, "media/x.mp4")
    assert record["time"]["verified"] is False and "文件修改时间" in record["time"]["source"]
    assert ET.fromstring(sidecar.to_xml(record)).find("time/verified").text == "false"


def test_a_time_from_the_file_name_is_trusted_and_says_where_it_came_from(ws, archivist, dock, case_no):
    [result] = ingest.ingest_paths(ws, archivist, [dock.clip(recent(2))], settle=0)
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert (detail.time_source, detail.time_zone, detail.row.time_guessed) == ("filename", "Asia/Shanghai", False)
    assert detail.row.clock_state == "on_time"
    item = disc_item(_evidence(ws, archivist, result.media_id, case_no))
    assert item.time_verified and "未经核实" not in sidecar.format_period(item)
    assert item.time_source == "取自文件名（设备时钟，Asia/Shanghai）"


def test_setting_the_time_by_hand_needs_a_reason_and_is_audited(ws, archivist, bare_clip):
    [result] = ingest.ingest_paths(ws, archivist, [bare_clip], settle=0)
    before = av_records.media_detail(ws, archivist, result.media_id)
    start = recent(2)
    for reason in ("", "无", " - ", "n/a"):
        with pytest.raises(ValidationError) as refused:
            av_records.set_recording_time(ws, archivist, result.media_id, start, reason)
        assert "至少 4 个字" in refused.value.render(Translator("zh_CN").error)
    assert av_records.media_detail(ws, archivist, result.media_id) == before  # nothing changed
    with pytest.raises(ValidationError, match="after it was stored"):
        av_records.set_recording_time(ws, archivist, result.media_id, datetime.now(UTC) + timedelta(hours=1),
                                      "执法记录仪屏幕显示的时间")
    row = av_records.set_recording_time(ws, archivist, result.media_id, start, "执法记录仪屏幕显示的时间")
    assert row.recorded_start == start and not row.time_guessed and row.clock_state == "on_time"
    assert abs((row.recorded_end - start).total_seconds() - 1.0) < 0.3  # start plus the clip's length
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert (detail.time_source, detail.time_note) == ("manual", "执法记录仪屏幕显示的时间")
    with ws.unit(archivist, write=False) as uow:
        event = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "media.recording_time")).scalar_one()
    details = event.details if isinstance(event.details, dict) else json.loads(event.details)
    assert details["before"]["source"] == "file_mtime" and details["before"]["clock"] == "unknown"
    assert details["reason"] == "执法记录仪屏幕显示的时间" and details["clock"] == "on_time"
    # A time set late is a late clip: the clock runs again from it.
    late = av_records.set_recording_time(ws, archivist, result.media_id, recent(40), "值班记录本上的时间")
    assert late.clock_state == "late"


@pytest.mark.parametrize(("rule", "hours_off"), [("utc", 0), ("local", 8)])
def test_each_device_says_how_it_writes_container_times(ws, archivist, clerk, tmp_path, rule, hours_off):
    """A camera that keeps UTC writes 02:00Z for 10:00 in Shijiazhuang; one that keeps wall time writes 10:00Z."""
    devices.add_device(ws, clerk, "ZF-0009", "body_worn_camera", device_code="CAM-UTC", container_time=rule)
    true_start = recent(4)
    stamp = true_start.astimezone(UTC).replace(tzinfo=None)  # what a UTC camera writes
    path = make_mp4(tmp_path / "VID_0001.mp4", seconds=1, fps=5, size=(160, 120), creation_time=stamp)
    [result] = ingest.ingest_paths(ws, archivist, [path], device_code="CAM-UTC", settle=0)
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert detail.row.device_code == "CAM-UTC"
    # Read as local wall time, the UTC stamp is 8 hours early: the device's rule decides.
    assert detail.row.recorded_start == true_start - timedelta(hours=hours_off)
    assert (detail.time_source, detail.time_zone) == (
        ("metadata_utc", "UTC") if rule == "utc" else ("metadata", "Asia/Shanghai"))
    assert detail.row.recorded_start.astimezone(CST).utcoffset() == timedelta(hours=8)


def test_an_unknown_device_or_rule_is_refused_before_anything_is_stored(ws, archivist, clerk, bare_clip):
    with pytest.raises(NotFoundError) as refused:
        ingest.ingest_paths(ws, archivist, [bare_clip], device_code="NO-SUCH", settle=0)
    assert "NO-SUCH" in refused.value.render()
    assert av_records.list_media(ws, archivist, av_records.MediaFilter()) == []
    with pytest.raises(ValidationError, match=r"“gmt”.*local, utc"):
        devices.add_device(ws, clerk, "ZF-0010", "camera", container_time="gmt")


def test_set_time_from_the_cli(ws, archivist, bare_clip, home, db_url, capsys, monkeypatch):
    [result] = ingest.ingest_paths(ws, archivist, [bare_clip], settle=0)
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    start = recent(2).astimezone(CST).replace(tzinfo=None).isoformat()
    code, row = run_cli(home, db_url, archivist.username, capsys, "av", "set-time", str(result.media_id),
                        "--start", start, "--reason", "执法记录仪屏幕显示的时间")
    assert code == 0 and row["time_source"] == "manual" and row["clock_state"] == "on_time"
    code, err = run_cli(home, db_url, archivist.username, capsys, "av", "set-time", str(result.media_id),
                        "--start", start, "--reason", "无")
    assert code != 0 and "至少 4 个字" in err["message"]


def test_the_evidence_page_marks_a_guessed_time_and_sets_it_by_hand(qtbot, tasks, ws, archivist, bare_clip):
    """Clicks and typing: the list marks the file time, the dialog refuses "无" and saves a real reason."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from ui.av.records_dialogs import RecordingTimeDialog
    from ui.av.records_page import EvidencePage
    from ui.kit.context import UiContext

    [result] = ingest.ingest_paths(ws, archivist, [bare_clip], settle=0)
    page = EvidencePage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        page.activate()
    row = page.model.row_of(result.media_id)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 2)) is not None, timeout=20000)
    assert page.model.data(page.model.index(row, 2)).endswith("(file time, not verified)")
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == result.media_id, timeout=20000)
    assert "file modification time only" in page.facts.text()
    qtbot.mouseClick(page.time_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, RecordingTimeDialog), timeout=20000)
    dialog = page.dialog

    def type_into(text: str) -> None:
        dialog.reason.clear()
        dialog.reason.setFocus()
        typed = QInputMethodEvent()
        typed.setCommitString(text)
        QApplication.sendEvent(dialog.reason, typed)

    type_into("无")
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least 4 characters" in dialog.message.text()
    assert av_records.media_detail(ws, archivist, result.media_id).time_source == "file_mtime"
    start = recent(2)
    dialog.start.setDateTime(dialog.start.dateTime().fromSecsSinceEpoch(int(start.timestamp()),
                                                                         dialog.start.timeZone()))
    type_into("执法记录仪屏幕显示的时间")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert (detail.time_source, detail.row.recorded_start, detail.row.clock_state) == ("manual", start, "on_time")
    qtbot.waitUntil(lambda: (page.model.data(page.model.index(page.model.row_of(result.media_id), 2)) or "")
                    .startswith(clock.fmt(start, clock.READ_MINUTE)), timeout=20000)
    assert "not verified" not in page.model.data(page.model.index(page.model.row_of(result.media_id), 2))
