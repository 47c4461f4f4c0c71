"""Disposal (Art. 27): holds block it at every step, four eyes, tombstones, fixity and audit still pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from archive_core.retention import disposal, holds, schedule
from archive_core.retention.disposal import NotDisposableError, SelfApprovalError
from archive_core.spine.audit import service
from archive_core.spine.auth import SYSTEM_ACTOR, Actor
from archive_core.spine.errors import IntegrityError, PermissionDeniedError, ValidationError
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import Workstation
from models.audit import AuditEvent
from models.retention import DisposalRequest, DisposedObject
from models.vault import VaultObject
from tests.retention.conftest import Factory

TODAY = date(2026, 6, 1)
OLD = datetime(2025, 8, 31, 15, 0, tzinfo=UTC)  # due 2026-02-28


def _events(ws: Workstation, action: str) -> list[AuditEvent]:
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        return list(uow.session.execute(select(AuditEvent).where(AuditEvent.action == action)
                                        .order_by(AuditEvent.seq)).scalars())


def _state(ws: Workstation, request_id: int) -> str:
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        req = uow.session.get(DisposalRequest, request_id)
        assert req is not None
        return req.state


def test_full_disposal_leaves_tombstone_audit_and_passing_checks(
        ws: Workstation, archivist: Actor, supervisor: Actor, auditor: Actor, factory: Factory) -> None:
    clip = factory.media("DSJ-A1_013_20250831_230000.MP4", OLD, snapshot=True)
    keep = factory.media("DSJ-A1_013_20260501_090000.MP4", datetime(2026, 5, 1, tzinfo=UTC))
    sha = factory.sha_of(clip)
    path = ws.vault.path_of(sha)
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        snap = uow.session.execute(select(VaultObject.sha256).where(VaultObject.original_name.like("%.png"))).scalar()
    assert path.is_file() and snap and ws.vault.exists(snap)

    req = disposal.request_disposal(ws, archivist, media_ids=[clip], reason="保存期限届满，未作为证据使用")
    assert (req.state, [i.label for i in req.items]) == ("requested", ["DSJ-A1_013_20250831_230000.MP4"])
    assert schedule.item_status(ws, archivist, media_id=clip, today=TODAY).state == "requested"
    approved = disposal.approve(ws, supervisor, req.id, opinion="同意销毁", today=TODAY)
    assert (approved.state, approved.decided_by) == ("approved", supervisor.username)
    done = disposal.execute(ws, archivist, req.id, today=TODAY)

    assert done.state == "executed" and done.executed_by == archivist.username
    assert not path.exists() and not ws.vault.exists(snap)
    assert ws.vault.exists(factory.sha_of(keep))
    assert {o.sha256 for o in done.objects} == {sha, snap}
    assert all(o.removed_at is not None and len(o.sm3) == 64 for o in done.objects)
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        row = uow.session.get(VaultObject, sha)
        assert row is not None and row.disposed_at is not None  # the catalogue row stays as the tombstone
    marked = _events(ws, "disposal.marked")
    details = json.loads(marked[-1].details)
    assert details["requested_by"] == archivist.username and details["approved_by"] == supervisor.username
    assert {o["sha256"] for o in details["objects"]} == {sha, snap}
    assert [e.action for e in _events(ws, "disposal.executed")] == ["disposal.executed"]
    assert schedule.item_status(ws, archivist, media_id=clip, today=TODAY).state == "disposed"

    report = fixity.verify_vault(ws, auditor)
    assert report.ok and report.checked >= 1 and sha not in report.uncatalogued
    assert service.verify(ws, auditor).ok


def test_hold_blocks_request_approval_and_execution_until_released(
        ws: Workstation, archivist: Actor, supervisor: Actor, sysadmin: Actor, factory: Factory) -> None:
    clip = factory.media("DSJ_0001.MP4", OLD)
    path = ws.vault.path_of(factory.sha_of(clip))

    hold = holds.add_hold(ws, sysadmin, media_id=clip, reason="当事人提起行政诉讼")
    with pytest.raises(NotDisposableError, match="legal hold"):
        disposal.request_disposal(ws, archivist, media_ids=[clip], reason="到期")
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(DisposalRequest)).scalar() == 0
    holds.release_hold(ws, sysadmin, hold.id, "诉讼终结")

    req = disposal.request_disposal(ws, archivist, media_ids=[clip], reason="到期")
    second = holds.add_hold(ws, sysadmin, media_id=clip, reason="纪检调阅")
    with pytest.raises(NotDisposableError, match="legal hold"):
        disposal.approve(ws, supervisor, req.id, opinion="同意销毁", today=TODAY)
    assert _state(ws, req.id) == "requested"
    assert _events(ws, "disposal.blocked")[-1].outcome == "refused"
    holds.release_hold(ws, sysadmin, second.id, "调阅完毕")
    disposal.approve(ws, supervisor, req.id, opinion="同意销毁", today=TODAY)

    # A hold on the case the clip is later linked to also stops execution.
    case_id = factory.case("冀罚〔2026〕9号", "penalty", ended=None)
    third = holds.add_hold(ws, sysadmin, case_no="冀罚〔2026〕9号", reason="信访复查")
    with ws.unit(SYSTEM_ACTOR) as uow:
        from models.av import MediaRecord

        rec = uow.session.get(MediaRecord, clip)
        assert rec is not None
        rec.case_id = case_id
    with pytest.raises(NotDisposableError, match="legal hold"):
        disposal.execute(ws, archivist, req.id, today=TODAY)
    assert path.is_file() and _state(ws, req.id) == "approved"
    holds.release_hold(ws, sysadmin, third.id, "复查结束")
    # Released, but now the clip follows a case that has not ended: still not disposable.
    with pytest.raises(NotDisposableError, match="not started"):
        disposal.execute(ws, archivist, req.id, today=TODAY)
    with ws.unit(SYSTEM_ACTOR) as uow:
        rec = uow.session.get(MediaRecord, clip)
        assert rec is not None
        rec.case_id = None
    assert disposal.execute(ws, archivist, req.id, today=TODAY).state == "executed"
    assert not path.exists()
    with pytest.raises(ValidationError, match="already been disposed"):
        holds.add_hold(ws, sysadmin, media_id=clip, reason="迟到的保全")


def test_four_eyes_and_roles(ws: Workstation, archivist: Actor, make_actor: Callable[..., Actor],
                             factory: Factory) -> None:
    clip = factory.media("DSJ_0001.MP4", OLD)
    both = make_actor("archivist", "supervisor", display_name="兼任科长")
    req = disposal.request_disposal(ws, both, media_ids=[clip], reason="到期")

    with pytest.raises(SelfApprovalError, match="second person"):
        disposal.approve(ws, both, req.id, opinion="同意销毁", today=TODAY)
    refused = _events(ws, "disposal.approve")
    assert [(e.actor, e.outcome) for e in refused] == [(both.username, "refused")]
    assert _state(ws, req.id) == "requested"

    with pytest.raises(PermissionDeniedError):
        disposal.approve(ws, archivist, req.id, opinion="同意销毁", today=TODAY)
    denied = _events(ws, "access.refused")[-1]
    assert denied.actor == archivist.username and denied.outcome == "refused" and denied.object_id == str(req.id)
    with pytest.raises(PermissionDeniedError):
        disposal.reject(ws, archivist, req.id, "不同意")
    with pytest.raises(disposal.DisposalStateError):
        disposal.execute(ws, archivist, req.id, today=TODAY)
    assert ws.vault.exists(factory.sha_of(clip))

    other = make_actor("supervisor", display_name="赵副局长")
    rejected = disposal.reject(ws, other, req.id, "需补充鉴定意见")
    assert (rejected.state, rejected.decision_reason) == ("rejected", "需补充鉴定意见")
    with pytest.raises(disposal.DisposalStateError):
        disposal.approve(ws, other, req.id, opinion="同意销毁", today=TODAY)
    # Rejected: the clip can be requested again.
    assert disposal.request_disposal(ws, archivist, media_ids=[clip], reason="补充后再次申请").state == "requested"


def test_not_due_evidence_and_linked_records_are_refused(ws: Workstation, archivist: Actor,
                                                         factory: Factory) -> None:
    running = factory.case("冀罚〔2010〕2号", "penalty", ended=date(2010, 5, 20))
    young = factory.media("DSJ_0009.MP4", datetime(2026, 5, 1, tzinfo=UTC))
    evidence = factory.media("DSJ_0003.MP4", datetime(2020, 1, 1, tzinfo=UTC), evidence=True)
    linked = factory.media("DSJ_0004.MP4", datetime(2010, 5, 1, tzinfo=UTC), case_id=running)
    for mid, why in ((young, "has not ended"), (evidence, "not started"), (linked, "has not ended")):
        with pytest.raises(NotDisposableError, match=why):
            disposal.request_disposal(ws, archivist, media_ids=[mid], reason="到期", today=TODAY)
    with pytest.raises(NotDisposableError, match="has not ended"):
        disposal.request_disposal(ws, archivist, case_nos=["冀罚〔2010〕2号"], reason="到期", today=TODAY)
    with pytest.raises(ValidationError, match="reason"):
        disposal.request_disposal(ws, archivist, media_ids=[young], reason="  ")
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(DisposalRequest)).scalar() == 0
    for mid in (young, evidence, linked):
        assert ws.vault.exists(factory.sha_of(mid))


def test_case_disposal_takes_its_records_but_keeps_shared_bytes(
        ws: Workstation, archivist: Actor, supervisor: Actor, auditor: Actor, factory: Factory) -> None:
    shared = b"same scanned page in two case files" * 64
    due = factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31), document=b"decision" * 300)
    factory.case("冀罚〔2010〕2号", "penalty", ended=date(2010, 5, 20), document=shared)
    clip = factory.media("DSJ_0004.MP4", datetime(2014, 3, 1, tzinfo=UTC), evidence=True, case_id=due)
    # The due case holds a copy of a page the running case also holds (one vault object).
    with ws.unit(SYSTEM_ACTOR) as uow:
        from models.case_records import TextRecord

        other = uow.session.execute(select(TextRecord).where(TextRecord.case_id != due)).scalar_one()
        uow.session.add(TextRecord(case_id=due, stage="decision", doc_type=other.doc_type,
                                   file_sha256=other.file_sha256, file_name="共用页.pdf"))
        own = uow.session.execute(select(TextRecord.file_sha256).where(TextRecord.case_id == due,
                                                                      TextRecord.file_name != "共用页.pdf")).scalar()
        shared_sha = other.file_sha256
    assert own and shared_sha

    # The evidence clip cannot go alone... but goes with its case once the case is due.
    req = disposal.request_disposal(ws, archivist, case_nos=["冀检〔2014〕1号"], reason="十年期满", today=TODAY)
    disposal.approve(ws, supervisor, req.id, opinion="同意销毁", today=TODAY)
    done = disposal.execute(ws, archivist, req.id, today=TODAY)
    assert {o.sha256: o.item for o in done.objects} == {own: f"case:{due}", factory.sha_of(clip): f"case:{due}"}
    assert not ws.vault.exists(own) and not ws.vault.exists(factory.sha_of(clip))
    assert ws.vault.exists(shared_sha)
    marked = _events(ws, "disposal.marked")[-1]
    details = json.loads(marked.details)
    assert details["kept_shared"] == [shared_sha]
    assert fixity.verify_vault(ws, auditor).ok and service.verify(ws, auditor).ok


def test_crash_after_marking_is_finished_by_a_rerun(ws: Workstation, archivist: Actor, supervisor: Actor,
                                                    auditor: Actor, sysadmin: Actor, factory: Factory,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    a = factory.media("DSJ_0001.MP4", OLD)
    b = factory.media("DSJ_0002.MP4", OLD)
    req = disposal.request_disposal(ws, archivist, media_ids=[a, b], reason="到期")
    disposal.approve(ws, supervisor, req.id, opinion="同意销毁", today=TODAY)

    real = type(ws.vault).dispose_object
    calls = []

    def crash_on_second(self, sha256, session, request_id):  # type: ignore[no-untyped-def]
        calls.append(sha256)
        if len(calls) == 2:
            raise OSError("power lost")
        return real(self, sha256, session, request_id)

    monkeypatch.setattr(type(ws.vault), "dispose_object", crash_on_second)
    with pytest.raises(OSError):
        disposal.execute(ws, archivist, req.id, today=TODAY)
    assert _state(ws, req.id) == "executing"
    assert sum(ws.vault.exists(factory.sha_of(m)) for m in (a, b)) == 1
    # Half-done: the catalogue already says disposed, so fixity does not flag the removed file.
    assert fixity.verify_vault(ws, auditor).ok
    monkeypatch.setattr(type(ws.vault), "dispose_object", real)

    # The catalogue has recorded the disposal: a hold comes too late, and the re-run finishes.
    with pytest.raises(ValidationError, match="already been disposed"):
        holds.add_hold(ws, sysadmin, media_id=b, reason="迟到的保全")
    done = disposal.execute(ws, archivist, req.id, today=TODAY)
    assert done.state == "executed" and not any(ws.vault.exists(factory.sha_of(m)) for m in (a, b))
    executed = _events(ws, "disposal.executed")
    assert len(executed) == 1
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(DisposedObject)
                                   .where(DisposedObject.removed_at.is_(None))).scalar() == 0
    with pytest.raises(disposal.DisposalStateError):
        disposal.execute(ws, archivist, req.id, today=TODAY)


def test_vault_refuses_removal_without_an_executing_approved_disposal(
        ws: Workstation, archivist: Actor, factory: Factory) -> None:
    clip = factory.media("DSJ_0001.MP4", OLD)
    sha = factory.sha_of(clip)
    req = disposal.request_disposal(ws, archivist, media_ids=[clip], reason="到期")
    with ws.unit(SYSTEM_ACTOR, write=False) as uow, pytest.raises(IntegrityError, match="not marked"):
        ws.vault.dispose_object(sha, uow.session, req.id)
    # Even a forged tombstone does not do without the second person's approval.
    with ws.unit(SYSTEM_ACTOR) as uow:
        row = uow.session.get(VaultObject, sha)
        assert row is not None
        row.disposed_at = datetime.now(UTC)
        uow.session.add(DisposedObject(request_id=req.id, sha256=sha, sm3=row.sm3, size=row.size,
                                       original_name=row.original_name, item=f"media:{clip}"))
        uow.session.get(DisposalRequest, req.id).state = "executing"  # type: ignore[union-attr]
    with ws.unit(SYSTEM_ACTOR, write=False) as uow, pytest.raises(IntegrityError):
        ws.vault.dispose_object(sha, uow.session, req.id)
    assert ws.vault.exists(sha)
