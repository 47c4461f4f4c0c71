"""Fixtures for archiving tests: ended cases with documents, and evidence clips ingested through the A/V area."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive_core.av import av_records, ingest
from archive_core.av.av_records import MediaRow
from archive_core.cases import case_files, records
from archive_core.cases.records import RecordInput
from archive_core.cases.views import CaseView
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from tests.cases.conftest import case_input
from tests.media_factory import make_mp4

CST = timezone(timedelta(hours=8))
OFFICERS = (("王建国", "13010001"), ("李明", "13010002"))
PLACE = "石家庄市长安区中山东路18号恒达食品有限公司后厨"


@dataclass
class Evidence:
    """Evidence clips of cases: real MP4s ingested, linked, annotated (Art. 26) and marked as evidence."""

    ws: Workstation
    actor: Actor
    folder: Path
    clips: dict[int, list[MediaRow]] = field(default_factory=dict)
    colours: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def add_mp4(self, case: CaseView, name: str = "现场检查.mp4", seconds: float = 1.0, *,
                matter: str = "现场检查：后厨卫生与原料台账", start: datetime | None = None,
                stage: str = "investigation", truncated: bool = False, device_code: str = "") -> MediaRow:
        n = next(self.colours)
        start = start or datetime(2024, 3, 5, 9, 30, tzinfo=CST) + timedelta(minutes=15 * n)
        # distinct bytes per clip (the encoder is deterministic, so the colour differs); the camera writes its
        # local wall-clock time, as body-worn cameras do
        path = make_mp4(self.folder / name, seconds=seconds, fps=5, size=(160, 120), pattern="solid",
                        colour=((37 * n) % 256, (91 * n) % 256, (53 * n) % 256),
                        creation_time=start.replace(tzinfo=None))
        if truncated:  # cut off as by an interrupted copy: the index written last is lost
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        (result,) = ingest.ingest_paths(self.ws, self.actor, [path], case_no=case.case_no, stage=stage, settle=0,
                                        device_code=device_code)
        assert result.ok, result.message
        mid = result.media_id
        av_records.link(self.ws, self.actor, mid, case.case_no, stage)
        av_records.set_details(self.ws, self.actor, mid, matter=matter, place=PLACE, method="执法记录仪录音录像",
                          officers=[cert for _name, cert in OFFICERS])
        row = av_records.set_evidence(self.ws, self.actor, mid, True)
        self.clips.setdefault(case.id, []).append(row)
        return row


@pytest.fixture
def evidence(ws: Workstation, archivist: Actor, tmp_path: Path) -> Evidence:
    folder = tmp_path / "dock"
    folder.mkdir()
    return Evidence(ws, archivist, folder)


@pytest.fixture
def ended_case(ws: Workstation, archivist: Actor) -> Callable[..., CaseView]:
    """A case whose action ended on ``ended`` (default 2024-04-01), with three documents."""
    counter = itertools.count(1)

    def make(case_no: str | None = None, ended: date | None = date(2024, 4, 1), documents: bool = True,
             **overrides: object) -> CaseView:
        no = case_no or f"石市监罚〔2024〕{next(counter)}号"
        view = case_files.create_case(ws, archivist, case_input(no, action_ended_at=ended, **overrides))
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
