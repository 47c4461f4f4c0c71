"""The disc register (Art. 26): burning copies, storage locations, periodic read-back checks and their warnings."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.archiving.disc_errors import DiscFailure
from archive_core.spine import clock
from archive_core.spine.audit.chain import FAILED
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.officers import require_any
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import Workstation
from disc_burning import burn
from disc_burning.errors import DiscError
from models.archiving import CopyStatus, Disc, DiscCheck, DiscContent, DiscCopy, DiscSet, DiscSetCase, DiscStatus
from models.cases import Case

DUE_SOON_DAYS = 30
# A read-back slower than this share of the copy's first read means the medium is degrading.
SLOW_SHARE = 0.5
READ_ATTEMPTS = 3
READ_PERMISSIONS = (Permission.DISC_REGISTER, Permission.DISC_BUILD, Permission.CASE_READ)


class Health(StrEnum):
    NOT_BURNED = "not_burned"
    OK = "ok"
    DUE_SOON = "due_soon"   # re-check due within 30 days
    OVERDUE = "overdue"     # re-check date passed
    DEGRADED = "degraded"   # the last read needed retries or was much slower than the first
    FAILED = "failed"       # burn or last read-back failed

    @property
    def rank(self) -> int:
        return list(Health).index(self)


HEALTH_LABELS = {
    Health.NOT_BURNED: QT_TRANSLATE_NOOP("archiving", "Not burned"),
    Health.OK: QT_TRANSLATE_NOOP("archiving", "Good"),
    Health.DUE_SOON: QT_TRANSLATE_NOOP("archiving", "Re-check due soon"),
    Health.OVERDUE: QT_TRANSLATE_NOOP("archiving", "Re-check overdue"),
    Health.DEGRADED: QT_TRANSLATE_NOOP("archiving", "Reads degrading"),
    Health.FAILED: QT_TRANSLATE_NOOP("archiving", "Failed"),
}

CHECK_KIND_LABELS = {
    "verify": QT_TRANSLATE_NOOP("archiving", "image verified"),
    "burn": QT_TRANSLATE_NOOP("archiving", "burned and read back"),
    "recheck": QT_TRANSLATE_NOOP("archiving", "re-checked"),
}


class DiscNotVerifiedError(ValidationError):
    code = "disc_not_verified"
    message = QT_TRANSLATE_NOOP("errors", "Disc {disc} failed verification and must not be burned or archived.")
    hint = QT_TRANSLATE_NOOP("errors", "Build the disc set again; keep the failed image for inspection.")


class CopyNotFoundError(NotFoundError):
    code = "disc_copy_not_found"
    message = QT_TRANSLATE_NOOP("errors", "Disc {disc} has no copy {copy}.")
    hint = QT_TRANSLATE_NOOP("errors", "Copies of this disc: {copies}.")


class AlreadyBurnedError(ValidationError):
    code = "disc_copy_burned"
    message = QT_TRANSLATE_NOOP("errors", "Copy {copy} of disc {disc} is already burned and verified.")
    hint = QT_TRANSLATE_NOOP("errors", "Choose another copy, or record a re-check of this one.")


@dataclass(frozen=True)
class CheckView:
    id: int
    kind: str
    source: str
    ok: bool
    bytes_read: int
    seconds: float
    attempts: int
    problem: str
    checked_at: datetime
    checked_by: str

    @property
    def rate(self) -> float:
        """Bytes per second, 0 when unknown."""
        return self.bytes_read / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class CopyView:
    id: int
    disc_id: int
    copy: str
    status: str
    drive: str
    burned_at: datetime | None
    location: str
    recheck_months: int
    next_check_due: date | None
    health: str
    last_check: CheckView | None


@dataclass(frozen=True)
class ContentView:
    media_record_id: int
    case_no: str
    path: str
    original_name: str
    size: int
    sha256: str
    sm3: str


@dataclass(frozen=True)
class DiscRow:
    id: int
    set_id: int
    archive_code: str
    case_nos: tuple[str, ...]
    number: int
    count: int
    volume_label: str
    medium: str
    status: str
    image_path: str
    image_size: int
    image_sha256: str
    item_count: int
    label_pdf: str
    built_at: datetime
    copies: tuple[CopyView, ...]
    health: str  # the worst health of the copies

    @property
    def bag_count(self) -> str:
        return f"{self.number} of {self.count}"


@dataclass(frozen=True)
class DiscDetail:
    disc: DiscRow
    contents: tuple[ContentView, ...]
    checks: tuple[CheckView, ...]
    problems: tuple[str, ...]


def copy_health(status: str, next_due: date | None, checks: Sequence[CheckView], today: date) -> Health:
    """Warning level of one copy from its status, schedule and read-back history (oldest check first)."""
    if status == CopyStatus.PENDING.value:
        return Health.NOT_BURNED
    if status == CopyStatus.FAILED.value or (checks and not checks[-1].ok):
        return Health.FAILED
    reads = [c for c in checks if c.ok and c.rate > 0]
    last = checks[-1] if checks else None
    if last is not None and (last.attempts > 1 or (len(reads) > 1 and reads[-1] is last
                                                   and last.rate < SLOW_SHARE * reads[0].rate)):
        return Health.DEGRADED
    if next_due is not None and next_due < today:
        return Health.OVERDUE
    if next_due is not None and (next_due - today).days <= DUE_SOON_DAYS:
        return Health.DUE_SOON
    return Health.OK


def _check_view(c: DiscCheck) -> CheckView:
    return CheckView(c.id, c.kind, c.source, c.ok, c.bytes_read, c.seconds, c.attempts, c.problem, c.checked_at,
                     c.checked_by)


def _rows(session: Session, discs: Sequence[Disc], today: date) -> list[DiscRow]:
    ids = [d.id for d in discs]
    if not ids:
        return []
    set_ids = {d.disc_set_id for d in discs}
    sets = {s.id: s for s in session.execute(select(DiscSet).where(DiscSet.id.in_(set_ids))).scalars()}
    case_nos: dict[int, list[str]] = {}
    for set_id, case_no in session.execute(select(DiscSetCase.disc_set_id, Case.case_no)
                                           .join(Case, Case.id == DiscSetCase.case_id)
                                           .where(DiscSetCase.disc_set_id.in_(set_ids)).order_by(Case.case_no)):
        case_nos.setdefault(set_id, []).append(case_no)
    counts: dict[int, int] = {}
    for (disc_id,) in session.execute(select(DiscContent.disc_id).where(DiscContent.disc_id.in_(ids))):
        counts[disc_id] = counts.get(disc_id, 0) + 1
    checks: dict[int | None, list[CheckView]] = {}
    for c in session.execute(select(DiscCheck).where(DiscCheck.disc_id.in_(ids), DiscCheck.copy_id.is_not(None))
                             .order_by(DiscCheck.checked_at, DiscCheck.id)).scalars():
        checks.setdefault(c.copy_id, []).append(_check_view(c))
    copies: dict[int, list[CopyView]] = {}
    for cp in session.execute(select(DiscCopy).where(DiscCopy.disc_id.in_(ids)).order_by(DiscCopy.copy)).scalars():
        history = checks.get(cp.id, [])
        copies.setdefault(cp.disc_id, []).append(CopyView(
            cp.id, cp.disc_id, cp.copy, cp.status, cp.drive, cp.burned_at, cp.location, cp.recheck_months,
            cp.next_check_due, copy_health(cp.status, cp.next_check_due, history, today).value,
            history[-1] if history else None))
    out = []
    for d in discs:
        s = sets[d.disc_set_id]
        mine = tuple(copies.get(d.id, ()))
        if d.status == DiscStatus.FAILED.value:
            worst = Health.FAILED
        else:
            worst = max((Health(c.health) for c in mine), key=lambda h: h.rank, default=Health.NOT_BURNED)
        out.append(DiscRow(d.id, s.id, s.archive_code, tuple(case_nos.get(s.id, ())), d.number, d.count,
                           d.volume_label, s.medium, d.status, d.image_path, d.image_size, d.image_sha256,
                           counts.get(d.id, 0), d.label_pdf, d.built_at, mine, worst.value))
    return out


def list_discs(ws: Workstation, actor: Actor, *, today: date | None = None, case_no: str | None = None,
               attention: bool = False) -> list[DiscRow]:
    """The register, newest first; ``attention`` keeps discs with a failed, degraded or due copy."""
    today = today or clock.today()
    with ws.unit(actor, write=False) as uow:
        require_any(uow, READ_PERMISSIONS, "disc", "*")
        stmt = select(Disc).order_by(Disc.id.desc())
        if case_no:
            stmt = stmt.join(DiscSetCase, DiscSetCase.disc_set_id == Disc.disc_set_id).join(
                Case, Case.id == DiscSetCase.case_id).where(Case.case_no == case_no)
        rows = _rows(uow.session, uow.session.execute(stmt).scalars().all(), today)
    if attention:
        quiet = {Health.OK.value, Health.NOT_BURNED.value}
        rows = [r for r in rows if r.health not in quiet]
    return rows


def _disc(session: Session, disc_id: int) -> Disc:
    disc = session.get(Disc, disc_id)
    if disc is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "disc"), key=str(disc_id))
    return disc


def _copy(session: Session, disc: Disc, letter: str) -> DiscCopy:
    letter = letter.strip().upper()
    found = session.execute(select(DiscCopy).where(DiscCopy.disc_id == disc.id, DiscCopy.copy == letter)
                            ).scalar_one_or_none()
    if found is None:
        letters = session.execute(select(DiscCopy.copy).where(DiscCopy.disc_id == disc.id)).scalars().all()
        raise CopyNotFoundError(disc=disc.id, copy=letter, copies="、".join(letters) or "—")
    return found


def disc_detail(ws: Workstation, actor: Actor, disc_id: int, today: date | None = None) -> DiscDetail:
    with ws.unit(actor, write=False) as uow:
        require_any(uow, READ_PERMISSIONS, "disc", disc_id)
        session = uow.session
        disc = _disc(session, disc_id)
        (row,) = _rows(session, [disc], today or clock.today())
        contents = session.execute(select(DiscContent, Case.case_no).join(Case, Case.id == DiscContent.case_id)
                                   .where(DiscContent.disc_id == disc_id).order_by(DiscContent.path)).all()
        checks = session.execute(select(DiscCheck).where(DiscCheck.disc_id == disc_id)
                                 .order_by(DiscCheck.checked_at, DiscCheck.id)).scalars()
        return DiscDetail(row, tuple(ContentView(c.media_record_id, no, c.path, c.original_name, c.size, c.sha256,
                                                 c.sm3) for c, no in contents),
                          tuple(_check_view(c) for c in checks),
                          tuple(p for p in disc.problems.splitlines() if p))


def burn_copy(ws: Workstation, actor: Actor, disc_id: int, copy: str, drive: str, *,
              allow_overwrite: bool = False, progress: Progress | None = None) -> CopyView:
    """Burn copy ``copy`` of a verified disc to ``drive`` (a device or ``stdio:/file``), read it back and compare;
    the copy is registered as burned only when the read-back matches the image digest."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DISC_BURN, "disc", disc_id)
        disc = _disc(uow.session, disc_id)
        if disc.status != DiscStatus.VERIFIED.value:
            raise DiscNotVerifiedError(disc=disc.id)
        target = _copy(uow.session, disc, copy)
        if target.status == CopyStatus.BURNED.value:
            raise AlreadyBurnedError(disc=disc.id, copy=target.copy)
        image, sha, size, copy_id = Path(disc.image_path), disc.image_sha256, disc.image_size, target.id
    report = (lambda done, total: progress.report(done, total, "burn")) if progress is not None else None
    started = time.monotonic()
    error: DiscError | None = None
    try:
        burn.burn_image(image, drive, image_sha256=sha, progress=report, allow_overwrite=allow_overwrite)
    except DiscError as exc:
        error = exc
    except OSError as exc:
        error = DiscError(reason=str(exc))
    seconds = time.monotonic() - started
    now = clock.now()
    with ws.unit(actor) as uow:
        row = uow.session.get(DiscCopy, copy_id)
        assert row is not None
        row.drive = drive
        uow.session.add(DiscCheck(disc_id=disc_id, copy_id=copy_id, kind="burn", source=drive, ok=error is None,
                                  bytes_read=size if error is None else 0, seconds=seconds,
                                  problem=str(error or ""), checked_at=now, checked_by=actor.username))
        if error is None:
            row.status, row.burned_at, row.burned_by = CopyStatus.BURNED.value, now, actor.username
            row.next_check_due = clock.add_months(clock.local_date(now), row.recheck_months)
        else:
            row.status = CopyStatus.FAILED.value
        uow.audit("disc.burn", "disc_copy", f"{disc_id}{row.copy}",
                  {"disc": disc_id, "copy": row.copy, "drive": drive, "size": size, "sha256": sha,
                   "seconds": round(seconds, 2), "error": getattr(error, "code", "")},
                  outcome="ok" if error is None else FAILED)
    if error is not None:
        raise DiscFailure(error) from error
    return _copy_view(ws, actor, disc_id, copy)


def _copy_view(ws: Workstation, actor: Actor, disc_id: int, copy: str) -> CopyView:
    detail = disc_detail(ws, actor, disc_id)
    return next(c for c in detail.disc.copies if c.copy == copy.strip().upper())


def locate_copy(ws: Workstation, actor: Actor, disc_id: int, copy: str, location: str,
                recheck_months: int | None = None) -> CopyView:
    """Record where a copy is kept (e.g. 档案室 3 号柜 A 层) and, optionally, its re-check interval."""
    location = location.strip()
    if not location:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "say where the disc is kept"))
    if recheck_months is not None and not 1 <= recheck_months <= 60:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the re-check interval is 1 to 60 months"))
    with ws.unit(actor) as uow:
        uow.require(Permission.DISC_REGISTER, "disc", disc_id)
        disc = _disc(uow.session, disc_id)
        row = _copy(uow.session, disc, copy)
        before = {"location": row.location, "recheck_months": row.recheck_months}
        row.location, row.located_at = location, clock.now()
        if recheck_months is not None:
            row.recheck_months = recheck_months
            if row.burned_at is not None:
                last = max((c.checked_at for c in uow.session.execute(
                    select(DiscCheck).where(DiscCheck.copy_id == row.id, DiscCheck.ok.is_(True))).scalars()),
                    default=row.burned_at)
                row.next_check_due = clock.add_months(clock.local_date(last), recheck_months)
        uow.audit("disc.locate", "disc_copy", f"{disc_id}{row.copy}",
                  {"before": before, "after": {"location": location, "recheck_months": row.recheck_months}})
    return _copy_view(ws, actor, disc_id, copy)


def _timed_read(source: str, size: int, sha256: str) -> tuple[int, float, DiscError | None]:
    """Read back up to READ_ATTEMPTS times; returns (attempts, seconds of the last attempt, final error)."""
    error: DiscError | None = None
    for attempt in range(1, READ_ATTEMPTS + 1):
        started = time.monotonic()
        try:
            burn.read_back(source, size, sha256)
            return attempt, time.monotonic() - started, None
        except DiscError as exc:
            error = exc
    return READ_ATTEMPTS, 0.0, error


def recheck_copy(ws: Workstation, actor: Actor, disc_id: int, copy: str, source: str,
                 today: date | None = None) -> CopyView:
    """Read a copy back (a drive, ``stdio:`` file or image file) and compare with the image digest; the next
    re-check is scheduled from today. A failed read is recorded and the copy shows as failed."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DISC_REGISTER, "disc", disc_id)
        disc = _disc(uow.session, disc_id)
        row = _copy(uow.session, disc, copy)
        if row.status == CopyStatus.PENDING.value:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "this copy has not been burned yet"))
        size, sha, copy_id = disc.image_size, disc.image_sha256, row.id
    where = burn.device_path(source)
    if not (where.exists() and not where.is_dir()):
        # The operator named no disc: nothing was read, so nothing about the copy is recorded.
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "drive or image file"), key=source)
    attempts, seconds, error = _timed_read(source, size, sha)
    checked_on = today or clock.today()
    with ws.unit(actor) as uow:
        current = uow.session.get(DiscCopy, copy_id)
        assert current is not None
        row = current
        uow.session.add(DiscCheck(disc_id=disc_id, copy_id=copy_id, kind="recheck", source=source, ok=error is None,
                                  bytes_read=size if error is None else 0, seconds=seconds, attempts=attempts,
                                  problem=str(error or ""), checked_by=actor.username))
        if error is None:
            row.next_check_due = clock.add_months(checked_on, row.recheck_months)
        uow.audit("disc.recheck", "disc_copy", f"{disc_id}{row.copy}",
                  {"disc": disc_id, "copy": row.copy, "source": source, "attempts": attempts,
                   "seconds": round(seconds, 3), "ok": error is None, "error": str(error or ""),
                   "next_check_due": row.next_check_due.isoformat() if row.next_check_due else None},
                  outcome="ok" if error is None else FAILED)
    return _copy_view(ws, actor, disc_id, copy)


def drives() -> list[burn.Drive]:
    """Optical drives of this machine (none is not an error here: the wizard offers "image only")."""
    try:
        return burn.list_drives()
    except DiscError:
        return []
