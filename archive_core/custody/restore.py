"""Restore: build a working home from a backup in a new folder, after checking the manifest's signature, every
object and the audit chain; never over an existing home."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from archive_core.custody import keys
from archive_core.custody.backup_folder import (
    CHECKPOINTS,
    KEYS,
    PRIVATE_KEY,
    BackupFolder,
    check_files,
    check_signature,
)
from archive_core.custody.errors import (
    DUMP_NEEDS_POSTGRESQL,
    SNAPSHOT_NEEDS_SQLITE,
    TARGET_IN_BACKUP,
    TARGET_NOT_EMPTY,
    TARGET_NOT_FOLDER,
    BackupDamagedError,
    NotABackupError,
    RestoreSchemaDiffersError,
    RestoreSchemaError,
    RestoreTargetError,
)
from archive_core.custody.manifest import Manifest
from archive_core.custody.snapshot import (
    file_digest,
    fsync_file,
    pg_drop_restored,
    pg_restore,
    schema_state,
    search_path,
    with_search_path,
)
from archive_core.spine.audit import chain
from archive_core.spine.auth import SYSTEM_ACTOR
from archive_core.spine.errors import StorageFullError
from archive_core.spine.progress import Progress
from archive_core.spine.vault.store import CopyMismatchError, Digests, Vault, _fsync_dir
from archive_core.spine.workstation import open_workstation
from models.audit import AuditHead
from models.engine import open_database


@dataclass(frozen=True)
class RestoreReport:
    run_id: str
    home: Path
    db_url: str | None
    objects: int
    bytes: int
    audit_seq: int
    audit_hash: str
    key_restored: bool
    signed_by: str


def _check_new_home(home: Path, source: Path) -> None:
    if home == source or home.is_relative_to(source):
        raise RestoreTargetError(path=str(home), reason=TARGET_IN_BACKUP)
    if home.exists() or home.is_symlink():
        if not home.is_dir():
            raise RestoreTargetError(path=str(home), reason=TARGET_NOT_FOLDER)
        if any(home.iterdir()):
            raise RestoreTargetError(path=str(home), reason=TARGET_NOT_EMPTY)


def _damaged(m: Manifest, source: Path, problems: list[str]) -> BackupDamagedError:
    return BackupDamagedError(run=m.run_id, path=str(source), problems="; ".join(problems[:5]))


def _check_manifest(m: Manifest, source: Path) -> None:
    """Signature, the key among the run's public keys, and the digests of its files (objects come as copied)."""
    problems = check_signature(m, None) or check_files(m)
    if not problems:
        listed = {(k["algorithm"], k["public_key"]) for k in json.loads((m.folder / KEYS).read_text("utf-8"))}
        if m.key not in listed:
            problems = ["the manifest is signed by a key the backup does not list"]
    if problems:
        raise _damaged(m, source, problems)


def _copy_objects(folder: BackupFolder, m: Manifest, vault: Vault, progress: Progress | None) -> int:
    problems, total = [], 0
    for done, entry in enumerate(m.objects, 1):
        if progress is not None:
            progress.check()
            progress.report(done, len(m.objects), entry["sha256"])
        sha = str(entry["sha256"])
        source = folder.object_path(sha)
        if not source.is_file():
            problems.append(f"object {sha} is missing")
            continue
        try:
            stored = vault.put_file(source, expect=Digests(sha, str(entry["sm3"]), int(entry["size"])), record=False)
        except CopyMismatchError:
            problems.append(f"object {sha} was altered (its content does not match its digest)")
            continue
        total += stored.size
    if problems:
        raise _damaged(m, folder.root, problems)
    return total


def _copy_file(source: Path, target: Path, sha256: str) -> None:
    shutil.copyfile(source, target)
    fsync_file(target)
    if file_digest(target)[0] != sha256:
        raise OSError(f"{target} does not match its digest after copying")


def _restore_key(m: Manifest, work: Path, passphrase: str | None) -> bool:
    if passphrase is None or not (m.folder / PRIVATE_KEY).is_file():
        return False
    algorithm, raw = keys.decrypt((m.folder / PRIVATE_KEY).read_bytes(), passphrase)
    key_dir = work / "keys"
    key_dir.mkdir()
    fd = os.open(key_dir / f"workstation-{algorithm}.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(raw)
        out.flush()
        os.fsync(out.fileno())
    return True


def _check_chain(url: str, m: Manifest, checkpoint_log: Path, source: Path) -> None:
    """The restored trail verifies against its signed checkpoints and ends at the manifest's audit head."""
    db = open_database(url)
    try:
        with db.reader() as session:
            result = chain.verify(session, None, chain.read_checkpoint_file(checkpoint_log))
            head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    finally:
        db.dispose()
    problems = list(result.problems)
    if (head.seq, head.hash) != m.audit_head:
        problems.append(f"the catalogue's audit head #{head.seq} is not the manifest's #{m.audit_head[0]}")
    if problems:
        raise _damaged(m, source, problems)


def restore(source: Path, new_home: Path, db_url: str | None = None, *, run_id: str | None = None,
            passphrase: str | None = None, progress: Progress | None = None) -> RestoreReport:
    """Check and copy a backup run (the newest, or ``run_id``) into ``new_home``, which must be new or empty; with
    ``db_url`` the PostgreSQL dump is loaded into that (empty) database."""
    source = source.expanduser().resolve()
    home = new_home.expanduser().resolve()
    _check_new_home(home, source)
    folder = BackupFolder(source)
    m = folder.run(run_id)
    if m is None:
        raise NotABackupError(path=str(source), what="", key=str(source))
    _check_manifest(m, source)
    dialect, schema = m.catalogue.get("dialect"), str(m.catalogue.get("schema", ""))
    target_url = db_url
    schema_existed = restored_pg = False
    if dialect == "postgresql":
        if db_url is None:
            raise RestoreTargetError(path=str(home), reason=DUMP_NEEDS_POSTGRESQL)
        asked = search_path(db_url)
        if asked is not None and asked != schema:
            raise RestoreSchemaDiffersError(path=db_url, schema=schema, asked=asked)
        schema_existed, tables = schema_state(db_url, schema)
        if tables:
            raise RestoreSchemaError(path=db_url, schema=schema)
        target_url = with_search_path(db_url, schema)
    elif db_url is not None:
        raise RestoreTargetError(path=db_url, reason=SNAPSHOT_NEEDS_SQLITE)

    home.parent.mkdir(parents=True, exist_ok=True)
    work = home.parent / f".{home.name}.restoring-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    try:
        size = _copy_objects(folder, m, Vault(work / "vault"), progress)
        log = work / "audit-checkpoints.jsonl"
        checkpoints = next(f for f in m.files if f["file"] == CHECKPOINTS)
        _copy_file(m.folder / CHECKPOINTS, log, checkpoints["sha256"])
        key_restored = _restore_key(m, work, passphrase)
        if dialect == "postgresql":
            assert target_url is not None
            restored_pg = True
            pg_restore(target_url, m.folder / str(m.catalogue["file"]), schema, schema_existed, work)
            (work / "restore.list").unlink(missing_ok=True)
            _check_chain(target_url, m, log, source)
        else:
            database = work / "catalogue.sqlite3"
            _copy_file(m.folder / str(m.catalogue["file"]), database, str(m.catalogue["sha256"]))
            _check_chain(f"sqlite:///{database}", m, log, source)
        (work / "vault" / "tmp").mkdir(exist_ok=True)
        _fsync_dir(work)
        os.rename(work, home)  # onto a missing or empty folder: the home appears whole or not at all
        _fsync_dir(home.parent)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if restored_pg and target_url is not None:
            with contextlib.suppress(Exception):
                pg_drop_restored(target_url, schema, schema_existed)
        if isinstance(exc, StorageFullError):
            exc.params["path"] = str(home.parent)
        raise
    ws = open_workstation(home, target_url)
    try:
        with ws.unit(SYSTEM_ACTOR) as uow:
            uow.audit("catalogue.restored", "backup", m.run_id,
                      {"from": str(source), "audit_seq": m.audit_head[0], "audit_hash": m.audit_head[1],
                       "objects": len(m.objects), "key_restored": key_restored})
    finally:
        ws.close()
    return RestoreReport(m.run_id, home, target_url, len(m.objects), size, m.audit_head[0], m.audit_head[1],
                         key_restored, m.key[1])
