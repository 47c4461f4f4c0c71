"""Bad backups and bad targets: damage found by verify and refused by restore, refused folders, interrupted runs,
a full disk and a second backup at the same time; each leaves earlier backups whole and nothing half-written."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from archive_core.custody import backup, backup_register, restore, verify
from archive_core.custody.backup_folder import BackupFolder
from archive_core.custody.errors import (
    BackupBusyError,
    BackupDamagedError,
    BackupFullError,
    BackupTargetError,
    RestoreTargetError,
)
from archive_core.custody.snapshot import schema_state
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.i18n import Translator
from archive_core.spine.vault import fixity
from models.engine import normalize_url
from tests.conftest import PASSWORD
from tests.custody.conftest import lose_catalogue
from tests.spine.test_failures import small_disk

ZH = Translator("zh_CN")


def _docs(ws, actor, folder: Path, n: int, size: int = 2000, tag: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"scan{tag}{i}.pdf"
        p.write_bytes(os.urandom(size))
        paths.append(p)
    assert all(not isinstance(o, Exception) for o in fixity.store_files(ws, actor, paths))


def _leftovers(root: Path) -> list[str]:
    """Anything an unfinished run could have left: run folders not yet named, temp files."""
    runs = [p.name for p in (root / "runs").iterdir() if p.name.endswith(".part")] if (root / "runs").is_dir() else []
    return runs + [p.name for p in (root / "tmp").iterdir()] if (root / "tmp").is_dir() else runs


def _nothing_restored(parent: Path, new_database: str | None, m) -> None:
    assert not [p.name for p in parent.iterdir() if "new-home" in p.name]
    if new_database is not None:
        assert schema_state(new_database, m.catalogue["schema"]) == (True, 0)


@pytest.fixture
def backed_up(ws, archivist, sysadmin, tmp_path):
    _docs(ws, archivist, tmp_path / "in", 3)
    target = tmp_path / "backup"
    result = backup.run_backup(ws, sysadmin, target)
    return target, result


@pytest.mark.pg
@pytest.mark.parametrize("damage", ["flip", "delete"])
def test_damaged_object_found_by_verify_and_refused_by_restore(ws, sysadmin, backed_up, new_database, tmp_path,
                                                               damage, request):
    target, _result = backed_up
    m = BackupFolder(target).run(None)
    victim = BackupFolder(target).object_path(m.objects[1]["sha256"])
    if damage == "flip":
        os.chmod(victim, 0o644)
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0x01
        victim.write_bytes(bytes(data))
    else:
        victim.unlink()
    checked = verify.verify_backup(ws, sysadmin, target)
    assert not checked.ok
    assert checked.problems == [f"object {victim.name} " + ("was altered (its content does not match its digest)"
                                                             if damage == "flip" else "is missing")]
    [run] = backup_register.list_runs(ws, sysadmin)
    assert run.verify_result == "failed" and run.verified_at is not None
    lose_catalogue(ws, request)
    with pytest.raises(BackupDamagedError) as caught:
        restore.restore(target, tmp_path / "new-home", new_database)
    assert victim.name in caught.value.render(ZH.error) and "未恢复任何内容" in caught.value.render(ZH.error)
    _nothing_restored(tmp_path, new_database, m)


@pytest.mark.pg
def test_hand_edited_manifest_fails_its_signature(ws, sysadmin, backed_up, new_database, tmp_path, request):
    target, result = backed_up
    path = result.folder / "manifest.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["audit_head"]["seq"] -= 1  # pretend the trail ended earlier
    path.write_text(json.dumps(doc), "utf-8")
    checked = verify.verify_backup(ws, sysadmin, target)
    assert checked.problems == ["the manifest's signature does not match its content (the manifest was altered)"]
    lose_catalogue(ws, request)
    with pytest.raises(BackupDamagedError, match="signature"):
        restore.restore(target, tmp_path / "new-home", new_database)
    _nothing_restored(tmp_path, new_database, BackupFolder(target).run(None))


def test_restore_into_a_non_empty_folder_is_refused(ws, backed_up, new_database, tmp_path, request):
    target, _result = backed_up
    existing = tmp_path / "other-home"
    existing.mkdir()
    (existing / "catalogue.sqlite3").write_bytes(b"someone's catalogue")
    with pytest.raises(RestoreTargetError) as caught:
        restore.restore(target, existing)
    assert "文件夹不是空的" in caught.value.render(ZH.error)
    assert [p.name for p in existing.iterdir()] == ["catalogue.sqlite3"]
    assert (existing / "catalogue.sqlite3").read_bytes() == b"someone's catalogue"
    lose_catalogue(ws, request)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert restore.restore(target, empty, new_database).objects == 3  # an empty folder is fine


@pytest.mark.parametrize("where", ["vault", "inside_home", "holds_home"])
def test_target_in_the_home_or_the_vault_is_refused(ws, sysadmin, where):
    target = {"vault": ws.vault.root, "inside_home": ws.paths.home / "backups" / "copy",
              "holds_home": ws.paths.home.parent}[where]
    before = sorted(p.name for p in target.iterdir()) if target.exists() else None
    with pytest.raises(BackupTargetError) as caught:
        backup.run_backup(ws, sysadmin, target)
    assert "请选择另一块磁盘" in caught.value.render(ZH.error)
    assert (sorted(p.name for p in target.iterdir()) if target.exists() else None) == before


def test_only_the_system_administrator_backs_up_and_only_the_security_administrator_takes_the_key(
        ws, archivist, sysadmin, tmp_path):
    with pytest.raises(PermissionDeniedError):
        backup.run_backup(ws, archivist, tmp_path / "b")
    with pytest.raises(PermissionDeniedError):
        backup.run_backup(ws, sysadmin, tmp_path / "b", passphrase="一二三四五六七八九十abc")
    assert not (tmp_path / "b").exists()


@pytest.mark.pg
def test_failure_between_object_writes_keeps_the_previous_backup_and_the_next_run_finishes(
        ws, archivist, sysadmin, backed_up, tmp_path, monkeypatch):
    target, first = backed_up
    _docs(ws, archivist, tmp_path / "more", 4, tag="b")
    real, calls, kept, lock = backup._copy_object, itertools.count(1), [], threading.Lock()

    def failing(*args):
        with lock:
            call = next(calls)
        if call == 3:
            raise OSError(5, "Input/output error")
        done = real(*args)
        kept.append(args[3])
        return done

    monkeypatch.setattr(backup, "_copy_object", failing)
    with pytest.raises(Exception, match="Input/output error"):
        backup.run_backup(ws, sysadmin, target)
    monkeypatch.setattr(backup, "_copy_object", real)
    assert _leftovers(target) == [] and [m.run_id for m in BackupFolder(target).finished()] == [first.run_id]
    assert verify.verify_backup(ws, sysadmin, target).ok
    again = backup.run_backup(ws, sysadmin, target)
    assert kept and (again.objects, again.objects_copied) == (7, 4 - len(kept))  # what the failed run copied is kept
    assert verify.verify_backup(ws, sysadmin, target).ok
    assert [r.result for r in backup_register.list_runs(ws, sysadmin)] == ["ok", "failed", "ok"]


KILLED_RUN = """
import sys, time
from archive_core.custody import backup, manifest
from archive_core.spine import users
from archive_core.spine.workstation import open_workstation
home, db, user, stage = sys.argv[1:5]
ws = open_workstation(home, db, name="killed")
actor = users.login(ws, user, {password!r})
def slow(real):
    def wrapped(*a, **k):
        print(stage, flush=True)
        time.sleep(30)
    return wrapped
if stage == "copy":
    real = backup._copy_object
    def copy(*a):
        done = real(*a)
        print("copy", flush=True)
        time.sleep(30)
        return done
    backup._copy_object = copy
elif stage == "manifest":
    real_write = manifest.write
    def write(*a):
        path = real_write(*a)
        print("manifest", flush=True)
        time.sleep(30)
        return path
    manifest.write = write
else:
    real_snapshot = backup._snapshot
    def snapshot(*a):
        snap = real_snapshot(*a)
        print("snapshot", flush=True)
        time.sleep(30)
        return snap
    backup._snapshot = snapshot
backup.run_backup(ws, actor, backup.Path(sys.argv[5]))
"""


@pytest.mark.pg
def test_sigkill_mid_backup_keeps_the_previous_backup_and_the_next_run_finishes(
        ws, db_url, archivist, sysadmin, backed_up, tmp_path):
    target, first = backed_up
    _docs(ws, archivist, tmp_path / "more", 3, tag="k")
    script = tmp_path / "killed_run.py"
    script.write_text(KILLED_RUN.format(password=PASSWORD), "utf-8")
    root = Path(__file__).resolve().parents[2]
    # every stage on SQLite; on PostgreSQL one (the advisory lock dies with the killed process's connection)
    stages = ("snapshot", "copy", "manifest") if db_url.startswith("sqlite") else ("copy",)
    for stage in stages:
        proc = subprocess.Popen([sys.executable, str(script), str(ws.paths.home), db_url, sysadmin.username, stage,
                                 str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root,
                                env={**os.environ, "PYTHONPATH": str(root)}, text=True)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == stage, proc.stderr.read() if proc.stderr else ""
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            proc.wait()
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()
        assert [m.run_id for m in BackupFolder(target).finished()] == [first.run_id]
        assert verify.verify_backup(ws, sysadmin, target).ok
    done = backup.run_backup(ws, sysadmin, target)
    assert done.objects == 6 and _leftovers(target) == []
    assert verify.verify_backup(ws, sysadmin, target).ok
    results = [r.result for r in backup_register.list_runs(ws, sysadmin)]
    assert results == ["ok", *["interrupted"] * len(stages), "ok"]


def test_full_backup_disk_gives_a_clear_error_and_keeps_the_previous_backup(ws, archivist, sysadmin, tmp_path):
    _docs(ws, archivist, tmp_path / "in", 2)
    with small_disk(tmp_path / "stick", "3m") as stick:
        target = stick / "backup"
        first = backup.run_backup(ws, sysadmin, target)
        _docs(ws, archivist, tmp_path / "big", 1, size=3 * 1024 * 1024, tag="big")
        with pytest.raises(BackupFullError) as caught:
            backup.run_backup(ws, sysadmin, target)
        message = caught.value.render(ZH.error)
        assert str(target) in message and "已满" in message and "之前的备份完好" in message
        assert _leftovers(target) == [] and [m.run_id for m in BackupFolder(target).finished()] == [first.run_id]
        assert verify.verify_backup(ws, sysadmin, target).ok
        assert [r.result for r in backup_register.list_runs(ws, sysadmin)] == ["failed", "ok"]


@pytest.mark.pg
def test_one_backup_at_a_time(ws, db_url, sysadmin, backed_up, request):
    target, _first = backed_up
    if db_url.startswith("postgresql"):
        engine = create_engine(normalize_url(db_url))
        try:
            with engine.connect() as other:  # another workstation holds the catalogue's backup lock
                lock = "hashtext('archive-ws-backup:' || current_schema())"
                assert other.execute(text(f"SELECT pg_try_advisory_lock({lock})")).scalar()
                with pytest.raises(BackupBusyError) as caught:
                    backup.run_backup(ws, sysadmin, target)
                other.execute(text(f"SELECT pg_advisory_unlock({lock})"))
        finally:
            engine.dispose()
    else:
        fd = os.open(target / ".lock", os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            with pytest.raises(BackupBusyError) as caught:
                backup.run_backup(ws, sysadmin, target)
        finally:
            os.close(fd)
    assert "另一个备份正在运行" in caught.value.render(ZH.error)
    assert len(BackupFolder(target).finished()) == 1
    assert backup.run_backup(ws, sysadmin, target).objects == 3
