"""The case-file rules of the regulation, one per article requirement (Art. 8–11, 9(1), 14–18, 20, 26)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, union

from archive_core.cases.compliance.engine import (
    QT_TRANSLATE_NOOP,
    Finding,
    RuleContext,
    Severity,
    av_coverage_providers,
    rule,
)
from archive_core.cases.views import document_opinions
from archive_core.spine import clock
from models.case_records import (
    DocumentCategory,
    DocumentType,
    Opinion,
    RecordSignature,
    ServiceRecord,
    SignatureRole,
    TextRecord,
)
from models.cases import (
    STAGE_ORDER,
    Case,
    CaseOfficer,
    ChecklistItem,
    ChecklistLink,
    ChecklistTemplate,
    ItemStatus,
    Stage,
)

ARCHIVE_DAYS = 30  # Art. 26
ARCHIVE_WARN_DAYS = 7
MIN_OFFICERS = 2  # Art. 9(1), Art. 15: two or more officers

STAGE_NAMES = {
    Stage.INITIATION: ("initiation", "程序启动"),
    Stage.INVESTIGATION: ("investigation and evidence", "调查取证"),
    Stage.DECISION: ("review and decision", "审查决定"),
    Stage.SERVICE_EXECUTION: ("service and execution", "送达执行"),
}


def _stage_reached(current: str, ended: date | None, stage: str) -> bool:
    """A stage's checklist is due once the case has moved past it, or the action has ended."""
    if ended is not None:
        return True
    return STAGE_ORDER.index(Stage(stage)) < STAGE_ORDER.index(Stage(current))


def _stage_params(stage: str) -> dict[str, Any]:
    en, zh = STAGE_NAMES[Stage(stage)]
    return {"stage_name": en, "stage_name_zh": zh}


def _doc_params(doc_no: str, title: str, type_name: str, type_name_zh: str) -> dict[str, Any]:
    return {
        "doc": doc_no or title or type_name,
        "doc_zh": doc_no or title or type_name_zh,
        "type_name": type_name,
        "type_name_zh": type_name_zh,
    }


def _parts(missing: list[tuple[str, str]]) -> dict[str, Any]:
    return {"missing": ", ".join(en for en, _ in missing), "missing_zh": "、".join(zh for _, zh in missing)}


# --- Art. 8–11: stage checklists ------------------------------------------------------------------------


@rule(
    "art8_11.checklist",
    article="8",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "Every required checklist item of a completed stage is recorded or marked not applicable"
    ),
)
def checklist_items_recorded(ctx: RuleContext) -> Iterator[Finding]:
    t = ChecklistTemplate
    rows = ctx.session.execute(
        select(
            ChecklistItem.case_id,
            ChecklistItem.stage,
            t.code,
            t.article,
            t.item,
            t.name,
            t.name_zh,
            t.required_types,
            Case.current_stage,
            Case.action_ended_at,
            Case.enforcement_type,
        )
        .join(t, t.code == ChecklistItem.code)
        .join(Case, Case.id == ChecklistItem.case_id)
        .where(
            ChecklistItem.status == ItemStatus.MISSING.value,
            t.required.is_(True),
            t.active.is_(True),
            ctx.scoped(ChecklistItem.case_id),
        )
    )
    for r in rows:
        if r.required_types and r.enforcement_type not in r.required_types.split(","):
            continue
        if not _stage_reached(r.current_stage, r.action_ended_at, r.stage):
            continue
        yield ctx.finding(
            r.case_id,
            QT_TRANSLATE_NOOP(
                "compliance",
                'Stage "{stage_name}": item {code} "{item_name}" is neither recorded nor marked not applicable.',
            ),
            QT_TRANSLATE_NOOP(
                "compliance", "Link the record that documents it, or mark it not applicable with a reason."
            ),
            article=r.article,
            item=r.item,
            stage=r.stage,
            code=r.code,
            item_name=r.name,
            item_name_zh=r.name_zh,
            **_stage_params(r.stage),
        )


@rule(
    "art9.officers",
    article="9",
    item="1",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "At least two officers with enforcement certificates are recorded on the case"
    ),
)
def two_officers(ctx: RuleContext) -> Iterator[Finding]:
    counts = (
        select(CaseOfficer.case_id, func.count().label("n"))
        .where(ctx.scoped(CaseOfficer.case_id))
        .group_by(CaseOfficer.case_id)
        .subquery()
    )
    rows = ctx.session.execute(
        select(Case.id, func.coalesce(counts.c.n, 0).label("n"))
        .outerjoin(counts, counts.c.case_id == Case.id)
        .where(
            ctx.scoped(Case.id),
            func.coalesce(counts.c.n, 0) < MIN_OFFICERS,
            or_(Case.current_stage != Stage.INITIATION.value, Case.action_ended_at.is_not(None)),
        )
    )
    for r in rows:
        yield ctx.finding(
            r.id,
            QT_TRANSLATE_NOOP(
                "compliance", "Only {count} officer(s) with an enforcement certificate are recorded on the case."
            ),
            QT_TRANSLATE_NOOP(
                "compliance", "Add the officers who acted, with their certificate numbers (two or more)."
            ),
            stage=Stage.INVESTIGATION.value,
            count=r.n,
        )


# --- Art. 14–18: text records ---------------------------------------------------------------------------


def _current_records(ctx: RuleContext) -> Select[TextRecord, DocumentType]:
    return (
        select(TextRecord, DocumentType)
        .join(DocumentType, DocumentType.code == TextRecord.doc_type)
        .where(TextRecord.is_current.is_(True), ctx.scoped(TextRecord.case_id))
    )


@rule(
    "art14.seal_date",
    article="14",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP("compliance", "Documents issued to the party carry the agency seal and the issue date"),
)
def issued_sealed_and_dated(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(
        DocumentType.issued_to_party.is_(True), or_(TextRecord.sealed.is_(False), TextRecord.issued_on.is_(None))
    )
    for rec, typ in ctx.session.execute(stmt):
        missing = []
        if not rec.sealed:
            missing.append(("agency seal", "行政执法机关印章"))
        if rec.issued_on is None:
            missing.append(("issue date", "签发日期"))
        yield ctx.finding(
            rec.case_id,
            QT_TRANSLATE_NOOP("compliance", "Issued document {doc} ({type_name}) lacks: {missing}."),
            QT_TRANSLATE_NOOP(
                "compliance", "Check the original; record the seal and issue date, or correct the document."
            ),
            stage=rec.stage,
            record_id=rec.id,
            **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
            **_parts(missing),
        )


def _refusal_witnesses(ctx: RuleContext) -> dict[int, int]:
    rows = ctx.session.execute(
        select(RecordSignature.record_id, func.count())
        .join(TextRecord, TextRecord.id == RecordSignature.record_id)
        .where(
            RecordSignature.role == SignatureRole.REFUSAL_WITNESS.value,
            RecordSignature.signed.is_(True),
            TextRecord.is_current.is_(True),
            TextRecord.refusal_note != "",
            ctx.scoped(TextRecord.case_id),
        )
        .group_by(RecordSignature.record_id)
    )
    return {rid: n for rid, n in rows}


@rule(
    "art15.party_signature",
    article="15",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP("compliance", "Investigation records are signed by the party, or the refusal is noted"),
)
def party_signed_or_refusal_noted(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(
        DocumentType.party_signature.is_(True), TextRecord.party_signed.is_(False), TextRecord.refusal_note == ""
    )
    for rec, typ in ctx.session.execute(stmt):
        yield ctx.finding(
            rec.case_id,
            QT_TRANSLATE_NOOP("compliance", "{doc} ({type_name}) is not signed by the party and no refusal is noted."),
            QT_TRANSLATE_NOOP(
                "compliance", "Have the party sign, or note the refusal and have two or more officers sign it."
            ),
            stage=rec.stage,
            record_id=rec.id,
            **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
        )


@rule(
    "art15.refusal_two_officers",
    article="15",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP("compliance", "A party's refusal to sign is signed by two or more officers"),
)
def refusal_signed_by_two(ctx: RuleContext) -> Iterator[Finding]:
    witnesses = _refusal_witnesses(ctx)
    stmt = _current_records(ctx).where(TextRecord.party_signed.is_(False), TextRecord.refusal_note != "")
    for rec, typ in ctx.session.execute(stmt):
        n = witnesses.get(rec.id, 0)
        if n < MIN_OFFICERS:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP(
                    "compliance",
                    "{doc} ({type_name}) notes the party's refusal to sign, but only {count} officer(s) "
                    "signed the note.",
                ),
                QT_TRANSLATE_NOOP(
                    "compliance", "Two or more officers must sign the refusal note; record their signatures."
                ),
                stage=rec.stage,
                record_id=rec.id,
                count=n,
                **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
            )


def _party_refused() -> ColumnElement[bool]:
    """The party refused to sign and the refusal is noted: the party's seals are not expected then (Art. 15)."""
    return (TextRecord.party_signed.is_(False)) & (TextRecord.refusal_note != "")


@rule(
    "art15.cross_page_seal",
    article="15",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "A multi-page investigation record bears the party's cross-page fingerprint or seal"
    ),
)
def cross_page_sealed(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(
        DocumentType.party_signature.is_(True),
        TextRecord.pages > 1,
        TextRecord.cross_page_sealed.is_(False),
        ~_party_refused(),
    )
    for rec, typ in ctx.session.execute(stmt):
        yield ctx.finding(
            rec.case_id,
            QT_TRANSLATE_NOOP(
                "compliance",
                "{doc} ({type_name}) has {pages} pages but no cross-page fingerprint or seal of the party."
            ),
            QT_TRANSLATE_NOOP(
                "compliance",
                "Check the original; record the cross-page fingerprint or seal, or have the party add it.",
            ),
            stage=rec.stage,
            record_id=rec.id,
            pages=rec.pages,
            **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
        )


@rule(
    "art15.alterations_marked",
    article="15",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "Alterations in an investigation record bear the party's fingerprint or seal"
    ),
)
def alterations_marked(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(
        DocumentType.party_signature.is_(True),
        TextRecord.has_alterations.is_(True),
        TextRecord.alterations_marked.is_(False),
        ~_party_refused(),
    )
    for rec, typ in ctx.session.execute(stmt):
        yield ctx.finding(
            rec.case_id,
            QT_TRANSLATE_NOOP(
                "compliance",
                "{doc} ({type_name}) is altered, but the alterations bear no fingerprint or seal of the party.",
            ),
            QT_TRANSLATE_NOOP(
                "compliance", "Have the party put a fingerprint or seal at each alteration, and record it."
            ),
            stage=rec.stage,
            record_id=rec.id,
            **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
        )


OPINION_PARTS: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = {
    Opinion.HANDLER.value: (
        ("handler_opinion", ("handler's opinion", "承办人意见")),
        ("handler_reasons", ("handler's reasons", "承办理由")),
        ("handler_signed_on", ("handler's signing date", "承办人签字日期")),
    ),
    Opinion.REVIEWER.value: (
        ("reviewer_opinion", ("reviewer's opinion", "审核人意见")),
        ("reviewer_signed_on", ("reviewer's signing date", "审核人签字日期")),
    ),
    Opinion.APPROVER.value: (
        ("approver_opinion", ("approver's opinion", "批准人意见")),
        ("approver_signed_on", ("approver's signing date", "批准人签字日期")),
    ),
}


def opinions_missing(rec: TextRecord, roles: Iterable[str]) -> list[tuple[str, str]]:
    """The parts of these opinions (opinion, the handler's reasons, signing date) the record lacks."""
    return [names for role in roles for attr, names in OPINION_PARTS[role] if getattr(rec, attr) in (None, "")]


def _opinion_gaps() -> ColumnElement[bool]:
    r = TextRecord
    return or_(*(getattr(r, attr).is_(None) if attr.endswith("_on") else getattr(r, attr) == ""
                 for parts in OPINION_PARTS.values() for attr, _ in parts))


@rule(
    "art16.approval_opinions",
    article="16",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "Internal approval forms carry the handler's opinion and reasons, the reviewer's and the "
                      "approver's opinions, each with its signing date"
    ),
)
def approval_opinions_dated(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(DocumentType.category == DocumentCategory.APPROVAL.value, _opinion_gaps())
    for rec, typ in ctx.session.execute(stmt):
        missing = opinions_missing(rec, OPINION_PARTS)
        if missing:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "Approval form {doc} ({type_name}) lacks: {missing}."),
                QT_TRANSLATE_NOOP("compliance", "Record each opinion and the date it was signed, as on the original."),
                stage=rec.stage,
                record_id=rec.id,
                **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
                **_parts(missing),
            )


STAGE_ARTICLES = {Stage.INITIATION: "8", Stage.INVESTIGATION: "9", Stage.DECISION: "10", Stage.SERVICE_EXECUTION: "11"}


@rule(
    "art8_11.internal_opinions",
    article="8",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "Other internal documents (reports, review opinions) carry the opinions they are made for, "
                      "each with its signing date"
    ),
)
def internal_opinions_dated(ctx: RuleContext) -> Iterator[Finding]:
    stmt = _current_records(ctx).where(
        DocumentType.category == DocumentCategory.INTERNAL.value, DocumentType.opinions != "", _opinion_gaps()
    )
    for rec, typ in ctx.session.execute(stmt):
        missing = opinions_missing(rec, document_opinions(typ))
        if missing:
            # The document records its stage (Art. 8–11); an undated opinion does not show who decided what, when.
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "{doc} ({type_name}) lacks: {missing}."),
                QT_TRANSLATE_NOOP("compliance", "Record the opinion and the date it was signed, as on the original."),
                article=STAGE_ARTICLES[Stage(rec.stage)],
                stage=rec.stage,
                record_id=rec.id,
                **_doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh),
                **_parts(missing),
            )


@rule(
    "art17.hearing_signatures",
    article="17",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP("compliance", "Hearing records are signed or sealed by the hearing participants"),
)
def hearing_signed(ctx: RuleContext) -> Iterator[Finding]:
    records = {
        rec.id: (rec, typ)
        for rec, typ in ctx.session.execute(
            _current_records(ctx).where(DocumentType.category == DocumentCategory.HEARING.value)
        )
    }
    if not records:
        return
    people: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for rid, name, signed in ctx.session.execute(
        select(RecordSignature.record_id, RecordSignature.name, RecordSignature.signed)
        .join(TextRecord, TextRecord.id == RecordSignature.record_id)
        .join(DocumentType, DocumentType.code == TextRecord.doc_type)
        .where(
            RecordSignature.role == SignatureRole.PARTICIPANT.value,
            TextRecord.is_current.is_(True),
            DocumentType.category == DocumentCategory.HEARING.value,
            ctx.scoped(TextRecord.case_id),
        )
    ):
        people[rid].append((name, signed))
    for rid, (rec, typ) in records.items():
        listed = people.get(rid, [])
        unsigned = [name for name, signed in listed if not signed]
        params = _doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh)
        if not listed:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "Hearing record {doc} names no participants who signed it."),
                QT_TRANSLATE_NOOP("compliance", "Record the hearing participants and their signatures or seals."),
                stage=rec.stage,
                record_id=rec.id,
                **params,
            )
        elif unsigned:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "Hearing record {doc}: not signed by {names}."),
                QT_TRANSLATE_NOOP("compliance", "Participants review the record and sign or seal it."),
                stage=rec.stage,
                record_id=rec.id,
                names="、".join(unsigned),
                **params,
            )


_DOC = ("served_document", ("document served", "送达文书名称"))
_RECIPIENT = ("recipient", ("recipient", "受送达人"))
_TIME = ("served_at", ("time of service", "送达时间"))
_PLACE = ("place", ("place of service", "送达地点"))
_SERVER = ("server_signed", ("server's signature", "送达人签字"))
SERVICE_FIELDS: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = {
    # Art. 18: document, recipient, time and place, method, server's and recipient's signatures …
    "direct": (
        _DOC,
        _RECIPIENT,
        _TIME,
        _PLACE,
        _SERVER,
        ("recipient_signed", ("recipient's signature", "受送达人签字")),
    ),
    # … entrusted: the reason, and the recipient signs the return receipt …
    "entrusted": (
        _DOC,
        _RECIPIENT,
        _TIME,
        ("entrust_reason", ("reason for entrusting", "委托原因")),
        ("recipient_signed", ("recipient's signature on the return receipt", "受送达人在送达回证上签字")),
    ),
    # … postal or public notice: the postal receipt / the notice is kept in the file …
    "postal": (
        _DOC,
        _RECIPIENT,
        ("served_at", ("time of posting", "邮寄时间")),
        ("receipt_kept", ("postal receipt kept", "邮寄回执单归档")),
    ),
    "public_notice": (
        _DOC,
        _RECIPIENT,
        ("served_at", ("date of the notice", "公告时间")),
        ("receipt_kept", ("notice kept", "公告文书归档")),
    ),
    # … lien: the server notes the circumstances; server and witness sign.
    "lien": (
        _DOC,
        _RECIPIENT,
        _TIME,
        _PLACE,
        ("lien_circumstances", ("circumstances of the lien", "留置情况说明")),
        _SERVER,
        ("witness_name", ("witness", "见证人")),
        ("witness_signed", ("witness's signature", "见证人签字")),
    ),
}


def service_missing(service: ServiceRecord) -> list[tuple[str, str]]:
    """The Art. 18 facts this service record lacks for its method."""
    missing = []
    for attr, names in SERVICE_FIELDS.get(service.method, ()):
        value = getattr(service, attr)
        if attr == "receipt_kept":
            value = value or service.receipt_sha256
        if value in (None, "", False):
            missing.append(names)
    return missing


@rule(
    "art18.service",
    article="18",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP("compliance", "Service records state what the method of service requires"),
)
def service_complete(ctx: RuleContext) -> Iterator[Finding]:
    stmt = (
        select(TextRecord, DocumentType, ServiceRecord)
        .join(DocumentType, DocumentType.code == TextRecord.doc_type)
        .outerjoin(ServiceRecord, ServiceRecord.record_id == TextRecord.id)
        .where(
            TextRecord.is_current.is_(True),
            DocumentType.category == DocumentCategory.SERVICE.value,
            ctx.scoped(TextRecord.case_id),
        )
    )
    for rec, typ, service in ctx.session.execute(stmt):
        params = _doc_params(rec.doc_no, rec.title, typ.name, typ.name_zh)
        if service is None:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "Service record {doc} does not state the method of service."),
                QT_TRANSLATE_NOOP("compliance", "Record the method and the facts it requires."),
                stage=rec.stage,
                record_id=rec.id,
                **params,
            )
            continue
        missing = service_missing(service)
        if missing:
            yield ctx.finding(
                rec.case_id,
                QT_TRANSLATE_NOOP("compliance", "Service record {doc} ({method}) lacks: {missing}."),
                QT_TRANSLATE_NOOP("compliance", "Complete the service record from the return receipt, or correct it."),
                stage=rec.stage,
                record_id=rec.id,
                method=service.method,
                method_zh=SERVICE_METHOD_ZH[service.method],
                **params,
                **_parts(missing),
            )


SERVICE_METHOD_ZH = {
    "direct": "直接送达",
    "entrusted": "委托送达",
    "postal": "邮寄送达",
    "public_notice": "公告送达",
    "lien": "留置送达",
}


# --- Art. 20: whole-process A/V -------------------------------------------------------------------------

AV_STAGES = (Stage.INVESTIGATION,)  # the on-site stage where whole-process A/V is mandatory


def _media_links(ctx: RuleContext) -> Select[int, str]:
    return (
        select(ChecklistItem.case_id, ChecklistItem.stage)
        .join(ChecklistLink, ChecklistLink.item_id == ChecklistItem.id)
        .where(ChecklistLink.media_record_id.is_not(None), ctx.scoped(ChecklistItem.case_id))
    )


@rule(
    "art20.whole_process_av",
    article="20",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "Cases with mandatory whole-process A/V have A/V records of their on-site stage"
    ),
)
def mandatory_av_present(ctx: RuleContext) -> Iterator[Finding]:
    cases = ctx.session.execute(
        select(Case.id, Case.current_stage, Case.action_ended_at).where(
            Case.av_mandatory.is_(True), ctx.scoped(Case.id)
        )
    ).all()
    if not cases:
        return
    coverage = union(_media_links(ctx), *(provider(ctx) for provider in av_coverage_providers())).subquery()
    covered = {(cid, stage) for cid, stage in ctx.session.execute(select(coverage.c[0], coverage.c[1]))}
    for cid, current, ended in cases:
        for stage in AV_STAGES:
            reached = ended is not None or STAGE_ORDER.index(Stage(current)) >= STAGE_ORDER.index(stage)
            if reached and (cid, stage.value) not in covered:
                yield ctx.finding(
                    cid,
                    QT_TRANSLATE_NOOP(
                        "compliance",
                        'Whole-process A/V is mandatory for this case, but stage "{stage_name}" has no A/V record.',
                    ),
                    QT_TRANSLATE_NOOP(
                        "compliance",
                        "Ingest and link the A/V recordings of the on-site actions, or explain why "
                        "none exist (Art. 23).",
                    ),
                    stage=stage.value,
                    **_stage_params(stage.value),
                )


# --- Art. 26: archiving within 30 days -------------------------------------------------------------------


@rule(
    "art26.archive_deadline",
    article="26",
    severity=Severity.ERROR,
    title=QT_TRANSLATE_NOOP(
        "compliance", "The case file is archived within 30 days after the enforcement action ended"
    ),
)
def archived_in_time(ctx: RuleContext) -> Iterator[Finding]:
    rows = ctx.session.execute(
        select(Case.id, Case.action_ended_at, Case.archived_at).where(
            Case.action_ended_at.is_not(None), ctx.scoped(Case.id)
        )
    )
    for cid, ended, archived in rows:
        if ended is None:
            continue
        if archived is not None:
            days = (archived - ended).days
            if days > ARCHIVE_DAYS:
                yield ctx.finding(
                    cid,
                    QT_TRANSLATE_NOOP(
                        "compliance", "Archived {days} days after the action ended on {ended} (limit: 30 days)."
                    ),
                    QT_TRANSLATE_NOOP("compliance", "Record the reason for the late filing in the case file."),
                    days=days,
                    ended=clock.fmt_day(ended),
                )
            continue
        days = (ctx.today - ended).days
        if days > ARCHIVE_DAYS:
            yield ctx.finding(
                cid,
                QT_TRANSLATE_NOOP(
                    "compliance", "Not archived: {days} days since the action ended on {ended} (limit: 30 days)."
                ),
                QT_TRANSLATE_NOOP("compliance", "File the case into an archive volume now."),
                days=days,
                ended=clock.fmt_day(ended),
            )
        elif ARCHIVE_DAYS - days <= ARCHIVE_WARN_DAYS:
            yield ctx.finding(
                cid,
                QT_TRANSLATE_NOOP("compliance", "Archiving is due within {left} days (action ended on {ended})."),
                QT_TRANSLATE_NOOP("compliance", "File the case into an archive volume before the deadline."),
                severity=Severity.WARNING,
                left=ARCHIVE_DAYS - days,
                ended=clock.fmt_day(ended),
            )
