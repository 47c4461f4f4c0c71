"""Content-addressed, write-once evidence vault on disk: SHA-256 names, SM3 beside it (Art. 7, 24, 27)."""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import socket
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from archive_core.spine.errors import QT_TRANSLATE_NOOP, IntegrityError, StorageError, StorageFullError
from disc_burning.sm3 import sm3_hasher

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHUNK = 4 * 1024 * 1024
TEMP_SUFFIX = ".part"
# Temp files of another host may belong to a copy still running there; only sweep them when stale.
FOREIGN_TEMP_MAX_AGE = 24 * 3600

Progress = Callable[[int], None]
# Written data is handed to the disk every WRITEBACK_STEP bytes while the copy goes on, so the fsync at the end
# finds little left to write instead of the whole file (the copy would wait for it with both digests idle).
WRITEBACK_STEP = 32 * 1024 * 1024
_SYNC_FILE_RANGE_WRITE = 2
_libc = ctypes.CDLL(None, use_errno=True)
_sync_file_range = getattr(_libc, "sync_file_range", None)
if _sync_file_range is not None:
    _sync_file_range.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Start (not wait for) writing these bytes of the file to disk, where the system offers that (Linux)."""
    if _sync_file_range is not None:
        _sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)  # only a hint: a failure shows at the fsync


class ChunkSource(Protocol):
    """What the vault copies from: a file, or a reader that may reuse its buffer once the next chunk is asked for."""

    def read(self, size: int, /) -> bytes | memoryview: ...


@dataclass(frozen=True)
class StoredObject:
    sha256: str
    sm3: str
    size: int
    path: Path
    already_present: bool


@dataclass(frozen=True)
class Digests:
    sha256: str
    sm3: str
    size: int


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Vault:
    """Objects live at ``objects/ab/cd/<sha256>``; temp files in ``tmp/`` on the same filesystem."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.tmp = root / "tmp"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self._host = socket.gethostname().replace("-", "_")

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return self.objects / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def sweep_temp(self) -> list[Path]:
        """Remove temp files left by a crashed copy; returns what was removed."""
        removed = []
        for entry in self.tmp.iterdir():
            host, _, rest = entry.name.partition("-")
            pid_text = rest.partition("-")[0]
            if host == self._host and pid_text.isdigit():
                stale = not _pid_alive(int(pid_text)) or int(pid_text) == os.getpid()
            else:
                stale = time.time() - entry.lstat().st_mtime > FOREIGN_TEMP_MAX_AGE
            if stale:
                entry.unlink(missing_ok=True)
                removed.append(entry)
        return removed

    def put_file(self, source: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> StoredObject:
        name = source.name
        try:
            fh = open(source, "rb")  # noqa: SIM115 (closed below, errors mapped)
        except OSError as exc:
            raise StorageError(name=name, reason=exc.strerror or str(exc)) from exc
        with fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise StorageError(name=name, reason=QT_TRANSLATE_NOOP("errors", "not a regular file"))
            return self.put_stream(fh, name, progress, cancelled)

    def put_stream(self, src: ChunkSource, name: str, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> StoredObject:
        tmp = self.tmp / f"{self._host}-{os.getpid()}-{uuid.uuid4().hex}{TEMP_SUFFIX}"
        try:
            digests = self._copy_hashing(src, tmp, name, progress, cancelled)
            final = self.path_of(digests.sha256)
            if final.exists():
                tmp.unlink()
                return StoredObject(digests.sha256, digests.sm3, digests.size, final, already_present=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp, 0o444)
            os.rename(tmp, final)
            _fsync_dir(final.parent)
            return StoredObject(digests.sha256, digests.sm3, digests.size, final, already_present=False)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFullError(name=name, path=str(self.root)) from exc
            raise StorageError(name=name, reason=exc.strerror or str(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _copy_hashing(self, src: ChunkSource, tmp: Path, name: str, progress: Progress | None,
                      cancelled: Callable[[], bool] | None) -> Digests:
        sha, sm3 = hashlib.sha256(), sm3_hasher()
        size = handed = 0
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        # SM3 is the slow digest: it runs on a second thread while this one hashes SHA-256 and writes
        # (hashlib releases the GIL on large buffers).
        with os.fdopen(fd, "wb", buffering=0) as out, ThreadPoolExecutor(1) as pool:
            pending = None
            while True:
                if cancelled and cancelled():
                    raise StorageError(name=name, reason=QT_TRANSLATE_NOOP("errors", "cancelled"))
                if pending is not None:  # done with the chunk before asking for the next: a source may reuse it
                    pending.result()
                chunk = src.read(CHUNK)
                if not chunk:
                    break
                pending = pool.submit(sm3.update, chunk)
                sha.update(chunk)
                view = memoryview(chunk)
                while view:
                    written = out.write(view)
                    view = view[written or 0:]
                size += len(chunk)
                if size - handed >= WRITEBACK_STEP:
                    start_writeback(out.fileno(), handed, size - handed)
                    handed = size
                if progress:
                    progress(size)
            os.fsync(out.fileno())
        return Digests(sha.hexdigest(), sm3.hexdigest(), size)

    def digest_object(self, sha256: str, with_sm3: bool = False) -> Digests:
        """Re-read an object and return its digests (IntegrityError if it is missing)."""
        path = self.path_of(sha256)
        try:
            with open(path, "rb", buffering=0) as fh:
                sha = hashlib.sha256()
                sm3 = sm3_hasher() if with_sm3 else None
                size = 0
                buf = bytearray(CHUNK)
                view = memoryview(buf)
                while n := fh.readinto(buf):
                    sha.update(view[:n])
                    if sm3 is not None:
                        sm3.update(view[:n])
                    size += n
        except FileNotFoundError as exc:
            raise IntegrityError(reason=f"object {sha256} is missing") from exc
        return Digests(sha.hexdigest(), sm3.hexdigest() if sm3 else "", size)

    def iter_object_digests(self) -> Iterator[str]:
        for path in self.objects.glob("*/*/*"):
            yield path.name

    def open_object(self, sha256: str) -> BinaryIO:
        return open(self.path_of(sha256), "rb")

    def dispose_object(self, sha256: str, session: Session, request_id: int) -> bool:
        """The one code path that removes an object (Art. 27). It re-reads the catalogue and refuses unless an
        approved disposal request — approved by someone other than its requester — is being executed and has
        already marked this object disposed (tombstone first, then the file). Only archive_core.retention.disposal calls
        it; tests/retention/test_no_other_delete.py keeps it that way. Returns whether a file was removed."""
        from models.retention import DisposalRequest, DisposalState, DisposedObject
        from models.vault import VaultObject

        request = session.get(DisposalRequest, request_id)
        tomb = session.get(DisposedObject, (request_id, sha256))
        row = session.get(VaultObject, sha256)
        if (request is None or tomb is None or row is None or row.disposed_at is None
                or request.state not in (DisposalState.EXECUTING.value, DisposalState.EXECUTED.value)
                or not request.decided_by or request.decided_by == request.requested_by):
            raise IntegrityError(reason=f"object {sha256} is not marked for removal by disposal {request_id}")
        path = self.path_of(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        _fsync_dir(path.parent)
        return True
