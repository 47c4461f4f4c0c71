"""Retention schedule and end dates: which case files and A/V records reach the end of retention, and when
(Art. 25: periods per record category and risk; Art. 27: disposal only at the end of retention)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av import MediaRecord
from models.cases import AvReason, Case, ChecklistItem, ChecklistLink, EnforcementType
from models.retention import (
    DisposalItem,
    DisposalRequest,
    DisposalState,
    LegalHold,
    RecordCategory,
    RetentionRule,
    RiskLevel,
)
from resources import CATALOGUES

RULES_FILE = CATALOGUES / "retention_rules.json"
# Art. 20: the grounds that make a case high-risk for retention.
HIGH_RISK_REASONS = frozenset({AvReason.PERSONAL_FREEDOM.value, AvReason.LIFE_HEALTH.value,
                               AvReason.MAJOR_PROPERTY.value})
# Art. 25 as read by the shipped schedule: A/V not used as evidence is kept at least six months.
MEDIA_MIN_MONTHS = 6
OPEN_STATES = (DisposalState.REQUESTED.value, DisposalState.APPROVED.value, DisposalState.EXECUTING.value)
GONE_STATES = (DisposalState.EXECUTING.value, DisposalState.EXECUTED.value)



class RetentionState(StrEnum):
    RUNNING = "running"          # the end date lies ahead
    DUE = "due"                  # the end date is reached: may be requested for disposal
    PERMANENT = "permanent"      # kept permanently
    NOT_STARTED = "not_started"  # the case has not ended, or evidence A/V is not linked to a case yet
    HELD = "held"                # a legal hold stops the clock
    REQUESTED = "requested"      # named in an open disposal request
    DISPOSED = "disposed"


STATE_LABELS = {
    RetentionState.RUNNING: QT_TRANSLATE_NOOP("retention", "Running"),
    RetentionState.DUE: QT_TRANSLATE_NOOP("retention", "Due"),
    RetentionState.PERMANENT: QT_TRANSLATE_NOOP("retention", "Permanent"),
    RetentionState.NOT_STARTED: QT_TRANSLATE_NOOP("retention", "Not started"),
    RetentionState.HELD: QT_TRANSLATE_NOOP("retention", "On hold"),
    RetentionState.REQUESTED: QT_TRANSLATE_NOOP("retention", "Disposal requested"),
    RetentionState.DISPOSED: QT_TRANSLATE_NOOP("retention", "Disposed"),
}
# Why a record that is not due cannot be disposed of (shown with the article, Art. 27).
WHY_NOT = {
    RetentionState.RUNNING: QT_TRANSLATE_NOOP("errors", "its retention period has not ended"),
    RetentionState.PERMANENT: QT_TRANSLATE_NOOP("errors", "it is kept permanently"),
    RetentionState.NOT_STARTED: QT_TRANSLATE_NOOP(
        "errors", "its retention period has not started (the case has not ended, or the evidence is not linked "
                  "to a case)"),
    RetentionState.HELD: QT_TRANSLATE_NOOP("errors", "it is under a legal hold"),
    RetentionState.REQUESTED: QT_TRANSLATE_NOOP("errors", "it is already named in an open disposal request"),
    RetentionState.DISPOSED: QT_TRANSLATE_NOOP("errors", "it has already been disposed of"),
}


@dataclass(frozen=True)
class RuleView:
    code: str
    category: str
    enforcement_type: str
    risk: str
    months: int | None
    name: str
    name_zh: str
    active: bool
    sort_order: int

    @property
    def period_code(self) -> str:
        return period_code(self.months)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"period_code": self.period_code}


def period_code(months: int | None) -> str:
    """A retention period as the 保管期限 code of archive codes (DA/T 22-2015): Y permanent, else D and the whole
    years, rounded up (360 months: D30, 120 months: D10)."""
    return "Y" if months is None else f"D{-(-months // 12)}"


@dataclass(frozen=True)
class RetentionItem:
    """Where one case file or A/V record stands in its retention."""

    kind: str              # RecordCategory: case | media
    id: int
    label: str             # case number, or the clip's file name
    title: str             # case title; for A/V the case it follows, if any
    rule_code: str
    counted_from: date | None
    end: date | None
    held: bool
    state: str
    follows_case: str = ""  # A/V: the case number whose retention it follows
    request_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        for k in ("counted_from", "end"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


@dataclass(frozen=True)
class RetentionFilter:
    due_before: date | None = None
    category: str = ""           # "" = both
    held: bool | None = None     # True: only held; False: only not held
    include_disposed: bool = False


# --- rules -----------------------------------------------------------------------------------------------------

def _rule_view(r: RetentionRule) -> RuleView:
    return RuleView(r.code, r.category, r.enforcement_type, r.risk, r.months, r.name, r.name_zh, r.active,
                    r.sort_order)


def _check_months(category: str, months: Any) -> int | None:
    if months is None:
        return None
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a retention period is a whole number of months "
                                                                 "(or permanent)"))
    if category == RecordCategory.MEDIA.value and months < MEDIA_MIN_MONTHS:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "A/V records are kept at least six months (Art. 25)"))
    return months


def _shipped_rules() -> list[RetentionRule]:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    out = []
    for order, d in enumerate(data["rules"]):
        category = RecordCategory(d["category"]).value
        out.append(RetentionRule(
            code=d["code"], category=category,
            enforcement_type=EnforcementType(d["enforcement_type"]).value if d.get("enforcement_type") else "",
            risk=RiskLevel(d.get("risk", "")).value, months=_check_months(category, d.get("months")),
            name=d["name"], name_zh=d["name_zh"], sort_order=order, active=True))
    return out


def ensure_rules(session: Session) -> bool:
    """Load the shipped schedule into an empty table; an edited schedule is never overwritten."""
    if session.execute(select(func.count()).select_from(RetentionRule)).scalar():
        return False
    session.add_all(_shipped_rules())
    session.flush()
    return True


def _active_rules(session: Session) -> list[RuleView]:
    """The schedule in force; before anyone opened it, the shipped defaults (read-only units never write)."""
    rows = list(session.execute(select(RetentionRule).order_by(RetentionRule.sort_order, RetentionRule.code))
                .scalars())
    return [_rule_view(r) for r in rows or _shipped_rules() if r.active]


def rules(ws: Workstation, actor: Actor) -> list[RuleView]:
    with ws.unit(actor) as uow:
        require_read(uow, "retention_rule")
        if ensure_rules(uow.session):
            uow.audit("retention.rules_loaded", "retention_rule", "*", {"file": RULES_FILE.name})
        rows = uow.session.execute(select(RetentionRule).order_by(RetentionRule.sort_order, RetentionRule.code))
        return [_rule_view(r) for r in rows.scalars()]


UNCHANGED: Any = object()


def edit_rule(ws: Workstation, actor: Actor, code: str, *, months: int | None = UNCHANGED,
              active: bool | None = None, name_zh: str | None = None) -> RuleView:
    """The system administrator adapts the schedule (Art. 25); each change is audited with its old value."""
    with ws.unit(actor) as uow:
        uow.require(Permission.RETENTION_MANAGE, "retention_rule", code)
        ensure_rules(uow.session)
        rule = uow.session.get(RetentionRule, code)
        if rule is None:
            raise NotFoundError(what="retention rule", key=code)
        changes: dict[str, Any] = {}
        if months is not UNCHANGED:
            changes["months"] = _check_months(rule.category, months)
        if active is not None:
            changes["active"] = bool(active)
        if name_zh is not None:
            if not name_zh.strip():
                raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a retention rule needs a name"))
            changes["name_zh"] = name_zh.strip()
        before = {k: getattr(rule, k) for k in changes}
        for k, v in changes.items():
            setattr(rule, k, v)
        rule.updated_at, rule.updated_by = clock.now(), actor.username
        uow.audit("retention.rule_edit", "retention_rule", code, {"before": before, "after": changes})
        return _rule_view(rule)


def _match(rules_: Sequence[RuleView], category: str, enforcement_type: str = "", risk: str = "") -> RuleView | None:
    for r in rules_:
        if r.category != category:
            continue
        if r.enforcement_type and r.enforcement_type != enforcement_type:
            continue
        if r.risk and r.risk != risk:
            continue
        return r
    return None


def media_rule(session: Session) -> RuleView | None:
    """The rule for A/V records not used as evidence and not linked to a case."""
    return _match(_active_rules(session), RecordCategory.MEDIA.value)


def case_rule(session: Session, case: Case) -> RuleView | None:
    """The schedule row a case file falls under (None: no active row, so it is kept permanently)."""
    return _match(_active_rules(session), RecordCategory.CASE.value, case.enforcement_type, case_risk(case.av_reasons))


def case_period_code(session: Session, case: Case) -> str:
    """The 保管期限 code the schedule gives a case file; a case no active rule matches is kept permanently."""
    rule = case_rule(session, case)
    return period_code(rule.months if rule is not None else None)


def case_risk(av_reasons: str) -> str:
    reasons = {x for x in av_reasons.split(",") if x}
    return RiskLevel.HIGH.value if reasons & HIGH_RISK_REASONS else RiskLevel.ORDINARY.value


# --- where records stand ---------------------------------------------------------------------------------------

def active_holds(session: Session) -> tuple[set[int], set[int]]:
    """Ids of cases and of A/V records under an active legal hold."""
    rows = session.execute(select(LegalHold.case_id, LegalHold.media_id).where(LegalHold.released_at.is_(None)))
    cases, media = set(), set()
    for case_id, media_id in rows:
        if case_id is not None:
            cases.add(case_id)
        if media_id is not None:
            media.add(media_id)
    return cases, media


def _requests_by_item(session: Session, states: Sequence[str]) -> tuple[dict[int, int], dict[int, int]]:
    rows = session.execute(
        select(DisposalItem.case_id, DisposalItem.media_id, DisposalItem.request_id)
        .join(DisposalRequest, DisposalRequest.id == DisposalItem.request_id)
        .where(DisposalRequest.state.in_(states)))
    cases: dict[int, int] = {}
    media: dict[int, int] = {}
    for case_id, media_id, request_id in rows:
        if case_id is not None:
            cases[case_id] = request_id
        if media_id is not None:
            media[media_id] = request_id
    return cases, media


def media_cases(session: Session, media_ids: Iterable[int] | None = None) -> dict[int, set[int]]:
    """The cases each A/V record is linked to: directly, or through a checklist item (Art. 19)."""
    direct = select(MediaRecord.id, MediaRecord.case_id).where(MediaRecord.case_id.is_not(None))
    via = (select(ChecklistLink.media_record_id, ChecklistItem.case_id)
           .join(ChecklistItem, ChecklistItem.id == ChecklistLink.item_id)
           .where(ChecklistLink.media_record_id.is_not(None)))
    if media_ids is not None:
        ids = list(media_ids)
        direct = direct.where(MediaRecord.id.in_(ids))
        via = via.where(ChecklistLink.media_record_id.in_(ids))
    out: dict[int, set[int]] = defaultdict(set)
    for media_id, case_id in [*session.execute(direct), *session.execute(via)]:
        out[media_id].add(case_id)
    return out


def case_media(session: Session, case_ids: Iterable[int]) -> dict[int, set[int]]:
    """The A/V records of each case (the reverse of media_cases)."""
    ids = list(case_ids)
    out: dict[int, set[int]] = defaultdict(set)
    direct = select(MediaRecord.case_id, MediaRecord.id).where(MediaRecord.case_id.in_(ids))
    via = (select(ChecklistItem.case_id, ChecklistLink.media_record_id)
           .join(ChecklistItem, ChecklistItem.id == ChecklistLink.item_id)
           .where(ChecklistItem.case_id.in_(ids), ChecklistLink.media_record_id.is_not(None)))
    for case_id, media_id in [*session.execute(direct), *session.execute(via)]:
        out[case_id].add(media_id)
    return out


def _state(end: date | None, permanent: bool, held: bool, today: date) -> str:
    if held:
        return RetentionState.HELD.value
    if permanent:
        return RetentionState.PERMANENT.value
    if end is None:
        return RetentionState.NOT_STARTED.value
    return (RetentionState.DUE if end <= today else RetentionState.RUNNING).value


@dataclass
class _Context:
    rules: list[RuleView]
    held_cases: set[int]
    held_media: set[int]
    open_cases: dict[int, int]
    open_media: dict[int, int]
    gone_cases: dict[int, int]
    gone_media: dict[int, int]
    today: date


def _context(session: Session, today: date) -> _Context:
    held_cases, held_media = active_holds(session)
    open_cases, open_media = _requests_by_item(session, OPEN_STATES[:2])
    gone_cases, gone_media = _requests_by_item(session, GONE_STATES)
    return _Context(_active_rules(session), held_cases, held_media, open_cases, open_media, gone_cases, gone_media,
                    today)


def _with_requests(item: RetentionItem, open_: dict[int, int], gone: dict[int, int]) -> RetentionItem:
    if item.id in gone:
        return replace(item, state=RetentionState.DISPOSED.value, request_id=gone[item.id])
    if item.id in open_ and item.state == RetentionState.DUE.value:
        return replace(item, state=RetentionState.REQUESTED.value, request_id=open_[item.id])
    return item


def _case_items(session: Session, ctx: _Context, case_ids: Iterable[int] | None = None,
                ended_by: date | None = None) -> dict[int, RetentionItem]:
    stmt = select(Case.id, Case.case_no, Case.title, Case.enforcement_type, Case.av_reasons, Case.action_ended_at)
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(list(case_ids)))
    if ended_by is not None:
        stmt = stmt.where(or_(Case.action_ended_at <= ended_by, Case.id.in_(ctx.held_cases)))
    rows = session.execute(stmt).all()
    # A hold on one of its A/V records keeps the whole case file.
    held_via_media = {c for cs in media_cases(session, ctx.held_media).values() for c in cs} if ctx.held_media \
        else set()
    out = {}
    for cid, case_no, title, etype, reasons, ended in rows:
        rule = _match(ctx.rules, RecordCategory.CASE.value, etype, case_risk(reasons))
        permanent = rule is None or rule.months is None
        end = clock.add_months(ended, rule.months) if ended is not None and rule and rule.months else None
        held = cid in ctx.held_cases or cid in held_via_media
        item = RetentionItem(RecordCategory.CASE.value, cid, case_no, title, rule.code if rule else "", ended, end,
                             held, _state(end, permanent, held, ctx.today))
        out[cid] = _with_requests(item, ctx.open_cases, ctx.gone_cases)
    return out


def _recorded_day(end: datetime | None, start: datetime | None, ingested: datetime) -> date:
    return clock.local_date(end or start or ingested)


def _media_items(session: Session, ctx: _Context, media_ids: Iterable[int] | None = None,
                 recorded_by: date | None = None) -> dict[int, RetentionItem]:
    """Unlinked A/V not used as evidence: its own period from the recording time. Linked or evidence A/V follows
    the case (Art. 25, 26): the latest end among its cases, held if any of them is held."""
    stmt = select(MediaRecord.id, MediaRecord.original_name, MediaRecord.is_evidence, MediaRecord.recorded_start,
                  MediaRecord.recorded_end, MediaRecord.ingested_at)
    if media_ids is not None:
        ids = list(media_ids)
        stmt = stmt.where(MediaRecord.id.in_(ids))
        links = media_cases(session, ids)
    else:
        links = media_cases(session)
        stmt = stmt.where(MediaRecord.case_id.is_(None), MediaRecord.is_evidence.is_(False))
        if recorded_by is not None:
            # One day of slack for the local-date conversion; the exact test is below.
            cutoff = clock.day_start(recorded_by + timedelta(days=1))
            recorded = func.coalesce(MediaRecord.recorded_end, MediaRecord.recorded_start, MediaRecord.ingested_at)
            stmt = stmt.where(or_(recorded < cutoff, MediaRecord.id.in_(ctx.held_media)))
    rows = session.execute(stmt).all()
    if media_ids is None:
        rows = [r for r in rows if r[0] not in links]
    followed = _case_items(session, ctx, {c for cs in links.values() for c in cs}) if links else {}
    rule = _match(ctx.rules, RecordCategory.MEDIA.value)
    out = {}
    for mid, name, evidence, start, end_at, ingested in rows:
        own_hold = mid in ctx.held_media
        cases = [followed[c] for c in sorted(links.get(mid, ())) if c in followed]
        if cases:
            ends = [c.end for c in cases]
            permanent = any(c.state == RetentionState.PERMANENT.value for c in cases)
            end = None if permanent or None in ends else max(e for e in ends if e is not None)
            held = own_hold or any(c.held for c in cases)
            label_case = ", ".join(c.label for c in cases)
            item = RetentionItem(RecordCategory.MEDIA.value, mid, name, label_case, cases[0].rule_code,
                                 max((c.counted_from for c in cases if c.counted_from), default=None), end, held,
                                 _state(end, permanent, held, ctx.today), follows_case=label_case)
        elif evidence:
            item = RetentionItem(RecordCategory.MEDIA.value, mid, name, "", "", None, None, own_hold,
                                 _state(None, False, own_hold, ctx.today))
        else:
            counted = _recorded_day(end_at, start, ingested)
            permanent = rule is None or rule.months is None
            end = clock.add_months(counted, rule.months) if rule and rule.months else None
            item = RetentionItem(RecordCategory.MEDIA.value, mid, name, "", rule.code if rule else "", counted, end,
                                 own_hold, _state(end, permanent, own_hold, ctx.today))
        out[mid] = _with_requests(item, ctx.open_media, ctx.gone_media)
    return out


def assess(session: Session, case_ids: Iterable[int] = (), media_ids: Iterable[int] = (),
           today: date | None = None) -> tuple[dict[int, RetentionItem], dict[int, RetentionItem]]:
    """Where the named case files and A/V records stand today (the disposal service re-checks with this)."""
    ctx = _context(session, today or clock.today())
    case_ids, media_ids = list(case_ids), list(media_ids)
    return (_case_items(session, ctx, case_ids) if case_ids else {},
            _media_items(session, ctx, media_ids) if media_ids else {})


def require_read(uow: UnitOfWork, object_type: str, object_id: object = "*") -> None:
    """Those who keep the schedule and holds (system administrator) see it too."""
    if not uow.actor.can(Permission.RETENTION_MANAGE):
        uow.require(Permission.RETENTION_READ, object_type, object_id)


def _sort_key(item: RetentionItem) -> tuple[int, date, str]:
    return (0 if item.end else 1, item.end or date.max, item.label)


def due_list(ws: Workstation, actor: Actor, flt: RetentionFilter = RetentionFilter(),
             today: date | None = None) -> list[RetentionItem]:
    """Case files and unlinked A/V records whose retention ends before flt.due_before (all when None), soonest
    first; A/V linked to a case or used as evidence is part of its case file."""
    with ws.unit(actor, write=False) as uow:
        require_read(uow, "retention")
        ctx = _context(uow.session, today or clock.today())
        items: list[RetentionItem] = []
        if flt.category in ("", RecordCategory.CASE.value):
            shortest = min((r.months for r in ctx.rules if r.category == "case" and r.months), default=None)
            ended_by = None
            if flt.due_before and flt.held is not True:
                ended_by = clock.add_months(flt.due_before, -shortest) if shortest else date.min
            items += _case_items(uow.session, ctx, ended_by=ended_by).values()
        if flt.category in ("", RecordCategory.MEDIA.value):
            rule = _match(ctx.rules, RecordCategory.MEDIA.value)
            recorded_by = None
            if flt.due_before and flt.held is not True:
                recorded_by = clock.add_months(flt.due_before, -rule.months) if rule and rule.months else date.min
            items += _media_items(uow.session, ctx, recorded_by=recorded_by).values()
    def keep(it: RetentionItem) -> bool:
        if it.state == RetentionState.DISPOSED.value and not flt.include_disposed:
            return False
        if flt.held is not None and it.held != flt.held:
            return False
        if flt.held is True or flt.due_before is None:
            return True
        return it.end is not None and it.end <= flt.due_before

    out = [it for it in items if keep(it)]
    return sorted(out, key=_sort_key)


def item_status(ws: Workstation, actor: Actor, *, case_no: str | None = None,
                media_id: int | None = None, today: date | None = None) -> RetentionItem:
    with ws.unit(actor, write=False) as uow:
        require_read(uow, "retention", case_no or media_id or "")
        if case_no is not None:
            cid = uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar_one_or_none()
            if cid is None:
                raise NotFoundError(what="case", key=case_no)
            return assess(uow.session, case_ids=[cid], today=today)[0][cid]
        if media_id is None or uow.session.get(MediaRecord, media_id) is None:
            raise NotFoundError(what="A/V record", key=str(media_id))
        return assess(uow.session, media_ids=[media_id], today=today)[1][media_id]
