"""The default expected return (end of the working day, agency time) and editing a device from the CLI, audited."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest
from sqlalchemy import select

from archive_core.equipment import loans, settings
from archive_core.spine.errors import ValidationError
from models.audit import AuditEvent
from tests.conftest import PASSWORD, run_cli
from tests.equipment.conftest import SHANGHAI


def cst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)  # 2026-11-02 is a Monday


@pytest.mark.parametrize(("now", "due"), [
    (cst(2, 8), cst(2, 18)),       # in the morning: tonight
    (cst(2, 17, 59), cst(2, 18)),
    (cst(2, 18), cst(3, 18)),      # at or after the end of the day: the next working day's end
    (cst(2, 23, 30), cst(3, 18)),
    (cst(6, 19), cst(9, 18)),      # Friday evening: Monday
    (cst(7, 10), cst(9, 18)),      # Saturday
])
def test_default_due_is_the_end_of_the_working_day(now, due):
    assert settings.default_due(now) == due


def test_the_day_end_is_a_setting_of_the_equipment_room(ws, clerk, camera, officer_certs, home, db_url, capsys,
                                                        monkeypatch):
    assert settings.day_end(ws) == time(18, 0)
    with pytest.raises(ValidationError, match="18:00"):
        settings.set_day_end(ws, clerk, "6pm")
    assert settings.set_day_end(ws, clerk, "17:30") == time(17, 30)
    assert settings.default_due_for(ws, cst(2, 17)) == cst(2, 17, 30)
    with ws.unit(clerk, write=False) as uow:
        event = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "equipment.setting_changed")
                                    ).scalar_one()
    assert json.loads(event.details) == {"old": "18:00", "new": "17:30"}

    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, out = run_cli(home, db_url, clerk.username, capsys, "device", "checkout", "ZF-0001", "--officer",
                        officer_certs[0])
    assert code == 0
    loan = loans.open_loans(ws, clerk)[0]
    assert loan.due_at == settings.default_due(loan.checked_out_at, time(17, 30))
    code, out = run_cli(home, db_url, clerk.username, capsys, "device", "settings", "--day-end", "25:00")
    assert code == 2 and "下班时间" in out["message"]


def test_cli_edit_changes_only_the_named_fields_audited(ws, clerk, camera, home, db_url, capsys, monkeypatch):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, out = run_cli(home, db_url, clerk.username, capsys, "device", "edit", "DSJ-A1B2C3", "--location",
                        "询问室一", "--container-time", "utc", "--capabilities", "explosion_proof")
    assert code == 0, out
    assert sorted(out["changed"]) == ["container_time", "explosion_proof", "location", "night_vision",
                                      "positioning"]
    device = out["device"]
    assert (device["location"], device["container_time"], device["serial_no"]) == ("询问室一", "utc", "SN1001")
    assert (device["explosion_proof"], device["night_vision"]) == (True, False)
    with ws.unit(clerk, write=False) as uow:
        event = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "device.updated")).scalar_one()
    changes = json.loads(event.details)["changes"]
    assert changes["location"] == {"before": "装备室 A 柜", "after": "询问室一"}
    assert changes["container_time"] == {"before": "local", "after": "utc"}
    code, out = run_cli(home, db_url, clerk.username, capsys, "device", "edit", "ZF-0001", "--clock-zone", "Mars/X")
    assert code == 2 and "时区" in out["message"]
    code, out = run_cli(home, db_url, clerk.username, capsys, "device", "edit", "ZF-0001")
    assert code == 2 and "至少" in out["message"]
