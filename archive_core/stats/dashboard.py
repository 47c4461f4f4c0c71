"""The morning dashboard: one tile per duty (Art. 24 ingest, Art. 26 filing and discs, Art. 8–26 findings, Art. 25
devices and retention), each computed by its own read-only query, with the list behind every figure."""

from __future__ import annotations

import calendar
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from archive_core.archiving.disc_register import DUE_SOON_DAYS
from archive_core.archiving.four_properties.service import storage_failures
from archive_core.av import ingest_monitor
from archive_core.av.deadline import ClockState
from archive_core.cases.rules import ARCHIVE_DAYS, ARCHIVE_WARN_DAYS
from archive_core.custody import settings as custody_settings
from archive_core.equipment import loans, maintenance
from archive_core.retention import schedule
from archive_core.retention.schedule import RetentionFilter, RetentionState
from archive_core.spine import clock, disk_space
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError
from archive_core.spine.vault import schedule as vault_schedule
from archive_core.spine.workstation import UnitOfWork, Workstation
from archive_core.stats.findings import case_counts, current_counts
from models.archiving import CopyStatus, Disc, DiscCopy, DiscSet
from models.av import MediaRecord
from models.cases import Case, ComplianceState
from models.custody import BackupRun
from models.devices import Device

P = Permission
WAITING = ("queued", "claimed", "failed")
AV_WEEKS = 8
FILING_MONTHS = 6


@dataclass(frozen=True)
class Tile:
    """One tile: named figures (alerts are bad when above zero), chart series, and how fresh they are."""

    key: str
    figures: dict[str, int]
    alerts: tuple[str, ...] = ()
    chart: dict[str, dict[str, float]] = field(default_factory=dict)  # series -> category -> value
    as_of: datetime | None = None
    stale: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DrillRow:
    """One line of the list behind a figure."""

    ref: str  # case number, file name, asset tag, disc label…
    label: str  # title or description
    when: str  # the date that matters (deadline, end)
    detail: str = ""


@dataclass(frozen=True)
class TileSpec:
    key: str
    title: str
    permissions: tuple[Permission, ...]  # any one shows the tile
    figures: dict[str, str]  # figure key -> English label (context "dashboard")
    compute: Callable[[UnitOfWork, Workstation, date, datetime], Tile]
    drill: Callable[[UnitOfWork, Workstation, str, date, datetime], list[DrillRow]]

    def visible_to(self, actor: Actor) -> bool:
        return any(actor.can(p) for p in self.permissions)


def _month_bounds(today: date) -> tuple[date, date]:
    return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])


def _local(value: datetime | None) -> str:
    return clock.fmt(value)


# --- A/V waiting for ingest (Art. 24) ----------------------------------------------------------------------------


def _queue_rows(uow: UnitOfWork, ws: Workstation, now: datetime) -> list[ingest_monitor.QueueRow]:
    rows: list[ingest_monitor.QueueRow] = []
    for state in WAITING:
        rows += ingest_monitor.queue_rows(ws, uow.actor, state=state, now=now)
    return rows


def _ingest_queue(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    uow.require(P.MEDIA_INGEST, "ingest_queue", "*")
    rows = _queue_rows(uow, ws, now)
    return Tile(
        "ingest_queue",
        {
            "waiting": sum(r.state != "failed" for r in rows),
            "overdue": sum(r.clock_state == ClockState.OVERDUE.value for r in rows),
            "due_soon": sum(r.clock_state == ClockState.DUE_SOON.value for r in rows),
            "failed": sum(r.state == "failed" for r in rows),
        },
        alerts=("overdue", "failed"),
        as_of=now,
    )


def _ingest_queue_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    uow.require(P.MEDIA_INGEST, "ingest_queue", "*")
    keep: Callable[[ingest_monitor.QueueRow], bool] = {
        "waiting": lambda r: r.state != "failed",
        "overdue": lambda r: r.clock_state == ClockState.OVERDUE.value,
        "due_soon": lambda r: r.clock_state == ClockState.DUE_SOON.value,
        "failed": lambda r: r.state == "failed",
    }[figure]
    rows = sorted(
        (r for r in _queue_rows(uow, ws, now) if keep(r)), key=lambda r: (r.due_at is None, r.due_at or now, r.name)
    )
    return [DrillRow(r.name, r.source_path, _local(r.due_at), r.state) for r in rows]


# --- A/V stored: the 24-hour clock (Art. 24) -------------------------------------------------------------------


def _av_clock(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    uow.require(P.MEDIA_READ, "media", "*")
    s = uow.session
    first = clock.day_start(today - timedelta(days=7 * AV_WEEKS - 1 + today.weekday()))
    weeks: dict[str, Counter[str]] = {}
    for i in range(AV_WEEKS):
        monday = today - timedelta(days=today.weekday() + 7 * (AV_WEEKS - 1 - i))
        weeks[monday.strftime("%m-%d")] = Counter()
    for at, state in s.execute(
        select(MediaRecord.ingested_at, MediaRecord.clock_state).where(MediaRecord.ingested_at >= first)
    ):
        day = clock.local_date(at)
        label = (day - timedelta(days=day.weekday())).strftime("%m-%d")
        if label in weeks:
            weeks[label]["stored"] += 1
            weeks[label]["late"] += state == ClockState.LATE.value
    since = clock.day_start(today - timedelta(days=29))
    late_30 = s.execute(
        select(func.count()).where(MediaRecord.ingested_at >= since, MediaRecord.clock_state == ClockState.LATE.value)
    ).scalar_one()
    stored_30 = s.execute(select(func.count()).where(MediaRecord.ingested_at >= since)).scalar_one()
    unlinked = s.execute(select(func.count()).where(MediaRecord.case_id.is_(None))).scalar_one()
    return Tile(
        "av_clock",
        {"stored_30": stored_30, "late_30": late_30, "unlinked": unlinked},
        alerts=("late_30",),
        chart={"stored": {k: v["stored"] for k, v in weeks.items()}, "late": {k: v["late"] for k, v in weeks.items()}},
        as_of=now,
    )


def _av_clock_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    uow.require(P.MEDIA_READ, "media", "*")
    q = select(
        MediaRecord.original_name, Case.case_no, MediaRecord.due_at, MediaRecord.ingested_at, MediaRecord.clock_state
    ).outerjoin(Case, Case.id == MediaRecord.case_id)
    since = clock.day_start(today - timedelta(days=29))
    if figure == "unlinked":
        q = q.where(MediaRecord.case_id.is_(None))
    else:
        q = q.where(MediaRecord.ingested_at >= since)
        if figure == "late_30":
            q = q.where(MediaRecord.clock_state == ClockState.LATE.value)
    rows = uow.session.execute(q.order_by(MediaRecord.ingested_at.desc()).limit(2000)).all()
    return [DrillRow(name, case_no or "", _local(ingested), state) for name, case_no, _due, ingested, state in rows]


# --- filing within 30 days (Art. 26) ---------------------------------------------------------------------------


def _filing_where(figure: str, today: date) -> Any:
    overdue_before = today - timedelta(days=ARCHIVE_DAYS)  # ended before this: past the deadline
    soon_from = today - timedelta(days=ARCHIVE_DAYS - ARCHIVE_WARN_DAYS)  # ended on or before: due within 7 days
    unfiled = Case.action_ended_at.is_not(None) & Case.archived_at.is_(None)
    return {
        "awaiting": unfiled,
        "due_soon": unfiled & (Case.action_ended_at >= overdue_before) & (Case.action_ended_at <= soon_from),
        "overdue": unfiled & (Case.action_ended_at < overdue_before),
    }[figure]


def _filing(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    uow.require(P.CASE_READ, "case", "*")
    s = uow.session
    figures = {
        f: s.execute(select(func.count()).where(_filing_where(f, today))).scalar_one()
        for f in ("awaiting", "due_soon", "overdue")
    }
    months: list[date] = []
    first = today.replace(day=1)
    for i in range(FILING_MONTHS - 1, -1, -1):
        y, m = divmod(first.year * 12 + first.month - 1 - i, 12)
        months.append(date(y, m + 1, 1))
    labels = [m.strftime("%Y-%m") for m in months]
    ended = Counter(
        d.strftime("%Y-%m")
        for d in s.execute(select(Case.action_ended_at).where(Case.action_ended_at >= months[0])).scalars()
        if d
    )
    filed: Counter[str] = Counter()
    late: Counter[str] = Counter()
    for e, a in s.execute(select(Case.action_ended_at, Case.archived_at).where(Case.archived_at >= months[0])):
        if a is None:
            continue
        filed[a.strftime("%Y-%m")] += 1
        late[a.strftime("%Y-%m")] += bool(e and (a - e).days > ARCHIVE_DAYS)
    figures["filed_late_month"] = late[labels[-1]]
    return Tile(
        "filing",
        figures,
        alerts=("overdue", "filed_late_month"),
        chart={
            "ended": {k: ended[k] for k in labels},
            "filed": {k: filed[k] for k in labels},
            "filed_late": {k: late[k] for k in labels},
        },
        as_of=now,
    )


def _filing_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    uow.require(P.CASE_READ, "case", "*")
    if figure == "filed_late_month":
        start, end = _month_bounds(today)
        rows = uow.session.execute(
            select(Case.case_no, Case.title, Case.action_ended_at, Case.archived_at)
            .where(Case.archived_at >= start, Case.archived_at <= end, Case.action_ended_at.is_not(None))
            .order_by(Case.archived_at, Case.case_no)
        ).all()
        return [
            DrillRow(no, title, a.isoformat(), str((a - e).days))
            for no, title, e, a in rows
            if a and e and (a - e).days > ARCHIVE_DAYS
        ]
    unfiled = uow.session.execute(
        select(Case.case_no, Case.title, Case.action_ended_at)
        .where(_filing_where(figure, today))
        .order_by(Case.action_ended_at, Case.case_no)
        .limit(5000)
    ).all()
    return [
        DrillRow(no, title, (e + timedelta(days=ARCHIVE_DAYS)).isoformat(), str((today - e).days))
        for no, title, e in unfiled
        if e
    ]


# --- compliance findings (Art. 8–26) --------------------------------------------------------------------------


def _findings(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    uow.require(P.CASE_READ, "case", "*")
    s = uow.session
    states = dict.fromkeys(
        (ComplianceState.ERROR.value, ComplianceState.WARNING.value, ComplianceState.UNCHECKED.value), 0
    )
    for state, n in s.execute(
        select(Case.compliance_state, func.count())
        .where(Case.compliance_state != ComplianceState.OK.value)
        .group_by(Case.compliance_state)
    ):
        states[state] = n
    counts = current_counts(s, today)
    figures = {
        "cases_error": states[ComplianceState.ERROR.value],
        "cases_warning": states[ComplianceState.WARNING.value],
        "cases_unchecked": states[ComplianceState.UNCHECKED.value],
        "findings": counts.total(),
    }
    chart = {sev: {a: float(per.get(sev, 0)) for a, per in counts.by_article.items()} for sev in ("error", "warning")}
    # Every case changed since the snapshot (each, when there is none) was evaluated just now: the figures are as of
    # now. Past LIVE_LIMIT changed cases they are as of the snapshot, and the footer says how many changed since.
    as_of = now if not counts.stale_cases else counts.snapshot_at
    return Tile("findings", figures, alerts=("cases_error",), chart=chart, as_of=as_of, stale=counts.stale_cases)


def _findings_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    uow.require(P.CASE_READ, "case", "*")
    s = uow.session
    if figure.startswith("article:"):
        # The same counts as the tile's chart: the snapshot, with the cases changed since evaluated now.
        article = figure.partition(":")[2]
        per_case, _at, _live = case_counts(s, today)
        counts = {cid: sum(n for (a, _sev), n in c.items() if a == article) for cid, c in per_case.items()}
        wanted = [cid for cid, n in counts.items() if n]
        listed: list[Any] = []
        for start in range(0, len(wanted), 500):
            listed += s.execute(select(Case.id, Case.case_no, Case.title, Case.opened_on)
                                .where(Case.id.in_(wanted[start:start + 500]))).all()
        listed.sort(key=lambda r: (r.opened_on, r.case_no), reverse=True)
        return [DrillRow(r.case_no, r.title, r.opened_on.isoformat(), str(counts[r.id])) for r in listed[:5000]]
    state = {
        "cases_error": ComplianceState.ERROR,
        "cases_warning": ComplianceState.WARNING,
        "cases_unchecked": ComplianceState.UNCHECKED,
        "findings": ComplianceState.ERROR,
    }[figure].value
    rows = s.execute(
        select(Case.case_no, Case.title, Case.opened_on, Case.finding_count)
        .where(Case.compliance_state == state)
        .order_by(Case.opened_on.desc())
        .limit(5000)
    ).all()
    return [DrillRow(no, title, opened.isoformat(), str(n)) for no, title, opened, n in rows]


# --- devices (Art. 25, 29) -------------------------------------------------------------------------------------


def _devices(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    uow.require(P.DEVICE_READ, "device", "*")
    due = maintenance.maintenance_due(ws, uow.actor, now=now)
    overdue = loans.overdue_loans(ws, uow.actor, now=now)
    statuses = dict(uow.session.execute(select(Device.status, func.count()).group_by(Device.status)).all())
    return Tile(
        "devices",
        {
            "loans_overdue": len(overdue),
            "maintenance_overdue": sum(d.overdue for d in due),
            "maintenance_due": sum(not d.overdue for d in due),
            "checked_out": statuses.get("checked_out", 0),
            "in_maintenance": statuses.get("maintenance", 0),
        },
        alerts=("loans_overdue", "maintenance_overdue"),
        chart={"status": {k: float(v) for k, v in sorted(statuses.items())}},
        as_of=now,
    )


def _devices_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    uow.require(P.DEVICE_READ, "device", "*")
    if figure == "loans_overdue":
        return [
            DrillRow(v.asset_tag, f"{v.officer_name}（{v.officer_cert}）", _local(v.due_at), v.device_model)
            for v in loans.overdue_loans(ws, uow.actor, now=now)
        ]
    if figure in ("maintenance_overdue", "maintenance_due"):
        want = figure == "maintenance_overdue"
        return [
            DrillRow(d.asset_tag, d.kind, _local(d.next_due_at), d.model)
            for d in maintenance.maintenance_due(ws, uow.actor, now=now)
            if d.overdue == want
        ]
    status = {"checked_out": "checked_out", "in_maintenance": "maintenance"}[figure]
    rows = uow.session.execute(
        select(Device.asset_tag, Device.model, Device.location, Device.updated_at)
        .where(Device.status == status)
        .order_by(Device.asset_tag)
    ).all()
    return [DrillRow(tag, model, _local(at), location) for tag, model, location, at in rows]


# --- evidence discs: periodic re-checks (Art. 26) --------------------------------------------------------------


def _disc_where(figure: str, today: date) -> Any:
    burned = DiscCopy.status == CopyStatus.BURNED.value
    return {
        "recheck_overdue": burned & (DiscCopy.next_check_due < today),
        "recheck_due": burned
        & (DiscCopy.next_check_due >= today)
        & (DiscCopy.next_check_due <= today + timedelta(days=DUE_SOON_DAYS)),
        "failed": DiscCopy.status == CopyStatus.FAILED.value,
        "not_burned": DiscCopy.status == CopyStatus.PENDING.value,
    }[figure]


def _require_discs(uow: UnitOfWork) -> None:
    if not (uow.actor.can(P.DISC_REGISTER) or uow.actor.can(P.DISC_BUILD)):
        uow.require(P.CASE_READ, "disc", "*")


def _discs(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    _require_discs(uow)
    figures = {
        f: uow.session.execute(select(func.count()).select_from(DiscCopy).where(_disc_where(f, today))).scalar_one()
        for f in ("recheck_overdue", "recheck_due", "failed", "not_burned")
    }
    return Tile("discs", figures, alerts=("recheck_overdue", "failed"), as_of=now)


def _discs_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    _require_discs(uow)
    rows = uow.session.execute(
        select(Disc.volume_label, DiscCopy.copy, DiscSet.archive_code, DiscCopy.next_check_due, DiscCopy.location)
        .join(Disc, Disc.id == DiscCopy.disc_id)
        .join(DiscSet, DiscSet.id == Disc.disc_set_id)
        .where(_disc_where(figure, today))
        .order_by(DiscCopy.next_check_due, Disc.volume_label)
    ).all()
    return [
        DrillRow(f"{label} {copy}", code, due.isoformat() if due else "", location)
        for label, copy, code, due, location in rows
    ]


# --- custody: the second copy and the room left (Art. 27) -----------------------------------------------------


def _require_custody(uow: UnitOfWork) -> None:
    if not (uow.actor.can(P.BACKUP_VERIFY) or uow.actor.can(P.VAULT_REPAIR)):
        uow.require(P.BACKUP_RUN, "backup", "*")


def _custody(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    _require_custody(uow)
    last_ok = uow.session.execute(select(BackupRun).where(BackupRun.result == "ok")
                                  .order_by(BackupRun.finished_at.desc()).limit(1)).scalar_one_or_none()
    last_verified = uow.session.execute(select(BackupRun).where(BackupRun.verified_at.is_not(None))
                                        .order_by(BackupRun.verified_at.desc()).limit(1)).scalar_one_or_none()
    age = now - last_ok.finished_at if last_ok is not None and last_ok.finished_at else None
    max_age = timedelta(days=custody_settings.backup_max_age_days(uow))  # warn past it, alarm past twice it
    stale = 2 if age is None or age > 2 * max_age else 1 if age > max_age else 0
    vault_free, vault_level = disk_space.space_level(ws.vault.root)
    target_level = disk_space.space_level(Path(last_ok.target))[1] if last_ok is not None else 0
    return Tile("custody", {
        "fixity_failed": len(vault_schedule.failures(uow.session)),
        "storage_checks_failed": len(storage_failures(uow.session)),
        "backup_stale": stale,
        "backup_verify_failed": int(last_verified is not None and last_verified.verify_result != "ok"),
        "vault_space_low": vault_level,
        "backup_space_low": target_level,
        "days_since_backup": age.days if age is not None else 0,
        "vault_free_gib": vault_free // disk_space.GIB,
    }, alerts=("fixity_failed", "storage_checks_failed", "backup_stale", "backup_verify_failed", "vault_space_low",
               "backup_space_low"), as_of=now)


def _custody_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    _require_custody(uow)
    if figure == "fixity_failed":
        return [DrillRow(f.sha256, f.name, _local(f.checked_at), f.problem)
                for f in vault_schedule.failures(uow.session)]
    if figure == "storage_checks_failed":
        return [DrillRow(f.archive_code, f.case_no, _local(f.checked_at), str(f.failed))
                for f in storage_failures(uow.session)]
    if figure in ("vault_space_low", "vault_free_gib"):
        free, level = disk_space.space_level(ws.vault.root)
        return [DrillRow(str(ws.vault.root), f"{free / disk_space.GIB:.1f} GiB", _local(now), str(level))]
    runs = uow.session.execute(select(BackupRun).order_by(BackupRun.started_at.desc()).limit(20)).scalars()
    return [DrillRow(r.run_id, r.target, _local(r.finished_at or r.started_at),
                     f"{r.result} · {r.verify_result or '-'}") for r in runs]


# --- retention ends (Art. 25, 27) ------------------------------------------------------------------------------


def _retention_items_all(uow: UnitOfWork, ws: Workstation, today: date) -> list[schedule.RetentionItem]:
    """Case files whose retention ends by the end of this month (the retention area's own list) and A/V records
    not in a case, assessed by the retention area one chunk at a time (its whole-catalogue walk is slow)."""
    _start, end = _month_bounds(today)
    items = schedule.due_list(ws, uow.actor, RetentionFilter(due_before=end, category="case"), today=today)
    ids = list(uow.session.execute(select(MediaRecord.id).where(
        MediaRecord.case_id.is_(None), MediaRecord.is_evidence.is_(False))).scalars())
    for start in range(0, len(ids), 5000):
        _cases, media = schedule.assess(uow.session, media_ids=ids[start:start + 5000], today=today)
        items += [m for m in media.values()
                  if m.state != RetentionState.DISPOSED.value and m.end is not None and m.end <= end]
    return items


def _retention(uow: UnitOfWork, ws: Workstation, today: date, now: datetime) -> Tile:
    schedule.require_read(uow, "retention")
    start, end = _month_bounds(today)
    items = _retention_items_all(uow, ws, today)
    holds = schedule.active_holds(uow.session)
    return Tile(
        "retention",
        {
            "ends_this_month": sum(1 for i in items if i.end and start <= i.end <= end),
            "due_now": sum(1 for i in items if i.state == RetentionState.DUE.value),
            "requested": sum(1 for i in items if i.state == RetentionState.REQUESTED.value),
            "holds": len(holds[0]) + len(holds[1]),
        },
        as_of=now,
    )


def _retention_items(uow: UnitOfWork, ws: Workstation, figure: str, today: date, now: datetime) -> list[DrillRow]:
    schedule.require_read(uow, "retention")
    start, end = _month_bounds(today)
    keep: Callable[[schedule.RetentionItem], bool] = {
        "ends_this_month": lambda i: bool(i.end and start <= i.end <= end),
        "due_now": lambda i: i.state == RetentionState.DUE.value,
        "requested": lambda i: i.state == RetentionState.REQUESTED.value,
        "holds": lambda i: i.held,
    }[figure]
    if figure == "holds":
        items = schedule.due_list(ws, uow.actor, RetentionFilter(held=True), today=today)
    else:
        items = _retention_items_all(uow, ws, today)
    return [DrillRow(i.label, i.title, i.end.isoformat() if i.end else "", i.state) for i in items if keep(i)]


TILES: tuple[TileSpec, ...] = (
    TileSpec(
        "ingest_queue",
        QT_TRANSLATE_NOOP("dashboard", "A/V waiting for ingest (Art. 24)"),
        (P.MEDIA_INGEST,),
        {
            "waiting": QT_TRANSLATE_NOOP("dashboard", "Waiting"),
            "overdue": QT_TRANSLATE_NOOP("dashboard", "Past 24 hours"),
            "due_soon": QT_TRANSLATE_NOOP("dashboard", "Due within 4 hours"),
            "failed": QT_TRANSLATE_NOOP("dashboard", "Failed"),
        },
        _ingest_queue,
        _ingest_queue_items,
    ),
    TileSpec(
        "av_clock",
        QT_TRANSLATE_NOOP("dashboard", "A/V stored, 24-hour limit (Art. 24)"),
        (P.MEDIA_READ,),
        {
            "stored_30": QT_TRANSLATE_NOOP("dashboard", "Stored, last 30 days"),
            "late_30": QT_TRANSLATE_NOOP("dashboard", "Stored late, last 30 days"),
            "unlinked": QT_TRANSLATE_NOOP("dashboard", "Not linked to a case"),
        },
        _av_clock,
        _av_clock_items,
    ),
    TileSpec(
        "filing",
        QT_TRANSLATE_NOOP("dashboard", "Filing within 30 days (Art. 26)"),
        (P.CASE_READ,),
        {
            "awaiting": QT_TRANSLATE_NOOP("dashboard", "Awaiting filing"),
            "due_soon": QT_TRANSLATE_NOOP("dashboard", "Due within 7 days"),
            "overdue": QT_TRANSLATE_NOOP("dashboard", "Overdue"),
            "filed_late_month": QT_TRANSLATE_NOOP("dashboard", "Filed late this month"),
        },
        _filing,
        _filing_items,
    ),
    TileSpec(
        "findings",
        QT_TRANSLATE_NOOP("dashboard", "Open compliance findings"),
        (P.CASE_READ,),
        {
            "cases_error": QT_TRANSLATE_NOOP("dashboard", "Non-compliant cases"),
            "cases_warning": QT_TRANSLATE_NOOP("dashboard", "Cases with warnings"),
            "cases_unchecked": QT_TRANSLATE_NOOP("dashboard", "Cases not checked"),
            "findings": QT_TRANSLATE_NOOP("dashboard", "Findings"),
        },
        _findings,
        _findings_items,
    ),
    TileSpec(
        "devices",
        QT_TRANSLATE_NOOP("dashboard", "Recording devices (Art. 25)"),
        (P.DEVICE_READ,),
        {
            "loans_overdue": QT_TRANSLATE_NOOP("dashboard", "Not returned in time"),
            "maintenance_overdue": QT_TRANSLATE_NOOP("dashboard", "Maintenance overdue"),
            "maintenance_due": QT_TRANSLATE_NOOP("dashboard", "Maintenance due soon"),
            "checked_out": QT_TRANSLATE_NOOP("dashboard", "Checked out"),
            "in_maintenance": QT_TRANSLATE_NOOP("dashboard", "In maintenance"),
        },
        _devices,
        _devices_items,
    ),
    TileSpec(
        "discs",
        QT_TRANSLATE_NOOP("dashboard", "Evidence discs (Art. 26)"),
        (P.DISC_REGISTER, P.DISC_BUILD, P.CASE_READ),
        {
            "recheck_overdue": QT_TRANSLATE_NOOP("dashboard", "Re-check overdue"),
            "recheck_due": QT_TRANSLATE_NOOP("dashboard", "Re-check due in 30 days"),
            "failed": QT_TRANSLATE_NOOP("dashboard", "Failed copies"),
            "not_burned": QT_TRANSLATE_NOOP("dashboard", "Copies not burned"),
        },
        _discs,
        _discs_items,
    ),
    TileSpec(
        "custody",
        QT_TRANSLATE_NOOP("dashboard", "Backup and storage (Art. 27)"),
        (P.BACKUP_RUN, P.BACKUP_VERIFY, P.VAULT_REPAIR),
        {
            "fixity_failed": QT_TRANSLATE_NOOP("dashboard", "Vault objects that failed the fixity check"),
            "storage_checks_failed": QT_TRANSLATE_NOOP("dashboard", "Volumes that failed the scheduled "
                                                                    "four-properties check"),
            "backup_stale": QT_TRANSLATE_NOOP("dashboard", "No good backup within the set age (2: twice it, or never)"),
            "backup_verify_failed": QT_TRANSLATE_NOOP("dashboard", "Last backup check failed"),
            "vault_space_low": QT_TRANSLATE_NOOP("dashboard", "Vault disk space low (2: critical)"),
            "backup_space_low": QT_TRANSLATE_NOOP("dashboard", "Backup disk space low (2: critical)"),
            "days_since_backup": QT_TRANSLATE_NOOP("dashboard", "Days since the last good backup"),
            "vault_free_gib": QT_TRANSLATE_NOOP("dashboard", "Free on the vault disk (GiB)"),
        },
        _custody,
        _custody_items,
    ),
    TileSpec(
        "retention",
        QT_TRANSLATE_NOOP("dashboard", "Retention (Art. 25, 27)"),
        (P.RETENTION_READ, P.RETENTION_MANAGE),
        {
            "ends_this_month": QT_TRANSLATE_NOOP("dashboard", "Retention ends this month"),
            "due_now": QT_TRANSLATE_NOOP("dashboard", "Due for disposal"),
            "requested": QT_TRANSLATE_NOOP("dashboard", "Disposal requested"),
            "holds": QT_TRANSLATE_NOOP("dashboard", "On legal hold"),
        },
        _retention,
        _retention_items,
    ),
)
SPECS = {t.key: t for t in TILES}


def _spec(key: str) -> TileSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise NotFoundError(what="dashboard tile", key=key)
    return spec


def visible_tiles(actor: Actor) -> list[TileSpec]:
    return [t for t in TILES if t.visible_to(actor)]


def _clock(today: date | None, now: datetime | None) -> tuple[date, datetime]:
    now = now or clock.now()
    return today or clock.local_date(now), now


def tile(ws: Workstation, actor: Actor, key: str, *, today: date | None = None, now: datetime | None = None) -> Tile:
    """One tile's figures (the tile's service checks the permission)."""
    spec = _spec(key)
    today, now = _clock(today, now)
    with ws.unit(actor, write=False) as uow:
        return spec.compute(uow, ws, today, now)


def tile_items(
    ws: Workstation, actor: Actor, key: str, figure: str, *, today: date | None = None, now: datetime | None = None
) -> list[DrillRow]:
    """The list behind one figure of a tile (or one article of the findings chart: figure "article:9")."""
    spec = _spec(key)
    if figure not in spec.figures and not (key == "findings" and figure.startswith("article:")):
        raise NotFoundError(what="dashboard figure", key=f"{key}.{figure}")
    today, now = _clock(today, now)
    with ws.unit(actor, write=False) as uow:
        return spec.drill(uow, ws, figure, today, now)


@dataclass(frozen=True)
class Dashboard:
    tiles: tuple[Tile, ...]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"tiles": [t.as_dict() for t in self.tiles], "seconds": round(self.seconds, 3)}


def dashboard(ws: Workstation, actor: Actor, *, today: date | None = None, now: datetime | None = None) -> Dashboard:
    """Every tile the actor's roles may see."""
    started = time.perf_counter()
    tiles = tuple(tile(ws, actor, spec.key, today=today, now=now) for spec in visible_tiles(actor))
    return Dashboard(tiles, time.perf_counter() - started)
