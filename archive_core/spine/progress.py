"""A Qt-free progress and cancel handle that long jobs report to and check."""

from __future__ import annotations

import threading
from collections.abc import Callable

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError


class CancelledError(ArchiveError):
    code = "cancelled"
    exit_code = 130
    message = QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was half-written.")


class Progress:
    """Jobs call report(); the UI reads it through the listener; anyone may cancel()."""

    def __init__(self, listener: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._listener = listener

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        if self._listener is not None:
            self._listener(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise CancelledError if cancel() was called."""
        if self._cancel.is_set():
            raise CancelledError()
