"""A home with cases, documents, clips and loans (the statistics world) and the system administrator who backs it up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.custody.snapshot import search_path
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from models import Base
from models.engine import normalize_url
from tests.stats.conftest import World, clerk, supervisor, world  # noqa: F401  (fixtures shared with this area)

PASSPHRASE = "一二三四五六七八九十abc"
# Rows that legitimately differ between a catalogue and its restore: the head moves on with the restore's own
# events, and the register's row for the run is finished only after the snapshot.
NOT_COMPARED = {"audit_head", "backup_runs"}
GROWS = {"audit_events", "audit_checkpoints", "workstations"}


@pytest.fixture
def sysadmin(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("system_admin", display_name="系统管理员")


def add_documents(ws: Workstation, archivist: Actor, home_world: World, folder: Path, tag: str, n: int) -> list[str]:
    """n scanned documents on case C1, each a new vault object; returns their SHA-256."""
    folder.mkdir(parents=True, exist_ok=True)
    digests = []
    for i in range(n):
        scan = folder / f"询问笔录{tag}{i}.pdf"
        scan.write_bytes(f"%PDF-1.4 询问笔录 {tag} {i}\n".encode() * 50)
        rec = records.add_record(ws, archivist, home_world.nos["C1"], RecordInput(
            "questioning_record", doc_no=f"询〔2026〕{tag}{i}号", title=f"询问笔录{tag}{i}",
            issued_on=date(2026, 1, 2), party_signed=True, file=scan))
        digests.append(rec.file_sha256 or "")
    return digests


def add_events(ws: Workstation, actor: Actor, n: int) -> None:
    with ws.unit(actor) as uow:
        for i in range(n):
            uow.audit("case.update", "case", i, {"note": f"第{i}次修改"})


def table_rows(ws: Workstation, up_to_seq: int | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in key order; audit events and checkpoints only up to ``up_to_seq``."""
    rows = {}
    with ws.db.reader() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_COMPARED:
                continue
            stmt = select(table).order_by(*table.primary_key.columns)
            if up_to_seq is not None and table.name in ("audit_events", "audit_checkpoints"):
                stmt = stmt.where(table.c.seq <= up_to_seq)
            rows[table.name] = [tuple(r) for r in session.execute(stmt)]
    return rows


def lose_catalogue(ws: Workstation, request: pytest.FixtureRequest) -> None:
    """The disk (or the database server) is gone: on PostgreSQL every table of the catalogue is dropped (its schema
    stays, empty, and the restore goes there)."""
    ws.close()
    url = ws.db.url
    if url.startswith("postgresql"):
        schema = search_path(url) or "public"
        engine = create_engine(normalize_url(url), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        finally:
            engine.dispose()


@pytest.fixture
def new_database(db_url: str) -> str | None:
    """Where a restore puts the catalogue: on PostgreSQL the lost catalogue's database (its schema emptied); on SQLite
    None (the catalogue goes into the new home)."""
    return db_url if db_url.startswith("postgresql") else None
