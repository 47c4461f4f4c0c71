"""Watch dock folders with watchdog and ingest each file once it is complete (Art. 24).

inotify where it works (a close-write event means the writer is done); the polling observer for USB and network
mounts. Without a close event a file is ready when its size and mtime are unchanged over two readings ``settle_s``
apart. A periodic rescan catches files whose events were missed (an observer restart, a mount that came back).
watchdog calls back on its own threads: the handler only records paths; the watcher's threads do the rest.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from watchdog.events import FileClosedEvent, FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from archive_core.av.filename_patterns import load_patterns
from archive_core.av.ingest import IngestResult, run_queue
from archive_core.av.ingest_queue import enqueue, known_versions, recover, source_key
from archive_core.av.settings import read_settings
from archive_core.spine.auth import Actor
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import Workstation

log = logging.getLogger(__name__)
# File systems that give no inotify events for changes made elsewhere: poll them.
POLLING_FS = frozenset({"vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "nfs", "nfs4", "cifs", "smb3",
                        "smbfs", "9p", "fuse.sshfs"})
IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")


@dataclass(frozen=True)
class WatchedDock:
    path: str
    polling: bool = False


def needs_polling(path: str) -> bool:
    """True when ``path`` lies on a USB or network file system (read from /proc/self/mounts)."""
    best, fstype = "", ""
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3:
                    mount = parts[1].replace("\\040", " ")
                    if (path == mount or path.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
                        best, fstype = mount, parts[2]
    except OSError:
        return False
    return fstype in POLLING_FS


def media_extensions() -> frozenset[str]:
    exts: set[str] = set()
    for pattern in load_patterns():
        exts |= pattern.extensions
    return frozenset(exts)


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: DockWatcher, dock: str) -> None:
        self._watcher, self._dock = watcher, dock

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("deleted", "opened", "closed_no_write"):
            return
        if event.event_type == "moved":
            self._watcher._forget(os.fsencode(event.src_path))
        path = event.dest_path if event.event_type == "moved" else event.src_path
        self._watcher._seen(os.fsencode(path), self._dock, closed=isinstance(event, FileClosedEvent))


class DockWatcher:
    """start() → observers, a settle/rescan thread and an ingest worker; stop() shuts them down cleanly (the file
    being copied is cancelled and goes back to the queue)."""

    def __init__(self, ws: Workstation, actor: Actor, docks: Sequence[WatchedDock], *,
                 settle_s: float | None = None, rescan_s: float | None = None, poll_interval: float = 1.0,
                 on_result: Callable[[IngestResult], None] | None = None,
                 on_event: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        settings = read_settings(ws)
        self.ws, self.actor = ws, actor
        self.docks = [WatchedDock(os.path.abspath(d.path), d.polling or needs_polling(os.path.abspath(d.path)))
                      for d in docks]
        self.settle_s = settings.settle_s if settle_s is None else settle_s
        self.rescan_s = settings.rescan_s if rescan_s is None else rescan_s
        self.poll_interval = poll_interval
        self._on_result, self._on_event = on_result, on_event
        self._extensions = media_extensions()
        self._lock = threading.Lock()
        self._candidates: dict[bytes, tuple[str, tuple[int, int] | None]] = {}
        self._ready: dict[bytes, str] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._progress = Progress()
        self._threads: list[threading.Thread] = []
        self._observers: list[Any] = []

    # --- lifecycle -----------------------------------------------------------------------------------------
    def start(self) -> None:
        for dock in self.docks:
            if not os.path.isdir(dock.path):
                self._emit("dock_missing", path=dock.path)
        self._start_observers()
        freed = recover(self.ws, self.actor)
        if freed:
            self._emit("recovered", entries=freed)
        self._rescan()
        for target, name in ((self._settle_loop, "dock-settle"), (self._work_loop, "dock-ingest")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._emit("started", docks=[d.path for d in self.docks])

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._progress.cancel()
        self._wake.set()
        for observer in self._observers:
            observer.stop()
        for observer in self._observers:
            observer.join(timeout)
        for thread in self._threads:
            thread.join(timeout)
        self._emit("stopped")

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads) and not self._stop.is_set()

    def wake(self) -> None:
        self._wake.set()

    # --- observers -----------------------------------------------------------------------------------------
    def _start_observers(self) -> None:
        self._observers = []
        groups = {True: [d for d in self.docks if d.polling], False: [d for d in self.docks if not d.polling]}
        for polling, docks in groups.items():
            docks = [d for d in docks if os.path.isdir(d.path)]
            if not docks:
                continue
            observer = PollingObserver(timeout=self.poll_interval) if polling else Observer()
            for dock in docks:
                observer.schedule(_Handler(self, dock.path), dock.path, recursive=True)
            observer.daemon = True
            observer.start()
            self._observers.append(observer)

    def _check_observers(self) -> None:
        if any(not o.is_alive() for o in self._observers):
            log.warning("a dock observer died; restarting the observers")
            for observer in self._observers:
                observer.stop()
            self._start_observers()
            self._emit("observer_restarted")
            self._rescan()

    # --- deciding when a file is complete --------------------------------------------------------------------
    def _wanted(self, raw: bytes) -> bool:
        name = os.path.basename(raw).decode("utf-8", "replace")
        if name.startswith(".") or name.lower().endswith(IGNORED_SUFFIXES):
            return False
        return name.rpartition(".")[2].lower() in self._extensions

    def _seen(self, raw: bytes, dock: str, closed: bool = False) -> None:
        if not self._wanted(raw):
            return
        with self._lock:
            if closed:
                self._candidates.pop(raw, None)
                self._ready[raw] = dock
            elif raw not in self._ready:
                self._candidates[raw] = (dock, None)
        if closed:
            self._wake.set()

    def _forget(self, raw: bytes) -> None:
        with self._lock:
            self._candidates.pop(raw, None)
            self._ready.pop(raw, None)

    def _rescan(self) -> None:
        found: list[tuple[bytes, str]] = []
        for dock in self.docks:
            for root, dirs, names in os.walk(os.fsencode(dock.path)):
                dirs[:] = sorted(d for d in dirs if not d.startswith(b"."))
                found.extend((os.path.join(root, n), dock.path) for n in sorted(names))
        wanted = [(raw, folder) for raw, folder in found if self._wanted(raw)]
        if not wanted:
            return
        session = self.ws.db.reader()
        try:
            known = known_versions(session, [raw for raw, _ in wanted])
        finally:
            session.close()
        for raw, folder in wanted:
            try:
                st = os.lstat(raw)
            except OSError:
                continue
            if (source_key(raw), st.st_size, st.st_mtime_ns) not in known:
                self._seen(raw, folder)

    def _settle_loop(self) -> None:
        last_scan = time.monotonic()
        step = max(0.05, self.settle_s)
        while not self._stop.wait(step):
            try:
                self._check_observers()
                self._promote()
                if time.monotonic() - last_scan >= self.rescan_s:
                    last_scan = time.monotonic()
                    self._rescan()
                self._enqueue_ready()
            except Exception as exc:  # keep watching; say what went wrong
                log.exception("dock watcher")
                self._emit("error", message=str(exc))

    def _promote(self) -> None:
        """Two equal (size, mtime) readings one settle interval apart: the writer has finished."""
        with self._lock:
            items = list(self._candidates.items())
        for raw, (dock, previous) in items:
            try:
                st = os.lstat(raw)
                reading: tuple[int, int] | None = (st.st_size, st.st_mtime_ns)
            except OSError:
                reading = None
            with self._lock:
                if reading is None:
                    self._candidates.pop(raw, None)
                elif reading == previous:
                    self._candidates.pop(raw, None)
                    self._ready[raw] = dock
                elif raw in self._candidates:
                    self._candidates[raw] = (dock, reading)

    def _enqueue_ready(self) -> None:
        with self._lock:
            ready, self._ready = self._ready, {}
        if not ready:
            return
        added = []
        with self.ws.unit(self.actor) as uow:
            for raw, dock in sorted(ready.items()):
                if not os.path.lexists(raw):  # moved or deleted before it was queued
                    continue
                queued = enqueue(uow, raw, dock=dock)
                if queued.new:
                    added.append(queued.id)
        if added:
            self._emit("enqueued", entries=added)
            self._wake.set()

    # --- ingesting -------------------------------------------------------------------------------------------
    def _work_loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(max(1.0, self.rescan_s))
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                self._enqueue_ready()
                run_queue(self.ws, self.actor, progress=self._progress, stop=self._stop, on_result=self._result)
            except Exception as exc:
                log.exception("dock ingest")
                self._emit("error", message=str(exc))
                self._stop.wait(2.0)

    def _result(self, result: IngestResult) -> None:
        if self._on_result is not None:
            self._on_result(result)

    def _emit(self, kind: str, **data: Any) -> None:
        if self._on_event is not None:
            self._on_event(kind, data)

    def progress_listener(self, listener: Callable[[int, int, str], None]) -> None:
        """Report copy progress (bytes done, bytes total, file name) to ``listener`` (called on the worker thread)."""
        self._progress._listener = listener


def watch_until(stop: threading.Event, watcher: DockWatcher) -> None:
    """Run the watcher until ``stop`` is set (the CLI sets it on SIGINT and SIGTERM)."""
    watcher.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        watcher.stop()
