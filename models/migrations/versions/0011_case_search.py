"""substring search of cases by any part of the number, title, party or officer name

Revision ID: 0011_case_search
Revises: 0009_exact_checklist_items

SQLite: FTS5 tables with the trigram tokenizer over cases (number, title), parties (name) and officers (name), each
an external-content index of its table kept current by triggers, so every writer (services, import, restore, bulk
loads) keeps it current in its own transaction. A later migration that rebuilds one of these tables (a batch
operation) drops its triggers and must create them again (tests/cases/test_case_search.py checks them at head).
PostgreSQL: GIN trigram indexes (pg_trgm) on the same columns, which the database maintains itself. Without pg_trgm
(not installed on the server, or not ours to create) the search still works by scanning.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_case_search"
down_revision: str | Sequence[str] | None = "0009_exact_checklist_items"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# index table -> (content table, indexed columns)
FTS = {"case_search": ("cases", ("case_no", "title")),
       "party_search": ("parties", ("name",)),
       "officer_search": ("officers", ("name",))}
TRGM = (("cases", "case_no"), ("cases", "title"), ("parties", "name"), ("officers", "name"))


def _sqlite_upgrade() -> None:
    for index, (table, columns) in FTS.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5({cols}, content='{table}', content_rowid='id', "
                   "tokenize='trigram')")
        op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        insert = f"INSERT INTO {index}(rowid, {cols}) VALUES (new.id, {new});"
        delete = f"INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER {index}_update AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END")


def _trgm_schema(conn: sa.Connection) -> str | None:
    """The schema holding pg_trgm, created in public when the server offers it and we may; None without it."""
    find = sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                   "WHERE e.extname = 'pg_trgm'")
    schema = conn.execute(find).scalar()
    if schema is not None:
        return str(schema)
    if not conn.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first():
        return None
    try:
        with conn.begin_nested():
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
    except sa.exc.DBAPIError:
        pass  # no right to create it, or another catalogue in this database created it at the same moment
    found = conn.execute(find).scalar()
    return None if found is None else str(found)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _sqlite_upgrade()
        return
    schema = _trgm_schema(conn)
    if schema is None:
        return
    ops = f'"{schema}".gin_trgm_ops'
    for table, column in TRGM:
        op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} {ops})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for index in FTS:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {index}")
        return
    for table, column in TRGM:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
