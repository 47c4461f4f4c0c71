"""Retention test data: cases of each kind ended on given dates, A/V records with real vault objects, the roles."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput
from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.spine.auth import SYSTEM_ACTOR, Actor
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import Workstation
from models.av import MediaDerivative, MediaRecord
from models.case_records import TextRecord
from models.cases import Case
from tests.zones import process_zone  # noqa: F401


@dataclass
class Factory:
    ws: Workstation
    archivist: Actor
    tmp: Path
    counter: int = 0

    def _store(self, name: str, payload: bytes | None = None) -> str:
        self.counter += 1
        path = self.tmp / f"src{self.counter}" / name
        path.parent.mkdir()
        path.write_bytes(payload if payload is not None else os.urandom(2048) + name.encode())
        stored = self.ws.vault.put_file(path)
        with self.ws.unit(SYSTEM_ACTOR) as uow:
            fixity.register(uow, stored, name)
        return stored.sha256

    def case(self, case_no: str, etype: str = "penalty", ended: date | None = None, reasons: tuple[str, ...] = (),
             title: str = "无证经营案", document: bytes | None = None) -> int:
        case_files.create_case(self.ws, self.archivist, CaseInput(
            case_no=case_no, title=title, enforcement_type=etype, initiation="ex_officio",
            opened_on=date(2000, 1, 1), agency="石家庄市市场监督管理局", av_reasons=reasons,
            av_mandatory=bool(reasons), action_ended_at=ended))
        with self.ws.unit(SYSTEM_ACTOR) as uow:
            case_id = uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar_one()
        if document is not None:
            sha = self._store(f"{case_no}-决定书.pdf", document)
            with self.ws.unit(SYSTEM_ACTOR) as uow:
                ensure_defaults(uow.session)
                from models.case_records import DocumentType

                code = uow.session.execute(select(DocumentType.code).limit(1)).scalar_one()
                uow.session.add(TextRecord(case_id=case_id, stage="decision", doc_type=code, file_sha256=sha,
                                           file_name=f"{case_no}-决定书.pdf", title="行政处罚决定书"))
        return case_id

    def media(self, name: str, recorded: datetime | None, *, evidence: bool = False, case_id: int | None = None,
              payload: bytes | None = None, snapshot: bool = False) -> int:
        sha = self._store(name, payload)
        with self.ws.unit(SYSTEM_ACTOR) as uow:
            existing = uow.session.execute(select(MediaRecord.id).where(MediaRecord.sha256 == sha)).scalar()
            if existing is not None:
                return existing
            rec = MediaRecord(sha256=sha, original_name=name, size=2048, recorded_start=recorded,
                              recorded_end=recorded, is_evidence=evidence, case_id=case_id,
                              ingested_at=datetime(2026, 1, 1, tzinfo=UTC))
            uow.session.add(rec)
            uow.session.flush()
            mid = rec.id
        if snapshot:
            snap = self._store(f"{name}.png")
            with self.ws.unit(SYSTEM_ACTOR) as uow:
                uow.session.add(MediaDerivative(media_id=mid, sha256=snap, kind="snapshot"))
        return mid

    def sha_of(self, media_id: int) -> str:
        with self.ws.unit(SYSTEM_ACTOR, write=False) as uow:
            rec = uow.session.get(MediaRecord, media_id)
            assert rec is not None
            return rec.sha256


@pytest.fixture
def factory(ws: Workstation, archivist: Actor, tmp_path: Path) -> Factory:
    return Factory(ws, archivist, tmp_path)


@pytest.fixture
def supervisor(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("supervisor", display_name="张科长")


@pytest.fixture
def sysadmin(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("system_admin", display_name="系统管理员")
