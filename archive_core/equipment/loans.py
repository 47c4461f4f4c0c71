"""Check-out and check-in of devices to officers (领用 / 归还), overdue loans, and who held a device at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from archive_core.equipment.devices import (
    CONDITIONS,
    DeviceStateError,
    aware_now,
    get_device,
    normalize_key,
    open_loan,
    require_aware,
    session_of,
)
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ChoiceError, ValidationError
from archive_core.spine.officers import OfficerRef, get_by_cert, officer_ref
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.devices import Device, Loan, MaintenanceRecord
from models.people import Officer

NOT_ISSUABLE = {
    "maintenance": QT_TRANSLATE_NOOP(
        "errors", "Device {tag} is in maintenance and cannot be checked out (Art. 25: only serviceable devices)."),
    "lost": QT_TRANSLATE_NOOP("errors", "Device {tag} is recorded as lost and cannot be checked out."),
    "retired": QT_TRANSLATE_NOOP("errors", "Device {tag} is retired and cannot be checked out."),
}


@dataclass(frozen=True)
class LoanView:
    id: int
    device_id: int
    asset_tag: str
    device_kind: str
    device_model: str
    officer_id: int
    officer_name: str
    officer_cert: str
    officer_unit: str
    checked_out_at: datetime
    due_at: datetime
    out_condition: str
    out_notes: str
    out_by: str
    checked_in_at: datetime | None
    in_condition: str | None
    in_notes: str
    docked: bool | None
    in_by: str | None

    def overdue(self, now: datetime) -> bool:
        return self.checked_in_at is None and self.due_at < now


def loan_view(loan: Loan, device: Device, officer: Officer) -> LoanView:
    return LoanView(loan.id, device.id, device.asset_tag, device.kind, device.model, officer.id, officer.name,
                    officer.certificate_no, officer.unit, loan.checked_out_at, loan.due_at, loan.out_condition,
                    loan.out_notes, loan.out_by, loan.checked_in_at, loan.in_condition, loan.in_notes, loan.docked,
                    loan.in_by)


def _condition(value: str) -> str:
    if value not in CONDITIONS:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "condition on return"),
            value=value, allowed=", ".join(CONDITIONS))
    return value


def checkout(ws: Workstation, actor: Actor, device_key: str | int, officer_cert: str, due_at: datetime, *,
             condition: str = "good", notes: str = "", now: datetime | None = None) -> LoanView:
    """Issue a device to an officer until due_at. notes: battery level, accessories handed over."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_LOAN, "device", device_key)
        due_at = require_aware(due_at)
        s = uow.session
        device = get_device(s, device_key, for_update=True)
        officer = get_by_cert(s, officer_cert)
        if device.status == "checked_out":
            loan = open_loan(s, device.id)
            holder = s.get(Officer, loan.officer_id) if loan else None
            raise DeviceStateError(
                message=QT_TRANSLATE_NOOP("errors", "Device {tag} is already checked out to {officer} ({cert})."),
                hint=QT_TRANSLATE_NOOP("errors", "Check it in first."), tag=device.asset_tag,
                officer=holder.name if holder else "?", cert=holder.certificate_no if holder else "?")
        if device.status != "available":
            raise DeviceStateError(message=NOT_ISSUABLE[device.status], tag=device.asset_tag,
                                   hint=QT_TRANSLATE_NOOP("errors", "Issue another device."))
        if not officer.active:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the officer is no longer active"))
        if due_at <= now:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the expected return must lie in the future"))
        last_in = s.execute(select(func.max(Loan.checked_in_at)).where(Loan.device_id == device.id)).scalar()
        if last_in is not None and now < last_in:
            # Loans of one device never overlap: that is what makes officer_holding() exact.
            raise ValidationError(reason=QT_TRANSLATE_NOOP(
                "errors", "a check-out cannot be earlier than the device's last return"))
        loan = Loan(device_id=device.id, officer_id=officer.id, checked_out_at=now, due_at=due_at,
                    out_condition=_condition(condition), out_notes=notes.strip(), out_by=actor.username,
                    in_notes="")
        s.add(loan)
        device.status, device.updated_at = "checked_out", now
        s.flush()
        uow.audit("device.checked_out", "device", device.asset_tag,
                  {"loan": loan.id, "officer": officer.certificate_no, "due_at": due_at.isoformat(),
                   "condition": condition, "notes": loan.out_notes, "at": now.isoformat()})
        return loan_view(loan, device, officer)


def checkin(ws: Workstation, actor: Actor, device_key: str | int, *, condition: str = "good", docked: bool = False,
            notes: str = "", now: datetime | None = None) -> LoanView:
    """Take a device back. A damaged device goes straight into maintenance with an open repair record."""
    now = aware_now(now)
    with ws.unit(actor) as uow:
        uow.require(Permission.DEVICE_LOAN, "device", device_key)
        s = uow.session
        device = get_device(s, device_key, for_update=True)
        loan = open_loan(s, device.id)
        if loan is None:
            raise DeviceStateError(
                message=QT_TRANSLATE_NOOP("errors", "Device {tag} is not checked out, so it cannot be checked in."),
                hint=QT_TRANSLATE_NOOP("errors", "Scan the device that is being returned."), tag=device.asset_tag)
        if now < loan.checked_out_at:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a return cannot be earlier than the check-out"))
        loan.checked_in_at, loan.in_condition, loan.docked = now, _condition(condition), bool(docked)
        loan.in_notes, loan.in_by = notes.strip(), actor.username
        device.status, device.updated_at = "available", now
        details = {"loan": loan.id, "condition": condition, "docked": bool(docked), "notes": loan.in_notes,
                   "at": now.isoformat(), "overdue": loan.due_at < now}
        if condition == "damaged":
            s.add(MaintenanceRecord(device_id=device.id, kind="repair", started_at=now, technician="",
                                    note=loan.in_notes or "damaged at check-in", result="",
                                    recorded_by=actor.username))
            device.status = "maintenance"
            details["maintenance"] = "repair opened"
        s.flush()
        uow.audit("device.checked_in", "device", device.asset_tag, details)
        officer = s.get(Officer, loan.officer_id)
        assert officer is not None
        return loan_view(loan, device, officer)


# Plain columns rather than entities: lists of thousands of loans stay fast (no identity map to fill).
_LOAN_COLUMNS = (Loan.id, Device.id, Device.asset_tag, Device.kind, Device.model, Officer.id, Officer.name,
                 Officer.certificate_no, Officer.unit, Loan.checked_out_at, Loan.due_at, Loan.out_condition,
                 Loan.out_notes, Loan.out_by, Loan.checked_in_at, Loan.in_condition, Loan.in_notes, Loan.docked,
                 Loan.in_by)


def _loans_query() -> Select[*tuple[Any, ...]]:
    return (select(*_LOAN_COLUMNS).join(Device, Device.id == Loan.device_id)
            .join(Officer, Officer.id == Loan.officer_id))


def _views(session: Session, query: Select[*tuple[Any, ...]]) -> list[LoanView]:
    return [LoanView(*row) for row in session.execute(query)]


def overdue_loans(ws: Workstation, actor: Actor, *, now: datetime | None = None) -> list[LoanView]:
    """Open loans whose expected return has passed, longest overdue first."""
    now = aware_now(now)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "loan", "overdue")
        return _views(uow.session, _loans_query().where(Loan.checked_in_at.is_(None), Loan.due_at < now)
                      .order_by(Loan.due_at))


def open_loans(ws: Workstation, actor: Actor) -> list[LoanView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "loan", "open")
        return _views(uow.session, _loans_query().where(Loan.checked_in_at.is_(None)).order_by(Loan.due_at))


def loans(ws: Workstation, actor: Actor, *, since: datetime | None = None, until: datetime | None = None,
          device_key: str | int | None = None, officer_cert: str | None = None,
          limit: int | None = None) -> list[LoanView]:
    """The check-out log, newest first, optionally for a period, a device or an officer."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "loan", "*")
        query = _loans_query().order_by(Loan.checked_out_at.desc(), Loan.id.desc())
        if since is not None:
            query = query.where(Loan.checked_out_at >= require_aware(since))
        if until is not None:
            query = query.where(Loan.checked_out_at < require_aware(until))
        if device_key is not None:
            query = query.where(Loan.device_id == get_device(uow.session, device_key).id)
        if officer_cert is not None:
            query = query.where(Loan.officer_id == get_by_cert(uow.session, officer_cert).id)
        return _views(uow.session, query.limit(limit))


def officer_holding(source: Session | UnitOfWork | Workstation, device_tag_or_id: str | int,
                    at: datetime) -> OfficerRef | None:
    """The officer who had the device at time ``at`` (a loan covers [checked out, checked in)), or None.

    For ingest: the officer of a clip recorded at T on device D. ``device_tag_or_id`` is the device id, its asset
    tag or its file-name device code. No permission check: callers run inside their own authorised unit of work.
    """
    at = require_aware(at)
    with session_of(source) as s:
        if isinstance(device_tag_or_id, int):
            device_id: int | None = device_tag_or_id
        else:
            key = normalize_key(device_tag_or_id)
            device_id = s.execute(select(Device.id).where(Device.asset_tag == key)).scalar()
            if device_id is None:
                device_id = s.execute(select(Device.id).where(Device.device_code == key)).scalar()
        if device_id is None:
            return None
        officer = s.execute(
            select(Officer).join(Loan, Loan.officer_id == Officer.id)
            .where(Loan.device_id == device_id, Loan.checked_out_at <= at,
                   (Loan.checked_in_at.is_(None)) | (Loan.checked_in_at > at))
            .order_by(Loan.checked_out_at.desc()).limit(1)
        ).scalar_one_or_none()
        return officer_ref(officer) if officer is not None else None
