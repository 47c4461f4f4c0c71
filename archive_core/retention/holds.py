"""Legal holds on a case file or a single A/V record: placed and released with a reason, who and when; while one
is active no retention clock runs out and nothing of it can be disposed of (Art. 25, 27)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from archive_core.retention.schedule import GONE_STATES, require_read
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import Workstation
from models.av import MediaRecord
from models.cases import Case
from models.retention import DisposalItem, DisposalRequest, LegalHold


@dataclass(frozen=True)
class HoldView:
    id: int
    case_no: str
    media_id: int | None
    media_name: str
    reason: str
    placed_by: str
    placed_at: datetime
    released_by: str
    released_at: datetime | None
    release_reason: str

    @property
    def active(self) -> bool:
        return self.released_at is None

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["active"] = self.active
        return d


def _reason(text: str) -> str:
    if not text or not text.strip():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "give the reason for the legal hold"))
    return text.strip()


def _views(session: Any, holds: list[LegalHold]) -> list[HoldView]:
    case_ids = {h.case_id for h in holds if h.case_id is not None}
    media_ids = {h.media_id for h in holds if h.media_id is not None}
    case_nos = dict(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids))).all()) \
        if case_ids else {}
    names = dict(session.execute(select(MediaRecord.id, MediaRecord.original_name)
                                 .where(MediaRecord.id.in_(media_ids))).all()) if media_ids else {}
    return [HoldView(h.id, case_nos.get(h.case_id, "") if h.case_id else "", h.media_id,
                     names.get(h.media_id, "") if h.media_id else "", h.reason, h.placed_by, h.placed_at,
                     h.released_by, h.released_at, h.release_reason) for h in holds]


def add_hold(ws: Workstation, actor: Actor, *, reason: str, case_no: str | None = None,
             media_id: int | None = None) -> HoldView:
    """Hold a whole case file (with every record linked to it) or one A/V record."""
    if (case_no is None) == (media_id is None):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name either a case or an A/V record to hold"))
    text = _reason(reason)
    with ws.unit(actor) as uow:
        uow.require(Permission.HOLD_MANAGE, "case" if case_no else "media", case_no or media_id)
        s = uow.session
        gone = select(DisposalItem.id).join(DisposalRequest, DisposalRequest.id == DisposalItem.request_id) \
            .where(DisposalRequest.state.in_(GONE_STATES))
        if case_no is not None:
            case_id = s.execute(select(Case.id).where(Case.case_no == case_no)).scalar_one_or_none()
            if case_id is None:
                raise NotFoundError(what="case", key=case_no)
            disposed = s.execute(gone.where(DisposalItem.case_id == case_id)).first()
            hold = LegalHold(case_id=case_id, reason=text, placed_by=actor.username, placed_at=clock.now())
        else:
            if s.get(MediaRecord, media_id) is None:
                raise NotFoundError(what="A/V record", key=str(media_id))
            disposed = s.execute(gone.where(DisposalItem.media_id == media_id)).first()
            hold = LegalHold(media_id=media_id, reason=text, placed_by=actor.username, placed_at=clock.now())
        if disposed is not None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "it has already been disposed of"))
        s.add(hold)
        s.flush()
        uow.audit("hold.add", "case" if case_no else "media", case_no or media_id,
                  {"hold": hold.id, "reason": text})
        return _views(s, [hold])[0]


def release_hold(ws: Workstation, actor: Actor, hold_id: int, reason: str) -> HoldView:
    text = _reason(reason)
    with ws.unit(actor) as uow:
        uow.require(Permission.HOLD_MANAGE, "legal_hold", hold_id)
        hold = uow.session.get(LegalHold, hold_id, with_for_update=True)
        if hold is None:
            raise NotFoundError(what="legal hold", key=str(hold_id))
        if hold.released_at is not None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "this legal hold has already been released"))
        hold.released_at, hold.released_by, hold.release_reason = clock.now(), actor.username, text
        view = _views(uow.session, [hold])[0]
        uow.audit("hold.release", "case" if hold.case_id else "media", view.case_no or hold.media_id,
                  {"hold": hold.id, "reason": text})
        return view


def list_holds(ws: Workstation, actor: Actor, active_only: bool = True) -> list[HoldView]:
    with ws.unit(actor, write=False) as uow:
        require_read(uow, "legal_hold")
        stmt = select(LegalHold).order_by(LegalHold.placed_at.desc(), LegalHold.id.desc())
        if active_only:
            stmt = stmt.where(LegalHold.released_at.is_(None))
        return _views(uow.session, list(uow.session.execute(stmt).scalars()))


def find_hold(ws: Workstation, actor: Actor, *, case_no: str | None = None,
              media_id: int | None = None) -> list[HoldView]:
    """The active holds placed directly on this case or A/V record."""
    return [h for h in list_holds(ws, actor) if (case_no is not None and h.case_no == case_no)
            or (media_id is not None and h.media_id == media_id)]
