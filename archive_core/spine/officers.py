"""Enforcement officers (执法人员), identified by certificate number (执法证号): add, list, look up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.people import Officer

# Officers are shared by cases and the equipment room: either side may record them.
WRITE_PERMISSIONS = (Permission.CASE_WRITE, Permission.DEVICE_MANAGE, Permission.DEVICE_LOAN)
READ_PERMISSIONS = (Permission.CASE_READ, Permission.DEVICE_READ)


@dataclass(frozen=True)
class OfficerRef:
    id: int
    name: str
    certificate_no: str
    unit: str = ""
    phone: str = ""
    active: bool = True


def officer_ref(o: Officer) -> OfficerRef:
    return OfficerRef(o.id, o.name, o.certificate_no, o.unit, o.phone, o.active)


def require_any(uow: UnitOfWork, permissions: tuple[Permission, ...], object_type: str, object_id: object) -> None:
    """Pass if the actor holds any of the permissions; otherwise refuse (and audit) on the first."""
    if not any(uow.actor.can(p) for p in permissions):
        uow.require(permissions[0], object_type, object_id)


def normalize_cert(text: str) -> str:
    return text.strip().upper()


class OfficerNotFoundError(NotFoundError):
    code = "officer_not_found"
    message = QT_TRANSLATE_NOOP("errors", "No officer has the certificate number {key}.")
    hint = QT_TRANSLATE_NOOP("errors", "Check the certificate number, or add the officer first.")


def get_by_cert(session: Session, certificate_no: str) -> Officer:
    cert = normalize_cert(certificate_no)
    officer = session.execute(select(Officer).where(Officer.certificate_no == cert)).scalar_one_or_none()
    if officer is None:
        raise OfficerNotFoundError(key=cert or "-")
    return officer


def add_officer(ws: Workstation, actor: Actor, name: str, certificate_no: str, unit: str = "",
                phone: str = "") -> OfficerRef:
    with ws.unit(actor) as uow:
        require_any(uow, WRITE_PERMISSIONS, "officer", certificate_no)
        name, cert = name.strip(), normalize_cert(certificate_no)
        if not name or not cert:
            raise ValidationError(
                reason=QT_TRANSLATE_NOOP("errors", "an officer needs a name and a certificate number"))
        if uow.session.execute(select(Officer.id).where(Officer.certificate_no == cert)).scalar() is not None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "an officer with this certificate number exists"))
        officer = Officer(name=name, certificate_no=cert, unit=unit.strip(), phone=phone.strip(), active=True)
        uow.session.add(officer)
        uow.session.flush()
        uow.audit("officer.created", "officer", cert, {"name": name, "unit": officer.unit})
        return officer_ref(officer)


def list_officers(ws: Workstation, actor: Actor, search: str = "") -> list[OfficerRef]:
    with ws.unit(actor, write=False) as uow:
        require_any(uow, READ_PERMISSIONS, "officer", "*")
        query = select(Officer).order_by(Officer.certificate_no)
        if search.strip():
            like = f"%{search.strip()}%"
            query = query.where(or_(Officer.name.like(like), Officer.certificate_no.ilike(like)))
        return [officer_ref(o) for o in uow.session.execute(query).scalars()]


def find_officer(ws: Workstation, actor: Actor, certificate_no: str) -> OfficerRef:
    with ws.unit(actor, write=False) as uow:
        require_any(uow, READ_PERMISSIONS, "officer", certificate_no)
        return officer_ref(get_by_cert(uow.session, certificate_no))
