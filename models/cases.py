"""Cases (案件) with their parties, officers, stages and per-stage checklists (Art. 2, 8–11, 20, 26, 32)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class EnforcementType(StrEnum):
    """Art. 2: the five kinds of administrative enforcement."""

    PENALTY = "penalty"
    LICENSING = "licensing"
    COERCION = "coercion"
    INSPECTION = "inspection"
    LEVY = "levy"


class Initiation(StrEnum):
    """Art. 8: started ex officio (依职权) or on application (依申请)."""

    EX_OFFICIO = "ex_officio"
    APPLICATION = "application"


class Stage(StrEnum):
    """Art. 2, 8–11: the four stages of whole-process recording, in procedural order."""

    INITIATION = "initiation"
    INVESTIGATION = "investigation"
    DECISION = "decision"
    SERVICE_EXECUTION = "service_execution"


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)
# The article whose checklist belongs to each stage.
STAGE_ARTICLE = {Stage.INITIATION: "8", Stage.INVESTIGATION: "9", Stage.DECISION: "10",
                 Stage.SERVICE_EXECUTION: "11"}


class Confidentiality(StrEnum):
    """Art. 25. State secrets (国家秘密) are deliberately absent: they do not belong in this system."""

    PUBLIC = "public"
    INTERNAL = "internal"
    PERSONAL_PRIVACY = "personal_privacy"
    COMMERCIAL_SECRET = "commercial_secret"


class AvReason(StrEnum):
    """Art. 20: why whole-process audio-visual recording is mandatory for a case."""

    PERSONAL_FREEDOM = "personal_freedom"
    LIFE_HEALTH = "life_health"
    MAJOR_PROPERTY = "major_property"
    VENUE = "venue"


class CaseStatus(StrEnum):
    """Derived from the dates: open, action ended (awaiting filing, Art. 26), archived."""

    OPEN = "open"
    ENDED = "ended"
    ARCHIVED = "archived"


class ComplianceState(StrEnum):
    UNCHECKED = "unchecked"
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


class ItemStatus(StrEnum):
    """Art. 8–11: an item is recorded (linked to records), not applicable (with a reason), or missing."""

    RECORDED = "recorded"
    NOT_APPLICABLE = "not_applicable"
    MISSING = "missing"


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_opened_on_id", "opened_on", "id"),
        Index("ix_cases_compliance_state", "compliance_state", "opened_on"),
        Index("ix_cases_type_opened", "enforcement_type", "opened_on"),
        # Title search is a substring match: scanning this narrow index is faster than scanning the table.
        Index("ix_cases_title", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(256))
    enforcement_type: Mapped[str] = mapped_column(String(16))
    initiation: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(256), default="")
    # Art. 32: the agency that entrusted an organisation with this enforcement, if any.
    entrusting_agency: Mapped[str] = mapped_column(String(128), default="")
    agency: Mapped[str] = mapped_column(String(128), default="")
    opened_on: Mapped[date] = mapped_column(Date)
    # The date the enforcement action ended; Art. 26 counts 30 days from it.
    action_ended_at: Mapped[date | None] = mapped_column(Date, index=True)
    # The date the case file was filed and archived (set by the archive-volume service, Art. 26).
    archived_at: Mapped[date | None] = mapped_column(Date)
    current_stage: Mapped[str] = mapped_column(String(20), default=Stage.INITIATION.value, index=True)
    confidentiality: Mapped[str] = mapped_column(String(20), default=Confidentiality.INTERNAL.value)
    av_mandatory: Mapped[bool] = mapped_column(default=False)
    # Comma-separated AvReason values.
    av_reasons: Mapped[str] = mapped_column(String(96), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    compliance_state: Mapped[str] = mapped_column(String(16), default=ComplianceState.UNCHECKED.value)
    finding_count: Mapped[int] = mapped_column(Integer, default=0)
    checked_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    @property
    def status(self) -> CaseStatus:
        if self.archived_at is not None:
            return CaseStatus.ARCHIVED
        return CaseStatus.ENDED if self.action_ended_at is not None else CaseStatus.OPEN


class CaseParty(Base):
    __tablename__ = "case_parties"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(32), default="party")


class CaseOfficer(Base):
    __tablename__ = "case_officers"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(32), default="handler")


class ChecklistTemplate(Base):
    """Editable catalogue (Art. 6): one row per article item of Art. 8–11, loaded from the shipped defaults."""

    __tablename__ = "checklist_templates"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)  # e.g. "9.2"
    stage: Mapped[str] = mapped_column(String(20))
    article: Mapped[str] = mapped_column(String(8))
    item: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(256))
    name_zh: Mapped[str] = mapped_column(String(256))
    # "" = every case; else only cases started this way (Art. 8 (1) vs (2)).
    initiation: Mapped[str] = mapped_column(String(16), default="")
    # Must be recorded or marked not applicable; for these enforcement types only ("" = all types).
    required: Mapped[bool] = mapped_column(default=True)
    required_types: Mapped[str] = mapped_column(String(96), default="")
    # The fact happens only in some cases (a supplement, 补正): required, but it may be marked not applicable.
    situational: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        UniqueConstraint("case_id", "code", name="uq_checklist_items_case_code"),
        Index("ix_checklist_items_status", "status", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    code: Mapped[str] = mapped_column(ForeignKey("checklist_templates.code"))
    stage: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), default=ItemStatus.MISSING.value)
    na_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class ChecklistLink(Base):
    """A record that satisfies a checklist item: a text record, or an A/V record of the media area."""

    __tablename__ = "checklist_links"
    __table_args__ = (
        UniqueConstraint("item_id", "text_record_id", "media_record_id", name="uq_checklist_links_item_record"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id"), index=True)
    text_record_id: Mapped[int | None] = mapped_column(ForeignKey("text_records.id"), index=True)
    # The A/V record must exist (migration 0008); that it belongs to the item's case is checked by the service.
    media_record_id: Mapped[int | None] = mapped_column(ForeignKey("media_records.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
