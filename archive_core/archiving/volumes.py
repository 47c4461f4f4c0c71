"""Archive volumes (案卷, Art. 26): the 30-day filing deadline, filing a case with its archive code and catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes, filing_basis
from archive_core.archiving.four_properties import filing
from archive_core.av.av_records import EvidenceClip, evidence_clips_in
from archive_core.cases import case_files
from archive_core.cases.rules import ARCHIVE_DAYS, ARCHIVE_WARN_DAYS
from archive_core.retention import schedule
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, NotFoundError, ValidationError
from archive_core.spine.text_fields import is_a_reason
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import Workstation
from models.archiving import ArchiveCodeCounter, ArchiveVolume, VolumeItem
from models.case_records import DocumentType, ServiceRecord, TextRecord
from models.cases import STAGE_ORDER, Case


class ActionNotEndedError(ValidationError):
    code = "action_not_ended"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} cannot be filed: its enforcement action has not ended "
                                          "(Art. 26: file within 30 days after the action ends).")
    hint = QT_TRANSLATE_NOOP("errors", "Record the date the action ended on the case first; nothing was filed.")


class AlreadyFiledError(ValidationError):
    code = "already_filed"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} is already filed as volume {archive_code}.")
    hint = QT_TRANSLATE_NOOP("errors", "A filed volume is not filed again; open it to print its catalogue.")


class LateReasonMissingError(ValidationError):
    code = "late_reason_missing"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} is filed {days} days after the 30-day limit (Art. 26).")
    hint = QT_TRANSLATE_NOOP("errors", "Give the reason for the late filing in a few words; it is kept with the "
                                       "volume.")


class Deadline(StrEnum):
    """Art. 26 filing deadline of a case: 30 days from the end of the enforcement action."""

    PENDING = "pending"        # due in more than 7 days
    DUE_SOON = "due_soon"      # due within 7 days
    OVERDUE = "overdue"        # not filed, past the deadline
    FILED = "filed"            # filed in time
    FILED_LATE = "filed_late"  # filed after the deadline


DEADLINE_LABELS = {
    Deadline.PENDING: QT_TRANSLATE_NOOP("archiving", "Awaiting filing"),
    Deadline.DUE_SOON: QT_TRANSLATE_NOOP("archiving", "Due soon"),
    Deadline.OVERDUE: QT_TRANSLATE_NOOP("archiving", "Overdue"),
    Deadline.FILED: QT_TRANSLATE_NOOP("archiving", "Filed"),
    Deadline.FILED_LATE: QT_TRANSLATE_NOOP("archiving", "Filed late"),
}


def due_date(action_ended: date) -> date:
    return action_ended + timedelta(days=ARCHIVE_DAYS)


def deadline_state(action_ended: date, archived: date | None, today: date) -> Deadline:
    due = due_date(action_ended)
    if archived is not None:
        return Deadline.FILED_LATE if archived > due else Deadline.FILED
    if today > due:
        return Deadline.OVERDUE
    return Deadline.DUE_SOON if (due - today).days <= ARCHIVE_WARN_DAYS else Deadline.PENDING


@dataclass(frozen=True)
class FilingRow:
    """A case whose action has ended: its deadline, and its volume once filed."""

    case_id: int
    case_no: str
    title: str
    action_ended_at: date
    due_on: date
    days_left: int  # negative when overdue
    state: str
    archived_at: date | None
    archive_code: str
    volume_id: int | None
    av_count: int


@dataclass(frozen=True)
class VolumeItemView:
    number: int
    kind: str
    doc_no: str
    title: str
    item_date: date | None
    pages: int
    seconds: float
    notes: str
    sha256: str
    text_record_id: int | None
    media_record_id: int | None


@dataclass(frozen=True)
class VolumeView:
    id: int
    case_id: int
    case_no: str
    case_title: str
    agency: str
    archive_code: str
    fonds: str
    year: int
    retention: str  # as issued; archive_codes.standard_retention reads an old Y30/Y10
    seq: int
    title: str
    filed_on: date
    action_ended_at: date
    late_days: int
    late_reason: str
    total_pages: int
    total_seconds: float
    created_by: str
    items: tuple[VolumeItemView, ...]
    category: str = ""


def _view(session: Session, v: ArchiveVolume) -> VolumeView:
    case = session.get(Case, v.case_id)
    assert case is not None
    items = session.execute(select(VolumeItem).where(VolumeItem.volume_id == v.id)
                            .order_by(VolumeItem.number)).scalars()
    return VolumeView(
        v.id, v.case_id, case.case_no, case.title, case.agency, v.archive_code, v.fonds, v.year, v.retention, v.seq,
        v.title, v.filed_on, v.action_ended_at, v.late_days, v.late_reason, v.total_pages, v.total_seconds,
        v.created_by,
        tuple(VolumeItemView(i.number, i.kind, i.doc_no, i.title, i.item_date, i.pages, i.seconds, i.notes, i.sha256,
                             i.text_record_id, i.media_record_id) for i in items), v.category)


def _documents(session: Session, case_id: int) -> list[tuple[TextRecord, DocumentType]]:
    """The case's current documents in procedural order (stage, then date)."""
    rank = {s.value: i for i, s in enumerate(STAGE_ORDER)}
    rows = session.execute(
        select(TextRecord, DocumentType).join(DocumentType, DocumentType.code == TextRecord.doc_type)
        .where(TextRecord.case_id == case_id, TextRecord.is_current.is_(True))).all()
    return sorted(((r, t) for r, t in rows),
                  key=lambda rt: (rank.get(rt[0].stage, 9), rt[0].issued_on or date.max, rt[0].lineage_id or rt[0].id))


def _clip_seconds(clip: EvidenceClip) -> float:
    if clip.duration is not None:
        return float(clip.duration)
    if clip.recorded_start is None or clip.recorded_end is None:
        return 0.0
    return (clip.recorded_end - clip.recorded_start).total_seconds()


def catalogue_items(session: Session, vault: Vault, case_id: int) -> list[VolumeItem]:
    """The lines of the volume catalogue: documents first, in order, then the A/V records in recording order."""
    items: list[VolumeItem] = []
    documents = _documents(session, case_id)
    served = dict(session.execute(select(ServiceRecord.record_id, ServiceRecord.served_at).where(
        ServiceRecord.record_id.in_([rec.id for rec, _typ in documents]))).all()) if documents else {}
    for rec, typ in documents:
        notes = f"第 {rec.version} 版（更正：{rec.correction_reason}）" if rec.version > 1 else ""
        # A service receipt is dated by its service (Art. 18), not by the day it was registered or imported.
        served_at = served.get(rec.id)
        service_day = clock.local_date(served_at) if served_at else None
        when = (rec.issued_on or service_day or rec.approver_signed_on or rec.handler_signed_on
                or clock.local_date(rec.created_at))
        items.append(VolumeItem(kind="document", text_record_id=rec.id, doc_no=rec.doc_no,
                                title=rec.title or typ.name_zh, item_date=when, pages=rec.pages, seconds=0.0,
                                notes=notes, sha256=rec.file_sha256 or ""))
    for clip in evidence_clips_in(session, vault, case_ids=[case_id]):
        officers = "、".join(o.name for o in clip.officers)
        notes = "；".join(x for x in (f"音像记录 {clip.original_name}",
                                      f"设备 {clip.device_id}" if clip.device_id else "",
                                      f"执法人员 {officers}" if officers else "") if x)
        day = clock.local_date(clip.recorded_start) if clip.recorded_start else None
        items.append(VolumeItem(kind="media", media_record_id=clip.media_id, doc_no="", title=clip.matter,
                                item_date=day, pages=0, seconds=_clip_seconds(clip), notes=notes,
                                sha256=clip.sha256))
    for n, item in enumerate(items, start=1):
        item.number = n
    return items


def _filing_checks(ws: Workstation, actor: Actor, case_no: str, fonds: str | None, retention: str | None,
                   filed_on: date) -> filing.Checked | None:
    """The filing checks (四性检测) of the volume the case would become, read-only and before the filing transaction,
    which would otherwise hold the catalogue's write lock while every file is read. None: the filing is refused
    anyway (the transaction says why)."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VOLUME_FILE, "case", case_no)
        session = uow.session
        case = case_files.get_case(session, case_no)
        if case.action_ended_at is None or volume_for_case(session, case.id) is not None:
            return None
        scheme = archive_codes.scheme_of(session)
        fonds = fonds or scheme.default_fonds
        try:
            retention = archive_codes.check_retention(
                retention or scheme.default_retention or schedule.case_period_code(session, case))
        except ValidationError:
            return None
        counter = session.get(ArchiveCodeCounter, (fonds, filed_on.year, retention))
        seq = (counter.last_seq if counter else 0) + 1
        volume = ArchiveVolume(case_id=case.id, archive_code=scheme.code_format.format(
            fonds=fonds, category=scheme.default_category, year=filed_on.year, retention=retention, seq=seq),
            fonds=fonds, year=filed_on.year, retention=retention, seq=seq, title=case.title, filed_on=filed_on,
            action_ended_at=case.action_ended_at)
        return filing.precheck(ws, session, volume, catalogue_items(session, ws.vault, case.id))


def file_volume(ws: Workstation, actor: Actor, case_no: str, *, fonds: str | None = None,
                retention: str | None = None, filed_on: date | None = None, late_reason: str = "",
                checks_reason: str = "", findings_reason: str = "") -> VolumeView:
    """File a case whose action has ended as a volume: run the filing checks (四性检测; a failure blocks filing
    unless ``checks_reason`` says why to file anyway), allocate its archive code under the retention period of the
    schedule (unless ``retention`` or the agency's setting names another), freeze its catalogue, set the filing date
    (Art. 26), keep the check report with the volume. A case with open compliance findings is filed only with
    ``findings_reason``, audited. All in one transaction."""
    checks_reason = checks_reason.strip()
    if checks_reason and not is_a_reason(checks_reason):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the reason for filing despite failed checks says "
                                                                 "nothing"))
    checked = _filing_checks(ws, actor, case_no, fonds, retention, filed_on or clock.today())
    if checked is not None:
        filing.refuse_unless_reason(ws, actor, checked, case_no, checks_reason)
    with ws.unit(actor) as uow:
        uow.require(Permission.VOLUME_FILE, "case", case_no)
        session = uow.session
        # Locked: a second workstation filing the same case waits here, then finds the volume filed.
        case = case_files.get_case(session, case_no, for_update=True)
        if case.action_ended_at is None:
            raise ActionNotEndedError(case_no=case.case_no)
        existing = session.execute(select(ArchiveVolume).where(ArchiveVolume.case_id == case.id)).scalar_one_or_none()
        if existing is not None:
            raise AlreadyFiledError(case_no=case.case_no, archive_code=existing.archive_code)
        filed_on = filed_on or clock.today()
        if filed_on < case.action_ended_at:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a case cannot be filed before its action ended"))
        findings = filing_basis.open_findings(session, case.id)
        if findings and not is_a_reason(findings_reason):
            raise filing_basis.FindingsReasonMissingError(case_no=case.case_no, count=len(findings))
        scheme = archive_codes.scheme_of(session)
        period = filing_basis.filing_retention(session, case, scheme)
        code = archive_codes.allocate(uow, fonds or scheme.default_fonds, filed_on.year, retention or period.code)
        items = catalogue_items(session, ws.vault, case.id)
        late = max(0, (filed_on - due_date(case.action_ended_at)).days)
        if late and not is_a_reason(late_reason):
            raise LateReasonMissingError(case_no=case.case_no, days=late)
        volume = ArchiveVolume(
            case_id=case.id, archive_code=code.code, fonds=code.fonds, category=code.category, year=code.year,
            retention=code.retention,
            seq=code.seq, title=case.title, filed_on=filed_on, action_ended_at=case.action_ended_at, late_days=late,
            late_reason=late_reason.strip(), total_pages=sum(i.pages for i in items),
            total_seconds=sum(i.seconds for i in items), created_by=actor.username)
        session.add(volume)
        session.flush()
        for item in items:
            item.volume_id = volume.id
            session.add(item)
        uow.audit("volume.file", "archive_volume", code.code,
                  {"case": case.case_no, "filed_on": filed_on.isoformat(), "items": len(items),
                   "documents": sum(i.kind == "document" for i in items),
                   "media": sum(i.kind == "media" for i in items), "late_days": late,
                   "late_reason": late_reason.strip(), "retention": code.retention,
                   "retention_rule": period.rule_code if not retention else "", "findings": len(findings)})
        if findings:
            uow.audit("case.filing_with_findings", "case", case.case_no,
                      {"archive_code": code.code, "reason": findings_reason.strip(),
                       "findings": [f"{f.rule}: {f.text()}" for f in findings]})
        if checked is None:  # the case changed between the checks and this transaction
            raise ConcurrentChangeError()
        filing.keep(uow, ws, checked, volume, items, case.case_no, checks_reason)
        case_files.mark_archived(uow, case.id, filed_on)
        session.flush()
        return _view(session, volume)


def find(session: Session, key: str) -> ArchiveVolume:
    """A volume by archive code or by case number."""
    volume = session.execute(select(ArchiveVolume).where(ArchiveVolume.archive_code == key)).scalar_one_or_none()
    if volume is None:
        volume = session.execute(select(ArchiveVolume).join(Case, Case.id == ArchiveVolume.case_id)
                                 .where(Case.case_no == key)).scalar_one_or_none()
    if volume is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "archive volume"), key=key)
    return volume


def get_volume(ws: Workstation, actor: Actor, key: str) -> VolumeView:
    """A volume by its archive code or its case number."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "archive_volume", key)
        return _view(uow.session, find(uow.session, key))


def volume_for_case(session: Session, case_id: int) -> ArchiveVolume | None:
    return session.execute(select(ArchiveVolume).where(ArchiveVolume.case_id == case_id)).scalar_one_or_none()


def filing_rows(ws: Workstation, actor: Actor, *, today: date | None = None,
                states: Sequence[Deadline] | None = None) -> list[FilingRow]:
    """Cases whose action has ended, with their Art. 26 deadline state; unfiled ones first, the most urgent first."""
    today = today or clock.today()
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        rows = uow.session.execute(
            select(Case.id, Case.case_no, Case.title, Case.action_ended_at, Case.archived_at,
                   ArchiveVolume.archive_code, ArchiveVolume.id)
            .outerjoin(ArchiveVolume, ArchiveVolume.case_id == Case.id)
            .where(Case.action_ended_at.is_not(None))).all()
        media_counts: dict[str, int] = {}
        unfiled = [r[0] for r in rows if r[4] is None]
        for clip in evidence_clips_in(uow.session, ws.vault, case_ids=unfiled):
            media_counts[clip.case_no] = media_counts.get(clip.case_no, 0) + 1
    out = []
    for cid, case_no, title, ended, archived, code, vid in rows:
        assert ended is not None  # selected so
        state = deadline_state(ended, archived, today)
        if states is not None and state not in states:
            continue
        due = due_date(ended)
        out.append(FilingRow(cid, case_no, title, ended, due, (due - today).days, state.value, archived, code or "",
                             vid, media_counts.get(case_no, 0)))
    out.sort(key=lambda r: (r.archived_at is not None, r.due_on if r.archived_at is None else date.max - r.due_on,
                            r.case_no))
    return out


def list_volumes(ws: Workstation, actor: Actor) -> list[VolumeView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "archive_volume", "*")
        volumes = uow.session.execute(select(ArchiveVolume).order_by(ArchiveVolume.filed_on.desc(),
                                                                     ArchiveVolume.id.desc())).scalars().all()
        return [_view(uow.session, v) for v in volumes]
