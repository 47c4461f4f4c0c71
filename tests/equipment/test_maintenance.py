"""Maintenance records, plans with next-due dates, and stock-taking."""

from __future__ import annotations

import pytest

from archive_core.equipment import devices, loans, maintenance, stock_taking
from archive_core.equipment.devices import DeviceStateError
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from tests.equipment.conftest import at


def _due(ws, actor, t, **kw):
    return [(d.asset_tag, d.kind, d.overdue) for d in maintenance.maintenance_due(ws, actor, now=t, **kw)]


def test_maintenance_due_by_device_and_by_model(ws, clerk, camera):
    devices.add_device(ws, clerk, "ZF-0002", "body_worn_camera", model="DSJ-V9", now=at(0))
    devices.add_device(ws, clerk, "ZF-0003", "camera", model="EOS 90D", now=at(0))
    maintenance.add_plan(ws, clerk, "inspection", 30, model="DSJ-V9", remind_days=7, now=at(0))
    maintenance.add_plan(ws, clerk, "battery", 90, device_key="ZF-0003", remind_days=0, now=at(0))
    assert _due(ws, clerk, at(days=22)) == []
    assert _due(ws, clerk, at(days=23)) == [("ZF-0001", "inspection", False), ("ZF-0002", "inspection", False)]
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "inspection", "月度检查", now=at(days=25))
    assert _due(ws, clerk, at(days=31)) == [("ZF-0002", "inspection", True)]
    # the next inspection of ZF-0001 is due 30 days after the one done
    assert _due(ws, clerk, at(days=47)) == [("ZF-0002", "inspection", True)]
    assert _due(ws, clerk, at(days=48))[1] == ("ZF-0001", "inspection", False)  # 7 days ahead
    assert _due(ws, clerk, at(days=48), horizon_days=0) == [("ZF-0002", "inspection", True)]
    assert _due(ws, clerk, at(days=55), horizon_days=0) == [("ZF-0002", "inspection", True),
                                                            ("ZF-0001", "inspection", True)]
    assert ("ZF-0003", "battery", True) in _due(ws, clerk, at(days=90))
    assert ("ZF-0003", "battery", True) not in _due(ws, clerk, at(days=89))
    devices.set_status(ws, clerk, "ZF-0002", "retired", "报废", now=at(days=60))
    assert [t for t, _k, _o in _due(ws, clerk, at(days=61))] == ["ZF-0001"]


def test_open_maintenance_refused_while_out_and_finish_needs_maintenance(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    with pytest.raises(DeviceStateError):
        maintenance.record_maintenance(ws, clerk, "ZF-0001", "repair", "按键失灵", keep_open=True, now=at(1))
    with pytest.raises(DeviceStateError):
        maintenance.finish_maintenance(ws, clerk, "ZF-0001", now=at(1))
    with pytest.raises(ValidationError):
        maintenance.record_maintenance(ws, clerk, "ZF-0001", "polishing", "x", now=at(1))
    with pytest.raises(ValidationError):
        maintenance.record_maintenance(ws, clerk, "ZF-0001", "cleaning", "  ", now=at(1))
    assert maintenance.maintenance_log(ws, clerk) == []


def test_plan_needs_device_or_model(ws, clerk, camera, archivist):
    with pytest.raises(ValidationError):
        maintenance.add_plan(ws, clerk, "inspection", 30, now=at(0))
    with pytest.raises(ValidationError):
        maintenance.add_plan(ws, clerk, "inspection", 30, device_key="ZF-0001", model="DSJ-V9", now=at(0))
    with pytest.raises(ValidationError):
        maintenance.add_plan(ws, clerk, "inspection", 0, model="DSJ-V9", now=at(0))
    with pytest.raises(PermissionDeniedError):
        maintenance.add_plan(ws, archivist, "inspection", 30, model="DSJ-V9", now=at(0))
    plan = maintenance.add_plan(ws, clerk, "inspection", 30, device_key="ZF-0001", now=at(0))
    maintenance.set_plan_active(ws, clerk, plan.id, False)
    assert maintenance.maintenance_due(ws, clerk, now=at(days=100)) == []
    assert [p.active for p in maintenance.list_plans(ws, clerk)] == [False]


def test_stock_taking_lists_missing_devices(ws, clerk, camera, officer_certs):
    for tag in ("ZF-0002", "ZF-0003", "ZF-0004", "ZF-0005"):
        devices.add_device(ws, clerk, tag, "body_worn_camera", now=at(0))
    loans.checkout(ws, clerk, "ZF-0002", officer_certs[0], at(10), now=at(0))
    devices.set_status(ws, clerk, "ZF-0005", "retired", "报废", now=at(0))
    audit = stock_taking.start_audit(ws, clerk, "十一月盘点", now=at(1))
    with pytest.raises(ValidationError):
        stock_taking.start_audit(ws, clerk, now=at(1))
    assert stock_taking.scan(ws, clerk, "zf-0001", now=at(1.1)).already_scanned is False
    assert stock_taking.scan(ws, clerk, "ZF-0001", now=at(1.2)).already_scanned is True
    assert stock_taking.scan(ws, clerk, "ZF-0005", now=at(1.3)).discrepancy is True
    with pytest.raises(devices.DeviceNotFoundError):
        stock_taking.scan(ws, clerk, "ZF-7777", now=at(1.3))
    report = stock_taking.finish_audit(ws, clerk, audit.id, now=at(2))
    assert report.found == ("ZF-0001", "ZF-0005")
    assert report.missing == ("ZF-0003", "ZF-0004")
    assert report.on_loan == ("ZF-0002",)
    assert report.discrepancies == ("ZF-0005",)
    assert report.audit.next_audit_at == at(2, days=90)
    assert stock_taking.next_audit_due(ws, clerk) == at(2, days=90)
    with pytest.raises(ValidationError):
        stock_taking.scan(ws, clerk, "ZF-0003", now=at(3))  # finished: no more scans


def test_one_shot_stock_taking_from_a_list(ws, clerk, camera):
    devices.add_device(ws, clerk, "ZF-0002", "camera", now=at(0))
    report = stock_taking.run_audit(ws, clerk, ["ZF-0001", "", "BOGUS-1"], next_audit_at=at(days=30), now=at(1))
    assert (report.found, report.missing, report.unknown) == (("ZF-0001",), ("ZF-0002",), ("BOGUS-1",))
    assert stock_taking.next_audit_due(ws, clerk) == at(days=30)
    assert [a.scanned for a in stock_taking.audits(ws, clerk)] == [1]
