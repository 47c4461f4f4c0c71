"""Text records (文字记录) of a case: document types, versions, signatures and service records (Art. 12–18, 27)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class DocumentCategory(StrEnum):
    """Art. 12: the kinds of text record."""

    ISSUED = "issued"                # enforcement documents issued to the party (Art. 14)
    INVESTIGATION = "investigation"  # investigation and evidence documents (Art. 15)
    APPROVAL = "approval"            # internal approval forms (审批表): the three opinions of Art. 16
    INTERNAL = "internal"            # other internal documents: registers, reports, review opinions
    HEARING = "hearing"              # hearing documents (Art. 17)
    SERVICE = "service"              # service documents (Art. 18)
    OTHER = "other"


class ServiceMethod(StrEnum):
    """Art. 18: how a document was served."""

    DIRECT = "direct"
    ENTRUSTED = "entrusted"
    POSTAL = "postal"
    PUBLIC_NOTICE = "public_notice"
    LIEN = "lien"  # 留置送达


class Opinion(StrEnum):
    """Whose opinion an internal document records, each with its signing date (Art. 16)."""

    HANDLER = "handler"    # the handling officers' opinion and reasons (承办意见和理由)
    REVIEWER = "reviewer"  # the reviewer's opinion (审核意见); a legal review opinion carries only this one
    APPROVER = "approver"  # the approver's opinion (批准意见)


OPINION_ROLES = tuple(Opinion)  # an approval form carries all three


class SignatureRole(StrEnum):
    REFUSAL_WITNESS = "refusal_witness"  # officer signing a party's refusal to sign (Art. 15)
    PARTICIPANT = "participant"          # hearing participant (Art. 17)


class DocumentType(Base):
    """Editable catalogue (Art. 6, 13): official document names and which article's facts they carry."""

    __tablename__ = "document_types"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    category: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(20))
    issued_to_party: Mapped[bool] = mapped_column(default=False)   # Art. 14: seal and issue date
    party_signature: Mapped[bool] = mapped_column(default=False)   # Art. 15: party signs or refusal noted
    # Comma-separated checklist codes this type usually records (e.g. "9.2").
    checklist_codes: Mapped[str] = mapped_column(String(96), default="")
    # Comma-separated opinions ("handler", "reviewer", "approver") an internal document carries, each with its
    # signing date; an approval form carries all three (Art. 16).
    opinions: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class TextRecord(Base):
    """One version of a document. A correction adds a version; the old one stays, visible (Art. 27)."""

    __tablename__ = "text_records"
    __table_args__ = (
        Index("ix_text_records_case_current", "case_id", "is_current"),
        Index("ix_text_records_type_current", "doc_type", "is_current"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    stage: Mapped[str] = mapped_column(String(20))
    doc_type: Mapped[str] = mapped_column(ForeignKey("document_types.code"))
    doc_no: Mapped[str] = mapped_column(String(96), default="")
    title: Mapped[str] = mapped_column(String(256), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    sealed: Mapped[bool] = mapped_column(default=False)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("vault_objects.sha256"))
    file_name: Mapped[str] = mapped_column(String(512), default="")
    # Art. 15
    party_signed: Mapped[bool] = mapped_column(default=False)
    refusal_note: Mapped[str] = mapped_column(Text, default="")
    # Art. 15: a multi-page record bears a cross-page (骑缝) seal or fingerprint; an altered one the party's
    # fingerprint or seal at each alteration.
    cross_page_sealed: Mapped[bool] = mapped_column(default=False)
    has_alterations: Mapped[bool] = mapped_column(default=False)
    alterations_marked: Mapped[bool] = mapped_column(default=False)
    # Art. 16: the three opinions, each with its signing date; the handler's with its reasons.
    handler_opinion: Mapped[str] = mapped_column(Text, default="")
    handler_reasons: Mapped[str] = mapped_column(Text, default="")
    handler_signed_on: Mapped[date | None] = mapped_column(Date)
    reviewer_opinion: Mapped[str] = mapped_column(Text, default="")
    reviewer_signed_on: Mapped[date | None] = mapped_column(Date)
    approver_opinion: Mapped[str] = mapped_column(Text, default="")
    approver_signed_on: Mapped[date | None] = mapped_column(Date)
    # Versions (Art. 27): lineage_id is the first version's id; only one version per lineage is current.
    lineage_id: Mapped[int | None] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(default=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    superseded_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class RecordSignature(Base):
    """Who signed (or was due to sign) a record: refusal witnesses (Art. 15), hearing participants (Art. 17)."""

    __tablename__ = "record_signatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("text_records.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(128))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    signed: Mapped[bool] = mapped_column(default=True)


class ServiceRecord(Base):
    """Art. 18: the facts of serving a document, by method."""

    __tablename__ = "service_records"

    record_id: Mapped[int] = mapped_column(ForeignKey("text_records.id"), primary_key=True)
    method: Mapped[str] = mapped_column(String(16))
    served_document: Mapped[str] = mapped_column(String(256), default="")
    recipient: Mapped[str] = mapped_column(String(128), default="")
    served_at: Mapped[datetime | None]
    place: Mapped[str] = mapped_column(String(256), default="")
    server_name: Mapped[str] = mapped_column(String(128), default="")
    server_signed: Mapped[bool] = mapped_column(default=False)
    recipient_signed: Mapped[bool] = mapped_column(default=False)
    entrust_reason: Mapped[str] = mapped_column(Text, default="")
    # Postal service: the postal receipt; public notice: the notice itself — kept in the file.
    receipt_kept: Mapped[bool] = mapped_column(default=False)
    receipt_sha256: Mapped[str | None] = mapped_column(ForeignKey("vault_objects.sha256"))
    lien_circumstances: Mapped[str] = mapped_column(Text, default="")
    witness_name: Mapped[str] = mapped_column(String(128), default="")
    witness_signed: Mapped[bool] = mapped_column(default=False)
