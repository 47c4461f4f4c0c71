"""A small, hand-countable world built through the services: six cases of two units, four clips, two devices.

Dates are relative to the real clock (ingest stamps the real time): T is today (local), N0 the fixture's instant.
The figures each test expects are counted by hand from this description:

  C1 A penalty    opened T-200, stage decision, open. 8.1 N/A, 9.3 N/A, 9.1 recorded by clip K2.
  C2 A penalty    opened T-150, ended T-120, filed T-100 (20 days). All 11 required items N/A.
  C3 B inspection opened T-90,  ended T-80,  filed T-30 (50 days, late). All 7 required items missing.
  C4 B coercion   opened T-60,  stage investigation, open, whole-process A/V mandatory, no A/V.
  C5 A licensing  opened T-400 (before the period), ended T-250, not filed.
  C6 A coercion   opened T-40,  ended T-25, not filed (due T+5), A/V mandatory, clip K1 in investigation.
  K1 C6/investigation recorded N0-2h (on time)   K2 C1/investigation recorded N0-3d (late)
  K3 unlinked recorded N0-1h (on time)            K4 unlinked recorded on the 1st of the month six months ago (late)
  D1 body-worn camera registered N0-100d, loans N0-50d..N0-40d and N0-5d..N0-3d
  D2 camera registered N0-10d, loan from N0-2d due N0-1d, still out (overdue)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from archive_core.av import ingest
from archive_core.cases import case_files, compliance, records
from archive_core.cases.case_files import CaseInput, OfficerInput
from archive_core.equipment import devices, loans, maintenance
from archive_core.spine.auth import Actor
from archive_core.spine.clock import add_months
from archive_core.spine.workstation import Workstation
from models.cases import Case, ChecklistItem, ChecklistTemplate, ItemStatus
from tests.av.conftest import clip_name
from tests.media_factory import make_mp4

CST = ZoneInfo("Asia/Shanghai")
UNIT_A = "石家庄市市场监督管理局"
UNIT_B = "保定市生态环境局"
OFFICERS = (OfficerInput("王建国", "13010001", UNIT_A), OfficerInput("李明", "13010002", UNIT_A))


@dataclass
class World:
    today: date
    now: datetime
    nos: dict[str, str]
    media: dict[str, int]

    @property
    def start(self) -> date:
        return self.today - timedelta(days=300)


def _clip(folder: Path, start: datetime, device: str) -> Path:
    return make_mp4(folder / clip_name(start, device=device), seconds=1.0, fps=5, size=(160, 120),
                    colour=(int(device[-1]) * 40, 200, 30), pattern="solid")


@pytest.fixture
def clerk(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("equipment_clerk", display_name="设备管理员")


@pytest.fixture
def supervisor(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("supervisor", display_name="张科长")


def _not_applicable(ws: Workstation, archivist: Actor, case_no: str, code: str) -> None:
    reason = "本案不涉及"
    template = None
    with ws.unit(archivist, write=False) as uow:
        template = uow.session.get(ChecklistTemplate, code)
    if template is not None and template.required and not template.required_types:
        with ws.unit(archivist) as uow:
            case = uow.session.execute(select(Case).where(Case.case_no == case_no)).scalar_one()
            item = uow.session.execute(select(ChecklistItem).where(
                ChecklistItem.case_id == case.id, ChecklistItem.code == code)).scalar_one()
            item.na_reason, item.status = reason, ItemStatus.NOT_APPLICABLE.value
            compliance.refresh(uow.session, [case.id])
    else:
        records.mark_not_applicable(ws, archivist, case_no, code, reason)


@pytest.fixture
def world(ws: Workstation, archivist: Actor, clerk: Actor, tmp_path: Path) -> World:
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.astimezone(CST).date()
    t = lambda days: today - timedelta(days=days)  # noqa: E731
    nos = {k: f"测统〔2026〕{i}号" for i, k in enumerate(("C1", "C2", "C3", "C4", "C5", "C6"), 1)}

    def make(key: str, unit: str, etype: str, opened: date, **kw: object) -> None:
        initiation = "application" if etype == "licensing" else "ex_officio"
        case_files.create_case(ws, archivist, CaseInput(
            case_no=nos[key], title=f"{key} 案件", enforcement_type=etype, initiation=initiation, opened_on=opened,
            agency=unit, officers=OFFICERS, **kw))  # type: ignore[arg-type]

    make("C1", UNIT_A, "penalty", t(200), current_stage="decision")
    make("C2", UNIT_A, "penalty", t(150), current_stage="service_execution", action_ended_at=t(120))
    make("C3", UNIT_B, "inspection", t(90), current_stage="service_execution", action_ended_at=t(80))
    make("C4", UNIT_B, "coercion", t(60), current_stage="investigation", av_mandatory=True,
         av_reasons=("personal_freedom",))
    make("C5", UNIT_A, "licensing", t(400), current_stage="service_execution", action_ended_at=t(250))
    make("C6", UNIT_A, "coercion", t(40), current_stage="service_execution", action_ended_at=t(25),
         av_mandatory=True, av_reasons=("venue",))
    # Items every case of a stage must record can no longer be marked not applicable; marks made before that rule
    # are still in catalogues and still counted, so the world holds some, written as the older version wrote them.
    for code in ("8.1a", "8.1b", "9.3"):
        _not_applicable(ws, archivist, nos["C1"], code)
    for code in ("8.1a", "8.1b", "9.1", "9.2", "9.3", "9.9a", "9.9b", "10.1", "10.2", "10.3", "10.5", "11.1", "11.2"):
        _not_applicable(ws, archivist, nos["C2"], code)
    case_files.archive_case(ws, archivist, nos["C2"], t(100))
    case_files.archive_case(ws, archivist, nos["C3"], t(30))

    dock = tmp_path / "dock"
    dock.mkdir()
    k4_day = add_months(today, -6).replace(day=1)
    clips = {
        "K1": (_clip(dock, now - timedelta(hours=2), "DSJ-000001"), nos["C6"], "investigation"),
        "K2": (_clip(dock, now - timedelta(days=3), "DSJ-000002"), nos["C1"], "investigation"),
        "K3": (_clip(dock, now - timedelta(hours=1), "DSJ-000003"), "", ""),
        "K4": (_clip(dock, datetime(k4_day.year, k4_day.month, 1, 10, tzinfo=CST), "DSJ-000004"), "", ""),
    }
    media: dict[str, int] = {}
    for key, (path, case_no, stage) in clips.items():
        [result] = ingest.ingest_paths(ws, archivist, [path], case_no=case_no, stage=stage, settle=0)
        assert result.state == "done", result
        media[key] = result.media_id
    records.link_item(ws, archivist, nos["C1"], "9.1", media_record_id=media["K2"])

    devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", model="DSJ-V9", now=now - timedelta(days=100))
    devices.add_device(ws, clerk, "ZF-0002", "camera", model="EOS", now=now - timedelta(days=10))
    for out, back in ((50, 40), (5, 3)):
        loans.checkout(ws, clerk, "ZF-0001", "13010001", now - timedelta(days=back), now=now - timedelta(days=out))
        loans.checkin(ws, clerk, "ZF-0001", now=now - timedelta(days=back))
    loans.checkout(ws, clerk, "ZF-0002", "13010002", now - timedelta(days=1), now=now - timedelta(days=2))
    # ZF-0001 was last inspected never: a 30-day plan from N0-40d is 10 days overdue.
    maintenance.add_plan(ws, clerk, "inspection", 30, device_key="ZF-0001", starts_at=now - timedelta(days=40),
                         now=now - timedelta(days=40))
    return World(today, now, nos, media)
