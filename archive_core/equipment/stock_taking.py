"""Stock-taking (盘点) of the equipment room: scan every device present, then list the missing ones (Art. 25)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from archive_core.equipment.devices import DeviceNotFoundError, aware_now, get_device, require_aware
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.people import names_of
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.devices import Device, StockAudit, StockAuditItem

AUDIT_INTERVAL = timedelta(days=90)
# Expected on the shelf (or in its room) at an audit; checked-out devices are accounted for by their loan.
EXPECTED = ("available", "maintenance")
RESULT_LABELS = {
    "missing": QT_TRANSLATE_NOOP("devices", "Missing"),
    "discrepancy": QT_TRANSLATE_NOOP("devices", "Found, but the register says otherwise"),
    "on_loan": QT_TRANSLATE_NOOP("devices", "On loan"),
    "found": QT_TRANSLATE_NOOP("devices", "Found"),
}


@dataclass(frozen=True)
class AuditView:
    id: int
    started_at: datetime
    started_by: str
    finished_at: datetime | None
    finished_by: str | None
    next_audit_at: datetime | None
    note: str
    scanned: int
    started_by_name: str = ""  # people's names; the logins above stay for the record
    finished_by_name: str = ""


@dataclass(frozen=True)
class ScanResult:
    audit_id: int
    asset_tag: str
    status: str
    already_scanned: bool
    # A device scanned although the register says it is out, lost or retired: the register needs correcting.
    discrepancy: bool


@dataclass(frozen=True)
class AuditReport:
    audit: AuditView
    found: tuple[str, ...]
    missing: tuple[str, ...]
    on_loan: tuple[str, ...]
    discrepancies: tuple[str, ...]  # found, but registered as checked out, lost or retired
    unknown: tuple[str, ...] = ()  # scanned codes that match no device (one-shot audits)


@dataclass(frozen=True)
class AuditLine:
    """One device's line in a stock-taking result. result: a key of RESULT_LABELS."""

    asset_tag: str
    kind: str
    model: str
    location_kind: str
    location: str
    result: str
    status_then: str
    at: datetime
    by: str
    by_name: str = ""


def _view(uow: UnitOfWork, a: StockAudit) -> AuditView:
    count = len(uow.session.execute(select(StockAuditItem.id).where(
        StockAuditItem.audit_id == a.id, StockAuditItem.result == "found")).all())
    names = names_of(uow.session, (a.started_by, a.finished_by))
    return AuditView(a.id, a.started_at, a.started_by, a.finished_at, a.finished_by, a.next_audit_at, a.note, count,
                     names.get(a.started_by, a.started_by), names.get(a.finished_by or "", a.finished_by or ""))


def _open_audit(uow: UnitOfWork, audit_id: int | None) -> StockAudit:
    query = select(StockAudit).where(StockAudit.finished_at.is_(None))
    if audit_id is not None:
        query = query.where(StockAudit.id == audit_id)
    audit = uow.session.execute(query.order_by(StockAudit.id.desc()).limit(1)).scalar_one_or_none()
    if audit is None:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "no stock-taking is in progress"),
                              hint=QT_TRANSLATE_NOOP("errors", "Start a stock-taking first."))
    return audit


def _start(uow: UnitOfWork, note: str, now: datetime) -> StockAudit:
    if uow.session.execute(select(StockAudit.id).where(StockAudit.finished_at.is_(None))).first():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a stock-taking is already in progress"),
                  hint=QT_TRANSLATE_NOOP("errors", "Finish it before starting another."))
    audit = StockAudit(started_at=now, started_by=uow.actor.username, note=note.strip())
    uow.session.add(audit)
    uow.session.flush()
    uow.audit("device.audit_started", "stock_audit", audit.id, {"note": audit.note, "at": now.isoformat()})
    return audit


def start_audit(ws: Workstation, actor: Actor, note: str = "", *, now: datetime | None = None) -> AuditView:
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "stock_audit", "new")
        return _view(uow, _start(uow, note, now))


def _scan(uow: UnitOfWork, audit: StockAudit, key: str, now: datetime) -> ScanResult:
    device = get_device(uow.session, key)
    item = uow.session.execute(select(StockAuditItem).where(
        StockAuditItem.audit_id == audit.id, StockAuditItem.device_id == device.id)).scalar_one_or_none()
    already = item is not None
    if item is None:
        uow.session.add(StockAuditItem(audit_id=audit.id, device_id=device.id, result="found",
                                       status_then=device.status, at=now, by=uow.actor.username))
        uow.session.flush()
        uow.audit("device.audit_scanned", "device", device.asset_tag, {"audit": audit.id, "status": device.status})
    return ScanResult(audit.id, device.asset_tag, device.status, already, device.status not in EXPECTED)


def scan(ws: Workstation, actor: Actor, key: str, audit_id: int | None = None, *,
         now: datetime | None = None) -> ScanResult:
    """Record a device as present in the open stock-taking (scanning twice is harmless)."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "stock_audit", audit_id or "open")
        return _scan(uow, _open_audit(uow, audit_id), key, now)


def _finish(uow: UnitOfWork, audit: StockAudit, next_audit_at: datetime | None, now: datetime,
            unknown: tuple[str, ...] = ()) -> AuditReport:
    s = uow.session
    seen = {dev: status for dev, status in s.execute(
        select(StockAuditItem.device_id, StockAuditItem.status_then).where(StockAuditItem.audit_id == audit.id))}
    devices = s.execute(select(Device.id, Device.asset_tag, Device.status).order_by(Device.asset_tag)).all()
    found, missing, on_loan, odd = [], [], [], []
    for dev_id, tag, status in devices:
        if dev_id in seen:
            found.append(tag)
            if seen[dev_id] not in EXPECTED:
                odd.append(tag)
        elif status in EXPECTED:
            missing.append(tag)
            s.add(StockAuditItem(audit_id=audit.id, device_id=dev_id, result="missing", status_then=status,
                                 at=now, by=uow.actor.username))
        elif status == "checked_out":
            on_loan.append(tag)
            s.add(StockAuditItem(audit_id=audit.id, device_id=dev_id, result="on_loan", status_then=status,
                                 at=now, by=uow.actor.username))
    audit.finished_at, audit.finished_by = now, uow.actor.username
    audit.next_audit_at = require_aware(next_audit_at) if next_audit_at else now + AUDIT_INTERVAL
    s.flush()
    uow.audit("device.audit_finished", "stock_audit", audit.id,
              {"found": len(found), "missing": missing, "on_loan": len(on_loan), "discrepancies": odd,
               "unknown": list(unknown), "next_audit_at": audit.next_audit_at.isoformat()})
    return AuditReport(_view(uow, audit), tuple(found), tuple(missing), tuple(on_loan), tuple(odd), unknown)


def finish_audit(ws: Workstation, actor: Actor, audit_id: int | None = None, *, next_audit_at: datetime | None = None,
                 now: datetime | None = None) -> AuditReport:
    """Close the stock-taking: expected devices not scanned are recorded as missing; sets the next audit date."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "stock_audit", audit_id or "open")
        return _finish(uow, _open_audit(uow, audit_id), next_audit_at, now)


def run_audit(ws: Workstation, actor: Actor, keys: Iterable[str], note: str = "", *,
              next_audit_at: datetime | None = None, now: datetime | None = None) -> AuditReport:
    """A one-shot stock-taking from a list of scanned tags (a file from a hand scanner)."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_MANAGE, "stock_audit", "new")
        audit = _start(uow, note, now)
        unknown = []
        for key in keys:
            if not key.strip():
                continue
            try:
                _scan(uow, audit, key, now)
            except DeviceNotFoundError:
                unknown.append(key.strip())
        return _finish(uow, audit, next_audit_at, now, tuple(unknown))


def audits(ws: Workstation, actor: Actor) -> list[AuditView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "stock_audit", "*")
        return [_view(uow, a) for a in uow.session.execute(
            select(StockAudit).order_by(StockAudit.started_at.desc())).scalars()]


def found_devices(ws: Workstation, actor: Actor, audit_id: int) -> frozenset[int]:
    """The devices a stock-taking has found so far (to resume an open one)."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "stock_audit", audit_id)
        return frozenset(uow.session.execute(select(StockAuditItem.device_id).where(
            StockAuditItem.audit_id == audit_id, StockAuditItem.result == "found")).scalars())


def audit_result(ws: Workstation, actor: Actor, audit_id: int | None = None) -> tuple[AuditView, list[AuditLine]]:
    """A finished stock-taking (the latest by default) device by device: missing first, then discrepancies, devices
    on loan and devices found."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "stock_audit", audit_id or "latest")
        query = select(StockAudit).where(StockAudit.finished_at.is_not(None))
        if audit_id is not None:
            query = query.where(StockAudit.id == audit_id)
        audit = uow.session.execute(query.order_by(StockAudit.finished_at.desc()).limit(1)).scalar_one_or_none()
        if audit is None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "no finished stock-taking to report"),
                                  hint=QT_TRANSLATE_NOOP("errors", "Finish a stock-taking first."))
        rows = uow.session.execute(
            select(StockAuditItem, Device).join(Device, Device.id == StockAuditItem.device_id)
            .where(StockAuditItem.audit_id == audit.id))
        lines = []
        items = rows.all()
        names = names_of(uow.session, (item.by for item, _d in items))
        for item, device in items:
            result = item.result
            if result == "found" and item.status_then not in EXPECTED:
                result = "discrepancy"
            lines.append(AuditLine(device.asset_tag, device.kind, device.model, device.location_kind,
                                   device.location, result, item.status_then, item.at, item.by,
                                   names.get(item.by, item.by)))
        order = list(RESULT_LABELS)
        lines.sort(key=lambda x: (order.index(x.result), x.asset_tag))
        return _view(uow, audit), lines


def next_audit_due(ws: Workstation, actor: Actor) -> datetime | None:
    """When the next stock-taking is due: set by the last finished one; None before the first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "stock_audit", "next")
        return uow.session.execute(select(StockAudit.next_audit_at).where(StockAudit.finished_at.is_not(None))
                                   .order_by(StockAudit.finished_at.desc()).limit(1)).scalar()
