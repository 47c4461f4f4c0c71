"""Device maintenance (Art. 25: 维护保养): records of work done, recurring plans and the maintenance-due list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from archive_core.equipment.devices import DeviceStateError, aware_now, get_device, require_aware
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ChoiceError, NotFoundError, ValidationError
from archive_core.spine.people import names_of
from archive_core.spine.workstation import Workstation
from models.devices import MAINTENANCE_KINDS, Device, MaintenancePlan, MaintenanceRecord


@dataclass(frozen=True)
class MaintenanceView:
    id: int
    device_id: int
    asset_tag: str
    kind: str
    started_at: datetime
    finished_at: datetime | None
    technician: str
    note: str
    result: str
    recorded_by: str
    recorded_by_name: str = ""


@dataclass(frozen=True)
class PlanView:
    id: int
    device_id: int | None
    asset_tag: str | None
    model: str | None
    kind: str
    interval_days: int
    remind_days: int
    starts_at: datetime
    active: bool
    note: str


@dataclass(frozen=True)
class MaintenanceDue:
    device_id: int
    asset_tag: str
    model: str
    device_status: str
    kind: str
    plan_id: int
    last_done_at: datetime | None
    next_due_at: datetime
    overdue: bool


def _view(r: MaintenanceRecord, d: Device, names: dict[str, str] | None = None) -> MaintenanceView:
    return MaintenanceView(r.id, d.id, d.asset_tag, r.kind, r.started_at, r.finished_at, r.technician, r.note,
                           r.result, r.recorded_by, (names or {}).get(r.recorded_by, r.recorded_by))


def _kind(kind: str) -> str:
    if kind not in MAINTENANCE_KINDS:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "kind of maintenance"),
            value=kind, allowed=", ".join(MAINTENANCE_KINDS))
    return kind


def record_maintenance(ws: Workstation, actor: Actor, device_key: str | int, kind: str, note: str, *,
                       technician: str = "", result: str = "", keep_open: bool = False,
                       now: datetime | None = None) -> MaintenanceView:
    """Record work on a device. keep_open: the work goes on, and the device stays in maintenance (it cannot be
    checked out) until finish_maintenance(); otherwise the work is recorded as done now."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "device", device_key)
        device = get_device(uow.session, device_key, for_update=True)
        _kind(kind)
        if not note.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "say what was done in the note"))
        if device.status in ("lost", "retired") or (keep_open and device.status == "checked_out"):
            raise DeviceStateError(tag=device.asset_tag, message=QT_TRANSLATE_NOOP(
                "errors", "Device {tag} is not on hand; record maintenance once it is back."))
        record = MaintenanceRecord(device_id=device.id, kind=kind, started_at=now,
                                   finished_at=None if keep_open else now, technician=technician.strip(),
                                   note=note.strip(), result=result.strip(), recorded_by=actor.username)
        uow.session.add(record)
        if keep_open:
            device.status, device.updated_at = "maintenance", now
        uow.session.flush()
        uow.audit("device.maintenance_started" if keep_open else "device.maintenance_recorded", "device",
                  device.asset_tag, {"record": record.id, "kind": kind, "technician": record.technician,
                                     "note": record.note, "result": record.result, "at": now.isoformat()})
        return _view(record, device)


def finish_maintenance(ws: Workstation, actor: Actor, device_key: str | int, result: str = "", *,
                       now: datetime | None = None) -> list[MaintenanceView]:
    """Close the device's open maintenance records and make it available again."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "device", device_key)
        device = get_device(uow.session, device_key, for_update=True)
        records = uow.session.execute(select(MaintenanceRecord).where(
            MaintenanceRecord.device_id == device.id, MaintenanceRecord.finished_at.is_(None))).scalars().all()
        if device.status != "maintenance" or not records:
            raise DeviceStateError(tag=device.asset_tag, message=QT_TRANSLATE_NOOP(
                "errors", "Device {tag} is not in maintenance."))
        for r in records:
            r.finished_at = max(now, r.started_at)
            if result.strip():
                r.result = result.strip()
        device.status, device.updated_at = "available", now
        uow.audit("device.maintenance_finished", "device", device.asset_tag,
                  {"records": [r.id for r in records], "result": result.strip(), "at": now.isoformat()})
        return [_view(r, device) for r in records]


def maintenance_log(ws: Workstation, actor: Actor, *, since: datetime | None = None, until: datetime | None = None,
                    device_key: str | int | None = None) -> list[MaintenanceView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "maintenance", "*")
        query = (select(MaintenanceRecord, Device).join(Device, Device.id == MaintenanceRecord.device_id)
                 .order_by(MaintenanceRecord.started_at.desc(), MaintenanceRecord.id.desc()))
        if since is not None:
            query = query.where(MaintenanceRecord.started_at >= require_aware(since))
        if until is not None:
            query = query.where(MaintenanceRecord.started_at < require_aware(until))
        if device_key is not None:
            query = query.where(MaintenanceRecord.device_id == get_device(uow.session, device_key).id)
        rows = uow.session.execute(query).all()
        names = names_of(uow.session, (r.recorded_by for r, _d in rows))
        return [_view(r, d, names) for r, d in rows]


# --- plans -----------------------------------------------------------------------------------------------------
def _plan_view(p: MaintenancePlan, tag: str | None) -> PlanView:
    return PlanView(p.id, p.device_id, tag, p.model, p.kind, p.interval_days, p.remind_days, p.starts_at, p.active,
                    p.note)


def add_plan(ws: Workstation, actor: Actor, kind: str, interval_days: int, *, device_key: str | int | None = None,
             model: str | None = None, remind_days: int = 7, starts_at: datetime | None = None, note: str = "",
             now: datetime | None = None) -> PlanView:
    """A recurring plan for one device (device_key) or every device of a model: due every interval_days after
    the last time that kind of work was done (or after starts_at), shown remind_days ahead."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "maintenance_plan", device_key or model or "")
        _kind(kind)
        if (device_key is None) == (not (model or "").strip()):
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a plan is for one device or for one model"))
        if interval_days <= 0 or remind_days < 0:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the interval must be at least one day"))
        device = get_device(uow.session, device_key) if device_key is not None else None
        plan = MaintenancePlan(device_id=device.id if device else None, model=None if device else (model or "").strip(),
                               kind=kind, interval_days=interval_days, remind_days=remind_days,
                               starts_at=require_aware(starts_at) if starts_at else now, active=True,
                               note=note.strip(), created_by=actor.username, created_at=now)
        uow.session.add(plan)
        uow.session.flush()
        view = _plan_view(plan, device.asset_tag if device else None)
        uow.audit("device.plan_created", "maintenance_plan", plan.id,
                  {"device": view.asset_tag, "model": view.model, "kind": kind, "interval_days": interval_days,
                   "remind_days": remind_days, "starts_at": plan.starts_at.isoformat()})
        return view


def set_plan_active(ws: Workstation, actor: Actor, plan_id: int, active: bool) -> PlanView:
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "maintenance_plan", plan_id)
        plan = uow.session.get(MaintenancePlan, plan_id)
        if plan is None:
            raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "maintenance plan"), key=str(plan_id))
        plan.active = active
        uow.audit("device.plan_activated" if active else "device.plan_deactivated", "maintenance_plan", plan_id)
        tag = uow.session.get(Device, plan.device_id).asset_tag if plan.device_id else None  # type: ignore[union-attr]
        return _plan_view(plan, tag)


def list_plans(ws: Workstation, actor: Actor) -> list[PlanView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "maintenance_plan", "*")
        rows = uow.session.execute(select(MaintenancePlan, Device.asset_tag)
                                   .outerjoin(Device, Device.id == MaintenancePlan.device_id)
                                   .order_by(MaintenancePlan.id))
        return [_plan_view(p, tag) for p, tag in rows]


def maintenance_due(ws: Workstation, actor: Actor, *, now: datetime | None = None,
                    horizon_days: int | None = None) -> list[MaintenanceDue]:
    """Devices whose planned maintenance is due (or within each plan's reminder window, or horizon_days when
    given), soonest first. Lost and retired devices are left out."""
    now = aware_now(now)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "maintenance_plan", "due")
        s = uow.session
        plans = s.execute(select(MaintenancePlan).where(MaintenancePlan.active)).scalars().all()
        if not plans:
            return []
        models = {p.model for p in plans if p.model}
        device_ids = {p.device_id for p in plans if p.device_id}
        devices = s.execute(select(Device).where(
            or_(Device.id.in_(device_ids), Device.model.in_(models)),
            Device.status.not_in(("lost", "retired")))).scalars().all()
        by_model: dict[str, list[Device]] = {}
        by_id = {d.id: d for d in devices}
        for d in devices:
            by_model.setdefault(d.model, []).append(d)
        kinds = {p.kind for p in plans}
        last_done = {(dev, kind): at for dev, kind, at in s.execute(
            select(MaintenanceRecord.device_id, MaintenanceRecord.kind, func.max(MaintenanceRecord.finished_at))
            .where(MaintenanceRecord.device_id.in_(list(by_id)), MaintenanceRecord.kind.in_(kinds),
                   MaintenanceRecord.finished_at.is_not(None))
            .group_by(MaintenanceRecord.device_id, MaintenanceRecord.kind))}
        due: dict[tuple[int, str], MaintenanceDue] = {}
        for plan in plans:
            covered = [by_id[plan.device_id]] if plan.device_id in by_id else by_model.get(plan.model or "", [])
            for d in covered:
                last = last_done.get((d.id, plan.kind))
                next_due = (last or plan.starts_at) + timedelta(days=plan.interval_days)
                window = timedelta(days=plan.remind_days if horizon_days is None else horizon_days)
                if next_due - window > now:
                    continue
                item = MaintenanceDue(d.id, d.asset_tag, d.model, d.status, plan.kind, plan.id, last, next_due,
                                      next_due <= now)
                known = due.get((d.id, plan.kind))
                if known is None or item.next_due_at < known.next_due_at:
                    due[(d.id, plan.kind)] = item
        return sorted(due.values(), key=lambda x: (x.next_due_at, x.asset_tag))
