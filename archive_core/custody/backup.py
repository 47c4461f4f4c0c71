"""Backup to a second place: new vault objects, a consistent catalogue snapshot, keys and checkpoints, and a signed
manifest, written so that an interrupted run leaves earlier backups whole and the next run finishes the job."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from archive_core.custody import backup_register as register
from archive_core.custody import keys, manifest
from archive_core.custody.backup_folder import CHECKPOINTS, KEYS, PART, PRIVATE_KEY, BackupFolder, new_run_id
from archive_core.custody.errors import (
    HOME_IN_TARGET,
    TARGET_IN_HOME,
    TARGET_IS_VAULT,
    BackupBusyError,
    BackupCatalogueLostError,
    BackupFullError,
    BackupTargetError,
    BackupWriteError,
    VaultDamagedError,
)
from archive_core.custody.snapshot import Snapshot, file_digest, pg_backup_lock, pg_snapshot, sqlite_snapshot
from archive_core.spine import clock
from archive_core.spine.audit import chain
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import ArchiveError, CatalogueUnreachableError, StorageFullError
from archive_core.spine.failures import known_failure
from archive_core.spine.progress import Progress
from archive_core.spine.vault.store import CopyMismatchError, Digests, Vault, _fsync_dir
from archive_core.spine.workstation import Workstation

LOCK_FILE = ".lock"
# Each copy waits for its fsync at the end: two at a time keep the disk busy while the other hashes and writes.
COPY_WORKERS = 2


@dataclass(frozen=True)
class BackupResult:
    run_id: str
    folder: Path
    objects: int
    objects_copied: int
    bytes: int
    bytes_copied: int
    audit_seq: int
    audit_hash: str
    with_private_key: bool


def check_target(ws: Workstation, target: Path) -> Path:
    """Refuse the vault itself, a folder inside the home, and a folder holding the home."""
    root = target.expanduser().resolve()
    home = ws.paths.home.resolve()
    reason = ""
    if root == ws.vault.root.resolve():
        reason = TARGET_IS_VAULT
    elif root == home or root.is_relative_to(home):
        reason = TARGET_IN_HOME
    elif home.is_relative_to(root):
        reason = HOME_IN_TARGET
    if reason:
        raise BackupTargetError(path=str(root), reason=reason)
    return root


@contextlib.contextmanager
def _flock(path: Path, who: Any) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BackupBusyError(who=who(), where=str(path)) from exc
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locks(ws: Workstation, root: Path) -> Iterator[None]:
    """One backup at a time per catalogue (a PostgreSQL advisory lock, or a lock file in the SQLite home) and per
    backup folder (a lock file there: two catalogues may share a disk)."""
    def who() -> str:
        return register.running_elsewhere(ws) or str(root)

    with contextlib.ExitStack() as stack:
        if ws.db.dialect == "postgresql":
            if not stack.enter_context(pg_backup_lock(ws.db.url)):
                raise BackupBusyError(who=who(), where=ws.db.url)
        else:
            stack.enter_context(_flock(ws.paths.home / "backup.lock", who))
        stack.enter_context(_flock(root / LOCK_FILE, who))
        yield


def _write_error(exc: OSError, root: Path) -> ArchiveError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupFullError(path=str(root), name=str(root), reason=exc.strerror or "")
    return BackupWriteError(path=str(root), name=str(root), reason=exc.strerror or str(exc))


def _copy_object(ws: Workstation, store: Vault, root: Path, sha: str, sm3: str, size: int) -> bool:
    """Copy one object into the backup, hashed as it is written; False when the vault's copy is missing or does not
    match the catalogue (nothing is kept then). The copy is checked by its SHA-256 and size, which name its bytes, as
    ``backup verify`` checks it; SM3 (a third of SHA-256's speed) is checked where a copy goes back into a vault,
    by restore and repair."""
    source = ws.vault.path_of(sha)
    if not source.is_file():
        return False
    try:
        store.put_file(source, expect=Digests(sha, sm3, size), record=False, with_sm3=False)
    except CopyMismatchError:
        return False
    except StorageFullError as exc:
        raise BackupFullError(path=str(root), name=str(root), reason="") from exc
    return True


def _copy_new_objects(ws: Workstation, store: Vault, root: Path, objects: list[tuple[str, str, int]],
                      progress: Progress | None) -> tuple[int, int, list[str]]:
    """Copy the objects the folder does not hold yet, COPY_WORKERS at a time: (copied, bytes copied, damaged).
    On an error the copies not yet started are cancelled; those already written stay for the next run."""
    # objects are written once and never change: an earlier run's copy serves this one
    new = [obj for obj in objects if not store.exists(obj[0])]
    copied = size_copied = 0
    damaged: list[str] = []
    with ThreadPoolExecutor(COPY_WORKERS, thread_name_prefix="backup-copy") as pool:
        futures = {pool.submit(_copy_object, ws, store, root, *obj): obj for obj in new}
        try:
            for done, future in enumerate(as_completed(futures), len(objects) - len(new) + 1):
                sha, _sm3, size = futures[future]
                if progress is not None:
                    progress.check()
                    progress.report(done, len(objects), sha)
                if future.result():
                    copied += 1
                    size_copied += size
                else:
                    damaged.append(sha)
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    return copied, size_copied, sorted(damaged)


def _write_file(path: Path, data: bytes) -> dict[str, Any]:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    sha, size = file_digest(path)
    return {"file": path.name, "sha256": sha, "size": size}


def _checkpoints_up_to(ws: Workstation, seq: int) -> bytes:
    """The checkpoint log's whole lines that the snapshot's trail covers (later ones belong to later events)."""
    try:
        text = ws.paths.checkpoint_log.read_text(encoding="utf-8")
    except FileNotFoundError:
        return b""
    kept = []
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # being appended right now
        with contextlib.suppress(ValueError):
            if int(json.loads(line).get("seq", 0)) <= seq:
                kept.append(line)
    return "".join(kept).encode("utf-8")


def _snapshot(ws: Workstation, part: Path, root: Path) -> Snapshot:
    if ws.db.dialect == "postgresql":
        return pg_snapshot(ws.db.url, part, root)
    return sqlite_snapshot(Path(ws.db.write_engine.url.database or ""), part, root)


def _write_run(ws: Workstation, folder: BackupFolder, run_id: str, part: Path, passphrase: str | None,
               progress: Progress | None) -> BackupResult:
    root = folder.root
    store = Vault(root)
    part.mkdir()
    snap = _snapshot(ws, part, root)
    size_total = sum(size for _sha, _sm3, size in snap.objects)
    copied, size_copied, damaged = _copy_new_objects(ws, store, root, snap.objects, progress)
    if damaged:
        raise VaultDamagedError(objects=", ".join(damaged[:5]) + (" …" if len(damaged) > 5 else ""))
    files = [_write_file(part / CHECKPOINTS, _checkpoints_up_to(ws, snap.head_seq))]
    public = {(k["algorithm"], k["public_key"]): k for k in snap.keys}
    public.setdefault((ws.signer.algorithm, ws.signer.public_key),
                      {"name": ws.name, "algorithm": ws.signer.algorithm, "public_key": ws.signer.public_key})
    files.append(_write_file(part / KEYS, json.dumps(list(public.values()), ensure_ascii=False, indent=1).encode()))
    if passphrase is not None:
        files.append(_write_file(part / PRIVATE_KEY, keys.encrypt(ws.signer.private_key, ws.signer.algorithm,
                                                                  passphrase)))
    body = {"format": manifest.FORMAT, "version": manifest.VERSION, "run": run_id,
            "created_at": clock.now().isoformat(), "workstation": ws.name,
            "catalogue": {"dialect": snap.dialect, "file": snap.file, "sha256": snap.sha256, "size": snap.size,
                          "schema": snap.schema},
            "audit_head": {"seq": snap.head_seq, "hash": snap.head_hash},
            "objects": [{"sha256": s, "sm3": m, "size": n} for s, m, n in snap.objects],
            "files": files}
    manifest.write(part, manifest.sign(body, ws.signer))
    _fsync_dir(part)
    return BackupResult(run_id, folder.runs / run_id, len(snap.objects), copied, size_total, size_copied,
                        snap.head_seq, snap.head_hash, passphrase is not None)


def _publish(folder: BackupFolder, part: Path, run_id: str) -> None:
    os.rename(part, folder.runs / run_id)  # the run exists, whole, from this instant
    _fsync_dir(folder.runs)


def _prepare(folder: BackupFolder) -> None:
    """Make the folder's layout and remove what an interrupted run left (the caller holds the folder's lock)."""
    folder.runs.mkdir(parents=True, exist_ok=True)
    for entry in folder.runs.iterdir():
        if entry.name.endswith(PART):
            shutil.rmtree(entry, ignore_errors=True)
    Vault(folder.root).sweep_temp()


def run_backup(ws: Workstation, actor: Actor, target: Path, *, passphrase: str | None = None,
               progress: Progress | None = None) -> BackupResult:
    """Back up to ``target``; with a passphrase the private signing key goes too, encrypted (security administrator
    only). Each run writes its own manifest; objects already in the folder are not copied again."""
    with_key = passphrase is not None
    with ws.unit(actor) as uow:
        uow.require(Permission.BACKUP_KEY if with_key else Permission.BACKUP_RUN, "backup", str(target))
    root = check_target(ws, target)
    if with_key:
        keys.encrypt(b"", ws.signer.algorithm, passphrase or "")  # a too-short passphrase is refused before any work
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(exc, root) from exc
    folder = BackupFolder(root)
    with _locks(ws, root):
        try:
            _prepare(folder)
        except OSError as exc:
            raise _write_error(exc, root) from exc
        run_id = new_run_id()
        with ws.unit(actor) as uow:
            register.start(uow, run_id, str(root), with_key)
            uow.audit("backup.started", "backup", run_id, {"target": str(root), "private_key": with_key})
        part = folder.runs / f"{run_id}{PART}"
        try:
            try:
                result = _write_run(ws, folder, run_id, part, passphrase, progress)
            except OSError as exc:
                raise _write_error(exc, root) from exc
            with ws.unit(actor) as uow:
                register.finish(uow, run_id, register.OK, objects=result.objects,
                                objects_copied=result.objects_copied, size=result.bytes,
                                size_copied=result.bytes_copied, head=(result.audit_seq, result.audit_hash))
                details = {k: v for k, v in asdict(result).items() if k != "folder"}
                uow.audit("backup.run", "backup", run_id, {**details, "target": str(root)})
                # The catalogue has answered just now: a catalogue lost during the copy leaves no new run; one lost
                # at the commit below leaves a whole run that the register does not count as good.
                uow.session.flush()
                try:
                    _publish(folder, part, run_id)
                except OSError as exc:
                    raise _write_error(exc, root) from exc
        except BaseException as exc:
            shutil.rmtree(part, ignore_errors=True)
            with contextlib.suppress(OSError):
                Vault(root).sweep_temp()
            _record_failure(ws, actor, run_id, root, exc)
            lost = known_failure(exc)
            if isinstance(lost, CatalogueUnreachableError):
                raise BackupCatalogueLostError(where=lost.params.get("where", ""), path=str(root)) from exc
            raise
    return result


def _record_failure(ws: Workstation, actor: Actor, run_id: str, root: Path, exc: BaseException) -> None:
    """Note the failure in the register and the trail; when the catalogue itself is what failed, the run stays
    marked running and the next run marks it interrupted."""
    typed = known_failure(exc)
    code = typed.code if typed is not None else type(exc).__name__
    with contextlib.suppress(ArchiveError, OSError), ws.unit(actor) as uow:
        register.finish(uow, run_id, register.FAILED, error=code)
        uow.audit("backup.run", "backup", run_id, {"target": str(root), "error": code,
                                                   "message": typed.render() if typed else str(exc)},
                  outcome=chain.FAILED)
