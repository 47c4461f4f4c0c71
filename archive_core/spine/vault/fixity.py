"""Storing files in the vault with their catalogue entry, and re-hashing every object (fixity, Art. 7, 27)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from archive_core.spine import clock
from archive_core.spine.audit import records, service
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import ArchiveError, IntegrityError
from archive_core.spine.vault.store import StoredObject
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.vault import VaultObject

# SM3 cannot be split within a file and runs at about 200 MB/s a core: two files at a time keep two cores busy.
PUT_WORKERS = 2


def register(uow: UnitOfWork, stored: StoredObject, original_name: str) -> VaultObject:
    """Catalogue a stored object (once); a duplicate is linked to the existing entry, not stored twice."""
    if stored.intent is not None:
        uow.settle_after_commit(stored.intent)
    row = uow.session.get(VaultObject, stored.sha256)
    if row is None:
        row = VaultObject(sha256=stored.sha256, sm3=stored.sm3, size=stored.size, original_name=original_name,
                          stored_at=clock.now(), stored_by=uow.actor.username)
        uow.session.add(row)
        uow.audit("vault.put", "vault_object", stored.sha256,
                  {"name": original_name, "size": stored.size, "sm3": stored.sm3})
    elif row.sm3 != stored.sm3 or row.size != stored.size:
        raise IntegrityError(reason=f"object {stored.sha256} does not match its catalogue entry")
    else:
        uow.audit("vault.put_duplicate", "vault_object", stored.sha256, {"name": original_name})
    return row


def store_file(ws: Workstation, actor: Actor, path: Path,
               progress: Callable[[int], None] | None = None) -> StoredObject:
    with ws.unit(actor) as uow:
        uow.require(Permission.VAULT_PUT, "file", path.name)
    stored = ws.vault.put_file(path, progress)
    with ws.unit(actor) as uow:
        register(uow, stored, path.name)
    return stored


def store_files(ws: Workstation, actor: Actor, paths: Sequence[Path], workers: int = PUT_WORKERS,
                on_stored: Callable[[Path, StoredObject | ArchiveError], None] | None = None,
                ) -> list[StoredObject | ArchiveError]:
    """Store several files, ``workers`` at a time; each file's outcome (object or error) in the order given.
    One file's failure does not stop the others."""
    with ws.unit(actor) as uow:
        uow.require(Permission.VAULT_PUT, "file", ",".join(p.name for p in paths[:5]))

    told = threading.Lock()

    def one(path: Path) -> StoredObject | ArchiveError:
        try:
            stored = ws.vault.put_file(path)
            with ws.unit(actor) as uow:
                register(uow, stored, path.name)
        except ArchiveError as exc:
            outcome: StoredObject | ArchiveError = exc
        else:
            outcome = stored
        if on_stored is not None:
            with told:
                on_stored(path, outcome)
        return outcome

    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="vault-put") as pool:
        return list(pool.map(one, paths))


@dataclass(frozen=True)
class FixityReport:
    checked: int
    bytes: int
    missing: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    # Objects without a catalogue entry (orphans): planted, or left by a put that was cut off; a person decides.
    uncatalogued: list[str] = field(default_factory=list)
    catalogue: records.CatalogueReport = field(default_factory=records.CatalogueReport)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.mismatched or self.uncatalogued) and self.catalogue.ok


def verify_vault(ws: Workstation, actor: Actor, with_sm3: bool = False, workers: int = 2,
                 progress: Callable[[int, int], None] | None = None) -> FixityReport:
    """Re-hash every catalogued object, list objects without an entry, and check the audited catalogue rows
    against the trail; the result (good or bad) goes into the audit trail."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "vault", "*")
        rows = uow.session.execute(
            select(VaultObject.sha256, VaultObject.sm3, VaultObject.size)
            .where(VaultObject.disposed_at.is_(None)).order_by(VaultObject.sha256)
        ).all()
        # a disposed object's file may remain until its disposal is executed: it has an entry, it is no orphan
        disposed = set(uow.session.execute(
            select(VaultObject.sha256).where(VaultObject.disposed_at.is_not(None))).scalars())
    missing: list[str] = []
    mismatched: list[str] = []
    total = 0

    def check(row: tuple[str, str, int]) -> tuple[str, str | None, int]:
        sha, sm3, size = row
        try:
            got = ws.vault.digest_object(sha, with_sm3)
        except IntegrityError:
            return sha, "missing", 0
        if got.sha256 != sha or got.size != size or (with_sm3 and got.sm3 != sm3):
            return sha, "mismatch", got.size
        return sha, None, got.size

    # hashlib releases the GIL, so threads hash objects on every core.
    with ThreadPoolExecutor(max(1, workers)) as pool:
        for done, (sha, problem, size) in enumerate(pool.map(check, rows), 1):
            total += size
            if problem == "missing":
                missing.append(sha)
            elif problem == "mismatch":
                mismatched.append(sha)
            if progress:
                progress(done, len(rows))
    catalogued = {r[0] for r in rows} | disposed
    uncatalogued = sorted(set(ws.vault.iter_object_digests()) - catalogued)
    with ws.db.reader() as session:
        catalogue = records.check(session)
    report = FixityReport(len(rows), total, missing, mismatched, uncatalogued, catalogue)
    with ws.unit(actor) as uow:
        uow.audit("vault.verify", "vault", "*",
                  {"checked": report.checked, "bytes": report.bytes, "missing": missing, "mismatched": mismatched,
                   "uncatalogued": uncatalogued, "sm3": with_sm3, **service.catalogue_summary(catalogue)},
                  outcome="ok" if report.ok else "failed")
    return report
