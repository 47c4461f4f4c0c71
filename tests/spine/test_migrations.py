"""Schema set-up through Alembic; the SQLite file is copied aside before a migration runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from archive_core.spine.workstation import open_workstation
from models.engine import _alembic_config, current_heads, migrate, open_database, up_to_date


def test_fresh_home_gets_schema_and_private_key(tmp_path: Path) -> None:
    ws = open_workstation(tmp_path / "home", name="t")
    try:
        assert ws.paths.database_file.exists()
        assert (ws.paths.keys / "workstation-ed25519.key").stat().st_mode & 0o077 == 0
        assert ws.migration_backup is None
    finally:
        ws.close()


def test_pending_migration_backs_up_the_sqlite_file_first(tmp_path: Path) -> None:
    db_file = tmp_path / "catalogue.sqlite3"
    db = open_database(f"sqlite:///{db_file}")
    cfg = _alembic_config(db)
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    assert heads != {"0001_spine"}  # every area's migration is pending on a catalogue at the spine's revision
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_spine")
    with sqlite3.connect(db_file) as conn:
        conn.execute("INSERT INTO users (username, display_name, roles, password_hash, active, failed_attempts, "
                     "created_at) VALUES ('before', '迁移前', 'archivist', 'x', 1, 0, '2026-01-01 00:00:00')")
    backup = migrate(db, tmp_path / "backups")
    try:
        assert backup is not None and backup.parent == tmp_path / "backups"
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_spine",)]
            assert conn.execute("SELECT display_name FROM users").fetchall() == [("迁移前",)]
        # a head that another branch depends_on leaves the version table once that branch is applied
        assert up_to_date(ScriptDirectory.from_config(cfg), current_heads(db))
        assert migrate(db, tmp_path / "backups") is None  # up to date: no second copy
    finally:
        db.dispose()


def test_links_to_missing_av_records_are_removed_when_the_foreign_key_comes(tmp_path: Path) -> None:
    """0008: a checklist link to an A/V record that does not exist is dropped, and its item is missing again."""
    db_file = tmp_path / "catalogue.sqlite3"
    db = open_database(f"sqlite:///{db_file}")
    try:
        cfg = _alembic_config(db)
        with db.write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0004_media")
        with sqlite3.connect(db_file) as conn:
            conn.execute("INSERT INTO cases (id, case_no, title, enforcement_type, initiation, source, "
                         "entrusting_agency, agency, opened_on, current_stage, confidentiality, av_mandatory, "
                         "av_reasons, summary, compliance_state, finding_count, created_at, created_by) VALUES (1, "
                         "'A-1', '案', 'penalty', 'ex_officio', '', '', '', '2026-01-01', 'investigation', 'internal', "
                         "1, '', '', 'unchecked', 0, '2026-01-01 00:00:00', 'x')")
            for item_id, code, na in ((1, "9.3", ""), (2, "9.4", "无现场")):
                conn.execute("INSERT INTO checklist_items (id, case_id, code, stage, status, na_reason, updated_at, "
                             "updated_by) VALUES (?, 1, ?, 'investigation', 'recorded', ?, '2026-01-01 00:00:00', "
                             "'x')", (item_id, code, na))
                conn.execute("INSERT INTO checklist_links (item_id, media_record_id, created_at) "
                             "VALUES (?, 501, '2026-01-01 00:00:00')", (item_id,))
        migrate(db, tmp_path / "backups")
        with sqlite3.connect(db_file) as conn:
            assert conn.execute("SELECT count(*) FROM checklist_links").fetchone() == (0,)
            assert conn.execute("SELECT code, status FROM checklist_items ORDER BY id").fetchall() == [
                ("9.3", "missing"), ("9.4", "not_applicable")]
            fks = conn.execute("PRAGMA foreign_key_list(checklist_links)").fetchall()
            assert ("media_records", "media_record_id", "id") in {(fk[2], fk[3], fk[4]) for fk in fks}
    finally:
        db.dispose()
