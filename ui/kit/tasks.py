"""Thread pools for disk, database and network work, so the GUI thread never waits on them."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from archive_core.spine import bug_log
from archive_core.spine.failures import known_failure
from archive_core.spine.progress import Progress


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], wants_progress: bool) -> None:
        super().__init__()
        self.relay = _Relay()
        self.progress = Progress(self.relay.progressed.emit)
        self._fn, self._args, self._wants_progress = fn, args, wants_progress
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, self.progress) if self._wants_progress else self._fn(*self._args)
        except BaseException as exc:  # delivered to the GUI thread's error handler, never lost
            text = traceback.format_exc()
            exc.__traceback_text__ = text  # type: ignore[attr-defined]
            typed = known_failure(exc)
            if typed is None:
                bug_log.user_error(exc, text)  # a bug: into the log now, with the worker's traceback
            self.relay.failed.emit(exc if typed is None else typed)
        else:
            self.relay.succeeded.emit(result)


def _guarded(owner: QObject, callback: Callable[..., None] | None) -> Callable[..., None] | None:
    if callback is None:
        return None

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


class TaskRunner(QObject):
    """run(fn, *args, on_done=…, on_error=…): fn runs on a pool thread; callbacks on the GUI thread.

    Writers (database or disc writes) go through a one-thread pool so that they never contend.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A pool thread running Python code hands the GIL on after 1 ms instead of 5, so the GUI thread, waiting
        # behind several busy threads, gets it back within a frame.
        sys.setswitchinterval(0.001)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(4)
        self.writers = QThreadPool(self)
        self.writers.setMaxThreadCount(1)
        self._jobs: set[Job] = set()
        self._latest: dict[tuple[int, str], Job] = {}

    def _if_latest(self, key: tuple[int, str], job: Job,
                   callback: Callable[..., None] | None) -> Callable[..., None] | None:
        if callback is None:
            return None

        def call(*args: Any) -> None:
            if self._latest.get(key) is job:
                callback(*args)

        return call

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None, write: bool = False,
            progress: bool = False, owner: QObject | None = None, latest: str = "") -> Job:
        """With progress=True, fn receives a Progress as its last argument (report and cancel).

        Callbacks are dropped when ``owner`` (the widget or model waiting for the result) is gone by then, and,
        with ``latest`` (e.g. "reload"), when the owner has started a newer job of that name since: a list asked
        for again with another filter never shows the older answer that arrives last.
        """
        job = Job(fn, args, progress)
        if owner is not None:
            on_done, on_error, on_progress = (_guarded(owner, cb) for cb in (on_done, on_error, on_progress))
        key = (id(owner), latest)
        if latest:
            self._latest[key] = job
            on_done, on_error, on_progress = (self._if_latest(key, job, cb) for cb in (on_done, on_error, on_progress))
        self._jobs.add(job)

        def finish(_value: object = None) -> None:
            self._jobs.discard(job)
            if self._latest.get(key) is job:
                del self._latest[key]

        if on_done:
            job.relay.succeeded.connect(on_done)
        if on_error:
            job.relay.failed.connect(on_error)
        if on_progress:
            job.relay.progressed.connect(on_progress)
        job.relay.succeeded.connect(finish)
        job.relay.failed.connect(finish)
        (self.writers if write else self.readers).start(job)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for all jobs (tests and shutdown only)."""
        return self.readers.waitForDone(msecs) and self.writers.waitForDone(msecs)
