"""Fixtures for archiving tests: ended cases with documents, and evidence clips stored in the vault."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from archive_core import cases, records
from archive_core.auth import Actor
from archive_core.cases_views import CaseView
from archive_core.disc_sources import EvidenceClip, clip_source, remove_clip_source
from archive_core.fixity import store_file
from archive_core.records import RecordInput
from archive_core.workstation import Workstation
from tests.cases.conftest import case_input
from tests.media_factory import make_mp4

CST = timezone(timedelta(hours=8))
OFFICERS = (("王建国", "13010001"), ("李明", "13010002"))


@dataclass
class Evidence:
    """Evidence clips per case: real files in the vault, served through the clip-source port."""

    ws: Workstation
    actor: Actor
    folder: Path
    clips: dict[int, list[EvidenceClip]] = field(default_factory=dict)
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def source(self, _session: Session, case_ids: Sequence[int]) -> list[EvidenceClip]:
        return [c for cid in case_ids for c in self.clips.get(cid, [])]

    def add_file(self, case: CaseView, path: Path, *, matter: str = "现场检查：后厨卫生与原料台账",
                 start: datetime | None = None, seconds: float = 2.0, stage: str = "investigation") -> EvidenceClip:
        stored = store_file(self.ws, self.actor, path)
        n = next(self.ids)
        start = start or datetime(2024, 3, 5, 9, 30, tzinfo=CST) + timedelta(minutes=15 * n)
        clip = EvidenceClip(
            media_record_id=n, case_id=case.id, sha256=stored.sha256, sm3=stored.sm3, size=stored.size,
            original_name=path.name, recorded_start=start, recorded_end=start + timedelta(seconds=seconds),
            matter=matter, place="石家庄市长安区中山东路18号恒达食品有限公司后厨", method="执法记录仪录音录像",
            officers=OFFICERS, stage=stage, device_id="DSJ-0007", confidentiality="internal", duration=seconds)
        self.clips.setdefault(case.id, []).append(clip)
        return clip

    def add_mp4(self, case: CaseView, name: str = "现场检查.mp4", seconds: float = 1.0, **kw: object) -> EvidenceClip:
        path = make_mp4(self.folder / name, seconds=seconds, fps=5, size=(160, 120))
        return self.add_file(case, path, seconds=seconds, **kw)  # type: ignore[arg-type]


@pytest.fixture
def evidence(ws: Workstation, archivist: Actor, tmp_path: Path) -> Iterator[Evidence]:
    folder = tmp_path / "clips"
    folder.mkdir()
    ev = Evidence(ws, archivist, folder)
    clip_source(ev.source)
    yield ev
    remove_clip_source(ev.source)


@pytest.fixture
def ended_case(ws: Workstation, archivist: Actor) -> Callable[..., CaseView]:
    """A case whose action ended on ``ended`` (default 2024-04-01), with three documents."""
    counter = itertools.count(1)

    def make(case_no: str | None = None, ended: date | None = date(2024, 4, 1), documents: bool = True,
             **overrides: object) -> CaseView:
        no = case_no or f"石市监罚〔2024〕{next(counter)}号"
        view = cases.create_case(ws, archivist, case_input(no, action_ended_at=ended, **overrides))
        if documents:
            for doc_type, title, day, pages in (
                ("filing_approval", "立案审批表", date(2024, 3, 1), 1),
                ("inspection_record", "现场检查笔录", date(2024, 3, 5), 3),
                ("penalty_decision", "行政处罚决定书", date(2024, 3, 25), 4),
            ):
                records.add_record(ws, archivist, no, RecordInput(doc_type, doc_no=f"{no}-{doc_type[:4]}",
                                                                  title=title, issued_on=day, pages=pages,
                                                                  sealed=True))
        return view

    return make
