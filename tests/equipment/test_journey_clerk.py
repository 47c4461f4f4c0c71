"""The equipment clerk's day from sign-in, in the real window and nothing else: register a device by scanning, lend it
and take it back, edit it, take stock, and save the stock-taking result and the overdue list."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from archive_core.equipment import devices, loans
from models.audit import AuditEvent
from tests.equipment.conftest import at
from tests.journeys import (
    choose,
    click,
    click_tab,
    close,
    dialog_shown,
    open_page,
    save_as,
    shoot_pages,
    shot,
    sign_in,
    type_chinese,
)
from ui.equipment.checkout_dialog import CheckoutDialog
from ui.equipment.device_dialog import DeviceDialog
from ui.equipment.device_reports_dialog import DeviceReportsDialog
from ui.equipment.stock_taking import StockTakingDialog

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"),
              pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")]
LONG_PLACE = "装备室" + "东侧第三排铁皮柜上层左数第二格" * 8 + "备用柜五格"  # 128 characters, the field's limit


@pytest.fixture
def room(ws, make_actor, officer_certs, camera):
    """Set-up by the services: the clerk, three officers, ZF-0001 lent out to 李娜 and overdue since early
    November, and ZF-0002 kept in a place with a long name."""
    clerk = make_actor("equipment_clerk", username="zhaozb", display_name="赵装备")
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[1], at(10), now=at(1))
    devices.add_device(ws, clerk, "ZF-0002", "camera", model="HDR-CX", serial_no="SN2002",
                       location=LONG_PLACE, now=at(-24))
    return clerk


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_clerk_registers_lends_edits_takes_stock_and_reports(qtbot, tasks, zh_ui, ws, home, db_url, room,
                                                                 tmp_path):
    window = sign_in(qtbot, tasks, home, db_url, "zhaozb", shot_name="journey-clerk-01-sign-in")
    [status] = window.statusBar().findChildren(QLabel)
    assert status.text().startswith("当前用户：赵装备（装备管理员）"), status.text()
    page = open_page(qtbot, window, "装备室")
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 2 and page.devices_model.row_object(1) is not None
                    and "逾期" in page.summary.text(), timeout=10_000)
    assert page.tabs.tabText(1) == "逾期未还（1）"
    shot(window, "journey-clerk-02-equipment-room")

    # Register by scanning: the scanner types the label and Enter; Enter moves on and never saves early.
    click(qtbot, page.add_button)
    form = dialog_shown(qtbot, DeviceDialog)
    form.tag.setFocus()
    qtbot.keyClicks(form.tag, "ZF-0900")
    qtbot.keyClick(form.tag, Qt.Key.Key_Return)
    assert form.focusWidget() is form.kind and form.isVisible()
    qtbot.keyClick(form.kind, Qt.Key.Key_Return)
    qtbot.keyClicks(form.code, "DSJ-0900AB")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    qtbot.keyClicks(form.serial, "SN-900")
    qtbot.keyClick(form.serial, Qt.Key.Key_Return)
    assert form.focusWidget() is form.model_edit and not form.save_button.isEnabled()
    qtbot.keyClicks(form.model_edit, "DSJ-V9")
    qtbot.keyClick(form.model_edit, Qt.Key.Key_Return)
    assert form.isVisible() and form.save_button.isEnabled()
    type_chinese(form.maker, "某某科技")
    type_chinese(form.location, "装备室 A 柜")
    shot(form, "journey-clerk-03-register-by-scan")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible() and page.devices_model.rowCount() == 3, timeout=10_000)

    # Check out at the counter and back in.
    click(qtbot, page.counter_button)
    counter = dialog_shown(qtbot, CheckoutDialog)
    assert counter.focusWidget() is counter.device_edit
    qtbot.keyClicks(counter.device_edit, "ZF-0900")
    qtbot.keyClick(counter.device_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(counter.officer_edit, "130201001")
    qtbot.keyClick(counter.officer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.journal.count() == 1, timeout=10_000)
    assert counter.message.text().startswith("ZF-0900 已领用给 张伟（130201001）"), counter.message.text()
    shot(counter, "journey-clerk-04-check-out")
    click_tab(qtbot, counter.tabs, 1)
    assert counter.focusWidget() is counter.return_edit
    qtbot.keyClicks(counter.return_edit, "ZF-0900")
    qtbot.keyClick(counter.return_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.journal.count() == 2, timeout=10_000)
    assert counter.message.text() == "ZF-0900 已由 张伟 归还", counter.message.text()
    shot(counter, "journey-clerk-05-check-in")
    qtbot.keyClick(counter, Qt.Key.Key_Escape)
    assert not counter.isVisible()

    # Edit: scan the device at the search field, which selects it, then Edit….
    page.search.setFocus()
    qtbot.keyClicks(page.search, "ZF-0900")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.edit_button.isEnabled() and page.devices_model.rowCount() == 1, timeout=10_000)
    click(qtbot, page.edit_button)
    edit = dialog_shown(qtbot, DeviceDialog)
    assert edit.tag.isReadOnly() and edit.serial.text() == "SN-900" and edit.windowTitle() == "修改设备 ZF-0900"
    edit.location.setFocus()
    edit.location.selectAll()
    type_chinese(edit.location, "询问室一")
    shot(edit, "journey-clerk-06-edit-device")
    click(qtbot, edit.save_button)
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: (d := page.selected_device()) is not None and d.location == "询问室一", timeout=10_000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 3, timeout=10_000)

    # Stock-taking: ZF-0900 is scanned on the shelf, ZF-0001 is with 李娜, ZF-0002 is not found.
    click(qtbot, page.audit_button)
    stock = dialog_shown(qtbot, StockTakingDialog)
    qtbot.waitUntil(lambda: stock.start_info.text().startswith("当前没有进行中的盘点"), timeout=10_000)
    shot(stock, "journey-clerk-07-stock-taking-start-empty")
    type_chinese(stock.note, "第四季度盘点")
    click(qtbot, stock.start_button)
    qtbot.waitUntil(lambda: stock.scan_edit.isVisible() and stock.scan_edit.hasFocus(), timeout=10_000)
    qtbot.keyClicks(stock.scan_edit, "ZF-0900")
    qtbot.keyClick(stock.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(stock.feedback.text()), timeout=10_000)
    assert (stock.feedback.text(), stock.progress.text()) == ("✓ ZF-0900 已清点", "应在架 2 台，已清点到 1 台")
    shot(stock, "journey-clerk-08-stock-taking-scan")
    click(qtbot, stock.finish_button)
    click(qtbot, stock.finish_now)
    qtbot.waitUntil(lambda: stock.report is not None, timeout=10_000)
    assert stock.result_title.text() == "盘点 #1 已结束：清点到 1 台，缺失 1 台，已领用 1 台，账实不符 0 台。"
    assert stock.missing_list.item(0).text().startswith("ZF-0002")
    shot(stock, "journey-clerk-09-stock-taking-result")
    click(qtbot, stock.export_button)
    report = dialog_shown(qtbot, DeviceReportsDialog)
    assert report.kind.currentText() == "盘点结果"
    stock_pdf = tmp_path / "盘点结果.pdf"
    asked = save_as(qtbot, stock_pdf, name="journey-clerk-10-save-dialog")
    click(qtbot, report.save_button)
    qtbot.waitUntil(lambda: report.written is not None, timeout=20_000)
    assert asked["title"] == "保存报表" and asked["suggested"].startswith("盘点结果_")
    assert report.message.text().startswith("已保存") and str(stock_pdf) in report.message.text()
    shot(report, "journey-clerk-11-stock-taking-saved")
    qtbot.keyClick(report, Qt.Key.Key_Escape)
    click(qtbot, stock.close_button)

    # The overdue list, as a table for Excel.
    click_tab(qtbot, page.tabs, 1)
    qtbot.waitUntil(lambda: page.overdue_model.rowCount() == 1, timeout=10_000)
    shot(window, "journey-clerk-12-overdue")
    click(qtbot, page.overdue_export)
    report = dialog_shown(qtbot, DeviceReportsDialog)
    assert report.kind.currentText() == "逾期未还设备"
    choose(qtbot, report.format, "CSV（可用 Excel 打开）")
    overdue_csv = tmp_path / "overdue.csv"
    save_as(qtbot, overdue_csv)
    click(qtbot, report.save_button)
    qtbot.waitUntil(lambda: report.written is not None, timeout=20_000)
    qtbot.keyClick(report, Qt.Key.Key_Escape)
    click_tab(qtbot, page.tabs, 0)
    shoot_pages(qtbot, window, "journey-clerk")
    close(qtbot, window)

    # What the files and the catalogue hold afterwards.
    text = _pdf_text(stock_pdf)
    assert "第 1 次盘点，赵装备 于" in text and "zhaozb" not in text  # the person, not the login
    lines = {line.split()[0]: line.split() for line in text.splitlines() if line.startswith("ZF-")}
    assert [lines[tag][-5] for tag in ("ZF-0002", "ZF-0001", "ZF-0900")] == ["缺失", "借出", "在库"], lines
    with overdue_csv.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 2 and "ZF-0001" in rows[1] and "李娜" in rows[1]
    after = devices.lookup_device(ws, room, "ZF-0900")
    assert (after.location, after.status, after.device_code, after.manufacturer) == (
        "询问室一", "available", "DSJ-0900AB", "某某科技")
    with ws.unit(room, write=False) as uow:
        actions = uow.session.execute(select(AuditEvent.action).where(AuditEvent.actor == "zhaozb")
                                      .order_by(AuditEvent.seq)).scalars().all()
    done = [a for a in actions if a.startswith("device.")]
    assert done[2:] == ["device.created", "device.checked_out", "device.checked_in", "device.updated",
                        "device.audit_started", "device.audit_scanned", "device.audit_finished",
                        "device.report_written", "device.report_written"], done
