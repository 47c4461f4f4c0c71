"""A home with cases, documents, clips and loans (the statistics world) and the system administrator who backs it up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation
from models import Base
from tests.stats.conftest import World, clerk, supervisor, world  # noqa: F401  (fixtures shared with this area)

PASSPHRASE = "一二三四五六七八九十abc"
# Rows that legitimately differ between a catalogue and its restore: the head moves on with the restore's own
# events, and the register's row for the run is finished only after the snapshot.
NOT_COMPARED = {"audit_head", "backup_runs"}
GROWS = {"audit_events", "audit_checkpoints", "workstations"}


@pytest.fixture
def sysadmin(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("system_admin", display_name="系统管理员")


def add_documents(ws: Workstation, archivist: Actor, world: World, folder: Path, tag: str, n: int) -> list[str]:
    """n scanned documents on case C1, each a new vault object; returns their SHA-256."""
    folder.mkdir(parents=True, exist_ok=True)
    digests = []
    for i in range(n):
        scan = folder / f"询问笔录{tag}{i}.pdf"
        scan.write_bytes(f"%PDF-1.4 询问笔录 {tag} {i}\n".encode() * 50)
        rec = records.add_record(ws, archivist, world.nos["C1"], RecordInput(
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


def lose_catalogue(ws: Workstation, db_url: str, pg_admin: Engine | None) -> None:
    """The disk (or the database server) is gone: every table of the catalogue dropped."""
    ws.close()
    if pg_admin is not None:
        schema = make_url(db_url).query["options"].split("=")[1]  # type: ignore[union-attr]
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))


@pytest.fixture
def new_database(request: pytest.FixtureRequest, db_url: str) -> Iterator[str | None]:
    """An empty PostgreSQL database to restore into (on SQLite: None, the catalogue goes into the new home)."""
    if not db_url.startswith("postgresql"):
        yield None
        return
    import uuid

    admin: Engine = request.getfixturevalue("pg_admin")
    name = f"restore_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(db_url).set(database=name).difference_update_query(["options"]).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
