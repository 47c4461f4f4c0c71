"""Running the 四性检测: its settings, a check of one volume or all, and the report kept in the vault (audited)."""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
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
    stored = [ws.vault.put_stream(io.BytesIO(blob), name) for blob, name in (
        (data, f"四性检测报告-{report.label}.json"), (document, f"四性检测报告-{report.label}.pdf"))]
    for obj, name in zip(stored, ("json", "pdf"), strict=True):
        register(uow, obj, f"四性检测报告-{report.label}.{name}")
    row = CheckReport(case_id=case_id, volume_id=volume_id, occasion=report.occasion.value,
                      outcome="pass" if report.ok else "fail", failed=report.count(engine.Outcome.FAIL),
                      not_checked=report.count(engine.Outcome.NOT_CHECKED), json_sha256=stored[0].sha256,
                      pdf_sha256=stored[1].sha256, override_reason=report.override_reason,
                      checked_at=report.checked_at, checked_by=report.checked_by)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("check.report", "archive_volume", report.label, {
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


def reports_of(ws: Workstation, actor: Actor, key: str) -> list[ReportView]:
    """The reports kept for a volume, newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "archive_volume", key)
        volume = _volume(uow.session, key)
        rows = uow.session.execute(select(CheckReport).where(CheckReport.case_id == volume.case_id)
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
