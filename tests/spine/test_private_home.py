"""The data home is its owner's alone: catalogue, vault, keys, logs, backups and disc images (issue: private home)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from archive_core.spine import bug_log, users
from archive_core.spine.audit import service
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import Workstation, open_workstation
from models.audit import AuditEvent
from models.engine import _alembic_config, open_database
from tests.conftest import PASSWORD

AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
# Each path: a folder is listed, a file read; anything but "Permission denied" is reported.
TRY_READ = r'''for p in "$@"; do
  if [ -d "$p" ]; then out=$(ls -- "$p" 2>&1 >/dev/null); else out=$(cat -- "$p" 2>&1 >/dev/null); fi
  case "$out" in *"Permission denied"*) ;; *) echo "NOT DENIED: $p $out";; esac
done'''


@pytest.fixture
def open_parent() -> Iterator[Path]:
    """A folder every user may pass (pytest's own temp folders are private already, which would hide the home's
    own modes)."""
    parent = Path(tempfile.mkdtemp(prefix="archive-ws-home-", dir="/tmp"))
    parent.chmod(0o755)
    yield parent
    shutil.rmtree(parent)


def _everything(home: Path) -> list[Path]:
    return [home, *sorted(home.rglob("*"))]


def _open_to_others(home: Path) -> list[str]:
    return [f"{p} {stat.S_IMODE(p.lstat().st_mode):o}" for p in _everything(home)
            if not p.is_symlink() and p.lstat().st_mode & 0o077]


def _fill_home(ws: Workstation, tmp_path: Path) -> None:
    """Put something in every part of the home: users, a vault object, a signed checkpoint in the log, a log entry."""
    users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
    admin = users.login(ws, "secadmin", PASSWORD)
    users.create_user(ws, admin, "arch", "李档案", PASSWORD, {"archivist"})
    users.create_user(ws, admin, "aud", "王审计", PASSWORD, {"auditor"})
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(os.urandom(50_000))
    [stored] = fixity.store_files(ws, users.login(ws, "arch", PASSWORD), [clip])
    assert not isinstance(stored, Exception)
    service.export(ws, users.login(ws, "aud", PASSWORD), tmp_path / "trail.jsonl")  # signs a checkpoint
    bug_log.setup(ws.paths.home)
    bug_log.user_error(RuntimeError("a fault, for the log"))
    assert ws.paths.checkpoint_log.exists() and (ws.paths.home / "logs" / bug_log.LOG_NAME).exists()


def test_a_new_home_is_owner_only(open_parent: Path, db_url: str, tmp_path: Path) -> None:
    ws = open_workstation(open_parent / "home", db_url, name="test-ws")
    try:
        _fill_home(ws, tmp_path)
        names = {p.name for p in _everything(ws.paths.home)}
        assert {"vault", "objects", "keys", "logs", "discs", "audit-checkpoints.jsonl"} <= names
        assert _open_to_others(ws.paths.home) == []
        if db_url.startswith("sqlite"):
            assert stat.S_IMODE(Path(db_url.removeprefix("sqlite:///")).stat().st_mode) == 0o600
    finally:
        ws.close()


def test_the_catalogue_is_created_owner_only_in_the_home(open_parent: Path) -> None:
    ws = open_workstation(open_parent / "home", name="test-ws")
    try:
        users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
        catalogue = ws.paths.database_file
        journals = [p for p in catalogue.parent.iterdir() if p.name.startswith(catalogue.name)]
        assert catalogue in journals and len(journals) >= 2  # the write-ahead log is open beside it
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in journals} == {p.name: 0o600 for p in journals}
    finally:
        ws.close()


def test_the_copy_made_before_a_migration_is_owner_only(open_parent: Path) -> None:
    home = open_parent / "home"
    home.mkdir(mode=0o700)
    db = open_database(f"sqlite:///{home / 'catalogue.sqlite3'}")
    cfg = _alembic_config(db)
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_spine")
    db.dispose()
    ws = open_workstation(home, name="test-ws")
    try:
        assert ws.migration_backup is not None and ws.migration_backup.parent == ws.paths.backups
        assert stat.S_IMODE(ws.migration_backup.stat().st_mode) == 0o600
        assert stat.S_IMODE(ws.paths.backups.stat().st_mode) == 0o700
    finally:
        ws.close()


def test_an_older_home_open_to_everyone_is_repaired_at_start_and_audited(open_parent: Path, db_url: str,
                                                                          tmp_path: Path) -> None:
    home = open_parent / "home"
    ws = open_workstation(home, db_url, name="test-ws")
    try:
        _fill_home(ws, tmp_path)
    finally:
        ws.close()
    for path in _everything(home):  # as an earlier version left it
        path.chmod(0o755 if path.is_dir() else 0o644)
    ws = open_workstation(home, db_url, name="test-ws")
    try:
        assert [p for p in _open_to_others(home) if "/vault/objects/" not in p] == []
        # object files below the object folder keep their mode: nobody else can pass that folder
        assert stat.S_IMODE((home / "vault" / "objects").stat().st_mode) == 0o700
        auditor = users.login(ws, "aud", PASSWORD)
        seqs = service.event_seqs(ws, auditor, service.AuditFilter(action="home.modes_repaired"))
        event = service.events_by_seq(ws, auditor, seqs[:1])[0]  # newest first
        assert event.object_id == str(home) and '"count"' in event.details
        assert str(home / "keys") in event.details and str(home / "audit-checkpoints.jsonl") in event.details
    finally:
        ws.close()
    ws = open_workstation(home, db_url, name="test-ws")  # nothing left to repair: no further event
    try:
        with ws.db.reader() as session:
            repairs = session.execute(select(AuditEvent.seq).where(AuditEvent.action == "home.modes_repaired"))
            assert len(repairs.all()) == len(seqs)
    finally:
        ws.close()


def test_another_os_user_can_read_nothing_of_the_home(open_parent: Path, db_url: str, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to act as the unprivileged user 'nobody' (setpriv)")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is missing: no way to act as another user")
    ws = open_workstation(open_parent / "home", db_url, name="test-ws")
    try:
        _fill_home(ws, tmp_path)
        targets = [str(p) for p in _everything(ws.paths.home)]
        assert any("/vault/objects/" in t for t in targets) and str(ws.paths.checkpoint_log) in targets
        # the parent is open: "nobody" reaches the home and is refused by the home's own modes
        reach = subprocess.run([*AS_NOBODY, "ls", str(open_parent)], capture_output=True, text=True, timeout=30)
        assert reach.returncode == 0, reach.stderr
        tried = subprocess.run([*AS_NOBODY, "sh", "-c", TRY_READ, "sh", *targets], capture_output=True, text=True,
                               timeout=120)
        assert tried.returncode == 0 and tried.stdout == "", tried.stdout + tried.stderr
    finally:
        ws.close()
