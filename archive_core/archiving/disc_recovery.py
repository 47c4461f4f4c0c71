"""Disc builds cut off by a killed or crashed program, found at start: the set marked failed, its files removed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.spine.audit.chain import FAILED
from archive_core.spine.auth import SYSTEM_ACTOR
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from archive_core.spine.workstation import Workstation
from disc_burning.files import output_paths, process_alive, remove_stale_temps
from models.archiving import Disc, DiscSet, DiscSetStatus
from models.audit import AuditEvent

INTERRUPTED = QT_TRANSLATE_NOOP("errors", "The build was interrupted before it finished (the program was closed or "
                                          "stopped); nothing of it was registered or kept. Plan the discs and build "
                                          "them again.")


@dataclass(frozen=True)
class InterruptedBuild:
    set_id: int
    removed: tuple[str, ...]  # temp images and unregistered images, labels and catalogues


def _builder(session: Session, set_id: int) -> tuple[str, dict[str, object]]:
    """The workstation and the details of the build's start event."""
    row = session.execute(
        select(AuditEvent.workstation, AuditEvent.details)
        .where(AuditEvent.action == "disc.build_start", AuditEvent.object_type == "disc_set",
               AuditEvent.object_id == str(set_id))
        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (row[0], json.loads(row[1])) if row else ("", {})


def recover_interrupted_builds(ws: Workstation) -> list[InterruptedBuild]:
    """Sets this workstation was building in a process that is gone: failed (the cases can be built again), and
    their temp images and unregistered outputs removed so that none can pass for a finished disc."""
    with ws.unit(SYSTEM_ACTOR, write=False) as look:
        if look.session.execute(select(DiscSet.id).where(DiscSet.status == DiscSetStatus.BUILDING.value)
                                .limit(1)).first() is None:
            return []  # the usual start: nothing to lock, nothing to write
    found = []
    with ws.unit(SYSTEM_ACTOR) as uow:
        session = uow.session
        building = session.execute(select(DiscSet).where(DiscSet.status == DiscSetStatus.BUILDING.value)
                                   .order_by(DiscSet.id).with_for_update()).scalars().all()
        for disc_set in building:
            station, details = _builder(session, disc_set.id)
            pid = details.get("pid")
            # Another workstation's builds are its own to clear; a build whose process runs is not interrupted.
            if station != ws.name or (isinstance(pid, int) and process_alive(pid)):
                continue
            folder = Path(disc_set.out_dir)
            removed = [str(p) for p in remove_stale_temps(folder)] if folder.is_dir() else []
            labels = details.get("volume_labels")
            left = [p for label in (labels if isinstance(labels, list) else ())
                    for p in output_paths(folder, str(label)) if p.exists()]
            registered = set(session.execute(select(Disc.image_path).where(
                Disc.image_path.in_([str(p) for p in left]))).scalars()) if left else set()
            for path in left:
                if str(path) not in registered:
                    path.unlink()
                    removed.append(str(path))
            disc_set.status = DiscSetStatus.FAILED.value
            disc_set.error = INTERRUPTED
            uow.audit("disc.build_interrupted", "disc_set", disc_set.id,
                      {"pid": pid, "out_dir": disc_set.out_dir, "removed": removed}, outcome=FAILED)
            found.append(InterruptedBuild(disc_set.id, tuple(removed)))
    return found
