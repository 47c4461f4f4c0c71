"""Repair: put back a missing or altered vault object from a backup or an evidence disc, only a copy whose SHA-256 and
SM3 are the catalogue's, audited with where it came from."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pycdlib
from sqlalchemy import select

from archive_core.custody.backup_folder import BackupFolder, check_signature
from archive_core.custody.errors import DiscUnreadableError, NotABackupError, NotInCopyError, RepairRefusedError
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, IntegrityError, NotFoundError
from archive_core.spine.vault import schedule
from archive_core.spine.vault.store import ChunkSource, Digests
from archive_core.spine.workstation import Workstation
from disc_burning import burn
from disc_burning.bag import parse_manifest
from models.archiving import Disc
from models.audit import WorkstationKey
from models.vault import VaultObject


class Copies(Protocol):
    """Where good copies may come from: a copy of an object, and how the trail names where it came from."""

    def open(self, sha256: str) -> contextlib.AbstractContextManager[ChunkSource] | None: ...

    def origin(self, sha256: str) -> dict[str, Any]: ...

    def close(self) -> None: ...


class BackupCopies:
    """The objects of a backup folder named by a finished run whose manifest is signed by a key this catalogue
    knows; the newest such run names each object."""

    def __init__(self, root: Path, trusted: set[tuple[str, str]]) -> None:
        self.root = root.expanduser().resolve()
        self.folder = BackupFolder(self.root)
        runs = [m for m in self.folder.finished() if not check_signature(m, trusted)]
        if not runs:
            raise NotABackupError(path=str(self.root), what="", key=str(self.root))
        self.listed = {str(o["sha256"]): m.run_id for m in runs for o in m.objects}

    def open(self, sha256: str) -> contextlib.AbstractContextManager[ChunkSource] | None:
        path = self.folder.object_path(sha256)
        return open(path, "rb") if sha256 in self.listed and path.is_file() else None

    def origin(self, sha256: str) -> dict[str, Any]:
        return {"from": "backup", "path": str(self.root), "run": self.listed.get(sha256, "")}

    def close(self) -> None:
        return None


class DiscCopies:
    """The payload of an evidence disc (an image file or the drive holding it), found through the bag's SHA-256
    manifest and read through the disc's UDF view, as ``disc verify`` reads it."""

    def __init__(self, source: str, disc_id: int | None) -> None:
        self.source, self.disc_id = source, disc_id
        self.iso = pycdlib.PyCdlib()
        try:
            self.iso.open(str(burn.device_path(source)))
        except (OSError, pycdlib.pycdlibexception.PyCdlibException) as exc:
            raise DiscUnreadableError(path=source, reason=str(exc)) from exc
        try:
            with self.iso.open_file_from_iso(udf_path="/manifest-sha256.txt") as fp:
                manifest = parse_manifest(fp.read().decode("utf-8"))
        except (OSError, ValueError, pycdlib.pycdlibexception.PyCdlibException) as exc:
            self.iso.close()
            raise DiscUnreadableError(path=source, reason=QT_TRANSLATE_NOOP(
                "errors", "it has no readable bag manifest")) from exc
        self.paths = {sha: path for path, sha in manifest.items()}

    def open(self, sha256: str) -> contextlib.AbstractContextManager[ChunkSource] | None:
        path = self.paths.get(sha256)
        return None if path is None else self.iso.open_file_from_iso(udf_path="/" + path)

    def origin(self, sha256: str) -> dict[str, Any]:
        return {"from": "disc", "path": self.source, "disc": self.disc_id, "file": self.paths.get(sha256, "")}

    def close(self) -> None:
        self.iso.close()


@dataclass(frozen=True)
class Repaired:
    sha256: str
    was: str  # schedule.MISSING or schedule.ALTERED
    quarantined: Path | None


@dataclass(frozen=True)
class RepairReport:
    source: str
    checked: int
    repaired: list[Repaired] = field(default_factory=list)


@contextlib.contextmanager
def backup_copies(ws: Workstation, actor: Actor, folder: Path) -> Iterator[Copies]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_REPAIR, "backup", str(folder))
        trusted = {(k.algorithm, k.public_key) for k in uow.session.execute(select(WorkstationKey)).scalars()}
    trusted.add((ws.signer.algorithm, ws.signer.public_key))
    yield BackupCopies(folder, trusted)


@contextlib.contextmanager
def disc_copies(ws: Workstation, actor: Actor, source: str) -> Iterator[Copies]:
    path = burn.device_path(source).expanduser()
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_REPAIR, "disc_image", source)
        disc_id = uow.session.execute(select(Disc.id).where(Disc.image_path == str(path.resolve()))
                                      .order_by(Disc.id.desc()).limit(1)).scalar_one_or_none()
    if not (path.exists() and not path.is_dir()):
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "drive or image file"), key=source)
    copies = DiscCopies(source, disc_id)
    try:
        yield copies
    finally:
        copies.close()


def _damaged(ws: Workstation, actor: Actor, objects: Sequence[str] | None) -> tuple[int, list[tuple[Digests, str]]]:
    """Re-hash the catalogued objects (or those named): how many were checked, and the missing or altered ones."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_REPAIR, "vault", "*")
        stmt = select(VaultObject.sha256, VaultObject.sm3, VaultObject.size).where(VaultObject.disposed_at.is_(None))
        if objects is not None:
            stmt = stmt.where(VaultObject.sha256.in_(objects))
        rows = [Digests(*r) for r in uow.session.execute(stmt.order_by(VaultObject.sha256))]
    unknown = sorted(set(objects or ()) - {d.sha256 for d in rows})
    if unknown:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "vault object"), key=", ".join(unknown))
    bad = []
    for want in rows:
        problem, _size = schedule.check(ws, want)
        if problem:
            bad.append((want, problem))
    return len(rows), bad


def repair(ws: Workstation, actor: Actor, copies: Copies, source: str,
           objects: Sequence[str] | None = None) -> RepairReport:
    """Find the missing and altered objects (all, or ``objects``) and put each back from ``copies``. A copy that
    does not match is refused and audited; RepairRefusedError or NotInCopyError says what could not be repaired,
    after the others were."""
    checked, bad = _damaged(ws, actor, objects)
    report = RepairReport(source, checked)
    refused: list[str] = []
    not_in_copy: list[str] = []
    for want, was in bad:
        opened = copies.open(want.sha256)
        if opened is None:
            not_in_copy.append(want.sha256)
            continue
        origin = copies.origin(want.sha256)
        try:
            with opened as stream:
                restored = ws.vault.restore_object(stream, want, ws.paths.quarantine)
        except IntegrityError:
            refused.append(want.sha256)
            with ws.unit(actor) as uow:
                uow.audit("vault.repair_refused", "vault_object", want.sha256, {"was": was, **origin},
                          outcome="failed")
            continue
        with ws.unit(actor) as uow:
            schedule.note_check(uow, want.sha256)
            if restored.written:
                uow.audit("vault.repair", "vault_object", want.sha256,
                          {"was": was, "sm3": want.sm3, "size": want.size, **origin,
                           "quarantined": str(restored.aside) if restored.aside else None})
        if restored.written:
            report.repaired.append(Repaired(want.sha256, was, restored.aside))
    done = len(report.repaired)
    if refused:
        raise RepairRefusedError(path=source, objects=", ".join(refused), repaired=done)
    if not_in_copy:
        raise NotInCopyError(path=source, objects=", ".join(not_in_copy), repaired=done)
    return report
