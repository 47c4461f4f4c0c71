"""Engine and session factories for SQLite (embedded) and PostgreSQL (multi-workstation), and migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def normalize_url(url: str) -> str:
    """Accept plain postgresql:// URLs and use the psycopg 3 driver for them."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _make_engine(url: str, immediate: bool) -> Engine:
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_implicit_tx(dbapi_conn: object, _record: object) -> None:
            dbapi_conn.isolation_level = None  # type: ignore[attr-defined]

        # Writers take the write lock up front: a deferred read-then-write transaction in WAL
        # mode fails at once with SQLITE_BUSY instead of waiting for the other writer.
        begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        @event.listens_for(engine, "begin")
        def _begin(conn: object) -> None:
            conn.exec_driver_sql(begin_sql)  # type: ignore[attr-defined]

    return engine


@dataclass(frozen=True)
class Database:
    """The catalogue: one engine for writing units of work, one for reading."""

    url: str
    write_engine: Engine
    read_engine: Engine
    writer: Callable[[], Session]
    reader: Callable[[], Session]

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def open_database(url: str) -> Database:
    url = normalize_url(url)
    write = _make_engine(url, immediate=True)
    read = _make_engine(url, immediate=False) if write.dialect.name == "sqlite" else write
    return Database(
        url=url,
        write_engine=write,
        read_engine=read,
        writer=sessionmaker(write, expire_on_commit=False),
        reader=sessionmaker(read, expire_on_commit=False),
    )


def _alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def current_heads(db: Database) -> set[str]:
    with db.read_engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def up_to_date(script: ScriptDirectory, current: set[str]) -> bool:
    """Every head is applied: listed in the version table, or absorbed by a revision that depends on it (Alembic
    drops a head from the table once a revision with ``depends_on`` it is applied)."""
    if not current:
        return False
    applied = {r.revision for r in script.iterate_revisions(tuple(current), "base") if r is not None}
    return set(script.get_heads()) <= applied


def migrate(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema up to date; an existing SQLite file is copied aside first. Returns the backup's path."""
    current = current_heads(db)
    if up_to_date(ScriptDirectory.from_config(_alembic_config(db)), current):
        return None
    backup: Path | None = None
    db_path = db.write_engine.url.database
    if db.dialect == "sqlite" and current and db_path and db_path != ":memory:":
        target_dir = backup_dir or Path(db_path).parent
        target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = target_dir / f"{Path(db_path).name}.{stamp}.before-migration"
        os.close(os.open(backup, os.O_WRONLY | os.O_CREAT, 0o600))  # the copy holds the password hashes too
        raw = sqlite3.connect(db_path)
        try:
            with sqlite3.connect(backup) as copy:
                raw.backup(copy)  # consistent even with WAL content not yet checkpointed
        finally:
            raw.close()
    cfg = _alembic_config(db)
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return backup
