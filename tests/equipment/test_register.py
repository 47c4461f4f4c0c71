"""The device register: registration, lookup by barcode or file-name code, search, status, history."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from archive_core.equipment import devices, loans, maintenance, stock_taking
from archive_core.equipment.devices import DeviceFilter, DeviceNotFoundError
from archive_core.spine.errors import ValidationError
from models.devices import Device
from tests.equipment.conftest import at


def _count(ws):
    with ws.db.reader() as s:
        return s.execute(select(func.count(Device.id))).scalar()


def test_register_and_find_by_tag_code_or_serial(ws, clerk, camera):
    assert camera.asset_tag == "ZF-0001" and camera.capabilities == ("night_vision", "positioning")
    for key in ("ZF-0001", " zf-0001\n", "DSJ-A1B2C3", "dsj-a1b2c3", "SN1001", camera.id):
        assert devices.find_device(ws, key).asset_tag == "ZF-0001", key
    ref = devices.device_by_code(ws, "DSJ-A1B2C3")
    assert (ref.id, ref.kind, ref.clock_zone) == (camera.id, "body_worn_camera", "Asia/Shanghai")
    assert devices.device_by_code(ws, "DSJ-000000") is None
    with pytest.raises(DeviceNotFoundError) as info:
        devices.lookup_device(ws, clerk, "ZF-9999")
    assert "ZF-9999" in str(info.value)


def test_tags_and_codes_are_unique(ws, clerk, camera):
    with pytest.raises(ValidationError) as info:
        devices.add_device(ws, clerk, "zf-0001", "camera")
    assert "asset tag" in str(info.value)
    with pytest.raises(ValidationError):
        devices.add_device(ws, clerk, "ZF-0002", "camera", device_code="dsj-a1b2c3")
    with pytest.raises(ValidationError):
        devices.add_device(ws, clerk, "DSJ-A1B2C3", "camera")  # a tag that is another device's code
    with pytest.raises(ValidationError):
        devices.add_device(ws, clerk, "ZF-0003", "drone")
    with pytest.raises(ValidationError):
        devices.add_device(ws, clerk, "ZF-0004", "camera", clock_zone="Mars/Olympus")
    assert _count(ws) == 1


def test_search_filters_and_exact_scan(ws, clerk, camera):
    devices.add_device(ws, clerk, "ZF-0010", "camera", model="EOS 90D", location="听证室",
                       location_kind="hearing_room", explosion_proof=True)
    devices.add_device(ws, clerk, "ZF-00100", "audio_recorder", model="录音笔 X1", location="询问室二",
                       location_kind="questioning_room")

    def tags(**kw):
        return [d.asset_tag for d in devices.list_devices(ws, clerk, DeviceFilter(**kw))]

    assert tags() == ["ZF-0001", "ZF-0010", "ZF-00100"]
    assert tags(search="zf-0010") == ["ZF-0010"]  # a scanned tag finds that device, not its prefix siblings
    assert tags(search="ZF-001") == ["ZF-0010", "ZF-00100"]
    assert tags(search="询问室") == ["ZF-00100"]
    assert tags(location_kind="hearing_room") == ["ZF-0010"]
    assert tags(kind="body_worn_camera") == ["ZF-0001"]
    ids = devices.device_ids(ws, clerk, DeviceFilter(), sort="model", descending=True)
    rows = devices.devices_by_ids(ws, clerk, ids)
    assert [rows[i].model for i in ids] == ["录音笔 X1", "EOS 90D", "DSJ-V9"]


def test_lost_device_found_again(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), now=at(0))
    devices.set_status(ws, clerk, "ZF-0001", "lost", "执勤中遗失", now=at(5))
    assert loans.officer_holding(ws, "ZF-0001", at(6)) is None  # the loan ended when the loss was recorded
    assert loans.overdue_loans(ws, clerk, now=at(20)) == []
    with pytest.raises(ValidationError):
        devices.set_status(ws, clerk, "ZF-0001", "available", "", now=at(6))  # a reason is required
    devices.set_status(ws, clerk, "ZF-0001", "available", "已找回", now=at(7))
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"
    with pytest.raises(devices.DeviceStateError):
        devices.set_status(ws, clerk, "ZF-0001", "checked_out", "x", now=at(8))


def test_history_is_a_timeline_of_loans_maintenance_and_audits(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), notes="电池 100%", now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", docked=True, now=at(9))
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "inspection", "外观检查", technician="钱师傅", now=at(10))
    stock_taking.run_audit(ws, clerk, ["ZF-0001"], now=at(11))
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[1], at(30), now=at(12))
    h = devices.history(ws, clerk, "DSJ-A1B2C3")
    assert h.device.holder_name == "李娜"
    assert [(e.event, e.at) for e in h.entries] == [
        ("checkout", at(12)), ("audit", at(11)), ("maintenance", at(10)), ("checkin", at(9)), ("checkout", at(0))]
    assert h.entries[3].docked is True and h.entries[4].notes == "电池 100%"
    assert h.entries[2].notes == "钱师傅 / 外观检查"
    assert [e.event for e in devices.history(ws, clerk, "ZF-0001", limit=2).entries] == ["checkout", "audit"]


def test_naive_times_are_refused(ws, clerk, camera, officer_certs):
    from datetime import datetime

    with pytest.raises(ValidationError) as info:
        loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], datetime(2026, 11, 3, 18, 0), now=at(0))
    assert "time zone" in str(info.value)


def test_text_longer_than_its_column_is_refused_by_name(ws, clerk, camera):
    from archive_core.spine.i18n import Translator

    with pytest.raises(ValidationError) as info:
        devices.update_device(ws, clerk, camera.id, location="柜" * 129)
    assert info.value.render(Translator("zh_CN").error) == "存放位置输入无效：共 129 个字符，最多保存 128 个，请缩短"
    assert devices.lookup_device(ws, clerk, "ZF-0001").location == "装备室 A 柜"  # nothing saved
    assert devices.update_device(ws, clerk, camera.id, location="柜" * 128).location == "柜" * 128
