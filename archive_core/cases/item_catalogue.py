"""The editable catalogues of stage checklist items and document types, seeded from the shipped defaults (Art. 6)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.cases.views import DocumentTypeView, document_type_view
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import Workstation
from models.case_records import OPINION_ROLES, DocumentCategory, DocumentType, Opinion
from models.cases import ChecklistTemplate, EnforcementType, Initiation, Stage
from resources import CATALOGUES

CHECKLIST_FILE = CATALOGUES / "checklist_items.json"
DOCUMENT_TYPES_FILE = CATALOGUES / "document_types.json"


@dataclass(frozen=True)
class TemplateView:
    code: str
    stage: str
    article: str
    item: str
    name: str
    name_zh: str
    initiation: str
    required: bool
    required_types: tuple[str, ...]
    situational: bool
    active: bool


def _template_view(t: ChecklistTemplate) -> TemplateView:
    return TemplateView(t.code, t.stage, t.article, t.item, t.name, t.name_zh, t.initiation, t.required,
                        tuple(x for x in t.required_types.split(",") if x), t.situational, t.active)


def ensure_defaults(session: Session) -> bool:
    """Load the shipped catalogues into empty tables; an edited catalogue is never overwritten."""
    loaded = False
    if not session.execute(select(func.count()).select_from(ChecklistTemplate)).scalar():
        data = json.loads(CHECKLIST_FILE.read_text(encoding="utf-8"))
        for order, d in enumerate(data["items"]):
            session.add(ChecklistTemplate(
                code=d["code"], stage=Stage(d["stage"]).value, article=d["article"], item=d["item"], name=d["name"],
                name_zh=d["name_zh"], initiation=d.get("initiation", ""), required=bool(d.get("required", True)),
                required_types=",".join(EnforcementType(x).value for x in d.get("required_types", [])),
                situational=bool(d.get("situational", False)), sort_order=order, active=True))
        loaded = True
    if not session.execute(select(func.count()).select_from(DocumentType)).scalar():
        data = json.loads(DOCUMENT_TYPES_FILE.read_text(encoding="utf-8"))
        for order, d in enumerate(data["types"]):
            category = DocumentCategory(d["category"])
            opinions = OPINION_ROLES if category is DocumentCategory.APPROVAL else tuple(d.get("opinions", []))
            session.add(DocumentType(
                code=d["code"], name=d["name"], name_zh=d["name_zh"], category=category.value,
                stage=Stage(d["stage"]).value, issued_to_party=bool(d.get("issued_to_party", False)),
                party_signature=bool(d.get("party_signature", False)), checklist_codes=",".join(d.get("checklist", [])),
                opinions=",".join(Opinion(x).value for x in opinions), sort_order=order, active=True))
        loaded = True
    if loaded:
        session.flush()
    return loaded


def checklist_templates(ws: Workstation, actor: Actor) -> list[TemplateView]:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_READ, "checklist_template", "*")
        ensure_defaults(uow.session)
        rows = uow.session.execute(select(ChecklistTemplate).order_by(ChecklistTemplate.sort_order)).scalars()
        return [_template_view(t) for t in rows]


def document_types(ws: Workstation, actor: Actor, include_inactive: bool = False) -> list[DocumentTypeView]:
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_READ, "document_type", "*")
        ensure_defaults(uow.session)
        stmt = select(DocumentType).order_by(DocumentType.sort_order)
        if not include_inactive:
            stmt = stmt.where(DocumentType.active.is_(True))
        return [document_type_view(t) for t in uow.session.execute(stmt).scalars()]


_TEMPLATE_FIELDS = {"name", "name_zh", "required", "required_types", "situational", "initiation", "active"}


def edit_checklist_template(ws: Workstation, actor: Actor, code: str, **changes: Any) -> TemplateView:
    """An agency adapts an item (Art. 6): names, whether it is required and for which types, active."""
    unknown = set(changes) - _TEMPLATE_FIELDS
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: these fields do not exist: {fields}."),
                              fields=", ".join(sorted(unknown)))
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "checklist_template", code)
        ensure_defaults(uow.session)
        tpl = uow.session.get(ChecklistTemplate, code)
        if tpl is None:
            raise NotFoundError(what="checklist item", key=code)
        if "required_types" in changes:
            changes["required_types"] = ",".join(EnforcementType(x).value for x in changes["required_types"])
        if changes.get("initiation"):
            changes["initiation"] = Initiation(changes["initiation"]).value
        before = {k: getattr(tpl, k) for k in changes}
        for k, v in changes.items():
            setattr(tpl, k, v)
        if not tpl.name.strip() or not tpl.name_zh.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a checklist item needs a name"))
        uow.audit("checklist_template.edit", "checklist_template", code, {"before": before, "after": changes})
        return _template_view(tpl)
