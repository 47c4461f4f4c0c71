"""The statistics pack (Art. 28; Art. 4's rule-of-law evaluation): figures for a period and optionally one unit,
each computed by one query over the catalogue."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import Session

from archive_core.archiving.volumes import Deadline, deadline_state
from archive_core.av.deadline import ClockState
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import Workstation
from archive_core.stats.findings import count_by_article, evaluate_chunked
from models.av import Damage, MediaRecord
from models.cases import STAGE_ORDER, Case, CaseStatus, ChecklistItem, ChecklistLink, ChecklistTemplate, Stage
from models.devices import DEVICE_KINDS, Device, Loan

AV_STAGE = Stage.INVESTIGATION  # Art. 20: the on-site stage where whole-process A/V is mandatory
GONE = ("lost", "retired")  # devices out of service: counted until their last change





def rate(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class Scope:
    """Cases opened from ``start`` to ``end`` (local dates, both included), of ``unit`` (Case.agency) if given."""

    start: date
    end: date
    unit: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the period ends before it starts"))

    def unit_clause(self) -> ColumnElement[bool]:
        return Case.agency == self.unit if self.unit else true()

    def cases_clause(self) -> ColumnElement[bool]:
        return and_(Case.opened_on >= self.start, Case.opened_on <= self.end, self.unit_clause())

    @property
    def start_utc(self) -> datetime:
        return clock.day_start(self.start)

    @property
    def end_utc(self) -> datetime:
        """Exclusive: midnight after the last day."""
        return clock.day_start(self.end + timedelta(days=1))


@dataclass(frozen=True)
class Completeness:
    """Required checklist items of the stages a case has completed (Art. 8–11)."""

    recorded: int = 0
    not_applicable: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.recorded + self.not_applicable + self.missing

    @property
    def rate(self) -> float | None:
        return rate(self.recorded + self.not_applicable, self.total)


@dataclass(frozen=True)
class AvCoverage:
    """Art. 20: cases with mandatory whole-process A/V whose on-site stage is reached, and how many have A/V."""

    mandatory: int
    due: int
    covered: int
    uncovered: tuple[str, ...]  # case numbers

    @property
    def rate(self) -> float | None:
        return rate(self.covered, self.due)


@dataclass(frozen=True)
class IngestTimeliness:
    """Art. 24: A/V records stored in the period, by the state of their 24-hour clock."""

    by_state: dict[str, int]

    @property
    def in_time(self) -> int:
        return self.by_state.get(ClockState.ON_TIME.value, 0) + self.by_state.get(ClockState.EXCEPTED.value, 0)

    @property
    def late(self) -> int:
        return self.by_state.get(ClockState.LATE.value, 0)

    @property
    def unknown(self) -> int:
        return self.by_state.get(ClockState.UNKNOWN.value, 0)

    @property
    def total(self) -> int:
        return sum(self.by_state.values())

    @property
    def rate(self) -> float | None:
        return rate(self.in_time, self.in_time + self.late)


@dataclass(frozen=True)
class ArchivingTimeliness:
    """Art. 26: cases whose enforcement action ended in the period, by filing deadline state."""

    by_state: dict[str, int]
    average_days: float | None  # from the end of the action to filing, over filed cases

    @property
    def total(self) -> int:
        return sum(self.by_state.values())

    @property
    def rate(self) -> float | None:
        """Filed in time, of the cases whose deadline has passed or that are filed."""
        on_time = self.by_state.get(Deadline.FILED.value, 0)
        decided = on_time + self.by_state.get(Deadline.FILED_LATE.value, 0) + self.by_state.get(
            Deadline.OVERDUE.value, 0)
        return rate(on_time, decided)


@dataclass(frozen=True)
class DeviceUse:
    kind: str
    devices: int
    device_days: float
    loan_days: float
    loans: int

    @property
    def rate(self) -> float | None:
        return rate(self.loan_days, self.device_days)


@dataclass(frozen=True)
class StatisticsPack:
    scope: Scope
    today: date
    generated_at: datetime
    cases: int
    by_type_stage: dict[str, dict[str, int]]  # enforcement type -> current stage -> cases
    by_status: dict[str, int]                 # open / ended / archived
    by_unit: dict[str, int]
    completeness: dict[str, Completeness]     # stage -> counts
    av_coverage: AvCoverage
    ingest: IngestTimeliness
    archiving: ArchivingTimeliness
    findings: dict[str, dict[str, int]]       # article -> severity -> findings
    cases_with_findings: int
    devices: tuple[DeviceUse, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def completeness_total(self) -> Completeness:
        parts = self.completeness.values()
        return Completeness(sum(c.recorded for c in parts), sum(c.not_applicable for c in parts),
                            sum(c.missing for c in parts))

    @property
    def devices_total(self) -> DeviceUse:
        d = self.devices
        return DeviceUse("", sum(u.devices for u in d), round(sum(u.device_days for u in d), 2),
                         round(sum(u.loan_days for u in d), 2), sum(u.loans for u in d))

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["scope"] = {"from": self.scope.start.isoformat(), "to": self.scope.end.isoformat(),
                        "unit": self.scope.unit}
        out["completeness"] = {k: {**asdict(v), "total": v.total, "rate": v.rate}
                               for k, v in self.completeness.items()}
        out["completeness_total"] = {**asdict(self.completeness_total), "rate": self.completeness_total.rate}
        out["av_coverage"] = {**asdict(self.av_coverage), "rate": self.av_coverage.rate}
        out["ingest"] = {"by_state": self.ingest.by_state, "in_time": self.ingest.in_time, "late": self.ingest.late,
                         "unknown": self.ingest.unknown, "rate": self.ingest.rate}
        out["archiving"] = {"by_state": self.archiving.by_state, "average_days": self.archiving.average_days,
                            "rate": self.archiving.rate}
        out["devices"] = [{**asdict(u), "rate": u.rate} for u in self.devices]
        t = self.devices_total
        out["devices_total"] = {**asdict(t), "rate": t.rate}
        return out


# --- the figures, one function each ----------------------------------------------------------------------------

def cases_by_type_stage(s: Session, scope: Scope) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    status = case((Case.archived_at.is_not(None), CaseStatus.ARCHIVED.value),
                  (Case.action_ended_at.is_not(None), CaseStatus.ENDED.value), else_=CaseStatus.OPEN.value)
    matrix: dict[str, dict[str, int]] = {}
    by_status: Counter[str] = Counter()
    for etype, stage, st, n in s.execute(
            select(Case.enforcement_type, Case.current_stage, status, func.count())
            .where(scope.cases_clause()).group_by(Case.enforcement_type, Case.current_stage, status)):
        row = matrix.setdefault(etype, {})
        row[stage] = row.get(stage, 0) + n
        by_status[st] += n
    return matrix, {st.value: by_status.get(st.value, 0) for st in CaseStatus}


def cases_by_unit(s: Session, scope: Scope) -> dict[str, int]:
    return {unit: n for unit, n in s.execute(
        select(Case.agency, func.count()).where(scope.cases_clause()).group_by(Case.agency)
        .order_by(func.count().desc(), Case.agency))}


def stage_due(current: str, ended: bool, stage: str) -> bool:
    """A stage's checklist counts once the case has moved past it or the action has ended (as the Art. 8–11 rule
    of the compliance engine reads it)."""
    return ended or STAGE_ORDER.index(Stage(stage)) < STAGE_ORDER.index(Stage(current))


def completeness(s: Session, scope: Scope) -> dict[str, Completeness]:
    t = ChecklistTemplate
    ended = case((Case.action_ended_at.is_(None), 0), else_=1)
    counts: dict[str, Counter[str]] = {st.value: Counter() for st in Stage}
    for etype, current, is_ended, stage, status, types, n in s.execute(
            select(Case.enforcement_type, Case.current_stage, ended, ChecklistItem.stage, ChecklistItem.status,
                   t.required_types, func.count())
            .join(Case, Case.id == ChecklistItem.case_id).join(t, t.code == ChecklistItem.code)
            .where(scope.cases_clause(), t.required.is_(True), t.active.is_(True))
            .group_by(Case.enforcement_type, Case.current_stage, ended, ChecklistItem.stage, ChecklistItem.status,
                      t.required_types)):
        if types and etype not in types.split(","):
            continue
        if stage_due(current, bool(is_ended), stage):
            counts[stage][status] += n
    return {stage: Completeness(c.get("recorded", 0), c.get("not_applicable", 0), c.get("missing", 0))
            for stage, c in counts.items()}


def av_coverage(s: Session, scope: Scope) -> AvCoverage:
    reached = or_(Case.action_ended_at.is_not(None),
                  Case.current_stage.in_([st.value for st in STAGE_ORDER[STAGE_ORDER.index(AV_STAGE):]]))
    has_media = exists().where(MediaRecord.case_id == Case.id, MediaRecord.stage == AV_STAGE.value,
                               MediaRecord.damage == Damage.NONE.value)
    has_link = exists().where(ChecklistItem.case_id == Case.id, ChecklistItem.stage == AV_STAGE.value,
                              ChecklistLink.item_id == ChecklistItem.id, ChecklistLink.media_record_id.is_not(None))
    covered = or_(has_media, has_link)
    mandatory = scope.cases_clause() & Case.av_mandatory.is_(True)
    n_mandatory = s.execute(select(func.count()).where(mandatory)).scalar_one()
    due, n_covered = s.execute(select(func.count(), func.coalesce(func.sum(case((covered, 1), else_=0)), 0))
                               .where(mandatory, reached)).one()
    missing = tuple(s.execute(select(Case.case_no).where(mandatory, reached, ~covered)
                              .order_by(Case.opened_on, Case.case_no)).scalars())
    return AvCoverage(n_mandatory, int(due), int(n_covered), missing)


def ingest_timeliness(s: Session, scope: Scope) -> IngestTimeliness:
    q = select(MediaRecord.clock_state, func.count()).where(
        MediaRecord.ingested_at >= scope.start_utc, MediaRecord.ingested_at < scope.end_utc)
    if scope.unit:
        q = q.join(Case, Case.id == MediaRecord.case_id).where(scope.unit_clause())
    return IngestTimeliness({state or ClockState.UNKNOWN.value: n
                             for state, n in s.execute(q.group_by(MediaRecord.clock_state))})


def archiving_timeliness(s: Session, scope: Scope, today: date) -> ArchivingTimeliness:
    by_state: Counter[str] = Counter()
    days: list[int] = []
    for ended, archived in s.execute(select(Case.action_ended_at, Case.archived_at).where(
            Case.action_ended_at >= scope.start, Case.action_ended_at <= scope.end, scope.unit_clause())):
        if ended is None:
            continue
        by_state[deadline_state(ended, archived, today).value] += 1
        if archived is not None:
            days.append((archived - ended).days)
    return ArchivingTimeliness({d.value: by_state.get(d.value, 0) for d in Deadline},
                               round(sum(days) / len(days), 1) if days else None)


def findings_by_article(s: Session, scope: Scope, today: date) -> tuple[dict[str, dict[str, int]], int]:
    ids = list(s.execute(select(Case.id).where(scope.cases_clause()).order_by(Case.id)).scalars())
    found = evaluate_chunked(s, ids, today) if ids else {}
    return count_by_article(found, ids), sum(1 for fs in found.values() if fs)


def _overlap_days(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> float:
    return max(0.0, (min(a1, b1) - max(a0, b0)).total_seconds()) / 86400


def device_use(s: Session, scope: Scope, now: datetime) -> tuple[DeviceUse, ...]:
    """Loan-days over device-days in the period, per device type (devices belong to no unit)."""
    p0, p1 = scope.start_utc, min(scope.end_utc, now)
    life: dict[int, tuple[str, datetime, datetime]] = {}
    for did, kind, created, status, updated in s.execute(
            select(Device.id, Device.kind, Device.created_at, Device.status, Device.updated_at)):
        life[did] = (kind, created, updated if status in GONE else now)
    device_days: dict[str, float] = dict.fromkeys(DEVICE_KINDS, 0.0)
    devices: Counter[str] = Counter()
    for kind, born, gone in life.values():
        d = _overlap_days(born, gone, p0, p1)
        if d > 0:
            device_days[kind] += d
            devices[kind] += 1
    loan_days: dict[str, float] = dict.fromkeys(DEVICE_KINDS, 0.0)
    loans: Counter[str] = Counter()
    for did, out, back in s.execute(select(Loan.device_id, Loan.checked_out_at, Loan.checked_in_at).where(
            Loan.checked_out_at < p1, or_(Loan.checked_in_at.is_(None), Loan.checked_in_at > p0))):
        kind = life[did][0]
        loan_days[kind] += _overlap_days(out, back or now, p0, p1)
        loans[kind] += 1
    return tuple(DeviceUse(k, devices[k], round(device_days[k], 2), round(loan_days[k], 2), loans[k])
                 for k in DEVICE_KINDS if devices[k] or loans[k])


def compute(s: Session, scope: Scope, today: date | None = None, now: datetime | None = None) -> StatisticsPack:
    now = now or clock.now()
    today = today or clock.local_date(now)
    matrix, by_status = cases_by_type_stage(s, scope)
    findings, with_findings = findings_by_article(s, scope, today)
    return StatisticsPack(
        scope=scope, today=today, generated_at=now, cases=sum(by_status.values()), by_type_stage=matrix,
        by_status=by_status, by_unit=cases_by_unit(s, scope), completeness=completeness(s, scope),
        av_coverage=av_coverage(s, scope), ingest=ingest_timeliness(s, scope),
        archiving=archiving_timeliness(s, scope, today), findings=findings, cases_with_findings=with_findings,
        devices=device_use(s, scope, now))


def statistics_pack(ws: Workstation, actor: Actor, start: date, end: date, unit: str = "", *,
                    today: date | None = None, now: datetime | None = None) -> StatisticsPack:
    """Every figure of the pack for the period (and unit); reading only."""
    scope = Scope(start, end, unit.strip())
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.REPORT_READ, "statistics", f"{start}..{end}")
        return compute(uow.session, scope, today, now)


def units(ws: Workstation, actor: Actor) -> list[str]:
    """The units (Case.agency values) that have cases, for choosing one."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.REPORT_READ, "statistics", "units")
        return [u for u in uow.session.execute(
            select(Case.agency).where(Case.agency != "").group_by(Case.agency).order_by(Case.agency)).scalars()]
