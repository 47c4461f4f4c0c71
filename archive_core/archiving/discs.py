"""Evidence discs (Art. 26): plan a disc set for filed cases, build and verify its images, record the results."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes, metadata_xml, volumes
from archive_core.archiving.disc_errors import DiscFailure
from archive_core.archiving.disc_sources import disc_item
from archive_core.av.av_records import EvidenceClip, evidence_clips_in
from archive_core.cases import case_files
from archive_core.spine import clock, confidentiality, disk_space
from archive_core.spine.audit.chain import FAILED, Checkpoint
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ChoiceError, NotFoundError, ValidationError
from archive_core.spine.progress import CancelledError, Progress
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import UnitOfWork, Workstation
from disc_burning import items as disc_items
from disc_burning.bag import MEDIA_DIR
from disc_burning.digests import sha256_prefix
from disc_burning.disc_set import BuiltDisc, build_disc_set
from disc_burning.errors import BuildCancelledError, DiscError, ItemTooLargeError, VerifyCancelledError
from disc_burning.files import output_paths
from disc_burning.names import disc_names, volume_id
from disc_burning.plan import MEDIA, DiscPlan, Medium, PlannedDisc, plan_discs
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

DEFAULT_COPIES = ("A", "B")
# What an image adds to its payload (ISO 9660 and UDF structures, catalogue, index page, sidecars), generously.
IMAGE_OVERHEAD = 8 * 1024 * 1024


class NotFiledError(ValidationError):
    code = "case_not_filed"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} has no archive volume yet, so its discs would carry no "
                                          "archive code (Art. 26).")
    hint = QT_TRANSLATE_NOOP("errors", "File the case as a volume first, then build its discs.")


class NoEvidenceError(ValidationError):
    code = "no_evidence_av"
    message = QT_TRANSLATE_NOOP("errors", "There is no evidence audio or video to put on disc for {cases}.")
    hint = QT_TRANSLATE_NOOP("errors", "Ingest the recordings and link them to the case as evidence first.")


class TargetExistsError(ValidationError):
    code = "disc_target_exists"
    message = QT_TRANSLATE_NOOP("errors", "The folder {folder} already holds an image named {name}; images are "
                                          "never overwritten.")
    hint = QT_TRANSLATE_NOOP("errors", "Choose an empty folder for the new disc set.")


class PlanOutdatedError(ValidationError):
    """What would go onto the discs is no longer what the plan shown says."""

    hint = QT_TRANSLATE_NOOP("errors", "Nothing was built. Plan the discs again and check the new plan before "
                                       "building it.")


class EvidenceChangedError(PlanOutdatedError):
    code = "disc_evidence_changed"
    message = QT_TRANSLATE_NOOP("errors", "The evidence of case {case_no} changed since the plan was shown: "
                                          "{changes} — plan again.")

    def __init__(self, case_no: str, changes: Sequence[EvidenceChange]) -> None:
        self.changes = tuple(changes)
        super().__init__(case_no=case_no)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        tr = translate or (lambda text: text)
        changes = "；".join(c.render(tr) for c in self.changes)
        return f"{tr(self.message).format(case_no=self.params['case_no'], changes=changes)} {tr(self.hint)}"


class SetDetailsChangedError(PlanOutdatedError):
    code = "disc_set_changed"
    message = QT_TRANSLATE_NOOP("errors", "The archive code or the agency name to go on the discs changed since the "
                                          "plan was shown — plan again.")


ADDED = QT_TRANSLATE_NOOP("errors", "{name} was added")
REMOVED = QT_TRANSLATE_NOOP("errors", "{name} is no longer among its evidence")
CHANGED = QT_TRANSLATE_NOOP("errors", "the {fields} of {name} changed")
CONTENT = QT_TRANSLATE_NOOP("errors", "file content")
TIME = QT_TRANSLATE_NOOP("errors", "recording time")
# What each element of a disc item is called when it changed.
FIELD_LABELS = {
    "source": CONTENT, "size": CONTENT, "sha256": CONTENT, "sm3": CONTENT,
    "original_name": QT_TRANSLATE_NOOP("errors", "file name"),
    "matter": QT_TRANSLATE_NOOP("errors", "matter recorded"),
    "recorded_start": TIME, "recorded_end": TIME,
    "place": QT_TRANSLATE_NOOP("errors", "place"),
    "method": QT_TRANSLATE_NOOP("errors", "method"),
    "officers": QT_TRANSLATE_NOOP("errors", "officers"),
    "case_number": QT_TRANSLATE_NOOP("errors", "case"),
    "case_title": QT_TRANSLATE_NOOP("errors", "case title"),
    "stage": QT_TRANSLATE_NOOP("errors", "stage"),
    "device_id": QT_TRANSLATE_NOOP("errors", "device"),
    "confidentiality": QT_TRANSLATE_NOOP("errors", "confidentiality"),
}


@dataclass(frozen=True)
class EvidenceChange:
    """One way a case's evidence differs from the plan shown: a clip added, gone, or with other elements."""

    template: str  # ADDED, REMOVED or CHANGED
    name: str
    fields: tuple[str, ...] = ()  # labels from FIELD_LABELS

    def render(self, translate: Callable[[str], str]) -> str:
        return translate(self.template).format(name=self.name, fields="、".join(translate(f) for f in self.fields))


@dataclass(frozen=True)
class PlanItemView:
    """A file of the plan as shown: its media record and what goes onto the disc (vault SHA-256, Art. 26 elements)."""

    media_record_id: int
    item: disc_items.DiscItem


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
    translated_params: tuple[str, ...] = ()

    def render(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language (``translate`` looks up the "errors" context)."""
        params = {k: translate(v) if k in self.translated_params and isinstance(v, str) else v
                  for k, v in self.params.items()}
        text = translate(self.template).format(**params)
        return text + (" " + translate(self.hint).format(**params) if self.hint else "")


@dataclass(frozen=True)
class DiscPlanView:
    """A disc plan as shown: the build makes exactly these discs, or refuses if the evidence changed since."""

    archive_code: str
    agency_name: str
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

    @property
    def registered(self) -> bool:
        """Whether the image is one the disc register knows (a leftover or a copy elsewhere is not)."""
        return self.disc_id is not None


def medium_of(key: str) -> Medium:
    try:
        return MEDIA[key.lower()]
    except KeyError:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "disc medium"),
            value=key, allowed=", ".join(MEDIA)) from None


def check_copies(copies: Sequence[str]) -> tuple[str, ...]:
    letters = tuple(c.strip().upper() for c in copies if c.strip())
    if not letters or len(set(letters)) != len(letters) or not all(c.isalpha() and len(c) == 1 for c in letters):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "copies are distinct single letters, e.g. A and B"))
    return letters


def copies_for(count: int) -> tuple[str, ...]:
    if not 1 <= count <= 6:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "make between 1 and 6 copies of each disc"))
    return tuple("ABCDEF"[:count])


@dataclass(frozen=True)
class _Cases:
    """Filed cases of a disc set as the catalogue has them now."""

    archive_code: str
    agency_name: str
    case_ids: dict[str, int]  # by case number, in the order asked
    volume_ids: tuple[int, ...]
    clips: tuple[EvidenceClip, ...]


def _cases(ws: Workstation, session: Session, case_nos: Sequence[str]) -> _Cases:
    if not case_nos:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name at least one case"))
    found = [case_files.get_case(session, no) for no in dict.fromkeys(case_nos)]
    vols = []
    for case in found:
        vol = volumes.volume_for_case(session, case.id)
        if vol is None:
            raise NotFiledError(case_no=case.case_no)
        vols.append(vol)
    agency = archive_codes.scheme_of(session).agency_name or found[0].agency or found[0].entrusting_agency
    clips = evidence_clips_in(session, ws.vault, case_ids=[c.id for c in found])
    return _Cases(", ".join(v.archive_code for v in vols), agency, {c.case_no: c.id for c in found},
                  tuple(v.id for v in vols), tuple(clips))


def _disc_items(clips: Sequence[EvidenceClip]) -> list[disc_items.DiscItem]:
    try:
        return [disc_item(clip) for clip in clips]
    except DiscError as exc:
        raise DiscFailure(exc) from exc


def _refusals(actor: Actor, clips: Sequence[EvidenceClip]) -> tuple[PlanProblemView, ...]:
    """The clips this user may not put on a disc, as the plan shows them, before anything is built."""
    out = []
    for clip in clips:
        refused = confidentiality.copy_out_refusal(actor, clip.confidentiality, clip.original_name)
        if refused is not None:
            out.append(PlanProblemView(refused.code, clip.original_name, clip.size, str(refused), refused.message,
                                       refused.hint, dict(refused.params), refused.translated_params))
    return tuple(out)


def _plan_view(plan: DiscPlan, cases: _Cases, refusals: tuple[PlanProblemView, ...]) -> DiscPlanView:
    request = plan.request
    media_ids = {clip.sha256: clip.media_id for clip in cases.clips}
    discs = tuple(
        PlanDiscView(d.number, d.count, volume_id(request.archive_code, d.number, d.count), d.payload_bytes,
                     tuple(PlanItemView(media_ids[i.sha256], i) for i in d.items))
        for d in plan.discs)
    problems = refusals + tuple(PlanProblemView(p.error.code, p.item.original_name, p.item.size, p.message,
                                                p.error.message, p.error.hint, dict(p.error.params))
                                for p in plan.problems)
    return DiscPlanView(request.archive_code, request.agency_name, plan.medium.key, plan.medium.label,
                        plan.medium.usable, request.copies, tuple(cases.case_ids), discs, problems)


def plan_for_cases(ws: Workstation, actor: Actor, case_nos: Sequence[str], medium: str = "dvd",
                   copies: Sequence[str] = DEFAULT_COPIES) -> DiscPlanView:
    """How the cases' evidence A/V falls onto discs of ``medium`` ("n of N"), and what does not fit."""
    chosen = medium_of(medium)
    letters = check_copies(copies)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DISC_BUILD, "case", ",".join(case_nos))
        cases = _cases(ws, uow.session, case_nos)
    if not cases.clips:
        raise NoEvidenceError(cases="、".join(cases.case_ids))
    try:
        request = disc_items.DiscRequest(archive_code=cases.archive_code, items=tuple(_disc_items(cases.clips)),
                                         agency_name=cases.agency_name, audit_checkpoint={}, copies=letters)
    except DiscError as exc:
        raise DiscFailure(exc) from exc
    return _plan_view(plan_discs(request, chosen), cases, _refusals(actor, cases.clips))


def _check_unchanged(plan: DiscPlanView, cases: _Cases) -> None:
    """Refuse to build what the user did not see: every case's evidence must be as it was in the plan shown."""
    if (cases.archive_code, cases.agency_name) != (plan.archive_code, plan.agency_name):
        raise SetDetailsChangedError()
    shown: dict[str, dict[int, disc_items.DiscItem]] = {no: {} for no in plan.case_nos}
    for d in plan.discs:
        for i in d.items:
            shown[i.item.case_number][i.media_record_id] = i.item
    now: dict[str, dict[int, EvidenceClip]] = {no: {} for no in plan.case_nos}
    for clip in cases.clips:
        now[clip.case_no][clip.media_id] = clip
    for case_no in plan.case_nos:
        was, clips = shown[case_no], now[case_no]
        kept = [mid for mid in was if mid in clips]
        changes = [EvidenceChange(REMOVED, item.original_name) for mid, item in was.items() if mid not in clips]
        changes += [EvidenceChange(ADDED, clip.original_name) for mid, clip in clips.items() if mid not in was]
        for mid, item in zip(kept, _disc_items([clips[mid] for mid in kept]), strict=True):
            labels = dict.fromkeys(FIELD_LABELS[f.name] for f in fields(item)
                                   if getattr(item, f.name) != getattr(was[mid], f.name))
            if labels:
                changes.append(EvidenceChange(CHANGED, was[mid].original_name, tuple(labels)))
        if changes:
            raise EvidenceChangedError(case_no, changes)


def _metadata(session: Session, vault: Vault, plan: DiscPlanView) -> dict[str, bytes]:
    """The archival metadata XML of every clip of the plan, naming where the clip is on its disc."""
    out = {}
    for d in plan.discs:
        on_disc = {i.item.sha256: f"{MEDIA_DIR}/{name}"
                   for i, name in zip(d.items, disc_names(i.item.original_name for i in d.items), strict=True)}
        for i in d.items:
            out[i.item.sha256] = metadata_xml.media_xml(session, vault, i.media_record_id, on_disc.__getitem__)
    return out


def _disc_plan(plan: DiscPlanView, checkpoint: Mapping[str, Any], metadata: Mapping[str, bytes]) -> DiscPlan:
    """The plan shown, for disc_burning, carrying the checkpoint, the metadata and the bagging date of this build."""
    planned = tuple(PlannedDisc(d.number, d.count, tuple(i.item for i in d.items)) for d in plan.discs)
    request = disc_items.DiscRequest(
        archive_code=plan.archive_code, items=tuple(i for d in planned for i in d.items),
        agency_name=plan.agency_name, audit_checkpoint=checkpoint, copies=plan.copies,
        bagging_date=clock.today(), metadata_xml=metadata)
    return DiscPlan(request, medium_of(plan.medium), planned)


def signed_checkpoint(uow: UnitOfWork) -> Checkpoint:
    """A signed checkpoint over the trail so far (including what this unit audited): a new one, or the latest."""
    cp = uow.checkpoint()
    if cp is not None:
        return cp
    row = uow.session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)).scalar_one()
    return Checkpoint.from_row(row)


def _discard_outputs(out_dir: Path, volume_labels: Sequence[str]) -> None:
    """A failed or cancelled build leaves no image, label or catalogue that could pass for finished."""
    for label in volume_labels:
        for path in output_paths(out_dir, label):
            path.unlink(missing_ok=True)


def build_set(ws: Workstation, actor: Actor, plan: DiscPlanView, out_dir: str | Path | None = None, *,
              progress: Progress | None = None) -> DiscSetView:
    """Build and verify the images of the plan shown, exactly as shown, and register the set; refused when the
    evidence of its cases changed since. Any verification problem fails the disc and the set, and nothing of it
    can be burned. Cancel through ``progress``."""
    with ws.unit(actor) as uow:
        uow.require(Permission.DISC_BUILD, "case", ",".join(plan.case_nos))
        cases = _cases(ws, uow.session, plan.case_nos)
        for clip in cases.clips:
            confidentiality.require_copy_out(uow, clip.confidentiality, clip.original_name, "disc", "media",
                                             clip.media_id)
        too_large = [p for p in plan.problems if p.code != confidentiality.CopyOutRefusedError.code]
        if too_large:
            raise DiscFailure(ItemTooLargeError(None, None, **too_large[0].params))
        _check_unchanged(plan, cases)
        disc_set = DiscSet(archive_code=plan.archive_code, medium=plan.medium, copies=",".join(plan.copies),
                           status=DiscSetStatus.BUILDING.value, created_by=actor.username)
        uow.session.add(disc_set)
        uow.session.flush()
        target = Path(out_dir) if out_dir is not None else ws.paths.discs / f"set-{disc_set.id:05d}"
        target = target.expanduser().resolve()
        for d in plan.discs:
            for path in output_paths(target, d.volume_label):
                if path.exists():
                    raise TargetExistsError(folder=str(target), name=path.name)
        # Each image holds its payload and its file system; the catalogue, labels and sidecars are small beside it.
        disk_space.require_folder_room(target, sum(d.payload_bytes + IMAGE_OVERHEAD for d in plan.discs))
        disc_set.out_dir = str(target)
        for case_id, vol_id in zip(cases.case_ids.values(), cases.volume_ids, strict=True):
            uow.session.add(DiscSetCase(disc_set_id=disc_set.id, case_id=case_id, volume_id=vol_id))
        # The process and the images it is to write: what a later start needs to clear up after a killed build.
        uow.audit("disc.build_start", "disc_set", disc_set.id,
                  {"archive_code": plan.archive_code, "medium": plan.medium, "copies": list(plan.copies),
                   "discs": len(plan.discs), "items": [i.item.sha256 for d in plan.discs for i in d.items],
                   "out_dir": str(target), "pid": os.getpid(),
                   "volume_labels": [d.volume_label for d in plan.discs]})
        cp = signed_checkpoint(uow)
        disc_set.checkpoint_seq = cp.seq
        set_id = disc_set.id
        metadata = _metadata(uow.session, ws.vault, plan)

    planned = [d.volume_label for d in plan.discs]

    def report(step: str, done: int, total: int) -> None:
        if progress is not None:
            progress.report(done, total, step)

    cancelled = (lambda: progress.cancelled) if progress is not None else None
    started = time.monotonic()
    try:
        # The disc carries the checkpoint: it proves the trail up to the start of this build.
        built = build_disc_set(_disc_plan(plan, asdict(cp), metadata), target, report, cancelled)
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
    shown = {i.item.sha256: (i.media_record_id, cases.case_ids[i.item.case_number])
             for d in plan.discs for i in d.items}
    return _record_built(ws, actor, set_id, shown, built, digests, time.monotonic() - started)


def _fail_set(ws: Workstation, actor: Actor, set_id: int, exc: BaseException, cancelled: bool) -> None:
    with ws.unit(actor) as uow:
        disc_set = uow.session.get(DiscSet, set_id)
        assert disc_set is not None
        disc_set.status = (DiscSetStatus.CANCELLED if cancelled else DiscSetStatus.FAILED).value
        disc_set.error = str(exc)
        uow.audit("disc.build", "disc_set", set_id, {"status": disc_set.status, "error": str(exc)}, outcome=FAILED)


def _record_built(ws: Workstation, actor: Actor, set_id: int, shown: Mapping[str, tuple[int, int]],
                  built: list[BuiltDisc], digests: list[str], seconds: float) -> DiscSetView:
    """Register the images built; ``shown`` gives each item's media record and case by SHA-256."""
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
                media_id, case_id = shown[item.sha256]
                session.add(DiscContent(disc_id=disc.id, media_record_id=media_id, case_id=case_id,
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

