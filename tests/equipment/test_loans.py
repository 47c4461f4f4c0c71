"""Check-out and check-in: refusals, overdue list, and who held a device at a given time."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from archive_core.equipment import devices, loans, maintenance
from archive_core.equipment.devices import DeviceStateError
from archive_core.spine import officers
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.officers import OfficerNotFoundError
from models.audit import AuditEvent
from models.devices import Loan
from tests.equipment.conftest import at


def _loans(ws):
    with ws.db.reader() as s:
        return s.execute(select(Loan).order_by(Loan.id)).scalars().all()


def _events(ws, action_prefix="device."):
    with ws.db.reader() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action.like(f"{action_prefix}%"))
                         .order_by(AuditEvent.seq)).scalars().all()


def test_checkout_then_checkin_records_both_ends(ws, clerk, camera, officer_certs):
    loan = loans.checkout(ws, clerk, "zf-0001", officer_certs[0], at(10), notes="电池满格，配夹子", now=at(0))
    assert (loan.officer_name, loan.asset_tag, loan.due_at) == ("张伟", "ZF-0001", at(10))
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "checked_out"
    assert devices.lookup_device(ws, clerk, "ZF-0001").holder_cert == "130201001"
    back = loans.checkin(ws, clerk, "ZF-0001", docked=True, notes="已导入", now=at(9))
    assert back.checked_in_at == at(9) and back.docked is True and back.in_condition == "good"
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"
    actions = [e.action for e in _events(ws)]
    assert actions[-2:] == ["device.checked_out", "device.checked_in"]
    assert json.loads(_events(ws)[-1].details)["docked"] is True


def test_double_checkout_is_refused_and_first_loan_kept(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    with pytest.raises(DeviceStateError) as info:
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[1], at(12), now=at(1))
    assert "already checked out to 张伟 (130201001)" in str(info.value)
    assert [(x.officer_id, x.checked_in_at) for x in _loans(ws)] == [(_loans(ws)[0].officer_id, None)]
    assert loans.officer_holding(ws, "ZF-0001", at(2)).certificate_no == "130201001"


def test_checkin_of_device_not_out_is_refused(ws, clerk, camera):
    with pytest.raises(DeviceStateError) as info:
        loans.checkin(ws, clerk, "ZF-0001", now=at(1))
    assert "is not checked out" in str(info.value)
    assert _loans(ws) == []
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"


@pytest.mark.parametrize("status", ["maintenance", "lost", "retired"])
def test_checkout_refused_unless_available(ws, clerk, camera, officer_certs, status):
    if status == "maintenance":
        maintenance.record_maintenance(ws, clerk, "ZF-0001", "repair", "屏幕碎裂送修", keep_open=True, now=at(0))
    else:
        devices.set_status(ws, clerk, "ZF-0001", status, "盘点未见" if status == "lost" else "报废", now=at(0))
    with pytest.raises(DeviceStateError) as info:
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(1))
    assert {"maintenance": "in maintenance", "lost": "lost", "retired": "retired"}[status] in str(info.value)
    assert _loans(ws) == []
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == status


def test_checkout_after_maintenance_finished(ws, clerk, camera, officer_certs):
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "battery", "更换电池", keep_open=True, now=at(0))
    maintenance.finish_maintenance(ws, clerk, "ZF-0001", "电池正常", now=at(2))
    assert loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(3)).officer_cert == "130201001"


def test_officer_holding_follows_loans_over_time(ws, clerk, camera, officer_certs):
    a, b, c = officer_certs
    loans.checkout(ws, clerk, "ZF-0001", a, at(10), now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", now=at(8))
    loans.checkout(ws, clerk, "ZF-0001", b, at(30), now=at(8))  # handed on the same instant
    loans.checkin(ws, clerk, "ZF-0001", now=at(20))
    loans.checkout(ws, clerk, "ZF-0001", c, at(60), now=at(24))  # still out

    def holder(t):
        ref = loans.officer_holding(ws, "ZF-0001", t)
        return ref.certificate_no if ref else None

    assert holder(at(-1)) is None  # before the first loan
    assert holder(at(0)) == a  # the check-out instant belongs to the new loan
    assert holder(at(7.99)) == a
    assert holder(at(8)) == b  # returned and re-issued at 8: the new holder
    assert holder(at(19.5)) == b
    assert holder(at(20)) is None  # the check-in instant: back in the room
    assert holder(at(22)) is None
    assert holder(at(24)) == c
    assert holder(at(24 * 30)) == c  # open loan
    # by device code (as in file names), by id, and a session from the caller's unit of work
    assert loans.officer_holding(ws, "dsj-a1b2c3", at(1)).name == "张伟"
    assert loans.officer_holding(ws, camera.id, at(9)).name == "李娜"
    with ws.unit(clerk, write=False) as uow:
        assert loans.officer_holding(uow, "ZF-0001", at(25)).name == "王强"
    assert loans.officer_holding(ws, "NO-SUCH", at(1)) is None


def test_officer_holding_distinguishes_devices(ws, clerk, camera, officer_certs):
    devices.add_device(ws, clerk, "ZF-0002", "body_worn_camera", device_code="DSJ-FFFF01", now=at(-1))
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    loans.checkout(ws, clerk, "ZF-0002", officer_certs[1], at(10), now=at(0))
    assert loans.officer_holding(ws, "DSJ-FFFF01", at(1)).certificate_no == officer_certs[1]
    assert loans.officer_holding(ws, "DSJ-A1B2C3", at(1)).certificate_no == officer_certs[0]


def test_officer_holding_needs_an_aware_time(ws, camera):
    from datetime import datetime

    with pytest.raises(ValidationError):
        loans.officer_holding(ws, "ZF-0001", datetime(2026, 11, 2, 9, 0))


def test_checkout_cannot_predate_last_return(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", now=at(8))
    with pytest.raises(ValidationError) as info:
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[1], at(10), now=at(5))
    assert "earlier than the device's last return" in str(info.value)
    assert len(_loans(ws)) == 1


def test_unknown_officer_and_past_due_refused(ws, clerk, camera, officer_certs):
    with pytest.raises(OfficerNotFoundError) as info:
        loans.checkout(ws, clerk, "ZF-0001", "999999", at(10), now=at(0))
    assert "999999" in str(info.value)
    with pytest.raises(ValidationError) as info2:
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(-1), now=at(0))
    assert "future" in str(info2.value)
    assert _loans(ws) == []
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"


def test_overdue_list_at_a_given_clock(ws, clerk, camera, officer_certs):
    devices.add_device(ws, clerk, "ZF-0002", "body_worn_camera", now=at(-1))
    devices.add_device(ws, clerk, "ZF-0003", "audio_recorder", now=at(-1))
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    loans.checkout(ws, clerk, "ZF-0002", officer_certs[1], at(6), now=at(0))
    loans.checkout(ws, clerk, "ZF-0003", officer_certs[2], at(4), now=at(0))
    loans.checkin(ws, clerk, "ZF-0003", now=at(5))  # returned late, but returned

    def overdue(t):
        return [x.asset_tag for x in loans.overdue_loans(ws, clerk, now=t)]

    assert overdue(at(5)) == []
    assert overdue(at(6)) == []  # due exactly now is not yet overdue
    assert overdue(at(6.5)) == ["ZF-0002"]
    assert overdue(at(11)) == ["ZF-0002", "ZF-0001"]  # longest overdue first
    loans.checkin(ws, clerk, "ZF-0002", now=at(12))
    assert overdue(at(12)) == ["ZF-0001"]


def test_damaged_return_goes_to_maintenance(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", condition="damaged", notes="镜头进水", now=at(3))
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "maintenance"
    log = maintenance.maintenance_log(ws, clerk, device_key="ZF-0001")
    assert [(r.kind, r.finished_at, r.note) for r in log] == [("repair", None, "镜头进水")]
    with pytest.raises(DeviceStateError):
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[1], at(10), now=at(4))


def test_archivist_cannot_check_out_and_refusal_is_audited(ws, clerk, archivist, camera, officer_certs):
    with pytest.raises(PermissionDeniedError):
        loans.checkout(ws, archivist, "ZF-0001", officer_certs[0], at(10), now=at(0))
    with pytest.raises(PermissionDeniedError):
        loans.checkin(ws, archivist, "ZF-0001", now=at(0))
    with pytest.raises(PermissionDeniedError):
        devices.add_device(ws, archivist, "ZF-0009", "camera")
    refused = [(e.actor, json.loads(e.details)["permission"]) for e in _events(ws, "access.refused")]
    assert refused == [(archivist.username, "device.loan"), (archivist.username, "device.loan"),
                       (archivist.username, "device.manage")]
    assert _loans(ws) == []
    # reading is allowed to the archivist; the clerk can check out
    assert devices.lookup_device(ws, archivist, "ZF-0001").status == "available"
    assert loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0)).out_by == clerk.username


def test_supervisor_reads_but_cannot_manage_officers(ws, make_actor, camera):
    supervisor = make_actor("supervisor")
    assert [o.certificate_no for o in officers.list_officers(ws, supervisor)] == []
    with pytest.raises(PermissionDeniedError):
        officers.add_officer(ws, supervisor, "赵六", "130201009")


def test_every_change_is_audited(ws, clerk, officer_certs):
    seq0 = max(e.seq for e in _events(ws, ""))
    devices.add_device(ws, clerk, "ZF-0100", "camcorder", now=at(0))
    devices.update_device(ws, clerk, "ZF-0100", location="询问室一", location_kind="questioning_room", now=at(0))
    loans.checkout(ws, clerk, "ZF-0100", officer_certs[0], at(5), now=at(1))
    loans.checkin(ws, clerk, "ZF-0100", now=at(2))
    maintenance.record_maintenance(ws, clerk, "ZF-0100", "cleaning", "清洁镜头", now=at(3))
    maintenance.record_maintenance(ws, clerk, "ZF-0100", "firmware", "升级固件 v2", keep_open=True, now=at(3))
    maintenance.finish_maintenance(ws, clerk, "ZF-0100", now=at(4))
    maintenance.add_plan(ws, clerk, "inspection", 30, model="DSJ-V9", now=at(4))
    devices.set_status(ws, clerk, "ZF-0100", "retired", "报废", now=at(5))
    officers.add_officer(ws, clerk, "赵六", "130201009")
    actions = [e.action for e in _events(ws, "") if e.seq > seq0 and e.action != "login"]
    assert actions == ["device.created", "device.updated", "device.checked_out", "device.checked_in",
                       "device.maintenance_recorded", "device.maintenance_started", "device.maintenance_finished",
                       "device.plan_created", "device.status_changed", "officer.created"]
    update = next(e for e in _events(ws) if e.action == "device.updated")
    assert json.loads(update.details)["changes"]["location"] == {"before": "", "after": "询问室一"}
