"""Interruptions of recording (Art. 23): gaps between consecutive clips of one device in one case and stage, and
their explanations — a voice note at a time in the next clip, or a written note signed by two or more officers."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.av.settings import MediaSettings, load_settings
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import Workstation
from models.av import Damage, GapExplanation, GapSigner, MediaRecord
from models.cases import Case
from models.devices import Device
from models.people import Officer

MIN_SIGNERS = 2  # Art. 23: "two or more officers"


@dataclass(frozen=True)
class Explanation:
    id: int
    kind: str  # voice | written
    voice_at_ms: int | None
    reason: str
    signers: tuple[str, ...]  # certificate numbers
    created_by: str


@dataclass(frozen=True)
class Gap:
    case_id: int
    stage: str
    device: str
    before_id: int
    after_id: int
    before_name: str
    after_name: str
    start: datetime  # end of the clip before
    end: datetime    # start of the clip after
    explanation: Explanation | None
    # The clip before is damaged: its end is only known as far as it can be read, so part of this span may be
    # footage lost in the damage rather than a pause (Art. 23, 24).
    before_damaged: bool = False

    @property
    def seconds(self) -> int:
        return int((self.end - self.start).total_seconds())

    def to_json(self) -> dict[str, object]:
        return {"case_id": self.case_id, "stage": self.stage, "device": self.device, "before_id": self.before_id,
                "after_id": self.after_id, "before_name": self.before_name, "after_name": self.after_name,
                "start": self.start.isoformat(), "end": self.end.isoformat(), "seconds": self.seconds,
                "explanation": self.explanation.__dict__ if self.explanation else None,
                "before_damaged": self.before_damaged}


def find_gaps(session: Session, case_ids: Sequence[int] | None = None,
              settings: MediaSettings | None = None) -> list[Gap]:
    """Gaps longer than the tolerance (and shorter than gap_max_s, beyond which the clips belong to different
    actions) between consecutive clips of one device, within one case and stage. Set-wise: one query. Damaged
    clips take part with the span that can be read, so neither the pause before one nor the unknown span after one
    goes unreported."""
    settings = settings or load_settings(session)
    q = (select(MediaRecord.id, MediaRecord.case_id, MediaRecord.stage, MediaRecord.device_id,
                MediaRecord.device_code, Device.device_code, Device.asset_tag, MediaRecord.original_name,
                MediaRecord.recorded_start, MediaRecord.recorded_end, MediaRecord.damage)
         .outerjoin(Device, Device.id == MediaRecord.device_id)
         .where(MediaRecord.case_id.is_not(None), MediaRecord.recorded_start.is_not(None),
                MediaRecord.recorded_end.is_not(None)))
    if case_ids is not None:
        q = q.where(MediaRecord.case_id.in_(list(case_ids)))
    # One device's clips belong together: a registered device by its id, else by the code in the file names.
    groups: dict[tuple[int, str, int | str], list[tuple[int, str, datetime, datetime, bool]]] = defaultdict(list)
    labels: dict[int | str, str] = {}
    row: Any
    for row in session.execute(q):
        mid, cid, stage, dev_id, clip_code, registered_code, asset_tag, name, start, end, damage = row
        device: int | str = dev_id if dev_id is not None else (clip_code or "").upper()
        if device != "":
            groups[(cid, stage, device)].append((mid, name, start, end, damage != Damage.NONE.value))
            labels[device] = (registered_code or asset_tag or "") if dev_id is not None else str(device)
    raw = []
    for (cid, stage, device), clips in groups.items():
        clips.sort(key=lambda c: (c[2], c[0]))
        for before, after in itertools.pairwise(clips):
            seconds = (after[2] - before[3]).total_seconds()
            if settings.gap_tolerance_s < seconds <= settings.gap_max_s:
                raw.append((cid, stage, labels[device], before, after))
    explanations = _explanations(session, [(b[0], a[0]) for *_, b, a in raw])
    gaps = [Gap(cid, stage, device, b[0], a[0], b[1], a[1], b[3], a[2], explanations.get((b[0], a[0])), b[4])
            for cid, stage, device, b, a in raw]
    gaps.sort(key=lambda g: (g.case_id, g.start))
    return gaps


def _explanations(session: Session, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], Explanation]:
    if not pairs:
        return {}
    after_ids = sorted({a for _, a in pairs})
    rows = session.execute(select(GapExplanation).where(GapExplanation.after_media_id.in_(after_ids))).scalars().all()
    signers: dict[int, list[str]] = defaultdict(list)
    if rows:
        for eid, cert in session.execute(
                select(GapSigner.explanation_id, Officer.certificate_no)
                .join(Officer, Officer.id == GapSigner.officer_id)
                .where(GapSigner.explanation_id.in_([r.id for r in rows])).order_by(Officer.certificate_no)):
            signers[eid].append(cert)
    wanted = set(pairs)
    return {(r.before_media_id, r.after_media_id): Explanation(r.id, r.kind, r.voice_at_ms, r.reason,
                                                                tuple(signers[r.id]), r.created_by)
            for r in rows if (r.before_media_id, r.after_media_id) in wanted}


def case_gaps(ws: Workstation, actor: Actor, case_no: str) -> list[Gap]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "case", case_no)
        cid = uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar()
        if cid is None:
            raise NotFoundError(what="case", key=case_no)
        return find_gaps(uow.session, [cid])


def explain(ws: Workstation, actor: Actor, before_id: int, after_id: int, *, voice_at_ms: int | None = None,
            reason: str = "", signers: Sequence[str] = ()) -> Gap:
    """Explain the gap between two clips: by the voice note at ``voice_at_ms`` in the later clip, or in writing
    (``reason`` signed by at least two officers, by certificate number)."""
    voice = voice_at_ms is not None
    if voice and signers:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "give either a voice-note time or signers, "
                                                                 "not both"))
    if not voice:
        certs = sorted({c.strip().upper() for c in signers if c.strip()})
        if len(certs) < MIN_SIGNERS:
            raise ValidationError(
                reason=QT_TRANSLATE_NOOP("errors", "a written explanation must be signed by at least two officers "
                                                   "(Art. 23)"))
        if not reason.strip():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a written explanation needs its text"))
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", after_id)
        s = uow.session
        before, after = s.get(MediaRecord, before_id), s.get(MediaRecord, after_id)
        if before is None or after is None:
            raise NotFoundError(what="A/V record", key=f"{before_id}/{after_id}")
        gap = next((g for g in find_gaps(s, [after.case_id] if after.case_id else [])
                    if (g.before_id, g.after_id) == (before_id, after_id)), None)
        if gap is None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "these two clips have no interruption between "
                                                                     "them to explain"))
        if voice and not (0 <= (voice_at_ms or 0) <= int((after.duration or 0) * 1000)):
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the voice note must lie within the clip "
                                                                     "after the interruption"))
        if gap.explanation is not None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "this interruption is already explained"))
        row = GapExplanation(before_media_id=before_id, after_media_id=after_id, kind="voice" if voice else "written",
                             voice_at_ms=voice_at_ms, reason=reason.strip(), created_by=actor.username)
        s.add(row)
        s.flush()
        certs_done = []
        if not voice:
            for cert in sorted({c.strip().upper() for c in signers}):
                oid = s.execute(select(Officer.id).where(Officer.certificate_no == cert)).scalar()
                if oid is None:
                    raise NotFoundError(what="officer", key=cert)
                s.add(GapSigner(explanation_id=row.id, officer_id=oid))
                certs_done.append(cert)
        uow.audit("media.gap_explained", "media", after_id,
                  {"before": before_id, "kind": row.kind, "voice_at_ms": voice_at_ms, "reason": row.reason,
                   "signers": certs_done, "seconds": gap.seconds})
        s.flush()
        from archive_core.cases import compliance

        compliance.refresh(s, [gap.case_id])
        return next(g for g in find_gaps(s, [gap.case_id]) if (g.before_id, g.after_id) == (before_id, after_id))
