"""Content-addressed, write-once evidence vault on disk: SHA-256 names, SM3 beside it (Art. 7, 24, 27)."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import itertools
import json
import mmap
import os
import queue
import re
import socket
import stat
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from archive_core.spine.errors import QT_TRANSLATE_NOOP, IntegrityError, StorageError, StorageFullError
from archive_core.spine.paths import private_dir
from disc_burning.sm3 import sm3_hasher

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHUNK = 4 * 1024 * 1024
_SHA256 = re.compile("[0-9a-f]{64}")
TEMP_SUFFIX = ".part"
# Written before a finished copy is renamed into place and removed once its catalogue entry is committed: one left
# behind names a put that was interrupted between the two, so its object can be adopted at the next start.
INTENT_SUFFIX = ".intent"
# Temp files of another host may belong to a copy still running there; only sweep them when stale.
FOREIGN_TEMP_MAX_AGE = 24 * 3600

Progress = Callable[[int], None]
# Written data is handed to the disk every WRITEBACK_STEP bytes while the copy goes on, so the fsync at the end
# finds little left to write instead of the whole file (the copy would wait for it with both digests idle).
WRITEBACK_STEP = 8 * 1024 * 1024
_DIRECT = getattr(os, "O_DIRECT", 0)
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


class ReadAhead:
    """Reads a file once, ahead of the copy on its own thread (disk reads overlap hashing and writing), into a ring of
    reused page-aligned buffers (no new memory to fault in for every chunk; page-aligned as O_DIRECT needs, where the
    caller opened the file so). A chunk from ``read`` stays valid until the consumer ``release``s it; chunks are
    released in the order they were read, and a consumer may hold up to ``holdable`` of them at once (the vault
    holds a few while SM3 catches up with SHA-256 and the write).

    ``changed``: raised when the file's size or mtime at the end differs from the start (the file is still being
    written); None takes the bytes as read. ``unreadable``: maps a read error (default: the OSError itself)."""

    CHUNK = CHUNK
    DEPTH = 4   # chunks read ahead, waiting for the consumer
    HOLD = 3    # chunks the consumer may hold at once

    def __init__(self, fd: int, changed: Callable[[], BaseException] | None = None,
                 unreadable: Callable[[OSError], BaseException] | None = None) -> None:
        self._fd, self._changed, self._unreadable = fd, changed, unreadable
        st = os.fstat(fd)
        self._size, self._mtime = st.st_size, st.st_mtime_ns
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        self.holdable = self.HOLD
        # Anonymous maps are page-aligned: DEPTH queued, one being filled, HOLD with the consumer.
        self._buffers = [mmap.mmap(-1, self.CHUNK) for _ in range(self.DEPTH + 1 + self.HOLD)]
        self._free = threading.Semaphore(len(self._buffers))
        self._queue: queue.Queue[memoryview | BaseException] = queue.Queue(self.DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read_ahead, name="vault-read", daemon=True)
        self._thread.start()

    def _read_ahead(self) -> None:
        total = 0
        try:
            for turn in itertools.count():
                while not self._free.acquire(timeout=0.2):
                    if self._stop.is_set():
                        return
                if self._stop.is_set():
                    return
                buf = self._buffers[turn % len(self._buffers)]
                n = self._read_into(buf)
                total += n
                if not n and total != self._size and self._changed is not None:
                    raise self._changed()
                self._put(memoryview(buf)[:n])
                if not n:
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            self._put(exc)

    def _read_into(self, buf: mmap.mmap) -> int:
        try:
            return os.readv(self._fd, [buf])
        except OSError as exc:
            if exc.errno == errno.EINVAL and _DIRECT and fcntl.fcntl(self._fd, fcntl.F_GETFL) & _DIRECT:
                # the file system took O_DIRECT at open but refuses it on read: read through the cache instead
                fcntl.fcntl(self._fd, fcntl.F_SETFL, fcntl.fcntl(self._fd, fcntl.F_GETFL) & ~_DIRECT)
                return self._read_into(buf)
            if self._unreadable is None:
                raise
            raise self._unreadable(exc) from exc

    def _put(self, item: memoryview | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def read(self, size: int = -1, /) -> memoryview:
        """The next chunk (empty at the end); ``size`` is ignored, the ring's chunks are CHUNK bytes."""
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        if not item and self._changed is not None:  # checked once the consumer has it all, before the vault keeps it
            st = os.fstat(self._fd)
            if (st.st_size, st.st_mtime_ns) != (self._size, self._mtime):
                raise self._changed()
        return item

    def release(self) -> None:
        """The consumer is done with the oldest chunk it holds."""
        self._free.release()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class CopyMismatchError(IntegrityError):
    """A copy of a known object read back with other digests: it is not kept."""

    code = "copy_mismatch"
    message = QT_TRANSLATE_NOOP("errors", "The copy of {name} does not match: expected SHA-256 {expected}, read "
                                          "{found}. It was not kept.")


@dataclass(frozen=True)
class StoredObject:
    sha256: str
    sm3: str
    size: int
    path: Path
    already_present: bool
    intent: Path | None = None  # the record of this put, removed once the catalogue entry is committed


@dataclass(frozen=True)
class Restored:
    written: bool
    aside: Path | None  # where the damaged file that was in the object's place now is


@dataclass(frozen=True)
class InterruptedPut:
    path: Path
    sha256: str
    sm3: str
    size: int
    name: str


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
        private_dir(self.objects)
        private_dir(self.tmp)
        self._host = socket.gethostname().replace("-", "_")

    def _relative(self, sha256: str) -> str:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def path_of(self, sha256: str) -> Path:
        return self.objects / self._relative(sha256)

    def exists(self, sha256: str) -> bool:
        # a backup asks this of every object: a string path, no Path built per call
        return os.path.isfile(f"{self.objects}/{self._relative(sha256)}")

    def _stale(self, entry: Path) -> bool:
        host, _, rest = entry.name.partition("-")
        pid_text = rest.partition("-")[0]
        if host == self._host and pid_text.isdigit():
            return not _pid_alive(int(pid_text)) or int(pid_text) == os.getpid()
        return time.time() - entry.lstat().st_mtime > FOREIGN_TEMP_MAX_AGE

    def sweep_temp(self) -> list[Path]:
        """Remove temp files left by a crashed copy; returns what was removed (records of interrupted puts stay
        for ``interrupted_puts``)."""
        removed = []
        for entry in self.tmp.iterdir():
            if entry.name.endswith(INTENT_SUFFIX):
                continue
            if self._stale(entry):
                entry.unlink(missing_ok=True)
                removed.append(entry)
        return removed

    def interrupted_puts(self) -> list[InterruptedPut]:
        """Puts whose process ended between storing the object and committing its catalogue entry."""
        found = []
        for entry in sorted(self.tmp.glob(f"*{INTENT_SUFFIX}")):
            if not self._stale(entry):
                continue
            try:
                record = json.loads(entry.read_text(encoding="utf-8"))
                found.append(InterruptedPut(entry, str(record["sha256"]), str(record["sm3"]), int(record["size"]),
                                            str(record["name"])))
            except (ValueError, KeyError, TypeError):
                found.append(InterruptedPut(entry, "", "", 0, ""))  # torn by a crash: nothing to adopt from it
        return found

    def settle(self, intent: Path) -> None:
        """The put recorded by ``intent`` is catalogued (or dealt with): its record goes."""
        intent.unlink(missing_ok=True)

    def _intent_path(self, sha256: str) -> Path:
        return self.tmp / f"{self._host}-{os.getpid()}-{threading.get_ident()}-{sha256}{INTENT_SUFFIX}"

    def _write_intent(self, digests: Digests, name: str) -> Path:
        path = self._intent_path(digests.sha256)
        data = json.dumps({"sha256": digests.sha256, "sm3": digests.sm3, "size": digests.size, "name": name},
                          ensure_ascii=False).encode("utf-8")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        return path

    def put_file(self, source: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, *, expect: Digests | None = None,
                 record: bool = True, with_sm3: bool = True) -> StoredObject:
        name = source.name
        try:
            # Non-blocking: opening a named pipe would otherwise wait for a writer that may never come.
            fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as exc:
            raise StorageError(name=name, reason=exc.strerror or str(exc)) from exc
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise StorageError(name=name, reason=QT_TRANSLATE_NOOP("errors", "not a regular file"))
            os.set_blocking(fd, True)
            reader = ReadAhead(fd)
            try:
                return self.put_stream(reader, name, progress, cancelled, expect=expect, record=record,
                                       with_sm3=with_sm3)
            finally:
                reader.close()
        finally:
            os.close(fd)

    def put_stream(self, src: ChunkSource, name: str, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, *, expect: Digests | None = None,
                   record: bool = True, with_sm3: bool = True) -> StoredObject:
        """Store the stream under its SHA-256. ``expect``: the digests a copy must have (a backup or restore copies a
        known object): anything else is refused before it is renamed into place. ``record``: leave a record of the put
        until the catalogue entry commits (not for copies whose catalogue comes with them). ``with_sm3=False``: a
        copy of a known object checked by its SHA-256 and size alone (the object's SM3 is then "")."""
        tmp = self.tmp / f"{self._host}-{os.getpid()}-{uuid.uuid4().hex}{TEMP_SUFFIX}"
        try:
            digests = self._copy_hashing(src, tmp, name, progress, cancelled, with_sm3)
            if expect is not None and digests != (expect if with_sm3 else Digests(expect.sha256, "", expect.size)):
                tmp.unlink()
                raise CopyMismatchError(name=name, expected=expect.sha256, found=digests.sha256)
            final = self.path_of(digests.sha256)
            if final.exists():
                tmp.unlink()
                return StoredObject(digests.sha256, digests.sm3, digests.size, final, already_present=True)
            private_dir(final.parent, below=self.objects)
            os.chmod(tmp, 0o400)
            intent = self._write_intent(digests, name) if record else None
            try:
                os.rename(tmp, final)
            except OSError:
                if intent is not None:
                    intent.unlink(missing_ok=True)
                raise
            _fsync_dir(final.parent)
            return StoredObject(digests.sha256, digests.sm3, digests.size, final, already_present=False,
                                intent=intent)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFullError(name=name, path=str(self.root)) from exc
            raise StorageError(name=name, reason=exc.strerror or str(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def restore_object(self, src: ChunkSource, want: Digests, quarantine: Path) -> Restored:
        """Put back a catalogued object from a copy, through the temp file, fsync and rename of every put. A copy
        whose digests are not ``want`` is refused (IntegrityError) and nothing is written. A file in the object's
        place that no longer matches is first linked into ``quarantine`` (kept, never deleted), then the good copy
        is renamed over it, so the object is never absent; one that matches (repaired meanwhile) is left alone."""
        tmp = self.tmp / f"{self._host}-{os.getpid()}-{uuid.uuid4().hex}{TEMP_SUFFIX}"
        final = self.path_of(want.sha256)
        try:
            got = self._copy_hashing(src, tmp, want.sha256, None, None)
            if got != want:
                raise IntegrityError(reason=f"the copy of {want.sha256} does not match its catalogue entry")
            aside = None
            if final.exists():
                if self.digest_object(want.sha256, with_sm3=True) == want:
                    tmp.unlink()
                    return Restored(written=False, aside=None)
                private_dir(quarantine)
                aside = quarantine / f"{want.sha256}-{uuid.uuid4().hex[:8]}"
                os.link(final, aside)
                _fsync_dir(quarantine)
            else:
                private_dir(final.parent, below=self.objects)
            os.chmod(tmp, 0o400)
            os.rename(tmp, final)
            _fsync_dir(final.parent)
            return Restored(written=True, aside=aside)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFullError(name=want.sha256, path=str(self.root)) from exc
            raise StorageError(name=want.sha256, reason=exc.strerror or str(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _copy_hashing(self, src: ChunkSource, tmp: Path, name: str, progress: Progress | None,
                      cancelled: Callable[[], bool] | None, with_sm3: bool = True) -> Digests:
        sha, sm3 = hashlib.sha256(), sm3_hasher() if with_sm3 else None
        size = handed = 0
        # SM3 is the slow digest: it runs on its own thread, chunk after chunk, while this one hashes SHA-256 and
        # writes the same chunk (hashlib and libgcrypt release the GIL on large buffers). A ReadAhead source lets this
        # thread run a few chunks ahead of SM3, so neither waits for the other; any other source may reuse its buffer
        # at the next read, so SM3 finishes each chunk before the next is asked for.
        release = src.release if isinstance(src, ReadAhead) else None
        hold = src.holdable if isinstance(src, ReadAhead) else 1
        held: deque[Future[None]] = deque()  # SM3 of the chunks not yet released, oldest first
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb", buffering=0) as out, ThreadPoolExecutor(1, thread_name_prefix="vault-sm3") as pool:
            try:
                while True:
                    if cancelled and cancelled():
                        raise StorageError(name=name, reason=QT_TRANSLATE_NOOP("errors", "cancelled"))
                    while held and (len(held) >= hold or held[0].done()):
                        held.popleft().result()
                        if release is not None:
                            release()
                    chunk = src.read(CHUNK)
                    if not chunk:
                        break
                    if sm3 is not None:
                        held.append(pool.submit(sm3.update, chunk))
                    sha.update(chunk)
                    view = memoryview(chunk)
                    while view:
                        written = out.write(view)
                        view = view[written or 0:]
                    if sm3 is None and release is not None:
                        release()
                    size += len(chunk)
                    if size - handed >= WRITEBACK_STEP:
                        start_writeback(out.fileno(), handed, size - handed)
                        handed = size
                    if progress:
                        progress(size)
                while held:
                    held.popleft().result()
            finally:
                for pending in held:  # an error: SM3 must be done with the buffers before the source is closed
                    pending.cancel() or pending.exception()
            os.fsync(out.fileno())
        return Digests(sha.hexdigest(), sm3.hexdigest() if sm3 is not None else "", size)

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
