"""Helpers for case tests: a case with two officers and a party, built through the services."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput, OfficerInput, PartyInput
from archive_core.cases.views import CaseView
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation

OFFICERS = (OfficerInput("王建国", "13010001", "石家庄市市场监督管理局"),
            OfficerInput("李明", "13010002", "石家庄市市场监督管理局"))
PARTY = PartyInput("石家庄恒达食品有限公司", "organisation", "91130100MA0A1B2C3D", "石家庄市长安区中山东路18号")


def case_input(case_no: str = "石市监罚〔2024〕1号", **overrides: Any) -> CaseInput:
    base = CaseInput(case_no=case_no, title="销售过期食品案", enforcement_type="penalty", initiation="ex_officio",
                     opened_on=date(2024, 3, 1), source="日常检查发现", agency="石家庄市市场监督管理局",
                     parties=(PARTY,), officers=OFFICERS)
    return replace(base, **overrides)


@pytest.fixture
def new_case(ws: Workstation, archivist: Actor) -> Callable[..., CaseView]:
    counter = iter(range(1, 1000))

    def make(case_no: str | None = None, **overrides: Any) -> CaseView:
        return case_files.create_case(ws, archivist, case_input(case_no or f"石市监罚〔2024〕{next(counter)}号",
                                                           **overrides))

    return make


def av_record(ws: Workstation, actor: Actor, tmp_path: Path, case_no: str, stage: str) -> int:
    """A real A/V record of the case, ingested from a generated clip, in the given stage."""
    from archive_core.av import ingest
    from tests.media_factory import make_mp4

    name = f"clip-{case_no}-{stage}.mp4"
    r, g, b = hashlib.sha256(name.encode()).digest()[:3]
    path = make_mp4(tmp_path / name, seconds=1, fps=5, size=(160, 120), colour=(r, g, b), pattern="solid")
    [result] = ingest.ingest_paths(ws, actor, [path], case_no=case_no, stage=stage, settle=0)
    assert result.state == "done" and result.media_id is not None
    return result.media_id
