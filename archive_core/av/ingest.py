"""Ingest of A/V files into the vault: copy with SHA-256 + SM3, verify, read the facts, catalogue (Art. 19, 24).

What happens to bad input (never silently dropped):
- empty file, symbolic link, not a regular file: rejected with the reason; the source stays where it is.
- truncated MP4 or a file no player can read: stored and catalogued as damaged evidence, with the reason
  (it may be all that is left of a recording); playback is refused, the monitor and list show the damage.
- unreadable, vanished before the copy, changed during the copy, vault disk full: failed with the reason, nothing
  catalogued, no partial object left; the entry can be retried.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select, update

from archive_core.av import av_records, probe
from archive_core.av.deadline import clock
from archive_core.av.filename_patterns import FilenameFacts, load_patterns, match
from archive_core.av.ingest_queue import (
    HEARTBEAT,
    IngestError,
    claim,
    enqueue,
    error_payload,
    heartbeat,
    recover,
    reject_error,
    worker_id,
)
from archive_core.av.probe import MediaInfo, MediaProbeError, display_name
from archive_core.av.settings import MediaSettings, load_settings
from archive_core.equipment.devices import device_by_code
from archive_core.equipment.loans import officer_holding
from archive_core.spine import clock as agency_clock
from archive_core.spine import disk_space
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError, NotFoundError, StorageError, StorageFullError
from archive_core.spine.progress import Progress
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import ReadAhead
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.av import (
    TRUSTED_TIME_SOURCES,
    Damage,
    MediaDerivative,
    MediaOfficer,
    MediaRecord,
    OfficerSource,
    TimeSource,
)
from models.av_ingest import EntryState, IngestEntry
from models.cases import Case, Stage
from models.people import Officer

THUMB_WIDTH = 192
_DIRECT = getattr(os, "O_DIRECT", 0)
# SM3 runs at about 350 MB/s on one core and cannot be split within a file; two files at a time keep two cores busy.
INGEST_WORKERS = 2
FAILURES = {
    "vanished": (QT_TRANSLATE_NOOP("errors", "{name} disappeared before it could be copied."),
                 QT_TRANSLATE_NOOP("errors", "Dock the device again; the queue entry can be retried.")),
    "changed": (QT_TRANSLATE_NOOP("errors", "{name} changed while it was being copied: it is still being written."),
                QT_TRANSLATE_NOOP("errors", "Nothing was stored. It is ingested once the device has finished "
                                            "writing it.")),
    "verify_failed": (QT_TRANSLATE_NOOP("errors", "The vault copy of {name} does not match what was read."),
                      QT_TRANSLATE_NOOP("errors", "Check the vault disk; retry the ingest.")),
    "unreadable": (QT_TRANSLATE_NOOP("errors", "{name} cannot be read: {reason}."),
                   QT_TRANSLATE_NOOP("errors", "Check the file's permissions or the card reader, then retry.")),
}


def failure(code: str, name: str, **params: Any) -> IngestError:
    message, hint = FAILURES[code]
    return IngestError(code, message, hint, name=name, **params)


@dataclass(frozen=True)
class IngestResult:
    entry_id: int
    path: str
    state: str
    media_id: int | None = None
    sha256: str | None = None
    size: int = 0
    damage: str = ""
    error_code: str = ""
    message: str = ""   # English; the monitor renders the stored payload in its language
    note: str = ""
    already_stored: bool = False  # this very file was stored before this run
    linked_case: str = ""  # the case the record is linked to after this run
    other_case: str = ""  # set when the run asked for a case but the record stays linked to this other one

    @property
    def ok(self) -> bool:
        return self.state in (EntryState.DONE.value, EntryState.DUPLICATE.value)


class _GuardedReader(ReadAhead):
    """Reads the source once, ahead of the copy on its own thread, through the vault's ring of reused buffers; at its
    end, refuses the copy if the file grew, shrank or was rewritten meanwhile.

    The source is opened to bypass the page cache where the file system allows (O_DIRECT, see _open_source): the
    bytes are needed once, and filling the cache with them costs as much CPU as one of the two digests."""

    def __init__(self, fd: int, name: str) -> None:
        super().__init__(fd, changed=lambda: failure("changed", name),
                         unreadable=lambda exc: failure("unreadable", name, reason=exc.strerror or str(exc)))


def _open_source(raw: bytes) -> int:
    """Open a dock file for the copy without following links, bypassing the page cache where that is allowed."""
    flags = os.O_RDONLY | os.O_NOFOLLOW
    if _DIRECT:
        try:
            return os.open(raw, flags | _DIRECT)
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # EINVAL: this file system has no O_DIRECT
                raise
    return os.open(raw, flags)


@dataclass(frozen=True)
class _Facts:
    start: datetime | None
    time_source: str
    time_zone: str
    pattern: str
    device_id: int | None
    device_code: str
    officer_code: str


def recording_facts(uow: UnitOfWork, name: str, info: MediaInfo | None, mtime_ns: int,
                    settings: MediaSettings, patterns: Any, device_code: str = "") -> _Facts:
    """Device, officer number and start time from the file name, else the container, else the file's mtime (marked
    as a guess). The device is the one the name gives, else the one the clerk named. A device clock reading is
    placed in the device's zone (or the agency's camera zone); a container time as the device's rule says."""
    facts: FilenameFacts | None = match(name, patterns)
    code = (facts.device if facts and facts.device else "") or device_code
    device = device_by_code(uow, code) if code else None
    zone = agency_clock.zone_named(device.clock_zone if device else None, settings.zone)
    zone_name = str(getattr(zone, "key", zone))
    if facts is not None:
        start, source = agency_clock.wall_time(facts.recorded_at, zone), TimeSource.FILENAME
    elif info is not None and info.creation_time_naive is not None and device and device.container_time == "utc":
        start, source, zone_name = info.creation_time_naive.replace(tzinfo=UTC), TimeSource.METADATA_UTC, "UTC"
    elif info is not None and info.creation_time_naive is not None:
        # MP4 stamps carry a "Z" whatever the camera meant: the wall-clock reading in the camera's zone is safer.
        start, source = agency_clock.wall_time(info.creation_time_naive, zone), TimeSource.METADATA
    else:
        start, source, zone_name = datetime.fromtimestamp(mtime_ns / 1e9, UTC), TimeSource.FILE_TIME, ""
    return _Facts(start.astimezone(UTC), source.value, zone_name, facts.pattern_id if facts else "",
                  device.id if device else None, code, (facts.officer or "") if facts else "")


def _officer_for(uow: UnitOfWork, facts: _Facts) -> tuple[int | None, str]:
    if facts.device_id is not None and facts.start is not None:
        held = officer_holding(uow, facts.device_id, facts.start)
        if held is not None:
            return held.id, OfficerSource.LOAN.value
    if facts.officer_code:
        found = uow.session.execute(select(Officer.id).where(Officer.certificate_no == facts.officer_code)).scalar()
        if found is not None:
            return int(found), OfficerSource.FILENAME.value
    return None, ""


def _probe(path: bytes, name: str) -> tuple[MediaInfo | None, str, str]:
    """(facts, damage, damage reason); raises IngestError when there is nothing that can be stored."""
    try:
        info = probe.probe(path)
    except MediaProbeError as exc:
        if exc.code in ("truncated", "not_media"):
            return None, exc.code, exc.render()
        if exc.code in ("empty", "not_a_file", "not_found"):
            raise reject_error(exc.code if exc.code != "not_found" else "not_found", path) from exc
        raise failure("unreadable", name, reason=exc.params.get("reason", exc.code)) from exc
    if not info.is_media:
        return info, Damage.NOT_MEDIA.value, f"{name} holds no audio or video stream ({info.container})"
    return info, "", ""


def _thumbnail(ws: Workstation, sha: str, info: MediaInfo | None) -> Any:
    if info is None or not info.has_video:
        return None
    try:
        # The first picture: decoding forward to a later time costs more than the copy for high-rate clips.
        data = probe.thumbnail(ws.vault.path_of(sha), 0.0, max_width=THUMB_WIDTH)
        return ws.vault.put_stream(io.BytesIO(data), f"{sha[:12]}-thumbnail.jpg")
    except (MediaProbeError, StorageError):
        return None  # a missing thumbnail is no reason to refuse evidence


def _set_entry(ws: Workstation, entry_id: int, worker: str, **values: Any) -> None:
    with ws.db.writer() as s, s.begin():
        s.execute(update(IngestEntry).where(IngestEntry.id == entry_id, IngestEntry.claimed_by == worker)
                  .values(**values))


def _fail(ws: Workstation, actor: Actor, entry: IngestEntry, worker: str, exc: ArchiveError,
          state: EntryState = EntryState.FAILED) -> IngestResult:
    code = getattr(exc, "code", "error")
    with ws.unit(actor) as uow:
        uow.session.execute(update(IngestEntry).where(IngestEntry.id == entry.id, IngestEntry.claimed_by == worker)
                            .values(state=state.value, error_code=code, error_message=error_payload(exc),
                                    finished_at=agency_clock.now()))
        uow.audit("media.ingest_failed", "ingest_entry", entry.id,
                  {"path": entry.source_path, "code": code, "message": exc.render()}, outcome="failed")
    return IngestResult(entry.id, entry.source_path, state.value, error_code=code, message=exc.render())


def process_entry(ws: Workstation, actor: Actor, entry_id: int, worker: str,
                  progress: Progress | None = None) -> IngestResult:
    """Copy, verify and catalogue one claimed entry."""
    with ws.unit(actor, write=False) as uow:
        entry = uow.session.get(IngestEntry, entry_id)
        if entry is None:
            raise NotFoundError(what="ingest entry", key=str(entry_id))
        uow.session.expunge(entry)
        settings = load_settings(uow.session)
    raw, name = entry.source_raw, display_name(os.path.basename(entry.source_raw))
    try:
        return _process(ws, actor, entry, raw, name, worker, settings, progress)
    except IngestError as exc:
        rejected = exc.code in ("empty", "symlink", "not_a_file")
        return _fail(ws, actor, entry, worker, exc, EntryState.REJECTED if rejected else EntryState.FAILED)
    except StorageFullError as exc:
        return _fail(ws, actor, entry, worker, exc)
    except StorageError as exc:
        if progress is not None and progress.cancelled:
            _set_entry(ws, entry.id, worker, state=EntryState.QUEUED.value, claimed_by="")
            return IngestResult(entry.id, entry.source_path, EntryState.QUEUED.value, error_code="cancelled")
        if isinstance(exc.__cause__, IngestError):
            return _fail(ws, actor, entry, worker, exc.__cause__)
        return _fail(ws, actor, entry, worker, exc)


def _process(ws: Workstation, actor: Actor, entry: IngestEntry, raw: bytes, name: str, worker: str,
             settings: MediaSettings, progress: Progress | None) -> IngestResult:
    try:
        st = os.lstat(raw)
    except FileNotFoundError:
        raise failure("vanished", name) from None
    if stat.S_ISLNK(st.st_mode):
        raise reject_error("symlink", raw)
    if (st.st_size, st.st_mtime_ns) != (entry.size, entry.mtime_ns):
        raise failure("changed", name)
    disk_space.require_vault_room(ws.vault.root, st.st_size, name)
    info, damage, damage_reason = _probe(raw, name)
    try:
        fd = _open_source(raw)
    except FileNotFoundError:
        raise failure("vanished", name) from None
    except OSError as exc:
        raise failure("unreadable", name, reason=exc.strerror or str(exc)) from None
    beat = [time.monotonic()]

    def copied(done: int) -> None:
        if progress is not None:
            progress.report(done, entry.size, name)
        if time.monotonic() - beat[0] > HEARTBEAT.total_seconds():
            beat[0] = time.monotonic()
            heartbeat(ws, entry.id, worker)

    try:
        reader = _GuardedReader(fd, name)
        try:
            stored = ws.vault.put_stream(reader, name, copied,
                                         (lambda: progress.cancelled) if progress else None)
        finally:
            reader.close()
    finally:
        os.close(fd)
    # Verify by reading the vault copy back (Art. 24, 27): what is catalogued is what was read from the device.
    check = ws.vault.digest_object(stored.sha256)
    if check.sha256 != stored.sha256 or check.size != stored.size:
        raise failure("verify_failed", name)
    note = ""
    if not os.path.lexists(raw):
        note = "the source was removed during the copy; the vault copy is complete and verified"
    thumb = _thumbnail(ws, stored.sha256, info) if not damage else None
    for attempt in range(2):
        try:
            result = _catalogue(ws, actor, entry, raw, name, worker, settings, stored, info, damage, damage_reason,
                                thumb, note)
            break
        except sa_exc.IntegrityError:
            if attempt:  # another workstation catalogued the same bytes at the same moment: now a duplicate
                raise
    if settings.delete_source and result.ok and not note:
        _delete_source(ws, actor, entry, raw, st)
    return result


def _catalogue(ws: Workstation, actor: Actor, entry: IngestEntry, raw: bytes, name: str, worker: str,
               settings: MediaSettings, stored: Any, info: MediaInfo | None, damage: str, damage_reason: str,
               thumb: Any, note: str) -> IngestResult:
    now = agency_clock.now()
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_INGEST, "file", name)
        s = uow.session
        current = s.get(IngestEntry, entry.id, with_for_update=True)
        if current is None or current.claimed_by != worker or current.state != EntryState.CLAIMED.value:
            raise IngestError("claim_lost", QT_TRANSLATE_NOOP("errors", "Another worker took over {name}."), name=name)
        fixity.register(uow, stored, name)
        existing = s.execute(select(MediaRecord).where(MediaRecord.sha256 == stored.sha256)).scalar_one_or_none()
        if existing is not None:
            current.state, current.media_id, current.sha256 = EntryState.DUPLICATE.value, existing.id, stored.sha256
            current.finished_at, current.note, current.error_code, current.error_message = now, note, "", ""
            uow.audit("media.ingest_duplicate", "media", existing.id,
                      {"path": entry.source_path, "sha256": stored.sha256, "entry": entry.id})
            return IngestResult(entry.id, entry.source_path, current.state, existing.id, stored.sha256, stored.size,
                                existing.damage, note=note)
        facts = recording_facts(uow, name, info, entry.mtime_ns, settings, _patterns(), entry.device_code)
        duration = info.duration if info else None
        rec = MediaRecord(
            sha256=stored.sha256, original_name=name, source_path=entry.source_path, size=stored.size,
            container=info.container if info else "", duration=duration,
            video_codec=info.video_codec if info else None, audio_codec=info.audio_codec if info else None,
            audio_sample_rate=info.sample_rate if info else None, width=info.width if info else None,
            height=info.height if info else None, fps=info.fps if info else None,
            creation_time_raw=info.creation_time_raw if info else None, damage=damage, damage_reason=damage_reason,
            recorded_start=facts.start,
            recorded_end=facts.start + timedelta(seconds=duration or 0) if facts.start else None,
            time_source=facts.time_source, time_zone=facts.time_zone, time_note="",
            filename_pattern=facts.pattern, device_id=facts.device_id,
            device_code=facts.device_code, officer_code=facts.officer_code, ingested_at=now,
            ingested_by=actor.username, workstation=ws.name, stage="", matter="", place="", method="",
            exception_kind="", exception_note="", confidentiality="", is_evidence=False)
        if entry.case_no:
            case = s.execute(select(Case).where(Case.case_no == entry.case_no)).scalar_one_or_none()
            if case is None:
                note = (note + "; " if note else "") + f"case {entry.case_no} not found: not linked"
            else:
                rec.case_id, rec.stage = case.id, entry.stage or case.current_stage
        s.add(rec)
        s.flush()
        officer_id, source = _officer_for(uow, facts)
        if officer_id is not None:
            s.add(MediaOfficer(media_id=rec.id, officer_id=officer_id, source=source))
        if thumb is not None:
            fixity.register(uow, thumb, f"{name}.thumbnail.jpg")
            rec.thumbnail_sha256 = thumb.sha256
            s.add(MediaDerivative(media_id=rec.id, sha256=thumb.sha256, kind="thumbnail", at_ms=0,
                                  created_by=actor.username))
        current.state, current.media_id, current.sha256 = EntryState.DONE.value, rec.id, stored.sha256
        current.finished_at, current.note, current.error_code, current.error_message = now, note, "", ""
        c = clock(rec.recorded_end, now, trusted=facts.time_source in TRUSTED_TIME_SOURCES)
        rec.clock_state, rec.due_at = c.state.value, c.due_at
        uow.audit("media.ingest", "media", rec.id, {
            "path": entry.source_path, "sha256": stored.sha256, "sm3": stored.sm3, "size": stored.size,
            "recorded_start": rec.recorded_start.isoformat() if rec.recorded_start else None,
            "time_source": facts.time_source, "time_zone": facts.time_zone or None,
            "device": facts.device_code, "officer_id": officer_id,
            "damage": damage or None, "clock": c.state.value, "case": entry.case_no or None, "note": note or None})
        if rec.case_id is not None:
            from archive_core.cases import compliance

            compliance.refresh(s, [rec.case_id])
        return IngestResult(entry.id, entry.source_path, current.state, rec.id, stored.sha256, stored.size, damage,
                            note=note)


def _delete_source(ws: Workstation, actor: Actor, entry: IngestEntry, raw: bytes, before: os.stat_result) -> None:
    """Only the very file that was copied and verified: same inode, size and mtime as when it was read."""
    try:
        st = os.lstat(raw)
        if (st.st_ino, st.st_size, st.st_mtime_ns) != (before.st_ino, before.st_size, before.st_mtime_ns):
            return
        os.unlink(raw)
    except OSError as exc:
        with ws.unit(actor) as uow:
            uow.audit("media.source_delete_failed", "ingest_entry", entry.id,
                      {"path": entry.source_path, "reason": exc.strerror or str(exc)}, outcome="failed")
        return
    with ws.unit(actor) as uow:
        uow.session.execute(update(IngestEntry).where(IngestEntry.id == entry.id).values(source_deleted=True))
        uow.audit("media.source_deleted", "ingest_entry", entry.id, {"path": entry.source_path})


_PATTERNS: list[Any] = []
_PATTERNS_LOCK = threading.Lock()


def _patterns() -> list[Any]:
    with _PATTERNS_LOCK:
        if not _PATTERNS:
            _PATTERNS.extend(load_patterns())
        return _PATTERNS


# --- driving the queue ------------------------------------------------------------------------------------

class _Board:
    """The files the workers are copying, summed for one progress listener, with the files already finished."""

    def __init__(self, outer: Progress) -> None:
        self.outer, self.lock = outer, threading.Lock()
        self.copying: dict[int, tuple[int, int, str]] = {}
        self.finished = 0

    def report(self, slot: int, done: int, total: int, text: str) -> None:
        with self.lock:
            self.copying[slot] = (done, total, text)
            files = sorted(self.copying.values(), key=lambda f: f[2])
            self.outer.report(self.finished + sum(f[0] for f in files), self.finished + sum(f[1] for f in files),
                              " · ".join(f[2] for f in files))

    def finish(self, slot: int) -> None:
        with self.lock:
            self.finished += self.copying.pop(slot, (0, 0, ""))[1]


class _Slot(Progress):
    """One worker's view of the shared progress."""

    def __init__(self, board: _Board, slot: int) -> None:
        super().__init__()
        self._board, self._slot = board, slot

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._board.report(self._slot, done, total, text)

    def cancel(self) -> None:
        self._board.outer.cancel()

    @property
    def cancelled(self) -> bool:
        return self._board.outer.cancelled


def run_queue(ws: Workstation, actor: Actor, *, only: Sequence[int] | None = None,
              progress: Progress | None = None, stop: threading.Event | None = None,
              on_result: Callable[[IngestResult], None] | None = None,
              workers: int = INGEST_WORKERS) -> list[IngestResult]:
    """Claim and process queued entries until none is left (or ``stop`` is set), ``workers`` files at a time.
    Results come back in queue order."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_INGEST, "ingest_queue", "*")
    worker = worker_id(ws)
    results: list[IngestResult] = []
    board = _Board(progress) if progress is not None and workers > 1 else None
    lock = threading.Lock()

    def work(slot: int) -> None:
        share = _Slot(board, slot) if board is not None else progress
        while not (stop is not None and stop.is_set()) and not (progress is not None and progress.cancelled):
            entry_id = claim(ws, worker, only)
            if entry_id is None:
                break
            result = process_entry(ws, actor, entry_id, worker, share)
            if board is not None:
                board.finish(slot)
            with lock:
                results.append(result)
            if on_result is not None:
                on_result(result)

    if workers <= 1:
        work(0)
    else:
        with ThreadPoolExecutor(workers, thread_name_prefix="ingest") as pool:
            for future in [pool.submit(work, slot) for slot in range(workers)]:
                future.result()
    return sorted(results, key=lambda r: r.entry_id)


def ingest_paths(ws: Workstation, actor: Actor, paths: Sequence[str | bytes | os.PathLike[str]], *,
                 case_no: str = "", stage: str = "", device_code: str = "", settle: float = 0.5,
                 progress: Progress | None = None) -> list[IngestResult]:
    """Queue these files and ingest them now (the CLI's and the import dialog's path). A file whose size or mtime
    still changes over ``settle`` seconds is reported as still being written and left queued. ``device_code``: the
    registered device the files came from, for names that do not say."""
    if stage and stage not in {s.value for s in Stage}:
        raise IngestError("invalid", QT_TRANSLATE_NOOP("errors", "Unknown stage {stage}."), stage=stage)
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_INGEST, "file", ",".join(display_name(p) for p in paths[:5]))
        if case_no and uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar() is None:
            raise NotFoundError(what="case", key=case_no)
        if device_code and device_by_code(uow, device_code) is None:
            raise NotFoundError(what="device", key=device_code)
    recover(ws, actor)
    files = _settled(_expand(paths), settle)
    entries: list[int] = []
    earlier: set[int] = set()
    results: list[IngestResult] = []
    with ws.unit(actor) as uow:
        for raw, busy in files:
            if busy:
                results.append(IngestResult(0, display_name(raw), EntryState.FAILED.value, error_code="changed",
                                            message=failure("changed", display_name(raw)).render()))
                continue
            queued = enqueue(uow, raw, case_no=case_no, stage=stage, device_code=device_code)
            entries.append(queued.id)
            if queued.state in (EntryState.DONE.value, EntryState.DUPLICATE.value):  # stored by an earlier run
                earlier.add(queued.id)
    results.extend(run_queue(ws, actor, only=entries, progress=progress))
    done = {r.entry_id for r in results}
    results.extend(_entry_result(ws, actor, i) for i in entries if i not in done)
    return [_with_case(ws, actor, r, r.entry_id in earlier, case_no, stage) for r in results]


def _with_case(ws: Workstation, actor: Actor, result: IngestResult, earlier: bool, case_no: str,
               stage: str) -> IngestResult:
    """Say where a stored record is linked; a record stored before (this file, or the same bytes) that is linked
    to no case is linked to the case asked for, and one linked to another case stays there and says so."""
    if not result.ok or result.media_id is None:
        return result
    with ws.unit(actor, write=False) as uow:
        linked = uow.session.execute(select(Case.case_no).join(MediaRecord, MediaRecord.case_id == Case.id)
                                     .where(MediaRecord.id == result.media_id)).scalar()
        current = uow.session.execute(select(Case.current_stage).where(Case.case_no == case_no)).scalar()
    if case_no and linked is None and current is not None:
        av_records.link(ws, actor, result.media_id, case_no, stage or current)
        linked = case_no
    other = (linked or "") if case_no and linked != case_no else ""
    return replace(result, already_stored=earlier, linked_case=linked or "", other_case=other)


def _expand(paths: Sequence[str | bytes | os.PathLike[str]]) -> list[bytes]:
    """Files as given; folders (not followed through links) contribute the files below them, in name order."""
    out: list[bytes] = []
    for p in paths:
        raw = os.fsencode(p)
        if os.path.isdir(raw) and not os.path.islink(raw):
            for root, dirs, names in os.walk(raw):
                dirs.sort()
                out.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith(b"."))
        else:
            out.append(raw)
    return out


def _settled(files: list[bytes], settle: float) -> list[tuple[bytes, bool]]:
    def reading(raw: bytes) -> tuple[int, int] | None:
        try:
            st = os.lstat(raw)
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns

    if settle <= 0:
        return [(raw, False) for raw in files]
    first = {raw: reading(raw) for raw in files}
    time.sleep(settle)
    return [(raw, reading(raw) != first[raw]) for raw in files]


def _entry_result(ws: Workstation, actor: Actor, entry_id: int) -> IngestResult:
    from archive_core.av.ingest_queue import render_error

    with ws.unit(actor, write=False) as uow:
        e = uow.session.get(IngestEntry, entry_id)
        assert e is not None
        return IngestResult(e.id, e.source_path, e.state, e.media_id, e.sha256, max(e.size, 0),
                            error_code=e.error_code, message=render_error(e.error_message), note=e.note)
