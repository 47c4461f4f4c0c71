"""Maintenance from the window: record and finish work on a device, the log, and recurring plans coming due."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from archive_core.equipment import devices, maintenance
from models.audit import AuditEvent
from tests.equipment.conftest import at
from ui.equipment.device_models import OVERDUE
from ui.equipment.maintenance_dialog import MaintenanceDialog
from ui.equipment.maintenance_plans import MaintenancePlansDialog, PlanDialog
from ui.kit.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _events(ws, prefix):
    with ws.db.reader() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action.like(f"{prefix}%"))
                         .order_by(AuditEvent.seq)).scalars().all()


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_repair_recorded_finished_and_shown_in_log_history_and_audit_trail(qtbot, qtmodeltester, tasks, ws, clerk,
                                                                           camera):
    clock = [at(2)]
    dlg = _open(qtbot, MaintenanceDialog(UiContext(ws, clerk, tasks), camera.id, clock=lambda: clock[0]))
    qtbot.waitUntil(lambda: dlg.device is not None and dlg.log_status.text() != "", timeout=10_000)
    assert dlg.record_box.isEnabled() and not dlg.finish_box.isVisible()

    # without a note the service refuses, and says why
    dlg.kind.setCurrentIndex(dlg.kind.findData("repair"))
    dlg.keep_open.setChecked(True)
    dlg.record_button.click()
    qtbot.waitUntil(lambda: "note" in dlg.message.text(), timeout=10_000)
    assert maintenance.maintenance_log(ws, clerk) == []

    dlg.note.setText("按键失灵，送厂维修")
    dlg.technician.setText("某某科技售后")
    with qtbot.waitSignal(dlg.changed, timeout=10_000):
        dlg.record_button.click()
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "maintenance"
    qtbot.waitUntil(lambda: dlg.finish_box.isVisible() and dlg.log_model.rowCount() == 1, timeout=10_000)
    assert dlg.note.text() == "" and not dlg.keep_open.isChecked()
    assert dlg.log_model.data(dlg.log_model.index(0, 5)) == "按键失灵，送厂维修"
    assert dlg.log_model.data(dlg.log_model.index(0, 3)) == "in progress"
    qtmodeltester.check(dlg.log_model)

    clock[0] = at(days=5)
    dlg.finish_result.setText("更换主板，测试正常")
    with qtbot.waitSignal(dlg.changed, timeout=10_000):
        dlg.finish_button.click()
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"
    assert "ZF-0001" in dlg.message.text()
    qtbot.waitUntil(lambda: not dlg.finish_box.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: dlg.log_model.data(dlg.log_model.index(0, 6)) == "更换主板，测试正常", timeout=10_000)

    entries = devices.history(ws, clerk, "ZF-0001").entries
    assert [(e.event, e.kind, e.at) for e in entries[:2]] == [("maintenance_done", "repair", at(days=5)),
                                                              ("maintenance", "repair", at(2))]
    assert entries[1].notes == "某某科技售后 / 按键失灵，送厂维修" and entries[0].notes == "更换主板，测试正常"
    trail = [(e.action, json.loads(e.details)) for e in _events(ws, "device.maintenance")]
    assert [a for a, _ in trail] == ["device.maintenance_started", "device.maintenance_finished"]
    assert trail[0][1]["note"] == "按键失灵，送厂维修" and trail[1][1]["result"] == "更换主板，测试正常"


def test_log_range_and_read_only_users(qtbot, tasks, ws, clerk, archivist, camera):
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "cleaning", "镜头清洁", now=at(days=-200))
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "battery", "更换电池", now=at(days=-3))
    dlg = _open(qtbot, MaintenanceDialog(UiContext(ws, archivist, tasks), camera.id, clock=lambda: at(0)))
    qtbot.waitUntil(lambda: dlg.log_model.rowCount() == 1, timeout=10_000)  # the last 90 days
    assert dlg.log_model.rows[0].note == "更换电池"
    assert not dlg.record_box.isEnabled()  # an archivist may read the log, not record maintenance
    dlg.since.setDate(dlg.since.date().addDays(-200))
    qtbot.waitUntil(lambda: dlg.log_model.rowCount() == 2, timeout=10_000)


def test_plan_added_in_the_window_comes_due_and_overdue_stands_out(qtbot, qtmodeltester, tasks, ws, clerk, camera):
    devices.add_device(ws, clerk, "ZF-0002", "body_worn_camera", model="DSJ-V9", now=at(0))
    clock = [at(0)]
    dlg = _open(qtbot, MaintenancePlansDialog(UiContext(ws, clerk, tasks), device_tag="ZF-0001",
                                              device_model="DSJ-V9", clock=lambda: clock[0]))
    qtbot.waitUntil(lambda: dlg.overview is not None, timeout=10_000)
    assert dlg.plan_model.rowCount() == 0 and dlg.add_button.isEnabled() and not dlg.deactivate_button.isEnabled()

    dlg.add_button.click()
    add = dlg.findChild(PlanDialog)
    assert add.device.text() == "ZF-0001" and add.for_device.isChecked()
    add.for_model.setChecked(True)
    assert add.model_combo.currentText() == "DSJ-V9" and not add.device.isEnabled()
    add.kind.setCurrentIndex(add.kind.findData("inspection"))
    add.interval.setValue(30)
    add.note.setText("每月检查外观与按键")
    with qtbot.waitSignal(add.accepted, timeout=10_000):
        add.buttons.button(add.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dlg.plan_model.rowCount() == 1, timeout=10_000)
    assert dlg.due_model.rowCount() == 0  # due 30 days after it starts, reminded 7 days ahead
    assert dlg.plan_model.data(dlg.plan_model.index(0, 5)).startswith("2026年12月2日")
    assert "#1" in dlg.message.text()
    assert [e.action for e in _events(ws, "device.plan")] == ["device.plan_created"]

    clock[0] = at(days=31)
    dlg.overview = None
    dlg.reload()
    qtbot.waitUntil(lambda: dlg.overview is not None, timeout=10_000)
    assert [(d.asset_tag, d.overdue) for d in dlg.due_model.rows] == [("ZF-0001", True), ("ZF-0002", True)]
    assert dlg.due_model.data(dlg.due_model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert dlg.due_model.data(dlg.due_model.index(0, 5)) == "Overdue"
    assert "overdue" in dlg.plan_model.data(dlg.plan_model.index(0, 5))
    assert "2 overdue" in dlg.due_label.text()
    qtmodeltester.check(dlg.plan_model)
    qtmodeltester.check(dlg.due_model)

    # done on one device: only the other stays due
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "inspection", "月度检查", now=at(days=31))
    dlg.reload()
    qtbot.waitUntil(lambda: [d.asset_tag for d in dlg.due_model.rows] == ["ZF-0002"], timeout=10_000)

    dlg.plan_view.selectRow(0)
    assert dlg.deactivate_button.isEnabled() and not dlg.activate_button.isEnabled()
    with qtbot.waitSignal(dlg.changed, timeout=10_000):
        dlg.deactivate_button.click()
    qtbot.waitUntil(lambda: dlg.due_model.rowCount() == 0 and not dlg.plan_model.rows[0].active, timeout=10_000)
    assert maintenance.maintenance_due(ws, clerk, now=at(days=31)) == []


def test_plan_refusal_is_shown_and_nothing_added(qtbot, tasks, ws, clerk, archivist, camera):
    dlg = _open(qtbot, PlanDialog(UiContext(ws, clerk, tasks), clock=lambda: at(0)))
    dlg.for_device.setChecked(True)
    dlg.device.setText("")
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "one device or for one model" in dlg.error.text(), timeout=10_000)
    assert dlg.result() != QDialog.DialogCode.Accepted and maintenance.list_plans(ws, clerk) == []

    plans = _open(qtbot, MaintenancePlansDialog(UiContext(ws, archivist, tasks), clock=lambda: at(0)))
    qtbot.waitUntil(lambda: plans.overview is not None, timeout=10_000)
    assert not plans.add_button.isEnabled()  # reading plans needs no more than the register
