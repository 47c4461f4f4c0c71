"""The clerk's day in the window, by key presses and clicks: register a device by scanning (Enter moves on, nothing
saved early), edit it (audited), check it out with the default return and back in, save the overdue list."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from archive_core.equipment import devices, settings
from archive_core.spine import clock
from models.audit import AuditEvent
from ui.equipment.checkout_dialog import CheckoutDialog
from ui.equipment.device_dialog import DeviceDialog
from ui.equipment.equipment_page import EquipmentPage
from ui.kit.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def type_chinese(widget, text):
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_register_by_scan_then_edit_then_lend(qtbot, tasks, ws, clerk, officer_certs):
    ctx = UiContext(ws, clerk, tasks)
    dlg = shown(qtbot, DeviceDialog(ctx))
    dlg.tag.setFocus()
    qtbot.keyClicks(dlg.tag, "ZF-0900")
    qtbot.keyClick(dlg.tag, Qt.Key.Key_Return)  # the scanner's Enter
    assert dlg.focusWidget() is dlg.kind and dlg.isVisible()
    qtbot.keyClick(dlg.kind, Qt.Key.Key_Return)
    assert dlg.focusWidget() is dlg.code
    assert not dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert devices.list_devices(ws, clerk) == []  # a nearly empty device is not saved
    qtbot.keyClicks(dlg.code, "DSJ-0900AB")
    qtbot.keyClick(dlg.code, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.serial, "SN-900")
    qtbot.keyClick(dlg.serial, Qt.Key.Key_Return)
    assert dlg.focusWidget() is dlg.model_edit
    qtbot.keyClicks(dlg.model_edit, "DSJ-V9")
    qtbot.keyClick(dlg.model_edit, Qt.Key.Key_Return)
    assert devices.list_devices(ws, clerk) == [] and dlg.save_button.isEnabled()
    type_chinese(dlg.location, "装备室 A 柜")
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    [view] = devices.list_devices(ws, clerk)
    assert (view.asset_tag, view.device_code, view.serial_no, view.location) == (
        "ZF-0900", "DSJ-0900AB", "SN-900", "装备室 A 柜")

    edit = shown(qtbot, DeviceDialog(ctx, device=view))
    assert edit.tag.isReadOnly() and edit.serial.text() == "SN-900"
    edit.location.selectAll()
    type_chinese(edit.location, "询问室一")
    edit.container_time.setFocus()
    qtbot.keyClick(edit.container_time, Qt.Key.Key_Down)  # 真实的 UTC 时间
    with qtbot.waitSignal(edit.saved, timeout=10_000):
        qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    after = devices.lookup_device(ws, clerk, "ZF-0900")
    assert (after.location, after.container_time, after.model) == ("询问室一", "utc", "DSJ-V9")
    with ws.unit(clerk, write=False) as uow:
        details = uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == "device.updated")
                                      ).scalar_one()
    assert json.loads(details)["changes"] == {"location": {"before": "装备室 A 柜", "after": "询问室一"},
                                              "container_time": {"before": "local", "after": "utc"}}

    counter = shown(qtbot, CheckoutDialog(ctx))
    expected = settings.default_due(clock.now())
    assert abs(counter._due() - expected).total_seconds() < 60
    with qtbot.waitSignal(counter.recorded, timeout=10_000) as out:
        qtbot.keyClicks(counter.device_edit, "ZF-0900")
        qtbot.keyClick(counter.device_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(counter.officer_edit, officer_certs[0])
        qtbot.keyClick(counter.officer_edit, Qt.Key.Key_Return)
    assert out.args[0].due_at == expected.replace(second=0)
    counter.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(counter.recorded, timeout=10_000):
        qtbot.keyClicks(counter.return_edit, "ZF-0900")
        qtbot.keyClick(counter.return_edit, Qt.Key.Key_Return)
    assert devices.lookup_device(ws, clerk, "ZF-0900").status == "available"
    tasks.wait()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_overdue_list_saved_from_the_page(qtbot, tasks, ws, clerk, camera, officer_certs, tmp_path, monkeypatch):
    from archive_core.equipment import loans
    from tests.equipment.conftest import at

    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(2), now=at(0))  # 2026-11-02 10:00, long overdue
    target = tmp_path / "overdue.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = shown(qtbot, EquipmentPage(UiContext(ws, clerk, tasks)))
    qtbot.mouseClick(page.overdue_export, Qt.MouseButton.LeftButton)
    dialog = page.reports_dialog
    assert dialog.kind.currentData() == "overdue" and not dialog.since.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "ZF-0001" in text and "张伟" in text
    tasks.wait()
