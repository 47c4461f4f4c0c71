"""Bad backups and bad targets: damage found by verify and refused by restore, refused folders, interrupted runs,
a full disk and a second backup at the same time; each leaves earlier backups whole and nothing half-written."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import random
import signal
import socket
import threading
import time
import traceback
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from archive_core.custody import backup, backup_register, manifest, restore, verify
from archive_core.custody.backup_folder import BackupFolder
from archive_core.custody.errors import (
    BackupBusyError,
    BackupCatalogueLostError,
    BackupDamagedError,
    BackupFullError,
    BackupTargetError,
    RestoreTargetError,
)
from archive_core.custody.snapshot import schema_state
from archive_core.spine import users
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.i18n import Translator
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import open_workstation
from models.engine import normalize_url
from models.vault import VaultObject
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


def _stop_at(stage: str, signal_fd: int) -> None:
    """In the killed process: tell the test, then wait to be killed, right after ``stage`` of the backup."""
    def stop() -> None:
        os.write(signal_fd, f"{stage}\n".encode())
        time.sleep(30)

    def after(real):  # type: ignore[no-untyped-def]
        def wrapped(*args):  # type: ignore[no-untyped-def]
            done = real(*args)
            stop()
            return done
        return wrapped

    owner, name = {"snapshot": (backup, "_snapshot"), "copy": (backup, "_copy_object"),
                   "manifest": (manifest, "write"), "published": (backup, "_publish")}[stage]
    setattr(owner, name, after(getattr(owner, name)))


def _backup_in_child(home: Path, db_url: str, user: str, target: Path, stage: str | None, signal_fd: int) -> None:
    ws = open_workstation(home, db_url, name="killed")
    actor = users.login(ws, user, PASSWORD)
    if stage is not None:
        _stop_at(stage, signal_fd)
    os.write(signal_fd, b"go\n")
    backup.run_backup(ws, actor, target)


def killed_backup(ws, user: str, target: Path, *, stage: str | None = None, delay: float = 0.0) -> bool:
    """Run a backup in a forked process and SIGKILL it right after ``stage``, or ``delay`` seconds after the backup
    starts; True when it was killed before it finished by itself."""
    ws.db.dispose()  # the child opens its own connections; none of the test's is carried across the fork
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_fd)
            _backup_in_child(ws.paths.home, ws.db.url, user, target, stage, write_fd)
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            assert pipe.readline() == "go\n"
            if stage is not None:
                assert pipe.readline() == f"{stage}\n"
            else:
                time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0, "the backup process failed (its traceback above)"
    return os.WIFSIGNALED(status)


def _catalogued(ws) -> int:
    with ws.db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(VaultObject)) or 0)


def backup_when_free(ws, actor, target: Path) -> backup.BackupResult:
    """A backup as soon as the killed one's lock is gone (PostgreSQL releases it when it sees the connection close)."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return backup.run_backup(ws, actor, target)
        except BackupBusyError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def whole(ws, sysadmin, target: Path, runs: list[str]) -> None:
    """These runs are in the folder, finished, and pass ``backup verify``; nothing of an unfinished run is left."""
    assert set(runs) <= {m.run_id for m in BackupFolder(target).finished()}
    for run_id in runs:
        checked = verify.verify_backup(ws, sysadmin, target, run_id)
        assert checked.ok, checked.problems


@pytest.mark.pg
def test_sigkill_at_each_stage_keeps_the_previous_backup_and_the_next_run_finishes(
        ws, archivist, sysadmin, backed_up, tmp_path):
    target, first = backed_up
    _docs(ws, archivist, tmp_path / "more", 3, tag="k")
    for stage in ("snapshot", "copy", "manifest"):
        assert killed_backup(ws, sysadmin.username, target, stage=stage)
        assert [m.run_id for m in BackupFolder(target).finished()] == [first.run_id]
        whole(ws, sysadmin, target, [first.run_id])
    # killed after the run took its name, before the register recorded it: the run is whole but not counted
    assert killed_backup(ws, sysadmin.username, target, stage="published")
    [published] = [m.run_id for m in BackupFolder(target).finished() if m.run_id != first.run_id]
    whole(ws, sysadmin, target, [first.run_id, published])
    done = backup_when_free(ws, sysadmin, target)
    assert (done.objects, done.objects_copied) == (6, 0) and _leftovers(target) == []
    whole(ws, sysadmin, target, [done.run_id])
    runs = {r.run_id: r.result for r in backup_register.list_runs(ws, sysadmin)}
    assert list(runs.values()) == ["ok", *["interrupted"] * 4, "ok"] and runs[published] == "interrupted"


TRIALS = 20


@pytest.mark.pg
def test_sigkill_at_random_points_keeps_every_finished_backup_whole(ws, archivist, sysadmin, backed_up, tmp_path):
    target, first = backed_up
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    started = time.monotonic()
    took = backup.run_backup(ws, sysadmin, target)
    length = time.monotonic() - started  # a run with nothing new: the new objects of a trial make it longer
    good, killed = [first.run_id, took.run_id], 0
    for trial in range(TRIALS):
        _docs(ws, archivist, tmp_path / f"trial{trial}", rng.randint(0, 4), tag=f"t{trial}-")
        delay = rng.uniform(0, length)
        killed += killed_backup(ws, sysadmin.username, target, delay=delay)
        context = f"seed {seed}, trial {trial}, killed after {delay:.3f} s"
        whole(ws, sysadmin, target, good[-1:])
        if trial % 2:  # after one or two killed runs in a row (PostgreSQL's pg_dump makes each run slow)
            done = backup_when_free(ws, sysadmin, target)
            assert _leftovers(target) == [], context
            assert done.objects == _catalogued(ws), context
            good.append(done.run_id)  # checked after the next kill
    whole(ws, sysadmin, target, good[-1:])
    assert killed >= TRIALS // 2, f"seed {seed}: only {killed} of {TRIALS} runs were killed before they finished"
    results = [r.result for r in backup_register.list_runs(ws, sysadmin, limit=200)]
    assert set(results) <= {"ok", "interrupted"} and results.count("ok") >= len(good)


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


class Relay:
    """A TCP relay to the PostgreSQL server, as the network between a workstation and it; ``cut`` drops every
    connection and refuses new ones (the server, or the way to it, is gone)."""

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # cut
            server = socket.create_connection(self.upstream)
            with self.lock:
                self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := a.recv(65536):
                b.sendall(data)
        with contextlib.suppress(OSError):
            b.shutdown(socket.SHUT_WR)

    def cut(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for s in self.open:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()


@pytest.mark.pg
@pytest.mark.parametrize("stage", ["snapshot", "copy"])
def test_catalogue_lost_mid_backup_gives_a_clear_error_and_keeps_the_previous_backup(
        ws, db_url, archivist, sysadmin, backed_up, tmp_path, monkeypatch, stage):
    if not db_url.startswith("postgresql"):
        pytest.skip("a catalogue server to lose: PostgreSQL only (ARCHIVE_WS_TEST_PG_URL)")
    target, first = backed_up
    _docs(ws, archivist, tmp_path / "more", 4, tag="lost")
    url = make_url(db_url)
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    relayed = open_workstation(ws.paths.home, url.set(host="127.0.0.1", port=relay.port).render_as_string(
        hide_password=False), name="test-ws")
    try:
        name = {"snapshot": "_snapshot", "copy": "_copy_object"}[stage]
        real, calls = getattr(backup, name), itertools.count(1)

        def cut_then(*args):  # the snapshot finds no server; the copy loses it after its second object
            if stage == "snapshot" or next(calls) == 2:
                relay.cut()
            return real(*args)

        monkeypatch.setattr(backup, name, cut_then)
        with pytest.raises(BackupCatalogueLostError) as caught:
            backup.run_backup(relayed, sysadmin, target)
        monkeypatch.setattr(backup, name, real)
    finally:
        relay.cut()
        relayed.close()
    message = caught.value.render(ZH.error)
    assert caught.value.exit_code == 8
    assert f"{url.host}:{relay.port}/{url.database}" in message and str(target) in message
    assert "无法连接目录数据库" in message and "之前的备份完好" in message and "只会复制缺少的内容" in message
    assert _leftovers(target) == [] and [m.run_id for m in BackupFolder(target).finished()] == [first.run_id]
    whole(ws, sysadmin, target, [first.run_id])
    assert [r.result for r in backup_register.list_runs(ws, sysadmin)] == ["running", "ok"]  # it could not be told
    again = backup.run_backup(ws, sysadmin, target)
    assert again.objects == 7 and _leftovers(target) == []
    whole(ws, sysadmin, target, [again.run_id])
    assert [r.result for r in backup_register.list_runs(ws, sysadmin)] == ["ok", "interrupted", "ok"]
