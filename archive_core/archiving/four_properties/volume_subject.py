"""A filed (or about to be filed) volume as a 四性检测 subject: its catalogue lines, their records and vault objects."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from archive_core.archiving.four_properties.engine import Subject, SubjectItem, TrailVerdict
from archive_core.spine.audit import chain, records
from archive_core.spine.workstation import Workstation
from models.archiving import ArchiveVolume, VolumeItem
from models.audit import AuditEvent
from models.av import MediaOfficer, MediaRecord
from models.case_records import TextRecord
from models.vault import VaultObject

_SUFFIX_FORMATS = {"jpg": "jpeg", "tif": "tiff"}


def _history(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """How many audit events concern each (object type, id)."""
    found: dict[tuple[str, str], int] = {}
    for start in range(0, len(keys), 500):
        rows = session.execute(
            select(AuditEvent.object_type, AuditEvent.object_id, func.count())
            .where(tuple_(AuditEvent.object_type, AuditEvent.object_id).in_(keys[start:start + 500]))
            .group_by(AuditEvent.object_type, AuditEvent.object_id)).all()
        found.update({(t, i): n for t, i, n in rows})
    return found


def _trail(ws: Workstation) -> TrailVerdict:
    extra = chain.read_checkpoint_file(ws.paths.checkpoint_log) if ws.paths.checkpoint_log.exists() else []
    with ws.db.reader() as session:
        result = chain.verify(session, ws.signer, extra)
        catalogue = records.check(session)
    return TrailVerdict(tuple(result.problems), tuple(p.text() for p in catalogue.problems), result.events)


def _item(ws: Workstation, session: Session, line: VolumeItem, history: dict[tuple[str, str], int]) -> SubjectItem:
    obj = session.get(VaultObject, line.sha256) if line.sha256 else None
    meta: dict[str, Any] = {"title": line.title, "doc_no": line.doc_no, "item_date": line.item_date,
                            "pages": line.pages, "seconds": line.seconds}
    name, fmt, key = line.title, "", ("", "")
    if line.kind == "document" and line.text_record_id is not None:
        rec = session.get(TextRecord, line.text_record_id)
        assert rec is not None
        name = rec.file_name or line.doc_no or line.title
        fmt = Path(rec.file_name).suffix.lstrip(".").lower()
        key = ("text_record", str(rec.id))
        meta["seconds"] = None
    elif line.media_record_id is not None:
        media = session.get(MediaRecord, line.media_record_id)
        assert media is not None
        fmt = media.container or Path(media.original_name).suffix.lstrip(".").lower()
        name, key = media.original_name, ("media", str(media.id))
        officers = session.execute(select(func.count()).where(MediaOfficer.media_id == media.id)).scalar_one()
        meta.update(duration=media.duration, video_codec=media.video_codec, audio_codec=media.audio_codec,
                    width=media.width, height=media.height, place=media.place, officers=officers,
                    recorded_start=media.recorded_start)
        meta["pages"] = None
    meta["format"] = _SUFFIX_FORMATS.get(fmt, fmt)
    path = ws.vault.path_of(line.sha256) if line.sha256 else None
    return SubjectItem(line.number, line.kind, name, meta, path, str(path) if path else "", line.sha256,
                       obj.sm3 if obj else "", obj.size if obj else None, meta["format"],
                       history.get(key, 0) if key[0] else None)


def subject(ws: Workstation, session: Session, volume: ArchiveVolume, lines: Sequence[VolumeItem]) -> Subject:
    """The volume with these catalogue lines (those stored, or those about to be, for the filing checks)."""
    keys = [("text_record", str(i.text_record_id)) if i.text_record_id is not None
            else ("media", str(i.media_record_id)) for i in lines]
    history = _history(session, keys)
    same = select(ArchiveVolume.seq).where(ArchiveVolume.fonds == volume.fonds, ArchiveVolume.year == volume.year,
                                           ArchiveVolume.retention == volume.retention)
    if volume.id is not None:
        same = same.where(ArchiveVolume.id != volume.id)
    siblings = session.execute(same).scalars().all()
    meta = {"archive_code": volume.archive_code, "fonds": volume.fonds, "year": volume.year,
            "retention": volume.retention, "seq": volume.seq, "title": volume.title, "filed_on": volume.filed_on,
            "action_ended_at": volume.action_ended_at}
    return Subject("volume", volume.archive_code, meta, tuple(_item(ws, session, i, history) for i in lines),
                   (*siblings, volume.seq), (), cache(lambda: _trail(ws)))


def stored_lines(session: Session, volume: ArchiveVolume) -> list[VolumeItem]:
    return list(session.execute(select(VolumeItem).where(VolumeItem.volume_id == volume.id)
                                .order_by(VolumeItem.number)).scalars())
