"""Text records and checklists: register documents, correct them as new versions, link items (Art. 8–18, 27)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from archive_core.cases import compliance
from archive_core.cases.case_files import get_case
from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.cases.views import (
    ChecklistItemView,
    RecordView,
    checklist_views,
    document_opinions,
    record_views,
)
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, NotFoundError, ValidationError
from archive_core.spine.text_fields import is_a_reason
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av import MediaRecord
from models.case_records import (
    DocumentCategory,
    DocumentType,
    Opinion,
    RecordSignature,
    ServiceMethod,
    ServiceRecord,
    SignatureRole,
    TextRecord,
)
from models.cases import STAGE_ORDER, Case, ChecklistItem, ChecklistLink, ChecklistTemplate, ItemStatus, Stage
from models.people import Officer


@dataclass(frozen=True)
class ServiceInput:
    """Art. 18. Which fields are required depends on the method (see compliance.rules.SERVICE_FIELDS)."""

    method: str
    served_document: str = ""
    recipient: str = ""
    served_at: datetime | None = None
    place: str = ""
    server_name: str = ""
    server_signed: bool = False
    recipient_signed: bool = False
    entrust_reason: str = ""
    receipt_kept: bool = False
    lien_circumstances: str = ""
    witness_name: str = ""
    witness_signed: bool = False


@dataclass(frozen=True)
class RecordInput:
    doc_type: str
    stage: str | None = None  # default: the document type's stage
    doc_no: str = ""
    title: str = ""
    issued_on: date | None = None
    sealed: bool = False
    pages: int = 1
    party_signed: bool = False
    # Art. 15: a cross-page seal or fingerprint on a multi-page record; alterations and the party's marks on them.
    cross_page_sealed: bool = False
    has_alterations: bool = False
    alterations_marked: bool = False
    refusal_note: str = ""
    # Officers who signed a refusal note (Art. 15): certificate numbers or names of officers on the case.
    refusal_witnesses: Sequence[str] = ()
    handler_opinion: str = ""
    handler_reasons: str = ""
    handler_signed_on: date | None = None
    reviewer_opinion: str = ""
    reviewer_signed_on: date | None = None
    approver_opinion: str = ""
    approver_signed_on: date | None = None
    # Hearing participants (Art. 17): (name, signed).
    participants: Sequence[tuple[str, bool]] = ()
    service: ServiceInput | None = None
    # Checklist codes this document records; None = the document type's defaults.
    checklist: Sequence[str] | None = None
    file: Path | None = None
    file_sha256: str | None = None  # an object already in the vault
    file_name: str = ""


# A record's plain fields, with their kinds (for callers that start from text, such as the CLI's corrections).
CORRECTABLE: dict[str, type] = {
    "doc_no": str, "title": str, "issued_on": date, "sealed": bool, "pages": int, "party_signed": bool,
    "cross_page_sealed": bool, "has_alterations": bool, "alterations_marked": bool, "refusal_note": str,
    "handler_opinion": str, "handler_reasons": str, "handler_signed_on": date, "reviewer_opinion": str,
    "reviewer_signed_on": date, "approver_opinion": str, "approver_signed_on": date}
_SCALARS = tuple(CORRECTABLE)
NOT_CORRECTABLE = QT_TRANSLATE_NOOP("errors", "Invalid input: these fields cannot be corrected: {fields}.")


def _doc_type(session: Session, code: str) -> DocumentType:
    ensure_defaults(session)
    t = session.get(DocumentType, code)
    if t is None or not t.active:
        raise NotFoundError(what="document type", key=code)
    return t


SERVED_AT_LABEL = QT_TRANSLATE_NOOP("errors", "time of service")
DATE_LABELS = {
    "issued_on": QT_TRANSLATE_NOOP("errors", "issue date"),
    "handler_signed_on": QT_TRANSLATE_NOOP("errors", "date the handler signed"),
    "reviewer_signed_on": QT_TRANSLATE_NOOP("errors", "date the reviewer signed"),
    "approver_signed_on": QT_TRANSLATE_NOOP("errors", "date the approver signed"),
}


class SignedOutOfOrderError(ValidationError):
    code = "signed_out_of_order"
    translated_params = ("field", "before")
    message = QT_TRANSLATE_NOOP("errors", "Invalid input: the {field} ({signed}) lies before the {before} "
                                          "({earlier}); each approves the opinion before it (Art. 16).")
    hint = QT_TRANSLATE_NOOP("errors", "Correct the signing dates; nothing was saved.")


def _check_dates(data: RecordInput) -> None:
    for name, label in DATE_LABELS.items():
        clock.not_in_future(getattr(data, name), label)
    if data.service is not None:
        clock.not_in_future(data.service.served_at, SERVED_AT_LABEL)
    chain = [(name, getattr(data, name)) for name in ("handler_signed_on", "reviewer_signed_on", "approver_signed_on")
             if getattr(data, name) is not None]
    for (earlier_name, earlier), (name, signed) in pairwise(chain):
        if signed < earlier:
            raise SignedOutOfOrderError(field=DATE_LABELS[name], signed=clock.fmt_day(signed),
                                        before=DATE_LABELS[earlier_name], earlier=clock.fmt_day(earlier))


def _check(data: RecordInput, typ: DocumentType) -> str:
    _check_dates(data)
    stage = data.stage or typ.stage
    try:
        Stage(stage)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: unknown stage {stage}."),
                              stage=stage) from None
    if data.pages < 1:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a document has at least one page"))
    if data.service is not None:
        try:
            ServiceMethod(data.service.method)
        except ValueError:
            allowed = ", ".join(m.value for m in ServiceMethod)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Invalid input: the service method must be one of {allowed}."), allowed=allowed) from None
        if data.service.served_at is not None and data.service.served_at.tzinfo is None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the time of service needs a time zone"))
    if data.service is not None and typ.category != DocumentCategory.SERVICE.value:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "only service documents carry service facts (Art. 18)"))
    for name, _signed in data.participants:
        if not name.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a hearing participant needs a name"))
    return stage


def _witness(session: Session, case_id: int, key: str) -> tuple[str, int | None]:
    from models.cases import CaseOfficer

    officer = session.execute(
        select(Officer).join(CaseOfficer, CaseOfficer.officer_id == Officer.id)
        .where(CaseOfficer.case_id == case_id, (Officer.certificate_no == key) | (Officer.name == key))
    ).scalars().first()
    if officer is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{key} is not an officer of this case; add the officer to the case first."), key=key)
    return officer.name, officer.id


def _write_details(session: Session, rec: TextRecord, data: RecordInput) -> None:
    for key in data.refusal_witnesses:
        name, officer_id = _witness(session, rec.case_id, key.strip())
        session.add(RecordSignature(record_id=rec.id, role=SignatureRole.REFUSAL_WITNESS.value, name=name,
                                    officer_id=officer_id, signed=True))
    for name, signed in data.participants:
        session.add(RecordSignature(record_id=rec.id, role=SignatureRole.PARTICIPANT.value, name=name.strip(),
                                    signed=bool(signed)))
    if data.service is not None:
        s = data.service
        session.add(ServiceRecord(
            record_id=rec.id, method=s.method, served_document=s.served_document.strip(),
            recipient=s.recipient.strip(), served_at=s.served_at, place=s.place.strip(),
            server_name=s.server_name.strip(), server_signed=s.server_signed, recipient_signed=s.recipient_signed,
            entrust_reason=s.entrust_reason.strip(), receipt_kept=s.receipt_kept,
            lien_circumstances=s.lien_circumstances.strip(), witness_name=s.witness_name.strip(),
            witness_signed=s.witness_signed))


def _set_item_status(session: Session, item: ChecklistItem, actor: str) -> None:
    linked = session.execute(select(ChecklistLink.id).where(ChecklistLink.item_id == item.id).limit(1)).first()
    status = ItemStatus.RECORDED if linked else (ItemStatus.NOT_APPLICABLE if item.na_reason else ItemStatus.MISSING)
    item.status = status.value
    item.updated_at = clock.now()
    item.updated_by = actor


def _item(session: Session, case_id: int, code: str) -> ChecklistItem:
    item = session.execute(select(ChecklistItem).where(ChecklistItem.case_id == case_id,
                                                       ChecklistItem.code == code)).scalar_one_or_none()
    if item is None:
        raise NotFoundError(what="checklist item", key=code)
    return item


def _check_media(session: Session, case: Case, media_record_id: int) -> None:
    """A checklist item is only satisfied by an A/V record that exists and belongs to the item's case."""
    media = session.get(MediaRecord, media_record_id)
    if media is None or media.case_id != case.id:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "A/V record {media_record} is not an A/V record of case "
                                                        "{case_no}."),
                            QT_TRANSLATE_NOOP("errors", "Link the A/V record to the case first."),
                            media_record=media_record_id, case_no=case.case_no)


def _link(session: Session, item: ChecklistItem, actor: str, *, text_record_id: int | None = None,
          media_record_id: int | None = None) -> bool:
    exists = session.execute(select(ChecklistLink.id).where(
        ChecklistLink.item_id == item.id,
        ChecklistLink.text_record_id.is_(None) if text_record_id is None
        else ChecklistLink.text_record_id == text_record_id,
        ChecklistLink.media_record_id.is_(None) if media_record_id is None
        else ChecklistLink.media_record_id == media_record_id)).first()
    if exists:
        return False
    session.add(ChecklistLink(item_id=item.id, text_record_id=text_record_id, media_record_id=media_record_id))
    session.flush()
    _set_item_status(session, item, actor)
    return True


def insert_record(uow: UnitOfWork, case: Case, data: RecordInput) -> TextRecord:
    """Register a document inside the caller's unit of work (service, import and demo share this)."""
    session = uow.session
    typ = _doc_type(session, data.doc_type)
    stage = _check(data, typ)
    sha, name = data.file_sha256, data.file_name
    if data.file is not None:
        stored = uow.workstation.vault.put_file(data.file)
        fixity.register(uow, stored, data.file.name)
        sha, name = stored.sha256, name or data.file.name
    rec = TextRecord(case_id=case.id, stage=stage, doc_type=typ.code, file_sha256=sha, file_name=name,
                     created_by=uow.actor.username, version=1, is_current=True,
                     **{k: (getattr(data, k).strip() if isinstance(getattr(data, k), str) else getattr(data, k))
                        for k in _SCALARS})
    session.add(rec)
    session.flush()
    rec.lineage_id = rec.id
    _write_details(session, rec, data)
    codes = data.checklist if data.checklist is not None else [c for c in typ.checklist_codes.split(",") if c]
    for code in codes:
        item = session.execute(select(ChecklistItem).where(ChecklistItem.case_id == case.id,
                                                           ChecklistItem.code == code)).scalar_one_or_none()
        if item is None:
            if data.checklist is not None:
                raise NotFoundError(what="checklist item", key=code)
            continue  # a default item the case does not carry (e.g. 8.2 on an ex officio case)
        _link(session, item, uow.actor.username, text_record_id=rec.id)
    if STAGE_ORDER.index(Stage(stage)) > STAGE_ORDER.index(Stage(case.current_stage)):
        case.current_stage = stage
    uow.audit("record.add", "text_record", rec.id,
              {"case": case.case_no, "type": typ.code, "doc_no": rec.doc_no, "stage": stage, "file": sha})
    return rec


def add_record(ws: Workstation, actor: Actor, case_no: str, data: RecordInput) -> RecordView:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        rec = insert_record(uow, case, data)
        compliance.refresh(uow.session, [case.id])
        return record_views(uow.session, [rec])[0]


def _input_of(session: Session, rec: TextRecord) -> RecordInput:
    """The current facts of a record as an input, so a correction can start from them."""
    view = record_views(session, [rec])[0]
    service = None
    if view.service is not None:
        s = view.service
        service = ServiceInput(**{f.name: getattr(s, f.name) for f in fields(ServiceInput)})
    witnesses = [sig.name for sig in view.signatures if sig.role == SignatureRole.REFUSAL_WITNESS.value]
    participants = [(sig.name, sig.signed) for sig in view.signatures if sig.role == SignatureRole.PARTICIPANT.value]
    return RecordInput(doc_type=rec.doc_type, stage=rec.stage, refusal_witnesses=witnesses, participants=participants,
                       service=service, file_sha256=rec.file_sha256, file_name=rec.file_name,
                       **{k: getattr(rec, k) for k in _SCALARS})


class AlreadyCorrectedError(ConcurrentChangeError):
    code = "record_already_corrected"
    message = QT_TRANSLATE_NOOP("errors", "Record {record} was already corrected: version {version}, by {by}, is "
                                          "the current one. Your correction was not saved.")
    hint = QT_TRANSLATE_NOOP("errors", "Reload the case, check the current version, and correct that one if it is "
                                       "still needed.")


def correct_record(ws: Workstation, actor: Actor, record_id: int, reason: str, **changes: Any) -> RecordView:
    """A correction never overwrites (Art. 27): a new version with the reason; the old one stays, visible."""
    if not reason.strip():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a correction needs a reason (Art. 27)"))
    allowed = {f.name for f in fields(RecordInput)} - {"doc_type", "checklist"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(NOT_CORRECTABLE, fields=", ".join(sorted(unknown)))
    with ws.unit(actor) as uow:
        session = uow.session
        # The row lock makes a second correction of the same version wait, then see that it is no longer current.
        old = session.execute(select(TextRecord).where(TextRecord.id == record_id).with_for_update()
                              .execution_options(populate_existing=True)).scalar_one_or_none()
        if old is None:
            raise NotFoundError(what="record", key=str(record_id))
        case = session.get(Case, old.case_id)
        assert case is not None
        uow.require(Permission.CASE_WRITE, "case", case.case_no)
        if not old.is_current:
            current = session.execute(select(TextRecord).where(
                TextRecord.lineage_id == (old.lineage_id or old.id), TextRecord.is_current.is_(True))).scalar()
            raise AlreadyCorrectedError(record=old.id, version=current.version if current else "?",
                                        by=current.created_by if current else "?")
        data = replace(_input_of(session, old), **changes)
        typ = _doc_type(session, old.doc_type)
        stage = _check(data, typ)
        sha, name = data.file_sha256, data.file_name
        if data.file is not None:
            stored = ws.vault.put_file(data.file)
            fixity.register(uow, stored, data.file.name)
            sha, name = stored.sha256, data.file.name
        old.is_current = False
        old.superseded_at = clock.now()
        session.flush()
        new = TextRecord(case_id=old.case_id, stage=stage, doc_type=old.doc_type, file_sha256=sha, file_name=name,
                         created_by=actor.username, lineage_id=old.lineage_id or old.id, version=old.version + 1,
                         is_current=True, correction_reason=reason.strip(),
                         **{k: (getattr(data, k).strip() if isinstance(getattr(data, k), str) else getattr(data, k))
                            for k in _SCALARS})
        session.add(new)
        session.flush()
        _write_details(session, new, data)
        # The checklist follows the live version; the link's history is in the audit trail.
        session.execute(update(ChecklistLink).where(ChecklistLink.text_record_id == old.id)
                        .values(text_record_id=new.id))
        uow.audit("record.correct", "text_record", new.id,
                  {"case": case.case_no, "previous": old.id, "version": new.version, "reason": reason.strip(),
                   "changed": {k: str(v) for k, v in changes.items()}})
        compliance.refresh(session, [case.id])
        return record_views(session, [new])[0]


def record_history(ws: Workstation, actor: Actor, record_id: int) -> list[RecordView]:
    """Every version of a record, oldest first."""
    with ws.unit(actor, write=False) as uow:
        rec = uow.session.get(TextRecord, record_id)
        if rec is None:
            raise NotFoundError(what="record", key=str(record_id))
        case = uow.session.get(Case, rec.case_id)
        uow.require(Permission.CASE_READ, "case", case.case_no if case else "")
        versions = uow.session.execute(select(TextRecord).where(TextRecord.lineage_id == (rec.lineage_id or rec.id))
                                       .order_by(TextRecord.version)).scalars().all()
        return record_views(uow.session, versions)


# --- checklist --------------------------------------------------------------------------------------------

def link_item(ws: Workstation, actor: Actor, case_no: str, code: str, *, text_record_id: int | None = None,
              media_record_id: int | None = None) -> ChecklistItemView:
    """Mark a checklist item recorded by linking a text record or an A/V record (Art. 8–11)."""
    if (text_record_id is None) == (media_record_id is None):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "link either a text record or an A/V record"))
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        item = _item(uow.session, case.id, code)
        if text_record_id is not None:
            rec = uow.session.get(TextRecord, text_record_id)
            if rec is None or rec.case_id != case.id:
                raise NotFoundError(what="record of this case", key=str(text_record_id))
            if not rec.is_current:
                raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "link the current version of a record"))
        if media_record_id is not None:
            _check_media(uow.session, case, media_record_id)
        if _link(uow.session, item, actor.username, text_record_id=text_record_id, media_record_id=media_record_id):
            uow.audit("checklist.link", "case", case_no, {"item": code, "text_record": text_record_id,
                                                          "media_record": media_record_id})
        compliance.refresh(uow.session, [case.id])
        return next(v for v in checklist_views(uow.session, case.id) if v.code == code)


def link_media(uow: UnitOfWork, case_id: int, code: str, media_record_id: int) -> None:
    """For the A/V area: inside its own unit of work, record that an A/V record documents a checklist item."""
    item = _item(uow.session, case_id, code)
    case = uow.session.get(Case, case_id)
    if case is None:
        raise NotFoundError(what="case", key=str(case_id))
    _check_media(uow.session, case, media_record_id)
    if _link(uow.session, item, uow.actor.username, media_record_id=media_record_id):
        uow.audit("checklist.link", "case", str(case_id), {"item": code, "media_record": media_record_id})


def unlink_item(ws: Workstation, actor: Actor, case_no: str, code: str, *, text_record_id: int | None = None,
                media_record_id: int | None = None) -> ChecklistItemView:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        item = _item(uow.session, case.id, code)
        link = uow.session.execute(select(ChecklistLink).where(
            ChecklistLink.item_id == item.id,
            (ChecklistLink.text_record_id == text_record_id) if text_record_id is not None
            else (ChecklistLink.media_record_id == media_record_id))).scalar_one_or_none()
        if link is None:
            raise NotFoundError(what="checklist link", key=f"{code}/{text_record_id or media_record_id}")
        uow.session.delete(link)
        uow.session.flush()
        _set_item_status(uow.session, item, actor.username)
        uow.audit("checklist.unlink", "case", case_no, {"item": code, "text_record": text_record_id,
                                                        "media_record": media_record_id})
        compliance.refresh(uow.session, [case.id])
        return next(v for v in checklist_views(uow.session, case.id) if v.code == code)


def mark_not_applicable(ws: Workstation, actor: Actor, case_no: str, code: str, reason: str) -> ChecklistItemView:
    """An item that did not happen in this case is marked not applicable, always with a reason; an item that every
    case of its stage must record cannot be."""
    if not is_a_reason(reason):
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "say why the item does not apply to this case, in a few words (无, -, n/a are not reasons)"))
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        item = _item(uow.session, case.id, code)
        template = uow.session.get(ChecklistTemplate, code)
        if template is not None and template.required and not template.required_types and not template.situational:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Item {item} must be recorded in every case of its stage and cannot be marked not "
                          "applicable (Art. 8–11); register the record that shows it."), item=code)
        before = item.na_reason
        item.na_reason = reason.strip()
        _set_item_status(uow.session, item, actor.username)
        uow.audit("checklist.not_applicable", "case", case_no, {"item": code, "reason": item.na_reason,
                                                                "before": before})
        compliance.refresh(uow.session, [case.id])
        return next(v for v in checklist_views(uow.session, case.id) if v.code == code)


def clear_not_applicable(ws: Workstation, actor: Actor, case_no: str, code: str) -> ChecklistItemView:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_WRITE, "case", case_no)
        case = get_case(uow.session, case_no)
        item = _item(uow.session, case.id, code)
        before = item.na_reason
        item.na_reason = ""
        _set_item_status(uow.session, item, actor.username)
        uow.audit("checklist.not_applicable_cleared", "case", case_no, {"item": code, "before": before})
        compliance.refresh(uow.session, [case.id])
        return next(v for v in checklist_views(uow.session, case.id) if v.code == code)


def required_fields(doc_type: DocumentType | Any, service_method: str | None = None) -> list[str]:
    """The RecordInput / ServiceInput fields a form must ask for, by document type and service method."""
    from archive_core.cases.rules import SERVICE_FIELDS

    out = ["doc_no"]
    if doc_type.issued_to_party:
        out += ["issued_on", "sealed"]  # Art. 14
    if doc_type.party_signature:
        # Art. 15 (or refusal_note + refusal_witnesses); the cross-page seal when pages > 1, the marks when altered
        out += ["party_signed", "cross_page_sealed", "alterations_marked"]
    for role in document_opinions(doc_type):  # Art. 16 for approval forms; their own opinions for others
        out += [f"{role}_opinion"] + (["handler_reasons"] if role == Opinion.HANDLER else []) + [f"{role}_signed_on"]
    if doc_type.category == DocumentCategory.HEARING.value:
        out += ["participants"]  # Art. 17
    if doc_type.category == DocumentCategory.SERVICE.value:
        out += ["service.method"] + [f"service.{f}" for f, _ in SERVICE_FIELDS.get(service_method or "", ())]
    return out

