"""Disposal at the end of retention (Art. 27): a request names the items and the reason, a second authorised person
approves, execution marks the catalogue (tombstones and audit event in one transaction) and then removes the vault
objects; every precondition is checked again at approval and at execution, and a re-run finishes a broken one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from archive_core.retention.schedule import (
    GONE_STATES,
    WHY_NOT,
    RetentionItem,
    RetentionState,
    assess,
    case_media,
    media_cases,
    require_read,
)
from archive_core.spine import clock
from archive_core.spine.audit import chain
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, PermissionDeniedError, ValidationError
from archive_core.spine.people import names_of
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av import MediaDerivative, MediaRecord
from models.base import Base
from models.case_records import ServiceRecord, TextRecord
from models.cases import Case
from models.retention import DisposalItem, DisposalRequest, DisposalState, DisposedObject, RecordCategory
from models.vault import VaultObject

STATE_LABELS = {
    DisposalState.REQUESTED: QT_TRANSLATE_NOOP("disposal", "Requested"),
    DisposalState.APPROVED: QT_TRANSLATE_NOOP("disposal", "Approved"),
    DisposalState.REJECTED: QT_TRANSLATE_NOOP("disposal", "Rejected"),
    DisposalState.EXECUTING: QT_TRANSLATE_NOOP("disposal", "Execution unfinished"),
    DisposalState.EXECUTED: QT_TRANSLATE_NOOP("disposal", "Executed"),
}
_STATE_WORDS = {
    DisposalState.REQUESTED: QT_TRANSLATE_NOOP("errors", "waiting for approval"),
    DisposalState.APPROVED: QT_TRANSLATE_NOOP("errors", "approved"),
    DisposalState.REJECTED: QT_TRANSLATE_NOOP("errors", "rejected"),
    DisposalState.EXECUTING: QT_TRANSLATE_NOOP("errors", "being executed"),
    DisposalState.EXECUTED: QT_TRANSLATE_NOOP("errors", "executed"),
}
_ACTIONS = {
    "approve": QT_TRANSLATE_NOOP("errors", "approve"),
    "reject": QT_TRANSLATE_NOOP("errors", "reject"),
    "execute": QT_TRANSLATE_NOOP("errors", "execute"),
}


class NotDisposableError(ValidationError):
    code = "not_disposable"
    translated_params = ("why",)
    message = QT_TRANSLATE_NOOP("errors", "{item} cannot be disposed of: {why} (Art. 27).")
    hint = QT_TRANSLATE_NOOP("errors", "Only records whose retention period has ended and that are under no legal "
                                       "hold can be disposed of; nothing was changed.")


class SelfApprovalError(PermissionDeniedError):
    code = "self_approval"
    message = QT_TRANSLATE_NOOP("errors", "User {user} requested disposal request {request} and may not decide on it: "
                                          "a second person must (Art. 27).")
    hint = QT_TRANSLATE_NOOP("errors", "Ask another supervisor to approve or reject it.")


class DisposalStateError(ValidationError):
    code = "disposal_state"
    translated_params = ("state", "action")
    message = QT_TRANSLATE_NOOP("errors", "Disposal request {request} is {state}: you cannot {action} it now.")
    hint = ""


@dataclass(frozen=True)
class ItemView:
    kind: str
    id: int
    label: str
    rule_code: str
    retention_end: date | None


@dataclass(frozen=True)
class ObjectView:
    sha256: str
    sm3: str
    size: int
    name: str
    item: str
    removed_at: datetime | None


@dataclass(frozen=True)
class RequestView:
    id: int
    state: str
    reason: str
    requested_by: str
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_reason: str
    executed_by: str
    executed_at: datetime | None
    items: tuple[ItemView, ...]
    objects: tuple[ObjectView, ...]
    names: dict[str, str] = field(default_factory=dict)  # people's names by login

    def name(self, login: str | None) -> str:
        return self.names.get(login or "", login or "")

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["items"] = [dict(i.__dict__) for i in self.items]
        d["objects"] = [dict(o.__dict__) for o in self.objects]
        return d


def _view(session: Session, req: DisposalRequest) -> RequestView:
    items = session.execute(select(DisposalItem).where(DisposalItem.request_id == req.id)
                            .order_by(DisposalItem.id)).scalars()
    objects = session.execute(select(DisposedObject).where(DisposedObject.request_id == req.id)
                              .order_by(DisposedObject.item, DisposedObject.sha256)).scalars()
    return RequestView(
        req.id, req.state, req.reason, req.requested_by, req.requested_at, req.decided_by, req.decided_at,
        req.decision_reason, req.executed_by, req.executed_at,
        tuple(ItemView(RecordCategory.CASE.value if i.case_id else RecordCategory.MEDIA.value,
                       i.case_id or i.media_id or 0, i.label, i.rule_code, i.retention_end) for i in items),
        tuple(ObjectView(o.sha256, o.sm3, o.size, o.original_name, o.item, o.removed_at) for o in objects),
        names_of(session, (req.requested_by, req.decided_by, req.executed_by)))


def _get(session: Session, request_id: int) -> DisposalRequest:
    req = session.get(DisposalRequest, request_id, with_for_update=True)
    if req is None:
        raise NotFoundError(what="disposal request", key=str(request_id))
    return req


def _reason(text: str, what: str) -> str:
    if not text or not text.strip():
        raise ValidationError(reason=what)
    return text.strip()


def _blocker(item: RetentionItem, request_id: int | None) -> str | None:
    """Why this item may not be disposed of under this request now, or None."""
    if item.state == RetentionState.DUE.value:
        return None
    if item.state == RetentionState.REQUESTED.value and request_id is not None and item.request_id == request_id:
        return None
    return WHY_NOT[RetentionState(item.state)]


def _check(session: Session, case_ids: Sequence[int], media_ids: Sequence[int], today: date | None,
           request_id: int | None) -> tuple[list[RetentionItem], tuple[str, str] | None]:
    """Assess every item; the first blocker found is (label, why)."""
    cases, media = assess(session, case_ids, media_ids, today)
    items = [cases[i] for i in case_ids] + [media[i] for i in media_ids]
    for item in items:
        why = _blocker(item, request_id)
        if why is not None:
            return items, (item.label, why)
    return items, None


def request_disposal(ws: Workstation, actor: Actor, *, reason: str, media_ids: Sequence[int] = (),
                     case_nos: Sequence[str] = (), today: date | None = None) -> RequestView:
    """Name case files and/or A/V records whose retention has ended (Art. 27) and say why they should go."""
    text = _reason(reason, QT_TRANSLATE_NOOP("errors", "give the reason for the disposal"))
    if not media_ids and not case_nos:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name at least one record to dispose of"))
    with ws.unit(actor) as uow:
        uow.require(Permission.DISPOSAL_REQUEST, "disposal", "new")
        s = uow.session
        case_ids = []
        for no in dict.fromkeys(case_nos):
            cid = s.execute(select(Case.id).where(Case.case_no == no)).scalar_one_or_none()
            if cid is None:
                raise NotFoundError(what="case", key=no)
            case_ids.append(cid)
        mids = list(dict.fromkeys(int(m) for m in media_ids))
        found = set(s.execute(select(MediaRecord.id).where(MediaRecord.id.in_(mids))).scalars())
        for m in mids:
            if m not in found:
                raise NotFoundError(what="A/V record", key=str(m))
        items, blocked = _check(s, case_ids, mids, today, None)
        if blocked:
            raise NotDisposableError(item=blocked[0], why=blocked[1])
        req = DisposalRequest(reason=text, requested_by=actor.username, requested_at=clock.now(),
                              state=DisposalState.REQUESTED.value)
        s.add(req)
        s.flush()
        for it in items:
            s.add(DisposalItem(request_id=req.id, case_id=it.id if it.kind == "case" else None,
                               media_id=it.id if it.kind == "media" else None, label=it.label,
                               rule_code=it.rule_code, retention_end=it.end))
        s.flush()
        uow.audit("disposal.request", "disposal", req.id, {
            "reason": text, "items": [{"kind": it.kind, "id": it.id, "label": it.label, "rule": it.rule_code,
                                       "end": it.end.isoformat() if it.end else None} for it in items]})
        return _view(s, req)


def _item_ids(session: Session, request_id: int) -> tuple[list[int], list[int]]:
    rows = session.execute(select(DisposalItem.case_id, DisposalItem.media_id)
                           .where(DisposalItem.request_id == request_id).order_by(DisposalItem.id)).all()
    return [c for c, _ in rows if c is not None], [m for _, m in rows if m is not None]


def _recheck(uow: UnitOfWork, req: DisposalRequest, action: str, today: date | None) -> tuple[str, str] | None:
    """Re-check every item; a blocker is audited (and committed) by the caller before it raises."""
    case_ids, media_ids = _item_ids(uow.session, req.id)
    _, blocked = _check(uow.session, case_ids, media_ids, today, req.id)
    if blocked:
        uow.audit("disposal.blocked", "disposal", req.id, {"action": action, "item": blocked[0],
                                                           "why": blocked[1]}, outcome=chain.REFUSED)
    return blocked


def _decide_guard(uow: UnitOfWork, req: DisposalRequest, action: str) -> bool:
    """State check, then the four-eyes rule: False (with the refusal audited) when the requester decides."""
    allowed = (DisposalState.REQUESTED.value,) if action == "approve" else \
        (DisposalState.REQUESTED.value, DisposalState.APPROVED.value)
    if req.state not in allowed:
        raise DisposalStateError(request=req.id, state=_STATE_WORDS[DisposalState(req.state)],
                                 action=_ACTIONS[action])
    if req.requested_by == uow.actor.username:
        uow.audit(f"disposal.{action}", "disposal", req.id, {"why": "requester may not decide"},
                  outcome=chain.REFUSED)
        return False
    return True


def approve(ws: Workstation, actor: Actor, request_id: int, *, opinion: str,
            today: date | None = None) -> RequestView:
    """A second person with the right approves with an opinion (审批意见); every item must still be due and under no
    hold."""
    text = _reason(opinion, QT_TRANSLATE_NOOP("errors", "give your opinion on the disposal (审批意见)"))
    with ws.unit(actor) as uow:
        uow.require(Permission.DISPOSAL_APPROVE, "disposal", request_id)
        req = _get(uow.session, request_id)
        allowed = _decide_guard(uow, req, "approve")
        blocked = _recheck(uow, req, "approve", today) if allowed else None
        if allowed and not blocked:
            req.state, req.decided_by, req.decided_at = DisposalState.APPROVED.value, actor.username, clock.now()
            req.decision_reason = text
            uow.audit("disposal.approve", "disposal", req.id, {"requested_by": req.requested_by, "opinion": text})
        view = _view(uow.session, req)
    if not allowed:
        raise SelfApprovalError(user=actor.username, request=request_id)
    if blocked:
        raise NotDisposableError(item=blocked[0], why=blocked[1])
    return view


def reject(ws: Workstation, actor: Actor, request_id: int, reason: str) -> RequestView:
    text = _reason(reason, QT_TRANSLATE_NOOP("errors", "give the reason for the rejection"))
    with ws.unit(actor) as uow:
        uow.require(Permission.DISPOSAL_APPROVE, "disposal", request_id)
        req = _get(uow.session, request_id)
        allowed = _decide_guard(uow, req, "reject")
        if allowed:
            req.state, req.decided_by, req.decided_at = DisposalState.REJECTED.value, actor.username, clock.now()
            req.decision_reason = text
            uow.audit("disposal.reject", "disposal", req.id, {"reason": text})
        view = _view(uow.session, req)
    if not allowed:
        raise SelfApprovalError(user=actor.username, request=request_id)
    return view


# --- execution -------------------------------------------------------------------------------------------------

def _vault_references() -> list[tuple[str, Column[Any]]]:
    """Every catalogue column that points at a vault object (other areas' tables included)."""
    refs = []
    for table in Base.metadata.sorted_tables:
        if table.name == DisposedObject.__tablename__:
            continue
        for col in table.columns:
            if any(fk.target_fullname == "vault_objects.sha256" for fk in col.foreign_keys):
                refs.append((table.name, col))
    return refs


def _objects(session: Session, case_ids: list[int], media_ids: list[int]) -> tuple[dict[str, str], list[str]]:
    """The vault objects the items consist of, as {sha256: item}, and those kept because a record that is not
    being disposed of still uses the same bytes (content-addressed storage shares identical files)."""
    gone_cases = set(session.execute(
        select(DisposalItem.case_id).join(DisposalRequest, DisposalRequest.id == DisposalItem.request_id)
        .where(DisposalRequest.state.in_(GONE_STATES), DisposalItem.case_id.is_not(None))).scalars())
    dead_cases = set(case_ids) | gone_cases
    owner: dict[int, str] = {m: f"media:{m}" for m in media_ids}
    links = case_media(session, case_ids)
    linked_cases = media_cases(session, {m for ms in links.values() for m in ms})
    for cid in case_ids:
        for m in sorted(links.get(cid, ())):
            # A/V shared with another case stays with that case.
            if linked_cases.get(m, set()) <= dead_cases:
                owner.setdefault(m, f"case:{cid}")
    wanted: dict[str, str] = {}
    for mid, sha, thumb in session.execute(select(MediaRecord.id, MediaRecord.sha256, MediaRecord.thumbnail_sha256)
                                           .where(MediaRecord.id.in_(list(owner)))):
        wanted.setdefault(sha, owner[mid])
        if thumb:
            wanted.setdefault(thumb, owner[mid])
    for mid, sha in session.execute(select(MediaDerivative.media_id, MediaDerivative.sha256)
                                    .where(MediaDerivative.media_id.in_(list(owner)))):
        wanted.setdefault(sha, owner[mid])
    for cid, doc in session.execute(select(TextRecord.case_id, TextRecord.file_sha256)
                                    .where(TextRecord.case_id.in_(case_ids), TextRecord.file_sha256.is_not(None))):
        if doc:
            wanted.setdefault(doc, f"case:{cid}")
    for cid, receipt in session.execute(select(TextRecord.case_id, ServiceRecord.receipt_sha256)
                                    .join(TextRecord, TextRecord.id == ServiceRecord.record_id)
                                    .where(TextRecord.case_id.in_(case_ids),
                                           ServiceRecord.receipt_sha256.is_not(None))):
        if receipt:
            wanted.setdefault(receipt, f"case:{cid}")
    live = set(session.execute(select(VaultObject.sha256).where(VaultObject.sha256.in_(list(wanted)),
                                                                VaultObject.disposed_at.is_(None))).scalars())
    wanted = {k: v for k, v in wanted.items() if k in live}
    if not wanted:
        return {}, []
    dead_media = set(owner) | set(session.execute(
        select(MediaRecord.id).join(VaultObject, VaultObject.sha256 == MediaRecord.sha256)
        .where(VaultObject.disposed_at.is_not(None))).scalars())
    kept: set[str] = set()
    shas = list(wanted)
    for table, col in _vault_references():
        if table == MediaRecord.__tablename__:
            rows = session.execute(select(col, MediaRecord.id).where(col.in_(shas))).all()
            kept |= {sha for sha, mid in rows if mid not in dead_media}
        elif table == MediaDerivative.__tablename__:
            rows = session.execute(select(col, MediaDerivative.media_id).where(col.in_(shas))).all()
            kept |= {sha for sha, mid in rows if mid not in dead_media}
        elif table == TextRecord.__tablename__:
            rows = session.execute(select(col, TextRecord.case_id).where(col.in_(shas))).all()
            kept |= {sha for sha, cid in rows if cid not in dead_cases}
        elif table == ServiceRecord.__tablename__:
            rows = session.execute(select(col, TextRecord.case_id).join(TextRecord, TextRecord.id == ServiceRecord
                                                                        .record_id).where(col.in_(shas))).all()
            kept |= {sha for sha, cid in rows if cid not in dead_cases}
        else:
            # Another area's table: any reference keeps the object.
            kept |= set(session.execute(select(col).where(col.in_(shas))).scalars())
    return {k: v for k, v in wanted.items() if k not in kept}, sorted(kept)


def _mark(uow: UnitOfWork, req: DisposalRequest) -> None:
    """Tombstones, disposed_at and the audit event, all in the caller's transaction — before any file goes."""
    s = uow.session
    case_ids, media_ids = _item_ids(s, req.id)
    objects, kept = _objects(s, case_ids, media_ids)
    now = clock.now()
    listed = []
    for sha, item in sorted(objects.items()):
        row = s.get(VaultObject, sha, with_for_update=True)
        assert row is not None
        row.disposed_at = now
        s.add(DisposedObject(request_id=req.id, sha256=sha, sm3=row.sm3, size=row.size,
                             original_name=row.original_name, item=item))
        listed.append({"sha256": sha, "sm3": row.sm3, "size": row.size, "name": row.original_name, "item": item})
    req.state, req.executed_by = DisposalState.EXECUTING.value, uow.actor.username
    s.flush()
    uow.audit("disposal.marked", "disposal", req.id, {
        "requested_by": req.requested_by, "approved_by": req.decided_by, "objects": listed,
        "kept_shared": kept})


def execute(ws: Workstation, actor: Actor, request_id: int, today: date | None = None) -> RequestView:
    """Carry out an approved request; a request left half-done (state executing) is finished by running again."""
    with ws.unit(actor) as uow:
        uow.require(Permission.DISPOSAL_REQUEST, "disposal", request_id)
        req = _get(uow.session, request_id)
        blocked = None
        if req.state == DisposalState.APPROVED.value:
            blocked = _recheck(uow, req, "execute", today)
            if not blocked:
                _mark(uow, req)
        elif req.state != DisposalState.EXECUTING.value:
            raise DisposalStateError(request=req.id, state=_STATE_WORDS[DisposalState(req.state)],
                                     action=_ACTIONS["execute"])
    if blocked:
        raise NotDisposableError(item=blocked[0], why=blocked[1])
    removed: list[str] = []
    absent: list[str] = []
    with ws.unit(actor, write=False) as uow:
        for sha in uow.session.execute(select(DisposedObject.sha256)
                                       .where(DisposedObject.request_id == request_id)).scalars().all():
            (removed if ws.vault.dispose_object(sha, uow.session, request_id) else absent).append(sha)
    with ws.unit(actor) as uow:
        req = _get(uow.session, request_id)
        now = clock.now()
        for tomb in uow.session.execute(select(DisposedObject).where(DisposedObject.request_id == request_id,
                                                                     DisposedObject.removed_at.is_(None))).scalars():
            tomb.removed_at = now
        if req.state == DisposalState.EXECUTING.value:
            req.state, req.executed_at = DisposalState.EXECUTED.value, now
            uow.audit("disposal.executed", "disposal", req.id, {"removed": removed, "already_absent": absent})
        return _view(uow.session, req)


# --- reading ---------------------------------------------------------------------------------------------------

def list_requests(ws: Workstation, actor: Actor, states: Sequence[str] = ()) -> list[RequestView]:
    with ws.unit(actor, write=False) as uow:
        if not (actor.can(Permission.DISPOSAL_APPROVE) or actor.can(Permission.DISPOSAL_REQUEST)):
            require_read(uow, "disposal")
        stmt = select(DisposalRequest).order_by(DisposalRequest.requested_at.desc(), DisposalRequest.id.desc())
        if states:
            stmt = stmt.where(DisposalRequest.state.in_(list(states)))
        return [_view(uow.session, r) for r in uow.session.execute(stmt).scalars().all()]


def get_request(ws: Workstation, actor: Actor, request_id: int) -> RequestView:
    with ws.unit(actor, write=False) as uow:
        if not (actor.can(Permission.DISPOSAL_APPROVE) or actor.can(Permission.DISPOSAL_REQUEST)):
            require_read(uow, "disposal", request_id)
        req = uow.session.get(DisposalRequest, request_id)
        if req is None:
            raise NotFoundError(what="disposal request", key=str(request_id))
        return _view(uow.session, req)
