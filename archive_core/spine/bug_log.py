"""The fault log: unexpected exceptions, with their tracebacks, in a rotating file in the data home."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from archive_core.spine.errors import ArchiveError, UnexpectedError
from archive_core.spine.failures import known_failure

LOGGER = logging.getLogger("archive_ws")
# Without a log file a fault is still shown to the user, never dumped on the terminal by logging's last resort.
LOGGER.addHandler(logging.NullHandler())
LOG_NAME = "archive-ws.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class _FaultLog(RotatingFileHandler):
    """The log file, owner-only; a write that fails (a full disk) is remembered, not printed."""

    failed = False

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return TextIOWrapper(open(fd, "ab"), encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


_handler: _FaultLog | None = None


def setup(home: Path) -> Path | None:
    """Log to ``<home>/logs/archive-ws.log`` (once per home); None when the folder cannot be written."""
    global _handler
    path = home / "logs" / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _FaultLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(path.parent)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(message)s"))
    if _handler is not None:
        LOGGER.removeHandler(_handler)
        _handler.close()
    _handler = handler
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    LOGGER.propagate = False
    return path


def log_path() -> Path | None:
    return Path(_handler.baseFilename) if _handler is not None else None


def user_error(exc: BaseException, traceback_text: str | None = None) -> ArchiveError:
    """What to show for ``exc``: a typed error, or for a bug the log entry it was written to (written once)."""
    typed = known_failure(exc)
    if typed is not None:
        return typed
    reason = str(exc) or type(exc).__name__
    if not getattr(exc, "__logged__", False):
        try:
            exc.__logged__ = True  # type: ignore[attr-defined]
        except AttributeError:
            pass
        if _handler is not None:
            _handler.failed = False
        if traceback_text:
            LOGGER.error("Unexpected error: %s: %s\n%s", type(exc).__name__, reason, traceback_text.rstrip())
        else:
            LOGGER.error("Unexpected error: %s: %s", type(exc).__name__, reason,
                         exc_info=(type(exc), exc, exc.__traceback__))
        for handler in LOGGER.handlers:
            handler.flush()
    path = log_path()
    if path is None or (_handler is not None and _handler.failed):
        return UnexpectedError(hint=UnexpectedError.unlogged_hint, reason=reason)
    return UnexpectedError(reason=reason, log=str(path))
