"""Case catalogue services: create and change cases, their parties and officers, search and open them (Art. 2, 32)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.cases import compliance
from archive_core.cases.case_search import matching_case_ids
from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.cases.views import (
    CaseDetail,
    CaseRow,
    CaseView,
    case_rows,
    case_view,
    checklist_views,
    officer_view,
    party_view,
    record_views,
)
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import (
    QT_TRANSLATE_NOOP,
    ChoiceError,
    ConcurrentChangeError,
    NotFoundError,
    ValidationError,
)
from archive_core.spine.failures import violates_unique
from archive_core.spine.text_fields import check_text, column_limit
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.case_records import TextRecord
from models.cases import (
    STAGE_ORDER,
    AvReason,
    Case,
    CaseOfficer,
    CaseParty,
    ChecklistItem,
    ChecklistTemplate,
    ComplianceState,
    Confidentiality,
    EnforcementType,
    Initiation,
    Stage,
)
from models.people import Officer, Party

# Words that mean a state secret (国家秘密 and its grades): such material is refused, never stored (Art. 25).
STATE_SECRET_WORDS = frozenset({"state_secret", "secret", "confidential", "top_secret", "classified",
                                "国家秘密", "秘密", "机密", "绝密"})


class StateSecretError(ValidationError):
    code = "state_secret"
    message = QT_TRANSLATE_NOOP("errors", "State secrets do not belong in this system (Art. 25): {what} was not "
                                          "stored.")
    hint = QT_TRANSLATE_NOOP("errors", "Hand classified material to the agency's secrecy office and keep it in the "
                                       "approved classified system.")


class DuplicateCaseError(ValidationError):
    code = "duplicate_case"
    message = QT_TRANSLATE_NOOP("errors", "Case number {case_no} exists already.")
    hint = QT_TRANSLATE_NOOP("errors", "Open the existing case, or check the number.")


class CaseChangedError(ConcurrentChangeError):
    code = "case_changed"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} was changed by someone else while you were editing it "
                                          "({fields}). Your changes were not saved.")
    hint = QT_TRANSLATE_NOOP("errors", "Reload the case, check its current values, then make your change again if "
                                       "it is still needed.")

    def __init__(self, case_no: str, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        super().__init__(case_no=case_no, fields=", ".join(self.fields))

    def render(self, translate: Any = None) -> str:
        tr = translate or (lambda text: text)
        names = "、".join(tr(EDIT_LABELS.get(f, f)) for f in self.fields)
        return f"{tr(self.message).format(case_no=self.params['case_no'], fields=names)} {tr(self.hint)}"


@dataclass(frozen=True)
class PartyInput:
    name: str
    kind: str = "person"  # person | organisation
    id_number: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class OfficerInput:
    name: str
    certificate_no: str
    unit: str = ""


@dataclass(frozen=True)
class CaseInput:
    case_no: str
    title: str
    enforcement_type: str
    initiation: str
    opened_on: date
    source: str = ""
    entrusting_agency: str = ""
    agency: str = ""
    confidentiality: str = Confidentiality.INTERNAL.value
    av_mandatory: bool = False
    av_reasons: Sequence[str] = ()
    current_stage: str = Stage.INITIATION.value
    action_ended_at: date | None = None
    summary: str = ""
    parties: Sequence[PartyInput] = field(default_factory=tuple)
    officers: Sequence[OfficerInput] = field(default_factory=tuple)


def _enum(enum: Any, value: str, what: str) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ChoiceError(field=what, value=value, allowed=allowed) from None


def check_confidentiality(value: str, what: str) -> str:
    if value.strip().lower() in STATE_SECRET_WORDS:
        raise StateSecretError(what=what)
    return _enum(Confidentiality, value, QT_TRANSLATE_NOOP("errors", "confidentiality"))


def _clean_reasons(reasons: Sequence[str]) -> str:
    return ",".join(_enum(AvReason, r, QT_TRANSLATE_NOOP("errors", "A/V reason")) for r in reasons if r)


FIELD_LABELS = {
    "case_no": QT_TRANSLATE_NOOP("errors", "case number"),
    "title": QT_TRANSLATE_NOOP("errors", "case title"),
    "source": QT_TRANSLATE_NOOP("errors", "case source"),
    "entrusting_agency": QT_TRANSLATE_NOOP("errors", "entrusting agency"),
    "agency": QT_TRANSLATE_NOOP("errors", "handling agency"),
    "summary": QT_TRANSLATE_NOOP("errors", "case summary"),
}
PARTY_LABELS = {
    "name": QT_TRANSLATE_NOOP("errors", "party name"),
    "id_number": QT_TRANSLATE_NOOP("errors", "party ID number"),
    "address": QT_TRANSLATE_NOOP("errors", "party address"),
    "phone": QT_TRANSLATE_NOOP("errors", "party phone"),
}
OFFICER_LABELS = {
    "name": QT_TRANSLATE_NOOP("errors", "officer name"),
    "certificate_no": QT_TRANSLATE_NOOP("errors", "enforcement certificate number"),
    "unit": QT_TRANSLATE_NOOP("errors", "officer unit"),
}
# How many characters each typed field keeps: the service checks them, the window's fields take no more.
CASE_LIMITS = {name: column_limit(Case.__table__.c[name]) for name in FIELD_LABELS}
PARTY_LIMITS = {name: column_limit(Party.__table__.c[name]) for name in PARTY_LABELS}
OFFICER_LIMITS = {name: column_limit(Officer.__table__.c[name]) for name in OFFICER_LABELS}

OPENED_LABEL = QT_TRANSLATE_NOOP("errors", "date the case opened")
EDIT_LABELS = {
    **FIELD_LABELS,
    "confidentiality": QT_TRANSLATE_NOOP("errors", "confidentiality"),
    "av_mandatory": QT_TRANSLATE_NOOP("errors", "A/V recording required"),
    "av_reasons": QT_TRANSLATE_NOOP("errors", "reasons for A/V recording"),
    "current_stage": QT_TRANSLATE_NOOP("errors", "current stage"),
    "action_ended_at": QT_TRANSLATE_NOOP("errors", "date the action ended"),
}


def _check_texts(values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in FIELD_LABELS and isinstance(value, str):
            check_text(value, Case.__table__.c[name], FIELD_LABELS[name], multiline=name == "summary")


def _check_people(parties: Sequence[PartyInput], officers: Sequence[OfficerInput]) -> None:
    for p in parties:
        for name, label in PARTY_LABELS.items():
            check_text(getattr(p, name), Party.__table__.c[name], label)
    for o in officers:
        for name, label in OFFICER_LABELS.items():
            check_text(getattr(o, name), Officer.__table__.c[name], label)


def validate(data: CaseInput) -> CaseInput:
    """Check a new case's fields; raises ValidationError naming the first problem."""
    if not data.case_no.strip() or len(data.case_no) > CASE_LIMITS["case_no"]:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a case number has 1–64 characters"))
    if not data.title.strip():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a case needs a title"))
    _check_texts({name: getattr(data, name) for name in FIELD_LABELS})
    _check_people(data.parties, data.officers)
    check_confidentiality(data.confidentiality, data.case_no)
    _enum(EnforcementType, data.enforcement_type, QT_TRANSLATE_NOOP("errors", "enforcement type"))
    _enum(Initiation, data.initiation, QT_TRANSLATE_NOOP("errors", "initiation"))
    _enum(Stage, data.current_stage, QT_TRANSLATE_NOOP("errors", "stage"))
    _clean_reasons(data.av_reasons)
    clock.not_in_future(data.opened_on, OPENED_LABEL)
    clock.not_in_future(data.action_ended_at, EDIT_LABELS["action_ended_at"])
    if data.action_ended_at is not None and data.action_ended_at < data.opened_on:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the action cannot end before the case opened"))
    for o in data.officers:
        if not o.name.strip() or not o.certificate_no.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP(
                "errors", "an officer needs a name and an enforcement certificate number (Art. 9)"))
    for p in data.parties:
        if not p.name.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a party needs a name"))
        _enum_kind(p.kind)
    return data


def _enum_kind(kind: str) -> str:
    if kind not in ("person", "organisation"):
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "party kind"), value=kind, allowed="person, organisation")
    return kind


# --- people -----------------------------------------------------------------------------------------------

def officer_for(session: Session, data: OfficerInput) -> Officer:
    """The officer with this certificate number, created on first use (officers are reusable records)."""
    cert = data.certificate_no.strip()
    officer = session.execute(select(Officer).where(Officer.certificate_no == cert)).scalar_one_or_none()
    if officer is None:
        officer = Officer(name=data.name.strip(), certificate_no=cert, unit=data.unit.strip(), phone="", active=True)
        session.add(officer)
        session.flush()
    elif officer.name != data.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: enforcement certificate {cert} belongs to {holder}, not to {name}."),
            cert=cert, holder=officer.name, name=data.name)
    return officer


def party_for(session: Session, data: PartyInput) -> Party:
    """The party with this ID number (or, without one, this kind and name), created on first use."""
    name, id_no = data.name.strip(), data.id_number.strip()
    stmt = select(Party).where(Party.name == name)
    stmt = stmt.where(Party.id_number == id_no) if id_no else stmt.where(Party.kind == data.kind, Party.id_number == "")
    party = session.execute(stmt.order_by(Party.id).limit(1)).scalar_one_or_none()
    if party is None:
        party = Party(kind=_enum_kind(data.kind), name=name, id_number=id_no, address=data.address.strip(),
                      phone=data.phone.strip())
        session.add(party)
        session.flush()
    return party


# --- cases ------------------------------------------------------------------------------------------------

def get_case(session: Session, case_no: str, *, for_update: bool = False) -> Case:
    """The case by number; ``for_update`` locks its row until the transaction ends (a concurrent change waits)."""
    stmt = select(Case).where(Case.case_no == case_no)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    case = session.execute(stmt).scalar_one_or_none()
    if case is None:
        raise NotFoundError(what="case", key=case_no)
    return case


def add_checklist(session: Session, case: Case) -> None:
    """Give a case the checklist items of the four stages that fit how it started (Art. 8–11)."""
    templates = session.execute(select(ChecklistTemplate).where(ChecklistTemplate.active.is_(True))).scalars()
    for t in templates:
        if t.initiation and t.initiation != case.initiation:
            continue
        session.add(ChecklistItem(case_id=case.id, code=t.code, stage=t.stage))


def insert_case(uow: UnitOfWork, data: CaseInput) -> Case:
    """Create a validated case inside the caller's unit of work (used by the service, import and demo)."""
    session = uow.session
    ensure_defaults(session)
    if session.execute(select(Case.id).where(Case.case_no == data.case_no.strip())).first():
        raise DuplicateCaseError(case_no=data.case_no)
    case = Case(
        case_no=data.case_no.strip(), title=data.title.strip(), enforcement_type=data.enforcement_type,
        initiation=data.initiation, source=data.source.strip(), entrusting_agency=data.entrusting_agency.strip(),
        agency=data.agency.strip(), opened_on=data.opened_on, action_ended_at=data.action_ended_at,
        current_stage=data.current_stage, confidentiality=data.confidentiality,
        av_mandatory=data.av_mandatory or bool(data.av_reasons), av_reasons=_clean_reasons(data.av_reasons),
        summary=data.summary, created_by=uow.actor.username)
    session.add(case)
    try:
        session.flush()
    except sa_exc.IntegrityError as exc:
        # Another workstation registered the same number after the check above and before this insert.
        if violates_unique(exc, "uq_cases_case_no"):
            raise DuplicateCaseError(case_no=data.case_no) from None
        raise
    for p in data.parties:
        party = party_for(session, p)
        if session.get(CaseParty, (case.id, party.id)) is None:
            session.add(CaseParty(case_id=case.id, party_id=party.id))
    for o in data.officers:
        officer = officer_for(session, o)
        if session.get(CaseOfficer, (case.id, officer.id)) is None:
            session.add(CaseOfficer(case_id=case.id, officer_id=officer.id))
    add_checklist(session, case)
    session.flush()
    uow.audit("case.create", "case", case.case_no,
              {"title": case.title, "type": case.enforcement_type, "parties": [p.name for p in data.parties],
               "officers": [o.certificate_no for o in data.officers], "confidentiality": case.confidentiality})
    return case


def create_case(ws: Workstation, actor: Actor, data: CaseInput) -> CaseView:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", data.case_no)
        validate(data)
        case = insert_case(uow, data)
        compliance.refresh(uow.session, [case.id])
        uow.session.refresh(case)
        return case_view(case)


_EDITABLE = {"title", "source", "entrusting_agency", "agency", "confidentiality", "av_mandatory", "av_reasons",
             "current_stage", "action_ended_at", "summary"}


def update_case(ws: Workstation, actor: Actor, case_no: str, *, expected: Mapping[str, Any] | None = None,
                **changes: Any) -> CaseView:
    """Change a case's descriptive fields; each change is audited with its old value. ``expected`` holds the values
    the editor started from: when someone changed any of them meanwhile, nothing is saved (CaseChangedError)."""
    unknown = (set(changes) | set(expected or {})) - _EDITABLE
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: these fields cannot be changed here: {fields}."),
            fields=", ".join(sorted(unknown)))
    _check_texts(changes)
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no, for_update=True)
        stale = sorted(k for k, v in (expected or {}).items() if getattr(case, k) != v)
        if stale:
            raise CaseChangedError(case_no, stale)
        if "confidentiality" in changes:
            changes["confidentiality"] = check_confidentiality(changes["confidentiality"], case_no)
        if "current_stage" in changes:
            changes["current_stage"] = _enum(Stage, changes["current_stage"], QT_TRANSLATE_NOOP("errors", "stage"))
        if "av_reasons" in changes:
            changes["av_reasons"] = _clean_reasons(changes["av_reasons"])
            if changes["av_reasons"]:
                changes["av_mandatory"] = True
        if "title" in changes and not str(changes["title"]).strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a case needs a title"))
        ended = changes.get("action_ended_at", case.action_ended_at)
        clock.not_in_future(ended if "action_ended_at" in changes else None, EDIT_LABELS["action_ended_at"])
        if ended is not None and ended < case.opened_on:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the action cannot end before the case opened"))
        before = {k: getattr(case, k) for k in changes}
        for k, v in changes.items():
            setattr(case, k, v)
        uow.audit("case.update", "case", case_no, {"before": before, "after": changes})
        compliance.refresh(uow.session, [case.id])
        uow.session.refresh(case)
        return case_view(case)


def mark_archived(uow: UnitOfWork, case_id: int, archived_on: date) -> None:
    """Set the filing date (Art. 26) inside the caller's unit of work — the archive-volume service calls this."""
    case = uow.session.get(Case, case_id)
    if case is None:
        raise NotFoundError(what="case", key=str(case_id))
    if case.action_ended_at is None:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "the enforcement action has not ended yet; record its end date before filing (Art. 26)"))
    if archived_on < case.action_ended_at:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a case cannot be filed before its action ended"))
    uow.audit("case.archived", "case", case.case_no, {"archived_at": archived_on.isoformat(),
                                                     "before": case.archived_at})
    case.archived_at = archived_on
    compliance.refresh(uow.session, [case.id])


def archive_case(ws: Workstation, actor: Actor, case_no: str, archived_on: date) -> CaseView:
    with ws.unit(actor) as uow:
        uow.require(Permission.VOLUME_FILE, "case", case_no)
        case = get_case(uow.session, case_no)
        mark_archived(uow, case.id, archived_on)
        uow.session.refresh(case)
        return case_view(case)


def _add_people(uow: UnitOfWork, case: Case, parties: Sequence[PartyInput],
                officers: Sequence[OfficerInput]) -> None:
    for p in parties:
        if not p.name.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a party needs a name"))
        party = party_for(uow.session, p)
        if uow.session.get(CaseParty, (case.id, party.id)) is None:
            uow.session.add(CaseParty(case_id=case.id, party_id=party.id))
    for o in officers:
        if not o.name.strip() or not o.certificate_no.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP(
                "errors", "an officer needs a name and an enforcement certificate number (Art. 9)"))
        officer = officer_for(uow.session, o)
        if uow.session.get(CaseOfficer, (case.id, officer.id)) is None:
            uow.session.add(CaseOfficer(case_id=case.id, officer_id=officer.id))
    if parties or officers:
        uow.audit("case.people_added", "case", case.case_no, {"parties": [p.name for p in parties],
                                                              "officers": [o.certificate_no for o in officers]})


def _remove_people(uow: UnitOfWork, case: Case, party_ids: Sequence[int], officer_ids: Sequence[int]) -> None:
    removed: dict[str, list[str]] = {"parties": [], "officers": []}
    for pid in party_ids:
        link = uow.session.get(CaseParty, (case.id, pid))
        party = uow.session.get(Party, pid)
        if link is None or party is None:
            raise NotFoundError(what="party of this case", key=str(pid))
        removed["parties"].append(party.name)
        uow.session.delete(link)
    for oid in officer_ids:
        olink = uow.session.get(CaseOfficer, (case.id, oid))
        officer = uow.session.get(Officer, oid)
        if olink is None or officer is None:
            raise NotFoundError(what="officer of this case", key=str(oid))
        removed["officers"].append(officer.certificate_no)
        uow.session.delete(olink)
    if party_ids or officer_ids:
        uow.audit("case.people_removed", "case", case.case_no, removed)


def add_people(ws: Workstation, actor: Actor, case_no: str, parties: Sequence[PartyInput] = (),
               officers: Sequence[OfficerInput] = ()) -> CaseView:
    return change_people(ws, actor, case_no, parties, officers)


def change_people(ws: Workstation, actor: Actor, case_no: str, parties: Sequence[PartyInput] = (),
                  officers: Sequence[OfficerInput] = (), remove_party_ids: Sequence[int] = (),
                  remove_officer_ids: Sequence[int] = ()) -> CaseView:
    """Add and take off parties and officers of a case in one step (the people stay on record for other cases)."""
    _check_people(parties, officers)
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        _remove_people(uow, case, remove_party_ids, remove_officer_ids)
        uow.session.flush()
        _add_people(uow, case, parties, officers)
        compliance.refresh(uow.session, [case.id])
        uow.session.refresh(case)
        return case_view(case)


# --- search and open --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseQuery:
    """The case list's search: text found anywhere in the number, title, party or officer name; plus filters."""

    text: str = ""
    field: str = "all"  # all | case_no | title | party | officer
    enforcement_type: str | None = None
    status: str | None = None
    stage: str | None = None
    compliance: str | None = None


SORT_COLUMNS = {
    "case_no": Case.case_no, "title": Case.title, "type": Case.enforcement_type, "stage": Case.current_stage,
    "opened_on": Case.opened_on, "ended": Case.action_ended_at, "compliance": Case.finding_count,
    "findings": Case.finding_count,
}


def query_ids(session: Session, q: CaseQuery, sort: str = "opened_on", descending: bool = True,
              limit: int | None = None) -> list[int]:
    stmt = select(Case.id)
    text = q.text.strip()
    if text:
        stmt = stmt.where(Case.id.in_(matching_case_ids(text, q.field, session.get_bind().dialect.name)))
    if q.enforcement_type:
        stmt = stmt.where(Case.enforcement_type == q.enforcement_type)
    if q.stage:
        stmt = stmt.where(Case.current_stage == q.stage)
    if q.compliance:
        stmt = stmt.where(Case.compliance_state == _enum(ComplianceState, q.compliance, QT_TRANSLATE_NOOP(
            "errors", "compliance state")))
    if q.status == "open":
        stmt = stmt.where(Case.action_ended_at.is_(None), Case.archived_at.is_(None))
    elif q.status == "ended":
        stmt = stmt.where(Case.action_ended_at.is_not(None), Case.archived_at.is_(None))
    elif q.status == "archived":
        stmt = stmt.where(Case.archived_at.is_not(None))
    elif q.status:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "status"), value=q.status, allowed="open, ended, archived")
    column = SORT_COLUMNS.get(sort, Case.opened_on)
    stmt = stmt.order_by(column.desc(), Case.id.desc()) if descending else stmt.order_by(column, Case.id)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


def search_ids(ws: Workstation, actor: Actor, q: CaseQuery, sort: str = "opened_on", descending: bool = True,
               limit: int | None = None) -> list[int]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        return query_ids(uow.session, q, sort, descending, limit)


def find_cases(ws: Workstation, actor: Actor, text: str, limit: int = 20) -> list[CaseRow]:
    """The case picker's choices: cases whose number, title, party or officer match the text, newest first."""
    if not text.strip():
        return []
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        ids = query_ids(uow.session, CaseQuery(text), limit=limit)
        found = case_rows(uow.session, ids)
        return [found[i] for i in ids if i in found]


def rows(ws: Workstation, actor: Actor, ids: Sequence[int]) -> dict[int, CaseRow]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        return case_rows(uow.session, ids)


def load_detail(session: Session, case: Case, today: date | None = None) -> CaseDetail:
    parties = session.execute(select(Party).join(CaseParty, CaseParty.party_id == Party.id)
                              .where(CaseParty.case_id == case.id).order_by(Party.id)).scalars()
    officers = session.execute(select(Officer).join(CaseOfficer, CaseOfficer.officer_id == Officer.id)
                               .where(CaseOfficer.case_id == case.id).order_by(Officer.id)).scalars()
    stage_rank = {s.value: i for i, s in enumerate(STAGE_ORDER)}
    records = sorted(session.execute(select(TextRecord).where(TextRecord.case_id == case.id)).scalars(),
                     key=lambda r: (stage_rank.get(r.stage, 9), r.issued_on or date.max, r.lineage_id or r.id,
                                    r.version))
    findings = compliance.evaluate(session, [case.id], today).get(case.id, [])
    return CaseDetail(case_view(case), tuple(party_view(p) for p in parties),
                      tuple(officer_view(o) for o in officers), tuple(checklist_views(session, case.id)),
                      tuple(record_views(session, records)), tuple(findings))


def case_detail(ws: Workstation, actor: Actor, case_no: str | None = None, case_id: int | None = None,
                today: date | None = None) -> CaseDetail:
    """Everything the case page shows: the case, people, the four checklists, every record version, findings."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", case_no or case_id or "")
        if case_id is not None:
            case = uow.session.get(Case, case_id)
            if case is None:
                raise NotFoundError(what="case", key=str(case_id))
        else:
            case = get_case(uow.session, case_no or "")
        return load_detail(uow.session, case, today)


def case_count(ws: Workstation, actor: Actor) -> int:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        return int(uow.session.execute(select(func.count(Case.id))).scalar_one())
