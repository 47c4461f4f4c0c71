"""Running the 四性检测: its settings, a check of one volume or all, and the report kept in the vault (audited)."""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.archiving.four_properties import engine, volume_subject
from archive_core.archiving.four_properties.content import Facts
from archive_core.archiving.four_properties.engine import Occasion, Problem, Settings, Subject
from archive_core.archiving.four_properties.report import Report, render
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.people import names_of
from archive_core.spine.progress import Progress
from archive_core.spine.vault.fixity import register
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.archiving import ArchiveVolume, CheckReport, CheckSetting
from models.cases import Case

DEFAULT_ALLOWED = ("mp4/h264", "mp4/aac", "mp3", "wav", "aac", "pdf", "ofd", "jpeg", "tiff", "png")
DEFAULT_SIGNATURES = "/var/lib/clamav"
SIGNATURES_ENV = "ARCHIVE_WS_CLAMAV_DB"
SIGNATURE_SUFFIXES = {".cvd", ".cld", ".cud", ".hdb", ".hsb", ".mdb", ".msb", ".ndb", ".ldb", ".cdb", ".yar",
                      ".yara", ".ign2", ".fp", ".sfp", ".pdb", ".wdb"}
REPORT_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class ReportView:
    id: int
    archive_code: str
    case_no: str
    occasion: str
    ok: bool
    failed: int
    not_checked: int
    json_sha256: str
    pdf_sha256: str
    override_reason: str
    checked_at: Any
    checked_by: str
    report: dict[str, Any]  # the stored JSON


def _setting(session: Session, key: str) -> Any:
    row = session.get(CheckSetting, key)
    return None if row is None else json.loads(row.value)


def settings_of(session: Session) -> Settings:
    allowed = _setting(session, "allowed_formats") or list(DEFAULT_ALLOWED)
    folder = Path(_setting(session, "clamav_db") or os.environ.get(SIGNATURES_ENV) or DEFAULT_SIGNATURES)
    signatures: Path | None = folder
    missing = None
    if not folder.is_dir() or not any(p.suffix in SIGNATURE_SUFFIXES for p in folder.iterdir()):
        signatures = None
        missing = Problem(QT_TRANSLATE_NOOP("four_properties", "No ClamAV signature database in {folder}: run "
                                                               "freshclam, or set the signature folder."),
                          {"folder": str(folder)})
    return Settings(frozenset(allowed), shutil.which("clamscan"), signatures, missing)


def configure(ws: Workstation, actor: Actor, *, allowed_formats: Sequence[str] | None = None,
              clamav_db: str | None = None) -> Settings:
    """Set the allowed formats (e.g. mp4/h264, pdf) and the ClamAV signature folder; audited."""
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "check_settings", "*")
        changes: dict[str, Any] = {}
        if allowed_formats is not None:
            cleaned = sorted({f.strip().lower() for f in allowed_formats if f.strip()})
            if not cleaned:
                raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the list of allowed formats is empty"))
            changes["allowed_formats"] = cleaned
        if clamav_db is not None:
            changes["clamav_db"] = clamav_db
        for key, value in changes.items():
            row = uow.session.get(CheckSetting, key) or CheckSetting(key=key)
            row.value, row.updated_at, row.updated_by = json.dumps(value), clock.now(), actor.username
            uow.session.add(row)
        uow.audit("check.settings", "check_settings", "*", changes)
        uow.session.flush()
        return settings_of(uow.session)


def run(subject: Subject, occasion: Occasion, settings: Settings) -> list[engine.CheckResult]:
    return engine.run(subject, occasion, settings, Facts(subject.items, settings.decode_frames))


def keep(uow: UnitOfWork, ws: Workstation, case_id: int, volume_id: int | None, report: Report) -> CheckReport:
    """Store the report's JSON and PDF in the vault, link them to the case and volume, and note it in the trail."""
    tr = Translator(REPORT_LANGUAGE).translate
    data = report.to_json(tr)
    document = render(report, tr, names_of(uow.session, [report.checked_by]).get(report.checked_by, ""))
    # a refused filing has no archive code yet: its report is named by, and audited on, the case
    name = f"四性检测报告-{report.label or report.case_no}"
    stored = [ws.vault.put_stream(io.BytesIO(blob), f"{name}.{ext}")
              for blob, ext in ((data, "json"), (document, "pdf"))]
    for obj, ext in zip(stored, ("json", "pdf"), strict=True):
        register(uow, obj, f"{name}.{ext}")
    row = CheckReport(case_id=case_id, volume_id=volume_id, occasion=report.occasion.value,
                      outcome="pass" if report.ok else "fail", failed=report.count(engine.Outcome.FAIL),
                      not_checked=report.count(engine.Outcome.NOT_CHECKED), json_sha256=stored[0].sha256,
                      pdf_sha256=stored[1].sha256, override_reason=report.override_reason,
                      checked_at=report.checked_at, checked_by=report.checked_by)
    uow.session.add(row)
    uow.session.flush()
    target = ("archive_volume", report.label) if volume_id is not None else ("case", report.case_no)
    uow.audit("check.report", *target, {
        "occasion": report.occasion.value, "ok": report.ok, "report": row.id, "json": stored[0].sha256,
        "pdf": stored[1].sha256, "failed": [f"{r.code} {p.file}".strip() for r in engine.failed(report.results)
                                            for p in r.problems][:50],
        "not_checked": [r.code for r in report.results if r.outcome is engine.Outcome.NOT_CHECKED],
        "override_reason": report.override_reason})
    return row


def _view(ws: Workstation, session: Session, row: CheckReport) -> ReportView:
    volume = session.get(ArchiveVolume, row.volume_id) if row.volume_id else None
    case = session.get(Case, row.case_id)
    with ws.vault.open_object(row.json_sha256) as fh:
        stored = json.loads(fh.read())
    return ReportView(row.id, volume.archive_code if volume else "", case.case_no if case else "", row.occasion,
                      row.outcome == "pass", row.failed, row.not_checked, row.json_sha256, row.pdf_sha256,
                      row.override_reason, row.checked_at, row.checked_by, stored)


def _volume(session: Session, key: str) -> ArchiveVolume:
    volume = session.execute(select(ArchiveVolume).where(ArchiveVolume.archive_code == key)).scalar_one_or_none()
    if volume is None:
        volume = session.execute(select(ArchiveVolume).join(Case, Case.id == ArchiveVolume.case_id)
                                 .where(Case.case_no == key)).scalar_one_or_none()
    if volume is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "archive volume"), key=key)
    return volume


def _case_id(session: Session, key: str) -> int:
    """The case of a volume (by archive code or case number), or of a case not filed yet (refused filings)."""
    try:
        return _volume(session, key).case_id
    except NotFoundError:
        case_id = session.execute(select(Case.id).where(Case.case_no == key)).scalar_one_or_none()
        if case_id is None:
            raise
        return case_id


def _check_one(ws: Workstation, actor: Actor, volume_id: int, occasion: Occasion) -> ReportView:
    with ws.unit(actor, write=False) as uow:
        volume = uow.session.get(ArchiveVolume, volume_id)
        assert volume is not None
        case = uow.session.get(Case, volume.case_id)
        assert case is not None
        subject = volume_subject.subject(ws, uow.session, volume, volume_subject.stored_lines(uow.session, volume))
        settings = settings_of(uow.session)
        case_id, case_no = case.id, case.case_no
    results = run(subject, occasion, settings)
    report = Report(subject.label, case_no, occasion, tuple(results), clock.now(), actor.username)
    with ws.unit(actor) as uow:
        row = keep(uow, ws, case_id, volume_id, report)
        return _view(ws, uow.session, row)


def check_volume(ws: Workstation, actor: Actor, key: str, occasion: Occasion = Occasion.STORAGE) -> ReportView:
    """Check one volume (by archive code or case number) now; the report is kept and audited."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "archive_volume", key)
        volume_id = _volume(uow.session, key).id
    return _check_one(ws, actor, volume_id, occasion)


def check_all(ws: Workstation, actor: Actor, occasion: Occasion = Occasion.STORAGE,
              progress: Progress | None = None) -> list[ReportView]:
    """Check every filed volume, one report each."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "archive_volume", "*")
        ids = uow.session.execute(select(ArchiveVolume.id).order_by(ArchiveVolume.id)).scalars().all()
    out = []
    for n, vid in enumerate(ids):
        if progress is not None:
            progress.report(n, len(ids), "")
        out.append(_check_one(ws, actor, vid, occasion))
    return out


@dataclass(frozen=True)
class StorageRun:
    total: int  # filed volumes
    due: int
    reports: list[ReportView] = field(default_factory=list)
    left_due: int = 0  # due volumes the time budget did not reach; they come first next run

    @property
    def failed(self) -> list[ReportView]:
        return [r for r in self.reports if not r.ok]


@dataclass(frozen=True)
class StorageFailure:
    archive_code: str
    case_no: str
    report_id: int
    failed: int  # check items that failed
    checked_at: datetime


def _last_checked(session: Session) -> list[tuple[int, datetime | None]]:
    """Every filed volume with its last check (any occasion: filing counts), least recently checked first."""
    last = (select(CheckReport.volume_id, func.max(CheckReport.checked_at).label("at"))
            .where(CheckReport.volume_id.is_not(None)).group_by(CheckReport.volume_id).subquery())
    rows = session.execute(select(ArchiveVolume.id, last.c.at).outerjoin(last, last.c.volume_id == ArchiveVolume.id)
                           .order_by(last.c.at.is_not(None), last.c.at, ArchiveVolume.id)).all()
    return [(vid, clock.aware(at) if at is not None else None) for vid, at in rows]


def check_due(ws: Workstation, actor: Actor, *, period_days: int, budget_seconds: float | None = None
              ) -> StorageRun:
    """The storage checks (长期保存) of this run's share of the filed volumes, least recently checked first, so that
    every volume is checked within ``period_days`` (and every one past it now); stops early when ``budget_seconds``
    are spent, after one volume at least. Each report is kept and audited as ``check_volume`` keeps it."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "archive_volume", "*")
        rows = _last_checked(uow.session)
    cutoff = clock.now() - timedelta(days=period_days)
    overdue = sum(1 for _vid, at in rows if at is None or at <= cutoff)
    due = min(len(rows), max(overdue, math.ceil(len(rows) / max(1, period_days))))
    started = time.monotonic()
    reports: list[ReportView] = []
    for vid, _at in rows[:due]:
        if reports and budget_seconds is not None and time.monotonic() - started >= budget_seconds:
            break
        reports.append(_check_one(ws, actor, vid, Occasion.STORAGE))
    return StorageRun(len(rows), due, reports, due - len(reports))


def storage_failures(session: Session) -> list[StorageFailure]:
    """Volumes whose latest storage check failed (until a later check passes), newest first."""
    latest = (select(func.max(CheckReport.id)).where(CheckReport.occasion == Occasion.STORAGE.value,
                                                     CheckReport.volume_id.is_not(None))
              .group_by(CheckReport.volume_id))
    rows = session.execute(
        select(ArchiveVolume.archive_code, Case.case_no, CheckReport.id, CheckReport.failed, CheckReport.checked_at)
        .join(ArchiveVolume, ArchiveVolume.id == CheckReport.volume_id).join(Case, Case.id == CheckReport.case_id)
        .where(CheckReport.id.in_(latest), CheckReport.outcome == "fail")
        .order_by(CheckReport.checked_at.desc(), CheckReport.id.desc())).all()
    return [StorageFailure(code, case_no, rid, failed, clock.aware(at)) for code, case_no, rid, failed, at in rows]


def reports_of(ws: Workstation, actor: Actor, key: str) -> list[ReportView]:
    """The reports kept for a volume (or a case whose filing was refused), newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "archive_volume", key)
        case_id = _case_id(uow.session, key)
        rows = uow.session.execute(select(CheckReport).where(CheckReport.case_id == case_id)
                                   .order_by(CheckReport.id.desc())).scalars().all()
        return [_view(ws, uow.session, r) for r in rows]


def report_pdf(ws: Workstation, actor: Actor, report_id: int, target: Path) -> Path:
    """Copy a kept report's PDF out of the vault to ``target`` (whole or not at all)."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "check_report", report_id)
        row = uow.session.get(CheckReport, report_id)
        if row is None:
            raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "check report"), key=str(report_id))
        sha = row.pdf_sha256
    tmp = target.with_name(f".{target.name}.part")
    try:
        with ws.vault.open_object(sha) as src, open(tmp, "wb") as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
