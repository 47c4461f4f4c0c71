"""A consistent copy of the catalogue while it is in use: SQLite's online backup, PostgreSQL's pg_dump on an
exported snapshot; and what that copy says (audit head, vault objects, workstation keys)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from archive_core.custody.errors import BackupFullError, BackupWriteError, ToolFailedError, ToolMissingError
from archive_core.spine.failures import database_failure, where

SQLITE_FILE = "catalogue.sqlite3"
PG_FILE = "catalogue.pgdump"
CHUNK = 1024 * 1024
_SQLITE_FULL = 13


@dataclass(frozen=True)
class Snapshot:
    """What the catalogue held at the instant of the copy."""

    dialect: str
    file: str
    sha256: str
    size: int
    schema: str
    head_seq: int
    head_hash: str
    objects: list[tuple[str, str, int]]  # (sha256, sm3, size) of every object not disposed
    keys: list[dict[str, str]]  # workstation name, algorithm, public key


_HEAD = "SELECT seq, hash FROM audit_head WHERE id = 1"
_OBJECTS = "SELECT sha256, sm3, size FROM vault_objects WHERE disposed_at IS NULL ORDER BY sha256"
_KEYS = "SELECT name, algorithm, public_key FROM workstations ORDER BY id"


def _facts(rows: Any) -> tuple[int, str, list[tuple[str, str, int]], list[dict[str, str]]]:
    head, objects, keys = rows
    return (int(head[0]), str(head[1]), [(str(a), str(b), int(c)) for a, b, c in objects],
            [{"name": n, "algorithm": a, "public_key": k} for n, a, k in keys])


def file_digest(path: Path) -> tuple[str, int]:
    sha, size = hashlib.sha256(), 0
    with open(path, "rb", buffering=0) as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _disk_error(exc: OSError, target: Path) -> Exception:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupFullError(path=str(target), name=str(target), reason=exc.strerror or "")
    return BackupWriteError(path=str(target), name=str(target), reason=exc.strerror or str(exc))


def sqlite_snapshot(database: Path, folder: Path, target: Path) -> Snapshot:
    """SQLite's online backup API: a reader's consistent view, taken while other connections write."""
    dest = folder / SQLITE_FILE
    src = sqlite3.connect(database, timeout=30)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no write-ahead log beside it
            facts = _facts((out.execute(_HEAD).fetchone(), out.execute(_OBJECTS).fetchall(),
                            out.execute(_KEYS).fetchall()))
        finally:
            out.close()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == _SQLITE_FULL:
            raise BackupFullError(path=str(target), name=str(target), reason=str(exc)) from exc
        raise BackupWriteError(path=str(target), name=str(target), reason=str(exc)) from exc
    finally:
        src.close()
    try:
        fsync_file(dest)
    except OSError as exc:
        raise _disk_error(exc, target) from exc
    sha, size = file_digest(dest)
    return Snapshot("sqlite", SQLITE_FILE, sha, size, "", *facts)


def libpq(url: str | URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries the password."""
    u = make_url(url)
    env = {**os.environ}
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return u.set(drivername="postgresql", password=None).render_as_string(hide_password=False), env


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolMissingError(tool=name, name=name, reason="")
    return found


def _run_tool(argv: list[str], env: dict[str, str], stdout: Any = None) -> None:
    with tempfile.TemporaryFile() as err:
        done = subprocess.run(argv, stdout=stdout if stdout is not None else subprocess.DEVNULL, stderr=err,
                              env=env, check=False)
        if done.returncode != 0:
            err.seek(0)
            reason = err.read().decode("utf-8", "replace").strip()[-500:]
            raise ToolFailedError(tool=Path(argv[0]).name, name=argv[0], reason=reason)


@contextmanager
def _catalogue_errors(url: str) -> Iterator[None]:
    """psycopg's own errors (this module talks to PostgreSQL without SQLAlchemy) as the typed catalogue errors."""
    try:
        yield
    except psycopg.Error as exc:
        typed = database_failure(exc, where(make_url(url)))
        if typed is None:
            raise
        raise typed from exc


def pg_snapshot(url: str, folder: Path, target: Path) -> Snapshot:
    """pg_dump on a snapshot exported by a repeatable-read transaction, from which the audit head and the object list
    are read too: the dump and the manifest describe the same instant."""
    pg_dump = tool("pg_dump")
    dsn, env = libpq(url)
    dest = folder / PG_FILE
    with _catalogue_errors(url), psycopg.connect(dsn, autocommit=False) as conn:
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot_id = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]  # type: ignore[index]
        schema = conn.execute("SELECT current_schema()").fetchone()[0]  # type: ignore[index]
        facts = _facts((conn.execute(_HEAD).fetchone(), conn.execute(_OBJECTS).fetchall(),
                        conn.execute(_KEYS).fetchall()))
        try:
            with open(dest, "wb") as out:
                _run_tool([pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--schema={schema}",
                           f"--snapshot={snapshot_id}", f"--dbname={dsn}"], env, stdout=out)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise _disk_error(exc, target) from exc
        conn.rollback()
    sha, size = file_digest(dest)
    if size == 0:  # pg_dump writing to a full disk may still exit 0 when stdout is a file it cannot report on
        raise BackupFullError(path=str(target), name=str(target), reason="")
    return Snapshot("postgresql", PG_FILE, sha, size, schema, *facts)


@contextmanager
def pg_backup_lock(url: str) -> Iterator[bool]:
    """A session advisory lock per catalogue (database and schema): True while this process holds it."""
    dsn, _env = libpq(url)
    with _catalogue_errors(url):
        conn = psycopg.connect(dsn, autocommit=True)
        got = bool(conn.execute(
            "SELECT pg_try_advisory_lock(hashtext('archive-ws-backup:' || current_schema()))").fetchone()[0])  # type: ignore[index]
    try:
        yield got
    finally:
        # a lost connection took its lock with it: nothing to release, and the backup's own error is the one to tell
        with suppress(psycopg.Error):
            if got:
                conn.execute("SELECT pg_advisory_unlock(hashtext('archive-ws-backup:' || current_schema()))")
        conn.close()


def search_path(url: str) -> str | None:
    """The schema a URL names with options=-csearch_path=…, or None."""
    options = make_url(url).query.get("options", "")
    text = options if isinstance(options, str) else " ".join(options)
    for part in text.split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1].split(",")[0].strip('"')
    return None


def with_search_path(url: str, schema: str) -> str:
    if schema == "public" or search_path(url) is not None:
        return url
    u = make_url(url)
    return u.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def schema_state(url: str, schema: str) -> tuple[bool, int]:
    """(whether the schema exists, how many tables it holds) in the target database."""
    dsn, _env = libpq(make_url(url).difference_update_query(["options"]))
    with psycopg.connect(dsn, autocommit=True) as conn:
        exists = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone()
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (schema,)).fetchone()
    return bool(exists and exists[0]), int(tables[0]) if tables else 0


def _trigram_extension(dsn: str) -> None:
    """The case search's trigram indexes name pg_trgm's operator class in public: a database new to the catalogue
    gets the extension first where the server has it and we may create it (else the restore names what failed)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
            return
        if not conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").fetchone():
            return
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        except psycopg.Error:
            pass  # not ours to create: pg_restore reports the missing operator class


def pg_restore(url: str, dump: Path, schema: str, schema_exists: bool, work: Path) -> None:
    """Load the dump into the target database in one transaction; an existing (empty) schema is kept."""
    restore = tool("pg_restore")
    dsn, env = libpq(make_url(url).difference_update_query(["options"]))
    _trigram_extension(dsn)
    argv = [restore, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", f"--dbname={dsn}"]
    if schema_exists:
        listing = work / "restore.list"
        with open(listing, "wb") as out:
            _run_tool([restore, "--list", str(dump)], env, stdout=out)
        kept = [line for line in listing.read_text(encoding="utf-8").splitlines()
                if f" SCHEMA - {schema} " not in line and f" COMMENT - SCHEMA {schema} " not in line]
        listing.write_text("\n".join(kept) + "\n", encoding="utf-8")
        argv.append(f"--use-list={listing}")
    _run_tool([*argv, str(dump)], env)


def pg_drop_restored(url: str, schema: str, schema_existed: bool) -> None:
    """Undo a restore whose check failed: the schema it made, or the tables it put into an empty one."""
    dsn, _env = libpq(make_url(url).difference_update_query(["options"]))
    with psycopg.connect(dsn, autocommit=True) as conn:
        ident = sql.Identifier(schema)
        if not schema_existed:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(ident))
            return
        for (table,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,)).fetchall():
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}.{} CASCADE").format(
                ident, sql.Identifier(table)))
