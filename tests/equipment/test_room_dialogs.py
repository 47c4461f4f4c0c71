"""The equipment page's other dialogs: stock-taking at the scanner, lost/retired/found, reports to PDF and CSV."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from archive_core.equipment import devices, loans, maintenance, stock_taking
from models.audit import AuditEvent
from models.devices import StockAuditItem
from tests.equipment.conftest import at
from ui.equipment import device_reports_dialog
from ui.equipment.device_reports_dialog import DeviceReportsDialog
from ui.equipment.device_status_dialog import DeviceStatusDialog
from ui.equipment.equipment_page import EquipmentPage
from ui.equipment.stock_taking import RESULT, SCAN, START, StockTakingDialog
from ui.kit.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def shelf(ws, clerk, camera, officer_certs):
    """Five devices: ZF-0001…ZF-0004 on the shelf (ZF-0004 in maintenance), ZF-0005 out with 李娜."""
    for n, model in ((2, "DSJ-V9"), (3, "DSJ-V9"), (4, "录音笔 R20"), (5, "DSJ-V9")):
        devices.add_device(ws, clerk, f"ZF-000{n}", "body_worn_camera" if n != 4 else "audio_recorder",
                           model=model, manufacturer="某某科技", location="装备室 A 柜", now=at(-48))
    maintenance.record_maintenance(ws, clerk, "ZF-0004", "repair", "录音杂音", keep_open=True, now=at(-24))
    loans.checkout(ws, clerk, "ZF-0005", officer_certs[1], at(10), now=at(0))


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _events(ws, prefix):
    with ws.db.reader() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action.like(f"{prefix}%"))
                         .order_by(AuditEvent.seq)).scalars().all()


def _scan(qtbot, dlg, text):
    qtbot.keyClicks(dlg.scan_edit, text)
    qtbot.keyClick(dlg.scan_edit, Qt.Key.Key_Return)


def _texts(widget):
    return [widget.item(i).text() for i in range(widget.count())]


# --- stock-taking ----------------------------------------------------------------------------------------------
def test_stock_taking_by_scanner_reports_exactly_the_missing_device(qtbot, tasks, ws, clerk, shelf):
    ctx = UiContext(ws, clerk, tasks)
    dlg = _open(qtbot, StockTakingDialog(ctx, clock=lambda: at(2)))
    qtbot.waitUntil(lambda: dlg.state is not None, timeout=10_000)
    assert dlg.pages.currentIndex() == START and dlg.note.hasFocus()
    dlg.note.setText("第四季度盘点")
    with qtbot.waitSignal(dlg.changed, timeout=10_000):
        qtbot.keyClick(dlg.note, Qt.Key.Key_Return)
    assert dlg.pages.currentIndex() == SCAN and dlg.scan_edit.hasFocus()
    assert dlg.progress.text() == "0 of 4 expected devices found"
    assert _texts(dlg.on_loan)[0].startswith("ZF-0005  李娜 130201002")

    # scans queue up faster than they are stored; a lower-case tag and an unknown code among them
    for tag in ("ZF-0001", "zf-0002", "ZF-9999", "ZF-0001"):
        _scan(qtbot, dlg, tag)
        assert dlg.scan_edit.text() == "" and dlg.scan_edit.hasFocus()
    qtbot.waitUntil(lambda: dlg.pending_scans == 0, timeout=10_000)
    assert "ZF-0001" in dlg.feedback.text()  # the last one: already counted
    assert dlg.unknown == ["ZF-9999"]
    # a device without a label: chosen in the list, Enter marks it found
    dlg.pending.setCurrentRow(_texts(dlg.pending).index(next(t for t in _texts(dlg.pending) if "ZF-0004" in t)))
    with qtbot.waitSignal(dlg.scanned, timeout=10_000):
        qtbot.keyClick(dlg.pending, Qt.Key.Key_Return)
    assert [t.split()[0] for t in _texts(dlg.pending)] == ["ZF-0003"]
    assert dlg.progress.text() == "3 of 4 expected devices found"

    # closed half-way and opened again: the stock-taking resumes with what was found
    dlg.close()
    again = _open(qtbot, StockTakingDialog(ctx, clock=lambda: at(3)))
    qtbot.waitUntil(lambda: again.state is not None, timeout=10_000)
    assert again.pages.currentIndex() == SCAN
    assert sorted(again.found) == ["ZF-0001", "ZF-0002", "ZF-0004"]
    assert [t.split()[0] for t in _texts(again.pending)] == ["ZF-0003"]

    again.finish_button.click()
    assert again.confirm.isVisible() and "1 expected devices" in again.confirm_text.text()
    with qtbot.waitSignal(again.finished_audit, timeout=10_000) as done:
        again.finish_now.click()
    report = done.args[0]
    assert (report.missing, report.discrepancies, report.on_loan) == (("ZF-0003",), (), ("ZF-0005",))
    assert report.found == ("ZF-0001", "ZF-0002", "ZF-0004")
    assert again.pages.currentIndex() == RESULT
    assert [t.split()[0] for t in _texts(again.missing_list)] == ["ZF-0003"]
    assert _texts(again.odd_list) == [] and _texts(again.unknown_list) == []  # ZF-9999 was in the first window
    assert "1 missing" in again.result_title.text()
    with ws.db.reader() as s:
        results = dict(s.execute(select(StockAuditItem.device_id, StockAuditItem.result)).all())
    assert sorted(results.values()) == ["found", "found", "found", "missing", "on_loan"]
    assert json.loads(_events(ws, "device.audit_finished")[-1].details)["missing"] == ["ZF-0003"]
    assert stock_taking.next_audit_due(ws, clerk) is not None


def test_device_found_while_registered_out_is_a_discrepancy(qtbot, tasks, ws, clerk, shelf):
    dlg = _open(qtbot, StockTakingDialog(UiContext(ws, clerk, tasks), clock=lambda: at(2)))
    qtbot.waitUntil(lambda: dlg.state is not None, timeout=10_000)
    with qtbot.waitSignal(dlg.changed, timeout=10_000):
        dlg.start_button.click()
    for tag in ("ZF-0001", "ZF-0002", "ZF-0003", "ZF-0004", "ZF-0005"):
        _scan(qtbot, dlg, tag)
    qtbot.waitUntil(lambda: dlg.pending_scans == 0, timeout=10_000)
    assert "correct the register" in _texts(dlg.found_list)[0]  # ZF-0005, the latest scan
    assert dlg.on_loan.count() == 0
    dlg.finish_button.click()
    assert "Every expected device was found" in dlg.confirm_text.text()
    with qtbot.waitSignal(dlg.finished_audit, timeout=10_000) as done:
        dlg.finish_now.click()
    assert (done.args[0].missing, done.args[0].discrepancies) == ((), ("ZF-0005",))
    assert [t.split()[0] for t in _texts(dlg.odd_list)] == ["ZF-0005"]


# --- status ----------------------------------------------------------------------------------------------------
def test_lost_without_reason_is_refused_and_nothing_changes(qtbot, tasks, ws, clerk, camera):
    dlg = _open(qtbot, DeviceStatusDialog(UiContext(ws, clerk, tasks), camera, clock=lambda: at(5)))
    assert dlg.chosen() == "lost"
    before = len(_events(ws, "device."))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "", timeout=10_000)
    assert dlg.error.text() == "Invalid input: give the reason for the status change"
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted and dlg.save_button.isEnabled()
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"
    assert len(_events(ws, "device.")) == before

    # a transition the register does not allow: the service's message
    dlg.choices["available"].setChecked(True)
    dlg.reason.setText("找到了")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: "cannot go from available to available" in dlg.error.text(), timeout=10_000)
    assert len(_events(ws, "device.")) == before

    dlg.choices["lost"].setChecked(True)
    dlg.reason.setText("巡逻途中遗失，已报告")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        dlg.save_button.click()
    assert dlg.updated.status == "lost" == devices.lookup_device(ws, clerk, "ZF-0001").status
    event = _events(ws, "device.status_changed")[-1]
    assert json.loads(event.details) == {"before": "available", "after": "lost", "reason": "巡逻途中遗失，已报告"}

    found = _open(qtbot, DeviceStatusDialog(UiContext(ws, clerk, tasks), dlg.updated, clock=lambda: at(9)))
    assert found.chosen() == "available"  # a lost device: the likely change is that it turned up
    found.reason.setText("在车内找到")
    with qtbot.waitSignal(found.accepted, timeout=10_000):
        found.save_button.click()
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"


# --- reports ---------------------------------------------------------------------------------------------------
@pytest.fixture
def save_as(monkeypatch):
    """Answers the file dialog with the path the test sets."""
    answer: list[str] = []
    monkeypatch.setattr(device_reports_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (answer[0], "")))
    return answer


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_register_as_pdf_holds_the_chinese_names(qtbot, tasks, ws, clerk, shelf, save_as, tmp_path):
    dlg = _open(qtbot, DeviceReportsDialog(UiContext(ws, clerk, tasks), clock=lambda: at(3)))
    assert dlg.kind.currentData() == "register" and not dlg.since.isEnabled()
    target = tmp_path / "设备登记册.pdf"
    save_as.append(str(target))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())  # table cells wrap
    assert all(name in flat for name in ("录音笔R20", "某某科技", "装备室A柜", "李娜130201002")), text
    assert str(target) in dlg.message.text() and "5 rows" in dlg.message.text()
    assert json.loads(_events(ws, "device.report_written")[-1].details)["file"] == str(target)


def test_maintenance_log_as_csv_has_the_rows_of_the_period(qtbot, tasks, ws, clerk, shelf, save_as, tmp_path):
    maintenance.record_maintenance(ws, clerk, "ZF-0002", "battery", "更换电池", technician="钱师傅", now=at(-24 * 60))
    maintenance.record_maintenance(ws, clerk, "ZF-0003", "cleaning", "镜头清洁", now=at(1))
    dlg = _open(qtbot, DeviceReportsDialog(UiContext(ws, clerk, tasks), clock=lambda: at(3)))
    dlg.kind.setCurrentIndex(dlg.kind.findData("maintenance"))
    dlg.format.setCurrentIndex(dlg.format.findData("csv"))
    assert dlg.since.isEnabled()
    save_as.append(str(tmp_path / "维护记录"))  # typed without the suffix
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=30_000)
    target = tmp_path / "维护记录.csv"
    assert dlg.written.path == target and dlg.written.rows == 2  # 30 days back: not the battery two months ago
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Asset tag" and len(rows) == 3
    assert [(r[0], r[5]) for r in rows[1:]] == [("ZF-0003", "镜头清洁"), ("ZF-0004", "录音杂音")]


def test_report_failure_is_shown(qtbot, tasks, ws, clerk, camera, save_as, tmp_path):
    dlg = _open(qtbot, DeviceReportsDialog(UiContext(ws, clerk, tasks), clock=lambda: at(3)))
    save_as.append(str(tmp_path / "no-such-folder" / "register.pdf"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: "register.pdf" in dlg.message.text() and dlg.save_button.isEnabled(), timeout=30_000)
    assert dlg.written is None and "Nothing was stored" in dlg.message.text()


# --- the page --------------------------------------------------------------------------------------------------
def test_page_buttons_follow_selection_and_permissions(qtbot, tasks, ws, clerk, archivist, shelf):
    page = EquipmentPage(UiContext(ws, clerk, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 5, timeout=10_000)
    assert not page.maintenance_button.isEnabled() and not page.status_button.isEnabled()
    assert page.audit_button.isEnabled() and page.reports_button.isEnabled() and page.plans_button.isEnabled()
    page.register_view.selectRow(1)
    qtbot.waitUntil(page.status_button.isEnabled, timeout=10_000)
    assert page.maintenance_button.isEnabled() and page.selected_device().asset_tag == "ZF-0002"

    # a change made in a dialog: the register reloads and the device stays selected
    devices.set_status(ws, clerk, "ZF-0002", "retired", "镜头碎裂，无法修复", now=at(4))
    page.changed()
    qtbot.waitUntil(lambda: (d := page.selected_device()) is not None and d.status == "retired", timeout=10_000)
    assert page.status_button.isEnabled()

    reader = EquipmentPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(reader)
    reader.activate()
    qtbot.waitUntil(lambda: reader.devices_model.rowCount() == 5, timeout=10_000)
    reader.register_view.selectRow(0)
    qtbot.waitUntil(reader.maintenance_button.isEnabled, timeout=10_000)
    assert not reader.status_button.isEnabled() and not reader.audit_button.isEnabled()
    assert reader.reports_button.isEnabled() and reader.plans_button.isEnabled()


def test_dashboard_figures_open_the_register_narrowed(qtbot, tasks, ws, clerk, shelf):
    from ui.stats.dashboard_tiles import TARGETS

    devices.set_status(ws, clerk, "ZF-0002", "lost", "巡查途中遗失", now=at(4))
    page = EquipmentPage(UiContext(ws, clerk, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 5, timeout=10_000)
    target, figures = TARGETS["devices"]
    assert target == "EquipmentPage"
    assert page.show_filtered(**figures["maintenance_due"]) and page.tabs.currentWidget() is page.due_view
    assert page.show_filtered(**figures["loans_overdue"]) and page.tabs.currentWidget() is page.overdue_view
    assert page.show_filtered(status="lost")
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 1, timeout=10_000)
    assert page.tabs.currentWidget() is page.register_view
    qtbot.waitUntil(lambda: page.devices_model.row_object(0) is not None, timeout=10_000)
    assert page.devices_model.row_object(0).asset_tag == "ZF-0002"
    assert not page.show_filtered(compliance="error")  # not a criterion this page knows
    assert not page.show_filtered(status="melted")
    tasks.wait(30_000)  # the summary and lists reload in the background: done before the workstation closes
