"""Frozen views of cases, checklists and records: what crosses from the services into the UI, CLI and reports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.cases.compliance import Finding
from archive_core.spine.people import names_of
from models.case_records import DocumentCategory, DocumentType, Opinion, RecordSignature, ServiceRecord, TextRecord
from models.cases import Case, CaseOfficer, CaseParty, ChecklistItem, ChecklistLink, ChecklistTemplate
from models.people import Officer, Party


@dataclass(frozen=True)
class PartyView:
    id: int
    kind: str
    name: str
    id_number: str
    address: str
    phone: str


@dataclass(frozen=True)
class OfficerView:
    id: int
    name: str
    certificate_no: str
    unit: str


@dataclass(frozen=True)
class CaseView:
    id: int
    case_no: str
    title: str
    enforcement_type: str
    initiation: str
    source: str
    entrusting_agency: str
    agency: str
    opened_on: date
    action_ended_at: date | None
    archived_at: date | None
    current_stage: str
    status: str
    confidentiality: str
    av_mandatory: bool
    av_reasons: tuple[str, ...]
    summary: str
    compliance_state: str
    finding_count: int
    checked_at: datetime | None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    case_no: str
    title: str
    enforcement_type: str
    status: str
    current_stage: str
    opened_on: date
    action_ended_at: date | None
    compliance_state: str
    finding_count: int
    parties: str
    officers: str
    av_mandatory: bool


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    code: str
    stage: str
    article: str
    item: str
    name: str
    name_zh: str
    required: bool
    status: str
    na_reason: str
    text_record_ids: tuple[int, ...]
    media_record_ids: tuple[int, ...]


@dataclass(frozen=True)
class SignatureView:
    role: str
    name: str
    officer_id: int | None
    signed: bool


@dataclass(frozen=True)
class ServiceView:
    method: str
    served_document: str
    recipient: str
    served_at: datetime | None
    place: str
    server_name: str
    server_signed: bool
    recipient_signed: bool
    entrust_reason: str
    receipt_kept: bool
    receipt_sha256: str | None
    lien_circumstances: str
    witness_name: str
    witness_signed: bool


@dataclass(frozen=True)
class DocumentTypeView:
    code: str
    name: str
    name_zh: str
    category: str
    stage: str
    issued_to_party: bool
    party_signature: bool
    checklist_codes: tuple[str, ...]
    opinions: tuple[str, ...]  # the opinions it carries, each with its date (all three on an approval form)
    active: bool


@dataclass(frozen=True)
class RecordView:
    id: int
    case_id: int
    stage: str
    doc_type: str
    type_name: str
    type_name_zh: str
    category: str
    doc_no: str
    title: str
    issued_on: date | None
    sealed: bool
    pages: int
    file_sha256: str | None
    file_name: str
    party_signed: bool
    cross_page_sealed: bool
    has_alterations: bool
    alterations_marked: bool
    refusal_note: str
    opinions: tuple[str, ...]
    handler_opinion: str
    handler_reasons: str
    handler_signed_on: date | None
    reviewer_opinion: str
    reviewer_signed_on: date | None
    approver_opinion: str
    approver_signed_on: date | None
    lineage_id: int
    version: int
    is_current: bool
    correction_reason: str
    created_at: datetime
    created_by: str
    signatures: tuple[SignatureView, ...]
    service: ServiceView | None
    created_by_name: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CaseDetail:
    case: CaseView
    parties: tuple[PartyView, ...]
    officers: tuple[OfficerView, ...]
    checklist: tuple[ChecklistItemView, ...]
    records: tuple[RecordView, ...]  # every version; is_current marks the live one
    findings: tuple[Finding, ...]

    @property
    def outstanding(self) -> tuple[ChecklistItemView, ...]:
        """Required checklist items neither recorded nor marked not applicable yet, due or not."""
        return tuple(i for i in self.checklist if i.required and i.status == "missing")

    @property
    def complete(self) -> bool:
        """Compliant in full: no finding and nothing left to record — only then may a case show as compliant."""
        return not self.findings and not self.outstanding


def case_view(c: Case) -> CaseView:
    return CaseView(c.id, c.case_no, c.title, c.enforcement_type, c.initiation, c.source, c.entrusting_agency,
                    c.agency, c.opened_on, c.action_ended_at, c.archived_at, c.current_stage, c.status.value,
                    c.confidentiality, c.av_mandatory, tuple(r for r in c.av_reasons.split(",") if r), c.summary,
                    c.compliance_state, c.finding_count, c.checked_at)


def party_view(p: Party) -> PartyView:
    return PartyView(p.id, p.kind, p.name, p.id_number, p.address, p.phone)


def officer_view(o: Officer) -> OfficerView:
    return OfficerView(o.id, o.name, o.certificate_no, o.unit)


def document_type_view(t: DocumentType) -> DocumentTypeView:
    return DocumentTypeView(t.code, t.name, t.name_zh, t.category, t.stage, t.issued_to_party, t.party_signature,
                            tuple(c for c in t.checklist_codes.split(",") if c), document_opinions(t), t.active)


def document_opinions(t: DocumentType | DocumentTypeView) -> tuple[str, ...]:
    """The opinions a document of this type carries: all three on an approval form (Art. 16), else those listed."""
    if t.category == DocumentCategory.APPROVAL.value:
        return tuple(o.value for o in Opinion)
    listed = t.opinions.split(",") if isinstance(t.opinions, str) else t.opinions
    return tuple(o.value for o in Opinion if o.value in listed)


def service_view(s: ServiceRecord) -> ServiceView:
    return ServiceView(s.method, s.served_document, s.recipient, s.served_at, s.place, s.server_name, s.server_signed,
                       s.recipient_signed, s.entrust_reason, s.receipt_kept, s.receipt_sha256, s.lien_circumstances,
                       s.witness_name, s.witness_signed)


def record_views(session: Session, records: Sequence[TextRecord]) -> list[RecordView]:
    ids = [r.id for r in records]
    if not ids:
        return []
    types = {t.code: t for t in session.execute(select(DocumentType)).scalars()}
    sigs: dict[int, list[SignatureView]] = defaultdict(list)
    for s in session.execute(select(RecordSignature).where(RecordSignature.record_id.in_(ids))
                             .order_by(RecordSignature.id)).scalars():
        sigs[s.record_id].append(SignatureView(s.role, s.name, s.officer_id, s.signed))
    services = {s.record_id: service_view(s)
                for s in session.execute(select(ServiceRecord).where(ServiceRecord.record_id.in_(ids))).scalars()}
    names = names_of(session, (r.created_by for r in records))
    out = []
    for r in records:
        t = types[r.doc_type]
        out.append(RecordView(
            r.id, r.case_id, r.stage, r.doc_type, t.name, t.name_zh, t.category, r.doc_no, r.title, r.issued_on,
            r.sealed, r.pages, r.file_sha256, r.file_name, r.party_signed, r.cross_page_sealed, r.has_alterations,
            r.alterations_marked, r.refusal_note, document_opinions(t), r.handler_opinion, r.handler_reasons,
            r.handler_signed_on, r.reviewer_opinion, r.reviewer_signed_on, r.approver_opinion, r.approver_signed_on,
            r.lineage_id or r.id, r.version, r.is_current, r.correction_reason, r.created_at, r.created_by,
            tuple(sigs.get(r.id, ())), services.get(r.id), names.get(r.created_by, r.created_by)))
    return out


def checklist_views(session: Session, case_id: int) -> list[ChecklistItemView]:
    t = ChecklistTemplate
    items = session.execute(
        select(ChecklistItem, t).join(t, t.code == ChecklistItem.code)
        .where(ChecklistItem.case_id == case_id).order_by(t.sort_order, t.code)).all()
    links: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    ids = [i.id for i, _ in items]
    if ids:
        for item_id, text_id, media_id in session.execute(
                select(ChecklistLink.item_id, ChecklistLink.text_record_id, ChecklistLink.media_record_id)
                .where(ChecklistLink.item_id.in_(ids)).order_by(ChecklistLink.id)):
            if text_id is not None:
                links[item_id][0].append(text_id)
            if media_id is not None:
                links[item_id][1].append(media_id)
    case_type = session.execute(select(Case.enforcement_type).where(Case.id == case_id)).scalar_one()
    out = []
    for item, tpl in items:
        texts, media = links.get(item.id, ([], []))
        required = tpl.active and tpl.required and (
            not tpl.required_types or case_type in tpl.required_types.split(","))
        out.append(ChecklistItemView(item.id, tpl.code, item.stage, tpl.article, tpl.item, tpl.name, tpl.name_zh,
                                     required, item.status, item.na_reason, tuple(texts), tuple(media)))
    return out


def case_rows(session: Session, ids: Sequence[int]) -> dict[int, CaseRow]:
    """Rows of the case list for these ids, with parties and officers joined into short text."""
    if not ids:
        return {}
    parties: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(select(CaseParty.case_id, Party.name).join(Party, Party.id == CaseParty.party_id)
                                     .where(CaseParty.case_id.in_(ids)).order_by(Party.id)):
        parties[cid].append(name)
    officers: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(select(CaseOfficer.case_id, Officer.name)
                                     .join(Officer, Officer.id == CaseOfficer.officer_id)
                                     .where(CaseOfficer.case_id.in_(ids)).order_by(Officer.id)):
        officers[cid].append(name)
    c = Case
    rows = session.execute(select(c.id, c.case_no, c.title, c.enforcement_type, c.action_ended_at, c.archived_at,
                                  c.current_stage, c.opened_on, c.compliance_state, c.finding_count, c.av_mandatory)
                           .where(c.id.in_(ids)))
    out = {}
    for r in rows:
        status = "archived" if r.archived_at else ("ended" if r.action_ended_at else "open")
        out[r.id] = CaseRow(r.id, r.case_no, r.title, r.enforcement_type, status, r.current_stage, r.opened_on,
                            r.action_ended_at, r.compliance_state, r.finding_count, "、".join(parties.get(r.id, ())),
                            "、".join(officers.get(r.id, ())), r.av_mandatory)
    return out
