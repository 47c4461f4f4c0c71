"""Equipment-room fixtures: a clerk, officers, devices and a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from archive_core.equipment import devices
from archive_core.spine import officers
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=SHANGHAI)


def at(hours: float = 0, days: float = 0) -> datetime:
    """The test clock: T0 plus an offset."""
    return T0 + timedelta(hours=hours, days=days)


@pytest.fixture
def clerk(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("equipment_clerk", display_name="赵装备")


@pytest.fixture
def officer_certs(ws: Workstation, clerk: Actor) -> list[str]:
    people = [("张伟", "130201001", "石家庄市某某区市场监管局"), ("李娜", "130201002", "石家庄市某某区市场监管局"),
              ("王强", "130201003", "执法大队一中队")]
    return [officers.add_officer(ws, clerk, name, cert, unit).certificate_no for name, cert, unit in people]


@pytest.fixture
def camera(ws: Workstation, clerk: Actor) -> devices.DeviceView:
    return devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", serial_no="SN1001",
                              model="DSJ-V9", manufacturer="某某科技", night_vision=True, positioning=True,
                              location="装备室 A 柜", now=at(-48))
