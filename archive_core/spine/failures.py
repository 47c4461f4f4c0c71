"""Database and operating-system failures a person can act on, turned into typed errors at one place."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import psycopg
from sqlalchemy import Engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, ExceptionContext

from archive_core.spine.errors import (
    AccessDeniedError,
    ArchiveError,
    CatalogueBusyError,
    CatalogueDiskError,
    CatalogueFullError,
    CatalogueReadOnlyError,
    CatalogueUnreachableError,
    DiskFullError,
    ReadOnlyDiskError,
)

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 10, 13, 14
_SQLITE_ERRORS: dict[int, type[ArchiveError]] = {
    _SQLITE_BUSY: CatalogueBusyError,
    _SQLITE_LOCKED: CatalogueBusyError,
    _SQLITE_READONLY: CatalogueReadOnlyError,
    _SQLITE_FULL: CatalogueFullError,
}
# PostgreSQL SQLSTATEs: class 08 is a connection exception; 57P01-57P03 are the server shutting down or refusing.
_PG_GONE = ("57P01", "57P02", "57P03")
_PG_DISK_FULL = "53100"
_OS_ERRORS: dict[int, type[ArchiveError]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EROFS: ReadOnlyDiskError,
    errno.EACCES: AccessDeniedError,
    errno.EPERM: AccessDeniedError,
}


def where(url: URL | None) -> str:
    """The catalogue as a person knows it: the SQLite file, or host:port/database (never the password)."""
    if url is None:
        return ""
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _disk_full(location: str) -> bool:
    """Whether the disk holding this SQLite file has no room left (SQLite reports that as an I/O error when it cannot
    even create its shared-memory file)."""
    folder = Path(location).parent
    try:
        return os.statvfs(folder).f_bavail == 0
    except OSError:
        return False


def database_failure(exc: BaseException, location: str = "", *, disconnect: bool = False) -> ArchiveError | None:
    """The typed error for a DBAPI failure (raw or wrapped by SQLAlchemy), or None when it is not one we know."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        primary = getattr(orig, "sqlite_errorcode", -1) & 0xFF
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return (CatalogueFullError if location and _disk_full(location) else CatalogueDiskError)(where=location)
        kind = _SQLITE_ERRORS.get(primary)
        return kind(where=location) if kind else None
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == _PG_DISK_FULL:
        return CatalogueFullError(where=location)
    if disconnect or (isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated):
        return CatalogueUnreachableError(where=location)
    if isinstance(orig, psycopg.OperationalError) and sqlstate is None:
        return CatalogueUnreachableError(where=location)  # raised by the client: refused, timed out, closed
    if sqlstate and (sqlstate.startswith("08") or sqlstate in _PG_GONE):
        return CatalogueUnreachableError(where=location)
    return None


def os_failure(exc: OSError) -> ArchiveError | None:
    kind = _OS_ERRORS.get(exc.errno or 0)
    if kind is None:
        return None
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return kind(message=getattr(kind, "unnamed_message", None), name="", reason=reason)
    return kind(path=str(exc.filename), name=str(exc.filename), reason=reason)


def known_failure(exc: BaseException) -> ArchiveError | None:
    """An ArchiveError as it is; a database or OS failure a person can act on as its typed error; else None."""
    if isinstance(exc, ArchiveError):
        return exc
    if isinstance(exc, sa_exc.DBAPIError):
        return database_failure(exc)
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        return os_failure(exc)
    return None


def translate_database_errors(engine: Engine) -> None:
    """Every statement, BEGIN, COMMIT and connect on the engine raises the typed error instead of the driver's."""
    location = where(engine.url)

    @event.listens_for(engine, "handle_error", retval=True)
    def _typed(ctx: ExceptionContext) -> BaseException | None:
        if ctx.is_pre_ping:  # the pool reconnects by itself
            return None
        typed = database_failure(ctx.original_exception, location, disconnect=ctx.is_disconnect)
        if typed is not None:
            typed.__cause__ = ctx.sqlalchemy_exception or ctx.original_exception
        return typed


def violates_unique(exc: sa_exc.IntegrityError, constraint: str) -> bool:
    """Whether the insert or update broke this named unique constraint (PostgreSQL names it; SQLite names its
    columns, which the naming convention puts in the constraint's name: uq_<table>_<column>)."""
    orig = exc.orig
    name = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if name is not None:
        return bool(name == constraint)
    text = str(orig)
    if "UNIQUE constraint failed: " not in text:
        return False
    failed = text.partition("UNIQUE constraint failed: ")[2].split(", ")
    return [f"uq_{column.replace('.', '_')}" for column in failed] == [constraint]
