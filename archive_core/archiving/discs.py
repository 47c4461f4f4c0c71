"""Evidence discs (Art. 26): plan a disc set for filed cases, build and verify its images, record the results."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes, volumes
from archive_core.archiving.disc_errors import DiscFailure
from archive_core.archiving.disc_sources import DiscClip, evidence_clips
from archive_core.cases import case_files
from archive_core.spine import clock
from archive_core.spine.audit.chain import FAILED, Checkpoint
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.progress import CancelledError, Progress
from archive_core.spine.workstation import UnitOfWork, Workstation
from disc_burning import items as disc_items
from disc_burning.digests import sha256_prefix
from disc_burning.disc_set import BuiltDisc, build_disc_set
from disc_burning.errors import BuildCancelledError, DiscError, VerifyCancelledError
from disc_burning.names import volume_id
from disc_burning.plan import MEDIA, DiscPlan, Medium, plan_discs
from disc_burning.verify import verify_image
from models.archiving import (
    CopyStatus,
    Disc,
    DiscCheck,
    DiscContent,
    DiscCopy,
    DiscSet,
    DiscSetCase,
    DiscSetStatus,
    DiscStatus,
)
from models.audit import AuditCheckpoint
from models.cases import Case

DEFAULT_COPIES = ("A", "B")


class NotFiledError(ValidationError):
    code = "case_not_filed"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} has no archive volume yet, so its discs would carry no "
                                          "archive code (Art. 26).")
    hint = QT_TRANSLATE_NOOP("errors", "File the case as a volume first, then build its discs.")


class NoEvidenceError(ValidationError):
    code = "no_evidence_av"
    message = QT_TRANSLATE_NOOP("errors", "There is no evidence audio or video to put on disc for {cases}.")
    hint = QT_TRANSLATE_NOOP("errors", "Ingest the recordings and link them to the case as evidence first.")


class NoRecordingTimeError(ValidationError):
    code = "clip_without_time"
    message = QT_TRANSLATE_NOOP("errors", "The evidence clip {name} of case {case_no} has no recording time, which "
                                          "Art. 26 requires on the disc.")
    hint = QT_TRANSLATE_NOOP("errors", "Enter the clip's recording time on the A/V page, then plan again.")


class TargetExistsError(ValidationError):
    code = "disc_target_exists"
    message = QT_TRANSLATE_NOOP("errors", "The folder {folder} already holds an image named {name}; images are "
                                          "never overwritten.")
    hint = QT_TRANSLATE_NOOP("errors", "Choose an empty folder for the new disc set.")


@dataclass(frozen=True)
class PlanItemView:
    media_record_id: int
    case_no: str
    name: str
    size: int
    matter: str
    recorded_start: datetime


@dataclass(frozen=True)
class PlanDiscView:
    number: int
    count: int
    volume_label: str
    payload_bytes: int
    items: tuple[PlanItemView, ...]


@dataclass(frozen=True)
class PlanProblemView:
    code: str
    name: str
    size: int
    message: str  # English
    template: str
    hint: str
    params: dict[str, object]

    def render(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language (``translate`` looks up the "errors" context)."""
        text = translate(self.template).format(**self.params)
        return text + (" " + translate(self.hint).format(**self.params) if self.hint else "")


@dataclass(frozen=True)
class DiscPlanView:
    archive_code: str
    medium: str
    medium_label: str
    usable_bytes: int
    copies: tuple[str, ...]
    case_nos: tuple[str, ...]
    discs: tuple[PlanDiscView, ...]
    problems: tuple[PlanProblemView, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.discs)


@dataclass(frozen=True)
class BuiltDiscView:
    id: int
    number: int
    count: int
    volume_label: str
    status: str
    image: str
    image_size: int
    image_sha256: str
    files_checked: int
    problems: tuple[str, ...]
    label_pdf: str
    catalogue_pdf: str


@dataclass(frozen=True)
class DiscSetView:
    id: int
    archive_code: str
    medium: str
    status: str
    out_dir: str
    copies: tuple[str, ...]
    checkpoint_seq: int
    discs: tuple[BuiltDiscView, ...]

    @property
    def ok(self) -> bool:
        return self.status == DiscSetStatus.BUILT.value


@dataclass(frozen=True)
class ImageVerification:
    image: str
    ok: bool
    disc_id: int | None
    files_checked: int
    bytes_checked: int
    sha256: str
    problems: tuple[str, ...]


def medium_of(key: str) -> Medium:
    try:
        return MEDIA[key.lower()]
    except KeyError:
        raise ValidationError(reason=f"unknown medium {key!r}; choose one of {', '.join(MEDIA)}") from None


def check_copies(copies: Sequence[str]) -> tuple[str, ...]:
    letters = tuple(c.strip().upper() for c in copies if c.strip())
    if not letters or len(set(letters)) != len(letters) or not all(c.isalpha() and len(c) == 1 for c in letters):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "copies are distinct single letters, e.g. A and B"))
    return letters


def copies_for(count: int) -> tuple[str, ...]:
    if not 1 <= count <= 6:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "make between 1 and 6 copies of each disc"))
    return tuple("ABCDEF"[:count])


def _stage(value: str) -> disc_items.Stage:
    try:
        return disc_items.Stage(value)
    except ValueError:
        return disc_items.Stage.INVESTIGATION


def _disc_item(clip: DiscClip, case: Case) -> disc_items.DiscItem:
    if clip.recorded_start is None:
        raise NoRecordingTimeError(name=clip.original_name, case_no=case.case_no)
    return disc_items.DiscItem(
        source=clip.source, original_name=clip.original_name, size=clip.size, sha256=clip.sha256,
        sm3=clip.sm3, matter=clip.matter or clip.original_name, recorded_start=clip.recorded_start,
        recorded_end=clip.recorded_end or clip.recorded_start, place=clip.place, method=clip.method,
        officers=tuple(disc_items.Officer(name, cert) for name, cert in clip.officers), case_number=case.case_no,
        case_title=case.title, stage=_stage(clip.stage), device_id=clip.device_id,
        confidentiality=clip.confidentiality,
    )


@dataclass(frozen=True)
class _Source:
    request: disc_items.DiscRequest
    case_ids: tuple[int, ...]
    volume_ids: tuple[int, ...]
    clips: dict[str, DiscClip]  # by sha256


def _source(ws: Workstation, session: Session, case_nos: Sequence[str], copies: Sequence[str],
            checkpoint: dict[str, object], bagging_date: date | None = None) -> _Source:
    """The disc request for these filed cases, from the catalogue: Art. 26 elements from the A/V records."""
    if not case_nos:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name at least one case"))
    found = [case_files.get_case(session, no) for no in dict.fromkeys(case_nos)]
    vols = []
    for case in found:
        vol = volumes.volume_for_case(session, case.id)
        if vol is None:
            raise NotFiledError(case_no=case.case_no)
        vols.append(vol)
    by_id = {c.id: c for c in found}
    clips = evidence_clips(session, ws.vault.root, list(by_id))
    if not clips:
        raise NoEvidenceError(cases="、".join(c.case_no for c in found))
    agency = archive_codes.scheme_of(session).agency_name or found[0].agency or found[0].entrusting_agency
    try:
        request = disc_items.DiscRequest(
            archive_code=", ".join(v.archive_code for v in vols),
            items=tuple(_disc_item(clip, by_id[clip.case_id]) for clip in clips),
            agency_name=agency, audit_checkpoint=checkpoint, copies=tuple(copies),
            bagging_date=bagging_date or clock.today(),
        )
    except DiscError as exc:
        raise DiscFailure(exc) from exc
    return _Source(request, tuple(by_id), tuple(v.id for v in vols), {c.sha256: c for c in clips})


def _plan_view(plan: DiscPlan, source: _Source) -> DiscPlanView:
    request = plan.request
    clip_ids = {sha: c.media_record_id for sha, c in source.clips.items()}
    discs = tuple(
        PlanDiscView(d.number, d.count, volume_id(request.archive_code, d.number, d.count), d.payload_bytes,
                     tuple(PlanItemView(clip_ids[i.sha256], i.case_number, i.original_name, i.size, i.matter,
                                        i.recorded_start) for i in d.items))
        for d in plan.discs)
    problems = tuple(PlanProblemView(p.error.code, p.item.original_name, p.item.size, p.message, p.error.message,
                                     p.error.hint, dict(p.error.params)) for p in plan.problems)
    return DiscPlanView(request.archive_code, plan.medium.key, plan.medium.label, plan.medium.usable,
                        request.copies, tuple(dict.fromkeys(i.case_number for i in request.items)), discs, problems)


def plan_for_cases(ws: Workstation, actor: Actor, case_nos: Sequence[str], medium: str = "dvd",
                   copies: Sequence[str] = DEFAULT_COPIES) -> DiscPlanView:
    """How the cases' evidence A/V falls onto discs of ``medium`` ("n of N"), and what does not fit."""
    chosen = medium_of(medium)
    letters = check_copies(copies)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DISC_BUILD, "case", ",".join(case_nos))
        source = _source(ws, uow.session, case_nos, letters, {})
        return _plan_view(plan_discs(source.request, chosen), source)


def signed_checkpoint(uow: UnitOfWork) -> Checkpoint:
    """A signed checkpoint over the trail so far (including what this unit audited): a new one, or the latest."""
    cp = uow.checkpoint()
    if cp is not None:
        return cp
    row = uow.session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)).scalar_one()
    return Checkpoint.from_row(row)


def _outputs(out_dir: Path, volume_label: str) -> list[Path]:
    return [out_dir / f"{volume_label}.iso", out_dir / f"{volume_label}-label.pdf",
            out_dir / f"{volume_label}-catalogue.pdf"]


def _discard_outputs(out_dir: Path, volume_labels: Sequence[str]) -> None:
    """A failed or cancelled build leaves no image, label or catalogue that could pass for finished."""
    for label in volume_labels:
        for path in _outputs(out_dir, label):
            path.unlink(missing_ok=True)


def build_set(ws: Workstation, actor: Actor, case_nos: Sequence[str], out_dir: str | Path | None = None, *,
              medium: str = "dvd", copies: Sequence[str] = DEFAULT_COPIES,
              progress: Progress | None = None) -> DiscSetView:
    """Plan, build and verify the images of a disc set and register it; any verification problem fails the disc
    and the set, and nothing of it can be burned. Cancel through ``progress``."""
    chosen = medium_of(medium)
    letters = check_copies(copies)
    with ws.unit(actor) as uow:
        uow.require(Permission.DISC_BUILD, "case", ",".join(case_nos))
        probe = _source(ws, uow.session, case_nos, letters, {})
        plan = plan_discs(probe.request, chosen)
        if not plan.ok:
            raise DiscFailure(plan.problems[0].error)
        disc_set = DiscSet(archive_code=probe.request.archive_code, medium=chosen.key, copies=",".join(letters),
                           status=DiscSetStatus.BUILDING.value, created_by=actor.username)
        uow.session.add(disc_set)
        uow.session.flush()
        target = Path(out_dir) if out_dir is not None else ws.paths.home / "discs" / f"set-{disc_set.id:05d}"
        target = target.expanduser().resolve()
        for d in plan.discs:
            for path in _outputs(target, volume_id(probe.request.archive_code, d.number, d.count)):
                if path.exists():
                    raise TargetExistsError(folder=str(target), name=path.name)
        disc_set.out_dir = str(target)
        for case_id, vol_id in zip(probe.case_ids, probe.volume_ids, strict=True):
            uow.session.add(DiscSetCase(disc_set_id=disc_set.id, case_id=case_id, volume_id=vol_id))
        uow.audit("disc.build_start", "disc_set", disc_set.id,
                  {"archive_code": probe.request.archive_code, "medium": chosen.key, "copies": list(letters),
                   "discs": len(plan.discs), "items": [i.sha256 for i in probe.request.items],
                   "out_dir": str(target)})
        cp = signed_checkpoint(uow)
        disc_set.checkpoint_seq = cp.seq
        set_id = disc_set.id
        # The disc carries the checkpoint: it proves the trail up to the start of this build.
        source = _source(ws, uow.session, case_nos, letters, asdict(cp), probe.request.bagging_date)

    plan = plan_discs(source.request, chosen)
    planned = [volume_id(source.request.archive_code, d.number, d.count) for d in plan.discs]

    def report(step: str, done: int, total: int) -> None:
        if progress is not None:
            progress.report(done, total, step)

    cancelled = (lambda: progress.cancelled) if progress is not None else None
    started = time.monotonic()
    try:
        built = build_disc_set(plan, target, report, cancelled)
        digests = []
        for n, disc in enumerate(built, start=1):
            report(f"digest {n}/{len(built)}", 0, disc.image.size)
            digests.append(sha256_prefix(disc.image.path, disc.image.size)[1])
            report(f"digest {n}/{len(built)}", disc.image.size, disc.image.size)
    except (DiscError, OSError) as exc:
        _discard_outputs(target, planned)
        was_cancelled = isinstance(exc, BuildCancelledError | VerifyCancelledError)
        _fail_set(ws, actor, set_id, exc, was_cancelled)
        if was_cancelled:
            raise CancelledError() from exc
        if isinstance(exc, DiscError):
            raise DiscFailure(exc) from exc
        raise DiscFailure(DiscError(reason=str(exc))) from exc
    return _record_built(ws, actor, set_id, source, built, digests, time.monotonic() - started)


def _fail_set(ws: Workstation, actor: Actor, set_id: int, exc: BaseException, cancelled: bool) -> None:
    with ws.unit(actor) as uow:
        disc_set = uow.session.get(DiscSet, set_id)
        assert disc_set is not None
        disc_set.status = (DiscSetStatus.CANCELLED if cancelled else DiscSetStatus.FAILED).value
        disc_set.error = str(exc)
        uow.audit("disc.build", "disc_set", set_id, {"status": disc_set.status, "error": str(exc)}, outcome=FAILED)


def _record_built(ws: Workstation, actor: Actor, set_id: int, source: _Source, built: list[BuiltDisc],
                  digests: list[str], seconds: float) -> DiscSetView:
    now = clock.now()
    with ws.unit(actor) as uow:
        session = uow.session
        disc_set = session.get(DiscSet, set_id)
        assert disc_set is not None
        all_ok = True
        for b, image_sha in zip(built, digests, strict=True):
            v = b.verification
            ok = v.ok
            all_ok &= ok
            disc = Disc(disc_set_id=set_id, number=b.layout.disc.number, count=b.layout.disc.count,
                        volume_label=b.layout.volume_id,
                        status=(DiscStatus.VERIFIED if ok else DiscStatus.FAILED).value,
                        image_path=str(b.image.path.resolve()), image_size=b.image.size, image_sha256=image_sha,
                        payload_bytes=b.layout.disc.payload_bytes, files_checked=v.files_checked,
                        problems="\n".join(str(p) for p in v.problems), label_pdf=str(b.label_pdf.resolve()),
                        catalogue_pdf=str(b.catalogue_pdf.resolve()), built_at=now, verified_at=now)
            session.add(disc)
            session.flush()
            media = {e.sha256: e.path for e in b.layout.entries if e.source is not None}
            for item in b.layout.disc.items:
                clip = source.clips[item.sha256]
                session.add(DiscContent(disc_id=disc.id, media_record_id=clip.media_record_id, case_id=clip.case_id,
                                        path=media[item.sha256], original_name=item.original_name, size=item.size,
                                        sha256=item.sha256, sm3=item.sm3))
            session.add(DiscCheck(disc_id=disc.id, kind="verify", source=disc.image_path, ok=ok,
                                  bytes_read=v.bytes_checked, problem=disc.problems, checked_at=now,
                                  checked_by=actor.username))
            if ok:  # only a verified disc gets copies to burn (Art. 26)
                for letter in disc_set.copies.split(","):
                    session.add(DiscCopy(disc_id=disc.id, copy=letter, status=CopyStatus.PENDING.value,
                                         recheck_months=recheck_months_for(letter)))
            uow.audit("disc.built", "disc", disc.id,
                      {"set": set_id, "disc": f"{disc.number} of {disc.count}", "volume_id": disc.volume_label,
                       "image": disc.image_path, "size": disc.image_size, "sha256": image_sha,
                       "items": [c.sha256 for c in b.layout.disc.items], "verified": ok,
                       "problems": [str(p) for p in v.problems][:20]},
                      outcome="ok" if ok else FAILED)
        disc_set.status = (DiscSetStatus.BUILT if all_ok else DiscSetStatus.FAILED).value
        uow.audit("disc.build", "disc_set", set_id, {"status": disc_set.status, "discs": len(built),
                                                     "seconds": round(seconds, 1)},
                  outcome="ok" if all_ok else FAILED)
        session.flush()
        return set_view(session, disc_set)


def recheck_months_for(copy: str) -> int:
    """Sealed copy A is read back every 12 months; copies in use (B, …) every 6 months."""
    return 12 if copy == "A" else 6


def set_view(session: Session, disc_set: DiscSet) -> DiscSetView:
    discs = session.execute(select(Disc).where(Disc.disc_set_id == disc_set.id).order_by(Disc.number)).scalars()
    return DiscSetView(
        disc_set.id, disc_set.archive_code, disc_set.medium, disc_set.status, disc_set.out_dir,
        tuple(disc_set.copies.split(",")), disc_set.checkpoint_seq,
        tuple(BuiltDiscView(d.id, d.number, d.count, d.volume_label, d.status, d.image_path, d.image_size,
                            d.image_sha256, d.files_checked, tuple(p for p in d.problems.splitlines() if p),
                            d.label_pdf, d.catalogue_pdf) for d in discs))


def _disc_by_image(session: Session, image: Path) -> Disc | None:
    return session.execute(select(Disc).where(Disc.image_path == str(image)).order_by(Disc.id.desc())
                           .limit(1)).scalar_one_or_none()


def verify_image_file(ws: Workstation, actor: Actor, image: str | Path,
                      progress: Progress | None = None) -> ImageVerification:
    """Check an image: its bag (every file against its manifests) and, for a registered image, its whole-image
    SHA-256. A registered disc that fails is marked failed and can no longer be burned."""
    path = Path(image).expanduser().resolve()
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DISC_BUILD, "disc_image", str(path))
        disc = _disc_by_image(uow.session, path)
        disc_id, want, size = (disc.id, disc.image_sha256, disc.image_size) if disc else (None, "", 0)
    if not path.is_file():
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "disc image"), key=str(path))
    started = time.monotonic()
    report = (lambda done, total: progress.report(done, total, "verify")) if progress is not None else None
    cancelled = (lambda: progress.cancelled) if progress is not None else None
    try:
        result = verify_image(path, None, report, cancelled)
    except VerifyCancelledError as exc:
        raise CancelledError() from exc
    problems = [str(p) for p in result.problems]
    actual = path.stat().st_size
    _read, got = sha256_prefix(path, actual)
    if disc_id is not None and (got != want or actual != size):
        problems.append(f"image SHA-256 {got} ({actual} bytes) differs from the registered {want} ({size} bytes)")
    ok = not problems
    if disc_id is not None:
        with ws.unit(actor) as uow:
            row = uow.session.get(Disc, disc_id)
            assert row is not None
            uow.session.add(DiscCheck(disc_id=disc_id, kind="verify", source=str(path), ok=ok,
                                      bytes_read=result.bytes_checked, seconds=time.monotonic() - started,
                                      problem="\n".join(problems), checked_by=actor.username))
            if not ok:
                row.status = DiscStatus.FAILED.value
                row.problems = "\n".join(problems)
                disc_set = uow.session.get(DiscSet, row.disc_set_id)
                assert disc_set is not None
                disc_set.status = DiscSetStatus.FAILED.value
            uow.audit("disc.verify", "disc", disc_id, {"image": str(path), "ok": ok, "problems": problems[:20]},
                      outcome="ok" if ok else FAILED)
    return ImageVerification(str(path), ok, disc_id, result.files_checked, result.bytes_checked, got,
                             tuple(problems))

