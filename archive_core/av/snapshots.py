"""Stills taken from a clip (Art. 22): their own vault objects tied to the clip, listed with who took them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.spine import people
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import NotFoundError
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import Workstation
from models.av import MediaDerivative, MediaRecord
from models.vault import VaultObject


@dataclass(frozen=True)
class SnapshotView:
    sha256: str
    sm3: str
    at_ms: int  # time in the clip
    name: str  # the name it was stored under in the vault
    path: Path  # the read-only vault object
    taken_at: datetime
    taken_by: str  # the person's name
    taken_by_login: str


@dataclass(frozen=True)
class SavedSnapshot:
    snapshot: SnapshotView
    already_kept: bool  # the same picture was kept before (the same paused frame taken twice): nothing added
    snapshots: tuple[SnapshotView, ...]  # all of the clip's snapshots, as the list shows them afterwards


def _views(ws: Workstation, session: Session, media_id: int) -> tuple[SnapshotView, ...]:
    rows = session.execute(
        select(MediaDerivative, VaultObject.sm3, VaultObject.original_name)
        .join(VaultObject, VaultObject.sha256 == MediaDerivative.sha256)
        .where(MediaDerivative.media_id == media_id, MediaDerivative.kind == "snapshot")
        .order_by(MediaDerivative.at_ms, MediaDerivative.id)).all()
    names = people.names_of(session, (d.created_by for d, _sm3, _name in rows))
    return tuple(SnapshotView(d.sha256, sm3, d.at_ms, name, ws.vault.path_of(d.sha256), d.created_at,
                              names.get(d.created_by, d.created_by), d.created_by) for d, sm3, name in rows)


def list_snapshots(ws: Workstation, actor: Actor, media_id: int) -> tuple[SnapshotView, ...]:
    """The clip's snapshots by their time in the clip."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", media_id)
        if uow.session.get(MediaRecord, media_id) is None:
            raise NotFoundError(what="A/V record", key=str(media_id))
        return _views(ws, uow.session, media_id)


def add_snapshot(ws: Workstation, actor: Actor, media_id: int, png_path: str | os.PathLike[str],
                 at_ms: int) -> SavedSnapshot:
    """Keep a still taken from a clip as its own vault object, tied to the clip (a derived object)."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_PLAY, "media", media_id)
        rec = uow.session.get(MediaRecord, media_id)
        if rec is None:
            raise NotFoundError(what="A/V record", key=str(media_id))
        name = f"{os.path.splitext(rec.original_name)[0]}-{at_ms:09d}ms.png"
    with open(png_path, "rb") as fh:
        stored = ws.vault.put_stream(fh, name)
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_PLAY, "media", media_id)
        fixity.register(uow, stored, name)
        kept = uow.session.execute(select(MediaDerivative.id).where(
            MediaDerivative.media_id == media_id, MediaDerivative.kind == "snapshot",
            MediaDerivative.sha256 == stored.sha256)).first() is not None
        if not kept:
            uow.session.add(MediaDerivative(media_id=media_id, sha256=stored.sha256, kind="snapshot", at_ms=at_ms,
                                            created_by=actor.username))
            uow.audit("media.snapshot", "media", media_id, {"sha256": stored.sha256, "at_ms": at_ms})
        uow.session.flush()
        views = _views(ws, uow.session, media_id)
    return SavedSnapshot(next(v for v in views if v.sha256 == stored.sha256), kept, views)
