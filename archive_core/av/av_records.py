"""A/V records after ingest: list and filter, link to cases and stages, tag, mark as evidence, deadline exceptions,
markers, audited playback and export, and the evidence-clip query for the disc builder (Art. 19–26)."""

from __future__ import annotations

import errno
import os
import shutil
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from archive_core.av.deadline import clock
from archive_core.av.settings import ensure_av_items
from archive_core.cases.case_files import check_confidentiality
from archive_core.spine import clock as agency_clock
from archive_core.spine import confidentiality
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import (
    QT_TRANSLATE_NOOP,
    ArchiveError,
    ChoiceError,
    IntegrityError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from archive_core.spine.text_fields import is_a_reason
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av import (
    TRUSTED_TIME_SOURCES,
    AvItem,
    DeadlineException,
    MediaDerivative,
    MediaMarker,
    MediaOfficer,
    MediaRecord,
    MediaTag,
    OfficerSource,
    TimeSource,
)
from models.case_records import TextRecord
from models.cases import Case, Confidentiality, Stage
from models.devices import Device
from models.people import Officer


class TamperedError(IntegrityError):
    code = "tampered"
    message = QT_TRANSLATE_NOOP("errors", "The vault copy of {name} no longer matches its recorded digest: "
                                          "playback refused.")
    hint = QT_TRANSLATE_NOOP("errors", "The alarm is in the audit trail. Tell the security auditor; restore the "
                                       "recording from its evidence disc.")


class ExportError(StorageError):
    code = "export_failed"
    message = QT_TRANSLATE_NOOP("errors", "Could not export {name} to {folder}: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was left in the folder. Free space or choose another folder, then "
                                       "try again.")


class DamagedError(ArchiveError):
    code = "damaged"
    exit_code = 2
    message = QT_TRANSLATE_NOOP("errors", "{name} is stored as damaged and cannot be played: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Export it for a forensic specialist; the stored bytes are kept unchanged.")


# --- views ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfficerOnClip:
    id: int
    name: str
    certificate_no: str
    source: str


@dataclass(frozen=True)
class MediaRow:
    id: int
    name: str
    sha256: str
    size: int
    duration: float | None
    recorded_start: datetime | None
    recorded_end: datetime | None
    ingested_at: datetime
    clock_state: str
    due_at: datetime | None
    case_no: str
    stage: str
    device_code: str
    officers: tuple[OfficerOnClip, ...]
    is_evidence: bool
    damage: str
    damage_reason: str
    thumbnail_sha256: str | None
    confidentiality: str
    tags: tuple[str, ...]
    time_source: str = ""

    @property
    def time_guessed(self) -> bool:
        """The recording time is only the file's modification time: every view must say so."""
        return bool(self.recorded_start) and self.time_source not in TRUSTED_TIME_SOURCES

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["officers"] = [o.__dict__ for o in self.officers]
        data["time_guessed"] = self.time_guessed
        return data


@dataclass(frozen=True)
class MarkerView:
    id: int
    at_ms: int
    note: str
    created_by: str


@dataclass(frozen=True)
class MediaDetail:
    row: MediaRow
    original_name: str
    source_path: str
    container: str
    video_codec: str | None
    audio_codec: str | None
    width: int | None
    height: int | None
    fps: float | None
    time_source: str
    creation_time_raw: str | None
    ingested_by: str
    workstation: str
    exception_kind: str
    returned_at: datetime | None
    exception_note: str
    matter: str
    place: str
    method: str
    text_record_id: int | None
    markers: tuple[MarkerView, ...]
    snapshots: tuple[tuple[str, int], ...]  # (sha256, at_ms)
    own_confidentiality: str = ""  # the clip's own level; empty: it follows its case's
    time_zone: str = ""  # the zone a device clock reading was placed in
    time_note: str = ""  # why a time was entered by hand

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "row"}
        data.update(self.row.to_json())
        data["markers"] = [m.__dict__ for m in self.markers]
        return data


@dataclass(frozen=True)
class MediaFilter:
    case_no: str = ""
    device: str = ""
    officer: str = ""          # certificate number or name
    date_from: date | None = None
    date_to: date | None = None
    clock_state: str = ""
    evidence: bool | None = None
    unlinked: bool = False
    text: str = ""


def _effective_confidentiality(rec: MediaRecord, case: Case | None) -> str:
    if rec.confidentiality:
        return rec.confidentiality
    return case.confidentiality if case is not None else Confidentiality.INTERNAL.value


def _officers(session: Session, ids: Sequence[int]) -> dict[int, list[OfficerOnClip]]:
    out: dict[int, list[OfficerOnClip]] = defaultdict(list)
    if ids:
        for mid, oid, name, cert, source in session.execute(
                select(MediaOfficer.media_id, Officer.id, Officer.name, Officer.certificate_no, MediaOfficer.source)
                .join(Officer, Officer.id == MediaOfficer.officer_id).where(MediaOfficer.media_id.in_(ids))
                .order_by(MediaOfficer.media_id, Officer.name)):
            out[mid].append(OfficerOnClip(oid, name, cert, source))
    return out


def _tags(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if ids:
        for mid, code in session.execute(select(MediaTag.media_id, MediaTag.code).where(MediaTag.media_id.in_(ids))
                                         .order_by(MediaTag.code)):
            out[mid].append(code)
    return out


def _rows(session: Session, ids: Sequence[int]) -> dict[int, MediaRow]:
    if not ids:
        return {}
    found = session.execute(select(MediaRecord, Case).outerjoin(Case, Case.id == MediaRecord.case_id)
                            .where(MediaRecord.id.in_(ids))).all()
    officers, tags = _officers(session, ids), _tags(session, ids)
    return {rec.id: MediaRow(
        rec.id, rec.original_name, rec.sha256, rec.size, rec.duration, rec.recorded_start, rec.recorded_end,
        rec.ingested_at, rec.clock_state, rec.due_at, case.case_no if case else "", rec.stage, rec.device_code,
        tuple(officers.get(rec.id, ())), rec.is_evidence, rec.damage, rec.damage_reason, rec.thumbnail_sha256,
        _effective_confidentiality(rec, case), tuple(tags.get(rec.id, ())), rec.time_source)
        for rec, case in found}


_SORT = {"ingested_at": MediaRecord.ingested_at, "recorded_start": MediaRecord.recorded_start,
         "name": MediaRecord.original_name, "device": MediaRecord.device_code, "clock": MediaRecord.clock_state,
         "size": MediaRecord.size, "duration": MediaRecord.duration}


def _local_day_start(d: date) -> datetime:
    return agency_clock.day_start(d)


def query_ids(session: Session, flt: MediaFilter, sort: str = "recorded_start", descending: bool = True,
              limit: int | None = None) -> list[int]:
    q: Select[Any] = select(MediaRecord.id)
    if flt.case_no:
        q = q.join(Case, Case.id == MediaRecord.case_id).where(Case.case_no == flt.case_no.strip())
    if flt.unlinked:
        q = q.where(MediaRecord.case_id.is_(None))
    if flt.device:
        key = flt.device.strip().upper()
        q = q.where(or_(func.upper(MediaRecord.device_code) == key, MediaRecord.device_id.in_(
            select(Device.id).where(or_(Device.asset_tag == key, Device.device_code == key)))))
    if flt.officer:
        text = flt.officer.strip()
        q = q.where(or_(MediaRecord.officer_code == text, exists().where(
            MediaOfficer.media_id == MediaRecord.id, MediaOfficer.officer_id == Officer.id,
            or_(Officer.certificate_no == text.upper(), Officer.name == text))))
    if flt.date_from:
        q = q.where(MediaRecord.recorded_start >= _local_day_start(flt.date_from))
    if flt.date_to:
        q = q.where(MediaRecord.recorded_start < _local_day_start(flt.date_to + timedelta(days=1)))
    if flt.clock_state:
        q = q.where(MediaRecord.clock_state == flt.clock_state)
    if flt.evidence is not None:
        q = q.where(MediaRecord.is_evidence.is_(flt.evidence))
    if flt.text:
        q = q.where(MediaRecord.original_name.contains(flt.text.strip(), autoescape=True))
    column = _SORT.get(sort, MediaRecord.recorded_start)
    q = q.order_by(column.desc() if descending else column.asc(), MediaRecord.id.desc() if descending
                   else MediaRecord.id.asc())
    if limit:
        q = q.limit(limit)
    return list(session.execute(q).scalars())


def media_ids(ws: Workstation, actor: Actor, flt: MediaFilter = MediaFilter(), sort: str = "recorded_start",
              descending: bool = True, limit: int | None = None) -> list[int]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", "*")
        return query_ids(uow.session, flt, sort, descending, limit)


def media_rows(ws: Workstation, actor: Actor, ids: Sequence[int]) -> dict[int, MediaRow]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", "*")
        return _rows(uow.session, list(ids))


def list_media(ws: Workstation, actor: Actor, flt: MediaFilter = MediaFilter(),
               limit: int | None = None) -> list[MediaRow]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", "*")
        ids = query_ids(uow.session, flt, limit=limit)
        rows = _rows(uow.session, ids)
        return [rows[i] for i in ids]


def _get(session: Session, media_id: int, *, for_update: bool = False) -> MediaRecord:
    rec = session.get(MediaRecord, media_id, with_for_update=for_update or None)
    if rec is None:
        raise NotFoundError(what="A/V record", key=str(media_id))
    return rec


def media_detail(ws: Workstation, actor: Actor, media_id: int) -> MediaDetail:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", media_id)
        return _detail(uow.session, _get(uow.session, media_id))


def _detail(session: Session, rec: MediaRecord) -> MediaDetail:
    markers = tuple(MarkerView(m.id, m.at_ms, m.note, m.created_by) for m in session.execute(
        select(MediaMarker).where(MediaMarker.media_id == rec.id).order_by(MediaMarker.at_ms)).scalars())
    snaps = tuple((sha, at) for sha, at in session.execute(select(MediaDerivative.sha256, MediaDerivative.at_ms).where(
        MediaDerivative.media_id == rec.id, MediaDerivative.kind == "snapshot").order_by(MediaDerivative.id)))
    return MediaDetail(
        _rows(session, [rec.id])[rec.id], rec.original_name, rec.source_path, rec.container, rec.video_codec,
        rec.audio_codec, rec.width, rec.height, rec.fps, rec.time_source, rec.creation_time_raw, rec.ingested_by,
        rec.workstation, rec.exception_kind, rec.returned_at, rec.exception_note, rec.matter, rec.place,
        rec.method, rec.text_record_id, markers, snaps, rec.confidentiality, rec.time_zone, rec.time_note)


# --- linking, tagging, evidence (Art. 19, 21, 22, 26) ----------------------------------------------------------

def link(ws: Workstation, actor: Actor, media_id: int, case_no: str, stage: str, *,
         text_record_id: int | None = None, checklist_code: str | None = None) -> MediaRow:
    """Assign a clip to a case and stage, and optionally to the text record and checklist item it ties in with."""
    if stage not in {s.value for s in Stage}:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "stage"),
            value=stage, allowed=", ".join(s.value for s in Stage))
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        s = uow.session
        rec = _get(s, media_id, for_update=True)
        case = s.execute(select(Case).where(Case.case_no == case_no.strip())).scalar_one_or_none()
        if case is None:
            raise NotFoundError(what="case", key=case_no)
        if text_record_id is not None:
            tr = s.get(TextRecord, text_record_id)
            if tr is None or tr.case_id != case.id:
                raise NotFoundError(what="text record of this case", key=str(text_record_id))
        before = {"case_id": rec.case_id, "stage": rec.stage, "text_record_id": rec.text_record_id}
        old_case = rec.case_id
        rec.case_id, rec.stage, rec.text_record_id = case.id, stage, text_record_id
        if checklist_code:
            from archive_core.cases.records import link_media

            link_media(uow, case.id, checklist_code, rec.id)
        uow.audit("media.link", "media", media_id, {"case": case.case_no, "stage": stage, "before": before,
                                                    "text_record_id": text_record_id, "checklist": checklist_code})
        _refresh(uow, [c for c in (old_case, case.id) if c is not None])
        return _rows(s, [rec.id])[rec.id]


def unlink(ws: Workstation, actor: Actor, media_id: int) -> MediaRow:
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        rec = _get(uow.session, media_id, for_update=True)
        old = rec.case_id
        if rec.is_evidence:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "an evidence clip stays with its case; "
                                                                     "clear the evidence mark first"))
        rec.case_id, rec.stage, rec.text_record_id = None, "", None
        uow.audit("media.unlink", "media", media_id, {"case_id": old})
        _refresh(uow, [old] if old else [])
        return _rows(uow.session, [rec.id])[rec.id]


def _refresh(uow: UnitOfWork, case_ids: list[int]) -> None:
    if case_ids:
        from archive_core.cases import compliance

        compliance.refresh(uow.session, case_ids)


def set_tags(ws: Workstation, actor: Actor, media_id: int, codes: Sequence[str]) -> MediaRow:
    """Tag a clip with Art. 22 focus items and the agency's A/V items (replaces the previous tags)."""
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        s = uow.session
        ensure_av_items(s)
        _get(s, media_id, for_update=True)
        wanted = {c.strip() for c in codes if c.strip()}
        known = set(s.execute(select(AvItem.code).where(AvItem.code.in_(wanted))).scalars())
        if wanted - known:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: these A/V items do not exist: {items}."),
                                  items=", ".join(sorted(wanted - known)))
        have = set(s.execute(select(MediaTag.code).where(MediaTag.media_id == media_id)).scalars())
        for code in have - wanted:
            s.execute(delete(MediaTag).where(MediaTag.media_id == media_id, MediaTag.code == code))
        for code in wanted - have:
            s.add(MediaTag(media_id=media_id, code=code))
        uow.audit("media.tags", "media", media_id, {"added": sorted(wanted - have), "removed": sorted(have - wanted)})
        s.flush()
        return _rows(s, [media_id])[media_id]


def set_evidence(ws: Workstation, actor: Actor, media_id: int, on: bool) -> MediaRow:
    """Mark a clip as used as evidence: evidence clips are burned to disc with their metadata (Art. 26)."""
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        rec = _get(uow.session, media_id, for_update=True)
        if on and rec.case_id is None:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "link the clip to a case before marking it "
                                                                     "as evidence"))
        if rec.is_evidence != on:
            rec.is_evidence = on
            uow.audit("media.evidence", "media", media_id, {"on": on})
        return _rows(uow.session, [media_id])[media_id]


def set_details(ws: Workstation, actor: Actor, media_id: int, *, matter: str | None = None,
                place: str | None = None, method: str | None = None, confidentiality: str | None = None,
                officers: Sequence[str] | None = None) -> MediaRow:
    """The Art. 26 annotations (matter recorded, place, method, officers) and the clip's confidentiality."""
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        s = uow.session
        rec = _get(s, media_id, for_update=True)
        changes: dict[str, Any] = {}
        for key, value in (("matter", matter), ("place", place), ("method", method)):
            if value is not None and getattr(rec, key) != value.strip():
                changes[key] = [getattr(rec, key), value.strip()]
                setattr(rec, key, value.strip())
        if confidentiality is not None:
            if confidentiality:
                confidentiality = check_confidentiality(confidentiality, rec.original_name)
            changes["confidentiality"] = [rec.confidentiality, confidentiality]
            rec.confidentiality = confidentiality
        if officers is not None:
            ids = []
            for cert in officers:
                oid = s.execute(select(Officer.id).where(Officer.certificate_no == cert.strip().upper())).scalar()
                if oid is None:
                    raise NotFoundError(what="officer", key=cert)
                ids.append(oid)
            have = set(s.execute(select(MediaOfficer.officer_id).where(MediaOfficer.media_id == media_id)).scalars())
            for oid in set(ids) - have:
                s.add(MediaOfficer(media_id=media_id, officer_id=oid, source=OfficerSource.MANUAL.value))
            changes["officers_added"] = sorted(set(ids) - have)
        uow.audit("media.details", "media", media_id, changes)
        s.flush()
        return _rows(s, [media_id])[media_id]


def set_exception(ws: Workstation, actor: Actor, media_ids: Sequence[int], kind: str, returned_at: datetime,
                  note: str = "") -> list[MediaRow]:
    """Art. 24 exception: the clips were recorded during continuous / off-site / remote-area enforcement; the
    24 hours run from the return to the agency."""
    if kind not in {k.value for k in DeadlineException}:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "deadline exception"),
            value=kind, allowed=", ".join(k.value for k in DeadlineException))
    if returned_at.tzinfo is None:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a time without a time zone was given"))
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", ",".join(map(str, media_ids)))
        cases = set()
        for mid in media_ids:
            rec = _get(uow.session, mid, for_update=True)
            if rec.recorded_end is not None and returned_at < rec.recorded_end:
                raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the return cannot be before the end of "
                                                                         "the recording"))
            rec.exception_kind, rec.returned_at, rec.exception_note = kind, returned_at, note.strip()
            c = clock(rec.recorded_end, rec.ingested_at, exception_kind=kind, returned_at=returned_at,
                      trusted=rec.time_source in TRUSTED_TIME_SOURCES)
            rec.clock_state, rec.due_at = c.state.value, c.due_at
            if rec.case_id:
                cases.add(rec.case_id)
            uow.audit("media.deadline_exception", "media", mid,
                      {"kind": kind, "returned_at": returned_at.isoformat(), "note": note, "clock": c.state.value})
        _refresh(uow, sorted(cases))
        uow.session.flush()
        rows = _rows(uow.session, list(media_ids))
        return [rows[i] for i in media_ids]


def set_recording_time(ws: Workstation, actor: Actor, media_id: int, start: datetime, reason: str,
                       end: datetime | None = None) -> MediaRow:
    """An archivist sets a clip's recording time by hand (Art. 23, 24, 26): from the camera's screen, a notebook or
    another clip. The reason and the time it replaces go into the trail; the 24-hour clock runs again from it. The
    end defaults to the start plus the clip's duration."""
    reason = reason.strip()
    if not is_a_reason(reason):
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "say why the recording time is set by hand and where it comes from (at least 4 characters)"))
    if start.tzinfo is None or (end is not None and end.tzinfo is None):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a time without a time zone was given"))
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        rec = _get(uow.session, media_id, for_update=True)
        start = start.astimezone(UTC)
        end = end.astimezone(UTC) if end is not None else start + timedelta(seconds=rec.duration or 0)
        if end < start:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the recording cannot end before it starts"))
        if start > agency_clock.now() or start > rec.ingested_at:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a recording cannot start after it was stored"))
        before = {"start": _iso(rec.recorded_start), "end": _iso(rec.recorded_end), "source": rec.time_source,
                  "clock": rec.clock_state}
        rec.recorded_start, rec.recorded_end = start, end
        rec.time_source, rec.time_zone, rec.time_note = TimeSource.MANUAL.value, "", reason
        c = clock(end, rec.ingested_at, exception_kind=rec.exception_kind, returned_at=rec.returned_at)
        rec.clock_state, rec.due_at = c.state.value, c.due_at
        uow.audit("media.recording_time", "media", media_id, {
            "before": before, "start": start.isoformat(), "end": end.isoformat(), "reason": reason,
            "clock": c.state.value})
        _refresh(uow, [rec.case_id] if rec.case_id else [])
        uow.session.flush()
        return _rows(uow.session, [media_id])[media_id]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


# --- the disc builder's query (Art. 26) ------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceOfficer:
    name: str
    certificate_no: str
    unit: str


@dataclass(frozen=True)
class EvidenceClip:
    """One evidence clip with what Art. 26 asks to annotate on the disc."""

    media_id: int
    case_no: str
    case_title: str
    stage: str
    matter: str                 # the matter recorded (事由)
    recorded_start: datetime | None
    recorded_end: datetime | None
    place: str
    method: str                 # how it was recorded (device kind unless annotated)
    officers: tuple[EvidenceOfficer, ...]
    device_code: str
    device_asset_tag: str
    device_kind: str
    sha256: str
    sm3: str
    size: int
    duration: float | None
    original_name: str
    vault_path: Path
    tags: tuple[str, ...]
    text_record_id: int | None
    confidentiality: str
    damage: str = ""
    markers: tuple[tuple[int, str], ...] = field(default=())
    damage_found_at: datetime | None = None  # when the damage became known: at ingest
    time_source: str = ""
    time_zone: str = ""
    time_note: str = ""

    @property
    def device_id(self) -> str:
        """The device's code, or its asset tag when it has none."""
        return self.device_code or self.device_asset_tag

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["officers"] = [o.__dict__ for o in self.officers]
        data["vault_path"] = str(self.vault_path)
        return data


def evidence_clips_in(session: Session, vault: Vault, case_ids: Sequence[int] | None = None,
                      case_no: str | None = None) -> list[EvidenceClip]:
    """Evidence clips (by case, in recording order) with their Art. 26 metadata, inside a caller's session."""
    from models.vault import VaultObject

    q = (select(MediaRecord, Case, VaultObject, Device)
         .join(Case, Case.id == MediaRecord.case_id)
         .join(VaultObject, VaultObject.sha256 == MediaRecord.sha256)
         .outerjoin(Device, Device.id == MediaRecord.device_id)
         .where(MediaRecord.is_evidence.is_(True)))
    if case_no is not None:
        q = q.where(Case.case_no == case_no)
    if case_ids is not None:
        q = q.where(Case.id.in_(list(case_ids)))
    rows = session.execute(q.order_by(Case.case_no, MediaRecord.recorded_start, MediaRecord.id)).all()
    ids = [r[0].id for r in rows]
    tags = _tags(session, ids)
    officers: dict[int, list[EvidenceOfficer]] = defaultdict(list)
    if ids:
        for mid, name, cert, unit in session.execute(
                select(MediaOfficer.media_id, Officer.name, Officer.certificate_no, Officer.unit)
                .join(Officer, Officer.id == MediaOfficer.officer_id).where(MediaOfficer.media_id.in_(ids))
                .order_by(Officer.certificate_no)):
            officers[mid].append(EvidenceOfficer(name, cert, unit))
    markers: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if ids:
        for mid, at, note in session.execute(select(MediaMarker.media_id, MediaMarker.at_ms, MediaMarker.note)
                                             .where(MediaMarker.media_id.in_(ids)).order_by(MediaMarker.at_ms)):
            markers[mid].append((at, note))
    out = []
    for rec, case, obj, device in rows:
        out.append(EvidenceClip(
            rec.id, case.case_no, case.title, rec.stage, rec.matter, rec.recorded_start, rec.recorded_end,
            rec.place, rec.method or (device.kind if device else ""), tuple(officers.get(rec.id, ())),
            rec.device_code or (device.device_code or "" if device else ""), device.asset_tag if device else "",
            device.kind if device else "", rec.sha256, obj.sm3, rec.size, rec.duration, rec.original_name,
            vault.path_of(rec.sha256),
            tuple(tags.get(rec.id, ())), rec.text_record_id, _effective_confidentiality(rec, case), rec.damage,
            tuple(markers.get(rec.id, ())), rec.ingested_at if rec.damage else None, rec.time_source, rec.time_zone,
            rec.time_note))
    return out


def evidence_clips(ws: Workstation, actor: Actor, case_no: str) -> list[EvidenceClip]:
    """Evidence clips of case ``case_no`` with matter, time, place, method, officers (with certificate numbers),
    stage, device, digests, original file name and vault path — what the disc builder burns (Art. 26)."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "case", case_no)
        if uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar() is None:
            raise NotFoundError(what="case", key=case_no)
        return evidence_clips_in(uow.session, ws.vault, case_no=case_no)


# --- playback, export, markers, snapshots (Art. 22, 24, 25) ------------------------------------------------------

@dataclass(frozen=True)
class PlaybackTicket:
    media_id: int
    path: Path
    name: str
    markers: tuple[MarkerView, ...]


def _purpose(purpose: str) -> str:
    text = purpose.strip()
    if len(text) < 2:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "say why the recording is opened (Art. 24: "
                                                                 "every use is logged with its purpose)"))
    return text


def _open_checked(ws: Workstation, actor: Actor, media_id: int, permission: Permission, action: str,
                  purpose: str) -> tuple[MediaRecord, tuple[MarkerView, ...]]:
    """Permission (and MEDIA_RESTRICTED for privacy / commercial-secret clips), the digest check, then the audit."""
    with ws.unit(actor, write=False) as uow:
        uow.require(permission, "media", media_id)
        s = uow.session
        rec = _get(s, media_id)
        case = s.get(Case, rec.case_id) if rec.case_id else None
        level = _effective_confidentiality(rec, case)
        if permission is Permission.MEDIA_EXPORT:
            confidentiality.require_copy_out(uow, level, rec.original_name, "export", "media", media_id)
        elif level in confidentiality.RESTRICTED:
            uow.require(Permission.MEDIA_RESTRICTED, "media", media_id)
        markers = _detail(s, rec).markers
        s.expunge(rec)
    try:
        got = ws.vault.digest_object(rec.sha256)
        ok = got.sha256 == rec.sha256 and got.size == rec.size
    except IntegrityError:
        ok = False
    with ws.unit(actor) as uow:
        if not ok:
            uow.audit("media.tamper_detected", "media", media_id,
                      {"sha256": rec.sha256, "action": action, "purpose": purpose}, outcome="failed")
        else:
            uow.audit(action, "media", media_id, {"purpose": purpose, "name": rec.original_name,
                                                  "confidentiality": level, "sha256": rec.sha256})
    if not ok:
        raise TamperedError(name=rec.original_name)
    return rec, markers


def open_for_playback(ws: Workstation, actor: Actor, media_id: int, purpose: str) -> PlaybackTicket:
    """Check the vault copy's digest and log who plays what and why; returns the (read-only) vault path."""
    purpose = _purpose(purpose)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_PLAY, "media", media_id)
        rec = _get(uow.session, media_id)
        if rec.damage:
            raise DamagedError(name=rec.original_name, reason=rec.damage_reason or rec.damage)
    rec, markers = _open_checked(ws, actor, media_id, Permission.MEDIA_PLAY, "media.play", purpose)
    return PlaybackTicket(rec.id, ws.vault.path_of(rec.sha256), rec.original_name, markers)


def export_clip(ws: Workstation, actor: Actor, media_id: int, dest_dir: str | os.PathLike[str],
                purpose: str) -> Path:
    """Copy a clip out of the vault under its original name, after the digest check, logged with the purpose."""
    purpose = _purpose(purpose)
    dest = Path(dest_dir)
    if not dest.is_dir():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the export folder does not exist"))
    rec, _markers = _open_checked(ws, actor, media_id, Permission.MEDIA_EXPORT, "media.export", purpose)
    target = dest / os.path.basename(rec.original_name)
    if target.exists():
        target = dest / f"{rec.sha256[:12]}-{target.name}"
    try:
        with ws.vault.open_object(rec.sha256) as src:
            _write_whole(src, target)
    except OSError as exc:
        raise ExportError(name=rec.original_name, folder=str(dest), reason=_os_reason(exc)) from exc
    return target


def _write_whole(src: BinaryIO, target: Path) -> None:
    """Copy to a temporary name beside ``target`` and rename once whole: a full disk leaves no half file behind."""
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return QT_TRANSLATE_NOOP("errors", "the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QT_TRANSLATE_NOOP("errors", "no permission to write there")
    return exc.strerror or str(exc)


def save_markers(ws: Workstation, actor: Actor, media_id: int,
                 markers: Sequence[tuple[int, str]]) -> tuple[MarkerView, ...]:
    """Store the clip's time-coded markers (Art. 22) as the player shows them; changes are audited."""
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_LINK, "media", media_id)
        s = uow.session
        _get(s, media_id, for_update=True)
        have = {(m.at_ms, m.note): m for m in s.execute(
            select(MediaMarker).where(MediaMarker.media_id == media_id)).scalars()}
        wanted = {(int(at), note.strip()) for at, note in markers}
        for key in set(have) - wanted:
            s.delete(have[key])
        for at, note in sorted(wanted - set(have)):
            if at < 0:
                raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a marker cannot lie before the start"))
            s.add(MediaMarker(media_id=media_id, at_ms=at, note=note, created_by=actor.username))
        added, removed = sorted(wanted - set(have)), sorted(set(have) - wanted)
        if added or removed:
            uow.audit("media.markers", "media", media_id, {"added": added, "removed": removed})
        s.flush()
        return _detail(s, _get(s, media_id)).markers


def thumbnails(ws: Workstation, actor: Actor, media_ids: Sequence[int]) -> dict[int, bytes]:
    """JPEG thumbnails (made at ingest) of these clips."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", "*")
        pairs = uow.session.execute(select(MediaRecord.id, MediaRecord.thumbnail_sha256).where(
            MediaRecord.id.in_(list(media_ids)), MediaRecord.thumbnail_sha256.is_not(None))).all()
    out = {}
    for mid, sha in pairs:
        if sha is None:
            continue
        try:
            out[mid] = ws.vault.path_of(sha).read_bytes()
        except OSError:
            continue
    return out


def clock_counts(ws: Workstation, actor: Actor) -> dict[str, int]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", "*")
        return {state: n for state, n in uow.session.execute(
            select(MediaRecord.clock_state, func.count()).group_by(MediaRecord.clock_state))}

