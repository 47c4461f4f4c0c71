"""The device register (Art. 25, 29): recording devices, lookup by barcode or file-name code, status and history."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ChoiceError, NotFoundError, ValidationError
from archive_core.spine.text_fields import check_text, column_limit
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.devices import (
    CONTAINER_TIMES,
    DEVICE_KINDS,
    DEVICE_STATUSES,
    LOCATION_KINDS,
    MAINTENANCE_KINDS,
    Device,
    Loan,
    MaintenanceRecord,
    StockAudit,
    StockAuditItem,
)
from models.people import Officer

KIND_LABELS = {
    "body_worn_camera": QT_TRANSLATE_NOOP("devices", "Body-worn camera"),
    "camera": QT_TRANSLATE_NOOP("devices", "Camera"),
    "audio_recorder": QT_TRANSLATE_NOOP("devices", "Audio recorder"),
    "camcorder": QT_TRANSLATE_NOOP("devices", "Camcorder"),
    "surveillance": QT_TRANSLATE_NOOP("devices", "Surveillance unit"),
}
STATUS_LABELS = {
    "available": QT_TRANSLATE_NOOP("devices", "Available"),
    "checked_out": QT_TRANSLATE_NOOP("devices", "Checked out"),
    "maintenance": QT_TRANSLATE_NOOP("devices", "In maintenance"),
    "lost": QT_TRANSLATE_NOOP("devices", "Lost"),
    "retired": QT_TRANSLATE_NOOP("devices", "Retired"),
}
LOCATION_LABELS = {
    "equipment_room": QT_TRANSLATE_NOOP("devices", "Equipment room"),
    "questioning_room": QT_TRANSLATE_NOOP("devices", "Questioning room"),
    "hearing_room": QT_TRANSLATE_NOOP("devices", "Hearing room"),
    "vehicle": QT_TRANSLATE_NOOP("devices", "Vehicle"),
    "other": QT_TRANSLATE_NOOP("devices", "Other"),
}
CAPABILITY_LABELS = {
    "explosion_proof": QT_TRANSLATE_NOOP("devices", "Explosion-proof"),
    "night_vision": QT_TRANSLATE_NOOP("devices", "Night vision"),
    "positioning": QT_TRANSLATE_NOOP("devices", "Positioning"),
}
MAINTENANCE_LABELS = {
    "inspection": QT_TRANSLATE_NOOP("devices", "Inspection"),
    "repair": QT_TRANSLATE_NOOP("devices", "Repair"),
    "battery": QT_TRANSLATE_NOOP("devices", "Battery"),
    "firmware": QT_TRANSLATE_NOOP("devices", "Firmware"),
    "cleaning": QT_TRANSLATE_NOOP("devices", "Cleaning"),
}
CONDITION_LABELS = {
    "good": QT_TRANSLATE_NOOP("devices", "Good"),
    "worn": QT_TRANSLATE_NOOP("devices", "Worn"),
    "damaged": QT_TRANSLATE_NOOP("devices", "Damaged"),
}
EVENT_LABELS = {
    "checkout": QT_TRANSLATE_NOOP("devices", "Check-out"),
    "checkin": QT_TRANSLATE_NOOP("devices", "Check-in"),
    "maintenance": QT_TRANSLATE_NOOP("devices", "Maintenance"),
    "maintenance_done": QT_TRANSLATE_NOOP("devices", "Maintenance finished"),
    "audit": QT_TRANSLATE_NOOP("devices", "Stock-taking"),
}
CAPABILITIES = tuple(CAPABILITY_LABELS)
CONDITIONS = tuple(CONDITION_LABELS)


class DeviceNotFoundError(NotFoundError):
    code = "device_not_found"
    message = QT_TRANSLATE_NOOP("errors", "No device has the tag, code or serial number {key}.")
    hint = QT_TRANSLATE_NOOP("errors", "Check the label, or register the device first.")


class DeviceStateError(ValidationError):
    """The device's status does not allow the action; the message names the status."""

    code = "device_state"
    message = QT_TRANSLATE_NOOP("errors", "Device {tag} cannot do that now.")


# --- values that cross layers ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceRef:
    """Enough to attribute a recording: ingest maps a file name's device code to this."""

    id: int
    asset_tag: str
    device_code: str | None
    kind: str
    clock_zone: str
    container_time: str = "local"


@dataclass(frozen=True)
class DeviceView:
    id: int
    asset_tag: str
    device_code: str | None
    kind: str
    serial_no: str
    model: str
    manufacturer: str
    explosion_proof: bool
    night_vision: bool
    positioning: bool
    location_kind: str
    location: str
    purchase_date: date | None
    status: str
    clock_zone: str
    notes: str
    container_time: str = "local"
    holder_name: str = ""
    holder_cert: str = ""
    due_at: datetime | None = None

    @property
    def capabilities(self) -> tuple[str, ...]:
        return tuple(c for c in CAPABILITIES if getattr(self, c))

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["capabilities"] = list(self.capabilities)
        return data


def device_ref(d: Device) -> DeviceRef:
    return DeviceRef(d.id, d.asset_tag, d.device_code, d.kind, d.clock_zone, d.container_time)


def device_view(d: Device, loan: Loan | None = None, officer: Officer | None = None) -> DeviceView:
    view = DeviceView(d.id, d.asset_tag, d.device_code, d.kind, d.serial_no, d.model, d.manufacturer,
                      d.explosion_proof, d.night_vision, d.positioning, d.location_kind, d.location,
                      d.purchase_date, d.status, d.clock_zone, d.notes, d.container_time)
    if loan is not None and officer is not None:
        view = replace(view, holder_name=officer.name, holder_cert=officer.certificate_no, due_at=loan.due_at)
    return view


# --- shared helpers --------------------------------------------------------------------------------------------
def aware_now(now: datetime | None) -> datetime:
    if now is None:
        return clock.now()
    return require_aware(now)


def require_aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            reason=QT_TRANSLATE_NOOP("errors", "a time without a time zone was given"),
            hint=QT_TRANSLATE_NOOP("errors", "Give times with their zone, e.g. 2026-11-27T18:00+08:00."))
    return value.astimezone(UTC)


def normalize_key(text: str) -> str:
    """Tags and codes compare upper-case and trimmed: a scanner and a keyboard give the same key."""
    return text.strip().upper()


@contextmanager
def session_of(source: Session | UnitOfWork | Workstation) -> Iterator[Session]:
    """A session from a caller's session or unit of work (joined), or a fresh read session on a workstation."""
    if isinstance(source, Session):
        yield source
    elif isinstance(source, UnitOfWork):
        yield source.session
    else:
        session = source.db.reader()
        try:
            yield session
        finally:
            session.close()


def match_device(session: Session, key: str | int) -> Device | None:
    """The device whose id, asset tag, device code or (when unique) serial number equals key."""
    if isinstance(key, int):
        return session.get(Device, key)
    k = normalize_key(key)
    if not k:
        return None
    found = session.execute(select(Device).where(Device.asset_tag == k)).scalar_one_or_none()
    if found is None:
        found = session.execute(select(Device).where(Device.device_code == k)).scalar_one_or_none()
    if found is None:
        by_serial = session.execute(select(Device).where(func.upper(Device.serial_no) == k).limit(2)).scalars().all()
        found = by_serial[0] if len(by_serial) == 1 else None
    return found


def get_device(session: Session, key: str | int, *, for_update: bool = False) -> Device:
    device = match_device(session, key)
    if device is None:
        raise DeviceNotFoundError(key=str(key).strip())
    if for_update and session.bind is not None and session.bind.dialect.name == "postgresql":
        session.refresh(device, with_for_update=True)  # serialise concurrent check-outs of one device
    return device


def _check_choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ChoiceError(field=what, value=value, allowed=", ".join(allowed))
    return value


def _check_zone(zone: str) -> str:
    if not clock.is_zone(zone):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: unknown time zone {zone}; use a name such as Asia/Shanghai or UTC."),
            zone=repr(zone))
    return zone


# --- register --------------------------------------------------------------------------------------------------
EDITABLE = ("device_code", "kind", "serial_no", "model", "manufacturer", "explosion_proof", "night_vision",
            "positioning", "location_kind", "location", "purchase_date", "clock_zone", "container_time", "notes")
# The typed fields of a device, named as a refusal names them; the window's fields take no more than DEVICE_LIMITS.
DEVICE_LABELS = {
    "asset_tag": QT_TRANSLATE_NOOP("errors", "device asset tag"),
    "device_code": QT_TRANSLATE_NOOP("errors", "device code (as in file names)"),
    "serial_no": QT_TRANSLATE_NOOP("errors", "device serial number"),
    "model": QT_TRANSLATE_NOOP("errors", "device model"),
    "manufacturer": QT_TRANSLATE_NOOP("errors", "device manufacturer"),
    "location": QT_TRANSLATE_NOOP("errors", "device location"),
    "notes": QT_TRANSLATE_NOOP("errors", "device notes"),
}
DEVICE_LIMITS = {name: column_limit(Device.__table__.c[name]) for name in DEVICE_LABELS}


def _check_lengths(values: dict[str, Any]) -> None:
    for name, label in DEVICE_LABELS.items():
        if isinstance(values.get(name), str):
            check_text(values[name], Device.__table__.c[name], label)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: these device fields do not exist: {fields}."),
                              fields=", ".join(sorted(unknown)))
    out = dict(values)
    if "device_code" in out:
        out["device_code"] = normalize_key(out["device_code"] or "") or None
    if "kind" in out:
        _check_choice(out["kind"], DEVICE_KINDS, QT_TRANSLATE_NOOP("errors", "device kind"))
    if "location_kind" in out:
        _check_choice(out["location_kind"], LOCATION_KINDS, QT_TRANSLATE_NOOP("errors", "kind of storage place"))
    if "clock_zone" in out:
        _check_zone(out["clock_zone"])
    if "purchase_date" in out:
        clock.not_in_future(out["purchase_date"], QT_TRANSLATE_NOOP("errors", "purchase date"))
    if "container_time" in out:
        _check_choice(out["container_time"], CONTAINER_TIMES, QT_TRANSLATE_NOOP("errors", "container time rule"))
    for name in ("serial_no", "model", "manufacturer", "location", "notes"):
        if name in out:
            out[name] = (out[name] or "").strip()
    for name in CAPABILITIES:
        if name in out:
            out[name] = bool(out[name])
    _check_lengths(out)
    return out


def _check_unique(session: Session, device_id: int | None, tag: str | None, code: str | None) -> None:
    if tag:
        other = session.execute(select(Device.id).where(Device.asset_tag == tag)).scalar()
        if other is not None and other != device_id:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "another device has this asset tag"))
        other = session.execute(select(Device.id).where(Device.device_code == tag)).scalar()
        if other is not None and other != device_id:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "another device uses this tag as its code"))
    if code:
        other = session.execute(select(Device.id).where(
            or_(Device.device_code == code, Device.asset_tag == code))).scalar()
        if other is not None and other != device_id:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "another device has this device code"))


def add_device(ws: Workstation, actor: Actor, asset_tag: str, kind: str, *, now: datetime | None = None,
               **values: Any) -> DeviceView:
    """Register a device. values: any of EDITABLE (device_code, serial_no, model, capabilities, location, …)."""
    now = aware_now(now)
    tag = normalize_key(asset_tag)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "device", tag)
        if not tag:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a device needs an asset tag"))
        _check_lengths({"asset_tag": tag})
        clean = _clean({"kind": kind, **values})
        _check_unique(uow.session, None, tag, clean.get("device_code"))
        device = Device(asset_tag=tag, status="available", created_at=now, updated_at=now, **clean)
        uow.session.add(device)
        uow.session.flush()
        view = device_view(device)
        uow.audit("device.created", "device", tag, {k: v for k, v in view.to_json().items()
                                                    if k not in ("holder_name", "holder_cert", "due_at")})
        return view


def update_device(ws: Workstation, actor: Actor, key: str | int, *, now: datetime | None = None,
                  **values: Any) -> DeviceView:
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "device", key)
        device = get_device(uow.session, key)
        clean = _clean(values)
        _check_unique(uow.session, device.id, None, clean.get("device_code"))
        changes = {}
        for name, value in clean.items():
            before = getattr(device, name)
            if before != value:
                changes[name] = {"before": before, "after": value}
                setattr(device, name, value)
        if changes:
            device.updated_at = now
            uow.audit("device.updated", "device", device.asset_tag, {"changes": changes})
        return device_view(device)


STATUS_ACTIONS = {"lost": ("available", "maintenance", "checked_out"), "retired": ("available", "maintenance", "lost"),
                  "available": ("lost",)}


def set_status(ws: Workstation, actor: Actor, key: str | int, status: str, reason: str = "", *,
               now: datetime | None = None) -> DeviceView:
    """Mark a device lost, retired, or (when a lost one turns up) available again. Loans and maintenance have
    their own services."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "device", key)
        device = get_device(uow.session, key, for_update=True)
        if status not in STATUS_ACTIONS or device.status not in STATUS_ACTIONS[status]:
            raise DeviceStateError(tag=device.asset_tag, message=QT_TRANSLATE_NOOP(
                "errors", "Device {tag} cannot go from {before} to {after}."), before=device.status, after=status)
        if not reason.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "give the reason for the status change"))
        before = device.status
        if before == "checked_out":  # a device lost while out: the loan ends when the loss is recorded
            loan = open_loan(uow.session, device.id)
            if loan is not None:
                loan.checked_in_at, loan.in_condition, loan.in_by = now, "lost", actor.username
                loan.in_notes = reason.strip()
        device.status, device.updated_at = status, now
        uow.audit("device.status_changed", "device", device.asset_tag,
                  {"before": before, "after": status, "reason": reason.strip()})
        return device_view(device)


def open_loan(session: Session, device_id: int) -> Loan | None:
    return session.execute(
        select(Loan).where(Loan.device_id == device_id, Loan.checked_in_at.is_(None))
    ).scalar_one_or_none()


# --- reading ---------------------------------------------------------------------------------------------------
def find_device(source: Session | UnitOfWork | Workstation, key: str | int) -> DeviceRef | None:
    """Internal lookup for other services (ingest): a device by id, asset tag, device code or serial, or None."""
    with session_of(source) as session:
        device = match_device(session, key)
        return device_ref(device) if device is not None else None


def device_by_code(source: Session | UnitOfWork | Workstation, code: str) -> DeviceRef | None:
    """The device whose file-name code (e.g. DSJ-A1B2C3) or asset tag is code."""
    k = normalize_key(code)
    if not k:
        return None
    with session_of(source) as session:
        device = session.execute(select(Device).where(or_(Device.device_code == k, Device.asset_tag == k))
                                 ).scalars().first()
        return device_ref(device) if device is not None else None


def lookup_device(ws: Workstation, actor: Actor, key: str | int) -> DeviceView:
    """A scanned or typed tag, code or serial → the device with its current holder."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", key)
        device = get_device(uow.session, key)
        return _with_holder(uow.session, [device])[0]


def _with_holder(session: Session, devices: Sequence[Device]) -> list[DeviceView]:
    out_ids = [d.id for d in devices if d.status == "checked_out"]
    holders: dict[int, tuple[Loan, Officer]] = {}
    if out_ids:
        rows = session.execute(select(Loan, Officer).join(Officer, Officer.id == Loan.officer_id)
                               .where(Loan.device_id.in_(out_ids), Loan.checked_in_at.is_(None)))
        holders = {loan.device_id: (loan, officer) for loan, officer in rows}
    return [device_view(d, *holders.get(d.id, (None, None))) for d in devices]


@dataclass(frozen=True)
class DeviceFilter:
    search: str = ""
    status: str | None = None
    kind: str | None = None
    location_kind: str | None = None


SORT_COLUMNS = ("asset_tag", "kind", "model", "serial_no", "location", "status", "purchase_date")


def _filtered(session: Session, flt: DeviceFilter, query: Select[Any]) -> Select[Any]:
    text = flt.search.strip()
    if text:
        exact = match_device(session, text)
        if exact is not None:  # a scanned barcode: that device and nothing else
            return query.where(Device.id == exact.id)
        like = f"%{text}%"
        query = query.where(or_(Device.asset_tag.ilike(like), Device.device_code.ilike(like),
                                Device.serial_no.ilike(like), Device.model.ilike(like),
                                Device.manufacturer.ilike(like), Device.location.ilike(like)))
    if flt.status:
        query = query.where(Device.status == flt.status)
    if flt.kind:
        query = query.where(Device.kind == flt.kind)
    if flt.location_kind:
        query = query.where(Device.location_kind == flt.location_kind)
    return query


def device_ids(ws: Workstation, actor: Actor, flt: DeviceFilter = DeviceFilter(),
               sort: str = "asset_tag", descending: bool = False) -> list[int]:
    """Ordered ids of the devices matching the filter (the register table loads rows for them page by page)."""
    column = getattr(Device, sort if sort in SORT_COLUMNS else "asset_tag")
    order = column.desc() if descending else column.asc()
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", "*")
        query = _filtered(uow.session, flt, select(Device.id)).order_by(order, Device.id)
        return list(uow.session.execute(query).scalars())


def devices_by_ids(ws: Workstation, actor: Actor, ids: Sequence[int]) -> dict[int, DeviceView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", "*")
        devices = uow.session.execute(select(Device).where(Device.id.in_(list(ids)))).scalars().all()
        return {v.id: v for v in _with_holder(uow.session, devices)}


def list_devices(ws: Workstation, actor: Actor, flt: DeviceFilter = DeviceFilter()) -> list[DeviceView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", "*")
        devices = uow.session.execute(_filtered(uow.session, flt, select(Device)).order_by(Device.asset_tag)
                                      ).scalars().all()
        return _with_holder(uow.session, devices)


def status_counts(ws: Workstation, actor: Actor) -> dict[str, int]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", "*")
        rows = uow.session.execute(select(Device.status, func.count()).group_by(Device.status))
        counts = dict.fromkeys(DEVICE_STATUSES, 0)
        counts.update({status: n for status, n in rows})
        return counts


# --- history ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HistoryEntry:
    """One line of a device's timeline. event: checkout, checkin, maintenance, maintenance_done, audit."""

    at: datetime
    event: str
    by: str
    officer_name: str = ""
    officer_cert: str = ""
    kind: str = ""  # maintenance kind, or audit result
    condition: str = ""
    docked: bool | None = None
    due_at: datetime | None = None
    notes: str = ""
    ref: int = 0  # loan, maintenance record or audit id


@dataclass(frozen=True)
class DeviceHistory:
    device: DeviceView
    entries: tuple[HistoryEntry, ...]


def history(ws: Workstation, actor: Actor, key: str | int, limit: int | None = None) -> DeviceHistory:
    """Loans, maintenance and stock-taking of one device, newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device", key)
        s = uow.session
        device = get_device(s, key)
        entries: list[HistoryEntry] = []
        loans = s.execute(select(Loan, Officer).join(Officer, Officer.id == Loan.officer_id)
                          .where(Loan.device_id == device.id).order_by(Loan.checked_out_at.desc()).limit(limit))
        for loan, officer in loans:
            entries.append(HistoryEntry(loan.checked_out_at, "checkout", loan.out_by, officer.name,
                                        officer.certificate_no, condition=loan.out_condition, due_at=loan.due_at,
                                        notes=loan.out_notes, ref=loan.id))
            if loan.checked_in_at is not None:
                entries.append(HistoryEntry(loan.checked_in_at, "checkin", loan.in_by or "", officer.name,
                                            officer.certificate_no, condition=loan.in_condition or "",
                                            docked=loan.docked, notes=loan.in_notes, ref=loan.id))
        records = s.execute(select(MaintenanceRecord).where(MaintenanceRecord.device_id == device.id)
                            .order_by(MaintenanceRecord.started_at.desc()).limit(limit)).scalars()
        for r in records:
            entries.append(HistoryEntry(r.started_at, "maintenance", r.recorded_by, kind=r.kind,
                                        notes=" / ".join(x for x in (r.technician, r.note) if x), ref=r.id))
            if r.finished_at is not None and r.finished_at != r.started_at:
                entries.append(HistoryEntry(r.finished_at, "maintenance_done", r.recorded_by, kind=r.kind,
                                            notes=r.result, ref=r.id))
        items = s.execute(select(StockAuditItem, StockAudit).join(StockAudit, StockAudit.id == StockAuditItem.audit_id)
                          .where(StockAuditItem.device_id == device.id)
                          .order_by(StockAuditItem.at.desc()).limit(limit))
        for item, audit in items:
            entries.append(HistoryEntry(item.at, "audit", item.by, kind=item.result, notes=audit.note, ref=audit.id))
        entries.sort(key=lambda e: (e.at, e.ref), reverse=True)
        if limit is not None:
            entries = entries[:limit]
        return DeviceHistory(_with_holder(s, [device])[0], tuple(entries))


__all__ = [
    "CAPABILITIES", "CONTAINER_TIMES", "DEVICE_KINDS", "DEVICE_STATUSES", "LOCATION_KINDS", "MAINTENANCE_KINDS",
    "DeviceFilter", "DeviceHistory", "DeviceNotFoundError", "DeviceRef", "DeviceStateError", "DeviceView",
    "HistoryEntry", "add_device", "device_by_code", "device_ids", "devices_by_ids", "find_device", "history",
    "list_devices", "lookup_device", "set_status", "status_counts", "update_device",
]
