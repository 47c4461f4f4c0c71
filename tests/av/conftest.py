"""Helpers for A/V tests: generated clips named as devices name them, a case, a device on loan to an officer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput, OfficerInput
from archive_core.equipment import devices, loans
from archive_core.spine import officers
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from tests.media_factory import make_mp4

CST = ZoneInfo("Asia/Shanghai")
DEVICE_CODE = "DSJ-A1B2C3"
OFFICERS = (OfficerInput("王建国", "13010001", "石家庄市市场监督管理局"),
            OfficerInput("李明", "13010002", "石家庄市市场监督管理局"),
            OfficerInput("赵强", "13010003", "石家庄市市场监督管理局"))


def clip_name(start: datetime, officer: str = "012345", device: str = DEVICE_CODE, seq: int | None = None) -> str:
    """A body-worn camera's file name: device, officer number, local start time."""
    local = start.astimezone(CST)
    tail = f"_{seq:04d}" if seq is not None else ""
    return f"{device}_{officer}_{local:%Y%m%d_%H%M%S}{tail}.MP4"


@dataclass
class Dock:
    path: Path

    def clip(self, start: datetime, seconds: float = 1.0, **kwargs: object) -> Path:
        name = clip_name(start, **{k: v for k, v in kwargs.items() if k in ("officer", "device", "seq")})
        extra = {k: v for k, v in kwargs.items() if k not in ("officer", "device", "seq")}
        # Distinct bytes per clip (the encoder is deterministic): the colour follows the name.
        digest = hashlib.sha256(name.encode()).digest()
        extra.setdefault("colour", (digest[0], digest[1], digest[2]))
        extra.setdefault("pattern", "solid")
        return make_mp4(self.path / name, seconds=seconds, fps=5, size=(160, 120), **extra)  # type: ignore[arg-type]


@pytest.fixture
def dock(tmp_path: Path) -> Dock:
    path = tmp_path / "dock"
    path.mkdir()
    return Dock(path)


@pytest.fixture
def clerk(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("equipment_clerk", display_name="设备管理员")


@pytest.fixture
def supervisor(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("supervisor", display_name="张科长")


@pytest.fixture
def case_no(ws: Workstation, archivist: Actor) -> str:
    view = case_files.create_case(ws, archivist, CaseInput(
        case_no="石市监罚〔2026〕88号", title="无证经营烟花爆竹案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=date(2026, 11, 27), agency="石家庄市市场监督管理局",
        officers=OFFICERS, current_stage="investigation", av_mandatory=True, av_reasons=("major_property",)))
    return view.case_no


@pytest.fixture
def loaned_device(ws: Workstation, clerk: Actor, case_no: str) -> Callable[[datetime], str]:
    """Register the camera and check it out to officer 13010001 at the given time; returns the device code."""

    def make(out_at: datetime) -> str:
        devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", device_code=DEVICE_CODE, model="DSJ-V9",
                           now=out_at - timedelta(days=30))
        loans.checkout(ws, clerk, "ZF-0001", "13010001", out_at + timedelta(hours=12), now=out_at)
        return DEVICE_CODE

    return make


def recent(hours_ago: float) -> datetime:
    return (datetime.now(UTC) - timedelta(hours=hours_ago)).replace(microsecond=0)


__all__ = ["CST", "DEVICE_CODE", "Dock", "clip_name", "officers", "recent"]
