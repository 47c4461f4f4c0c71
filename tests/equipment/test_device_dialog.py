"""Registering a device from its dialog (Art. 29): stored off the GUI thread; a refusal stays inline, nothing lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from archive_core.equipment import devices
from ui.equipment.device_dialog import DeviceDialog
from ui.kit.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _dialog(qtbot, ws, clerk, tasks):
    dlg = DeviceDialog(UiContext(ws, clerk, tasks))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _fill(qtbot, dlg, tag, code):
    dlg.tag.clear()
    qtbot.keyClicks(dlg.tag, tag)
    dlg.code.clear()
    qtbot.keyClicks(dlg.code, code)


def test_a_device_is_registered_with_what_was_typed(qtbot, tasks, ws, clerk):
    dlg = _dialog(qtbot, ws, clerk, tasks)
    _fill(qtbot, dlg, "ZF-0042", "DSJ-0042AB")
    dlg.kind.setCurrentIndex(dlg.kind.findData("audio_recorder"))
    dlg.model_edit.setText("录音笔 R20")  # keyClicks types ASCII only
    dlg.caps["night_vision"].setChecked(True)
    dlg.purchased.setDate(QDate(2026, 3, 2))
    with qtbot.waitSignal(dlg.saved, timeout=10_000) as saved:
        dlg.save_button.click()
    assert dlg.result() == QDialog.DialogCode.Accepted
    view = saved.args[0]
    stored = {d.asset_tag: d for d in devices.list_devices(ws, clerk)}["ZF-0042"]
    assert (view.asset_tag, stored.device_code, stored.kind, stored.model) == (
        "ZF-0042", "DSJ-0042AB", "audio_recorder", "录音笔 R20")
    assert stored.night_vision and not stored.positioning and stored.purchase_date == date(2026, 3, 2)


def test_a_taken_code_is_refused_inline_and_the_form_is_kept(qtbot, tasks, ws, clerk, camera):
    dlg = _dialog(qtbot, ws, clerk, tasks)
    _fill(qtbot, dlg, "ZF-0043", camera.device_code)
    qtbot.keyClicks(dlg.serial, "SN-77")
    qtbot.keyClicks(dlg.model_edit, "DSJ-V9")
    with qtbot.waitSignal(dlg.failed, timeout=10_000):
        dlg.save_button.click()
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.message.isVisible() and "another device has this device code" in dlg.message.text()
    assert (dlg.tag.text(), dlg.code.text(), dlg.serial.text()) == ("ZF-0043", camera.device_code, "SN-77")
    assert dlg.save_button.isEnabled()
    assert [d.asset_tag for d in devices.list_devices(ws, clerk)] == [camera.asset_tag]

    _fill(qtbot, dlg, "ZF-0043", "DSJ-0043CD")  # corrected, saved from the same dialog
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        dlg.save_button.click()
    assert sorted(d.asset_tag for d in devices.list_devices(ws, clerk)) == [camera.asset_tag, "ZF-0043"]
    assert {d.asset_tag: d.serial_no for d in devices.list_devices(ws, clerk)}["ZF-0043"] == "SN-77"
