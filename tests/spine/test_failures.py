"""Database and disk failures reach the user as typed errors in Chinese, with what to do; nothing is lost."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import make_url

from archive_core.spine import users
from archive_core.spine.errors import (
    CatalogueBusyError,
    CatalogueFullError,
    CatalogueUnreachableError,
)
from archive_core.spine.i18n import Translator
from archive_core.spine.workstation import Workstation, open_workstation
from models import engine as engine_module
from models.audit import AuditEvent
from tests.conftest import PASSWORD, PG_ENV, run_cli
from tests.spine.test_cli import cli

ZH = Translator("zh_CN")
BUSY_MS = 300  # instead of 30 s, so that the test waits less than a second for the lock


def zh(exc: BaseException) -> str:
    assert isinstance(exc, CatalogueBusyError | CatalogueFullError | CatalogueUnreachableError)
    return exc.render(ZH.error)


def short_busy_timeout(ws: Workstation) -> None:
    ws.db.dispose()
    for engine in {ws.db.write_engine, ws.db.read_engine}:
        event.listen(engine, "connect", lambda conn, _rec: conn.execute(f"PRAGMA busy_timeout={BUSY_MS}"))


@contextlib.contextmanager
def exclusive_lock(database: Path) -> Iterator[None]:
    """Another program holding the catalogue: an open exclusive transaction on the same SQLite file."""
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.rollback()
        other.close()


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m", options: str = "") -> Iterator[Path]:
    """A tiny file system of our own (tmpfs), so that the disk really fills up."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}{options}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> Path:
    """Write until the disk is full; the file is removed to free the space again."""
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as out:  # unbuffered: nothing left to flush on close
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def event_count(ws: Workstation) -> int:
    with ws.db.reader() as session:
        return session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def audit_intact(ws: Workstation) -> bool:
    auditor = users.login(ws, "secadmin", PASSWORD)
    with ws.unit(auditor, write=False) as uow:
        from archive_core.spine.audit import chain

        return chain.verify(uow.session, ws.signer).ok


# --- SQLite locked by another program -------------------------------------------------------------------------------


def test_locked_sqlite_catalogue_says_so_in_chinese_and_loses_nothing(tmp_path: Path) -> None:
    ws = open_workstation(tmp_path / "home", name="test-ws")
    try:
        users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
        admin = users.login(ws, "secadmin", PASSWORD)
        before = event_count(ws)
        short_busy_timeout(ws)
        with exclusive_lock(ws.paths.database_file), pytest.raises(CatalogueBusyError) as caught:
            users.create_user(ws, admin, "clerk", "李文书", PASSWORD, {"archivist"})
        text_zh = zh(caught.value)
        assert "正被其他程序或工作站锁定" in text_zh and "未保存任何内容" in text_zh
        assert str(ws.paths.database_file) in text_zh and "OperationalError" not in text_zh
        # Nothing half-written, and the same action works once the other program lets go.
        assert event_count(ws) == before
        assert {u.username for u in users.list_users(ws, admin)} == {"secadmin"}
        users.create_user(ws, admin, "clerk", "李文书", PASSWORD, {"archivist"})
        assert {u.username for u in users.list_users(ws, admin)} == {"secadmin", "clerk"}
        assert audit_intact(ws)
    finally:
        ws.close()


def test_cli_reports_a_locked_catalogue_without_a_traceback(tmp_path: Path, capsys, monkeypatch) -> None:
    home = tmp_path / "home"
    url = f"sqlite:///{home / 'catalogue.sqlite3'}"
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, _ = run_cli(home, url, "secadmin", capsys, "init", "--admin", "secadmin")
    assert code == 0
    real = engine_module._sqlite_pragmas

    def pragmas(conn, record):  # type: ignore[no-untyped-def]
        real(conn, record)
        conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")

    monkeypatch.setattr(engine_module, "_sqlite_pragmas", pragmas)
    monkeypatch.setenv("ARCHIVE_WS_NEW_PASSWORD", "Cl3rk-pass!")
    with exclusive_lock(home / "catalogue.sqlite3"):
        code, out = run_cli(home, url, "secadmin", capsys, "user", "add", "clerk", "--roles", "archivist",
                            as_json=False)
    assert code == CatalogueBusyError.exit_code, out
    assert "错误" in out and "正被其他程序或工作站锁定" in out and "请稍候重试" in out
    assert "Traceback" not in out and "OperationalError" not in out and "sqlite3." not in out
    code, listed = run_cli(home, url, "secadmin", capsys, "user", "list")
    assert code == 0 and [u["username"] for u in listed] == ["secadmin"]  # type: ignore[union-attr]
    code, _ = run_cli(home, url, "secadmin", capsys, "user", "add", "clerk", "--roles", "archivist")
    assert code == 0


# --- SQLite on a full disk ------------------------------------------------------------------------------------------


def test_full_disk_under_the_sqlite_catalogue(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        ws = open_workstation(disk / "home", name="test-ws")
        try:
            users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
            admin = users.login(ws, "secadmin", PASSWORD)
            before = event_count(ws)
            filler = fill(disk)
            with pytest.raises(CatalogueFullError) as caught, ws.unit(admin) as uow:
                for i in range(400):  # more than the write-ahead log can hold without growing
                    uow.audit("test.bulk", "thing", f"B{i}", {"padding": "x" * 4000})
            text_zh = zh(caught.value)
            assert "所在的磁盘已满" in text_zh and "未保存任何内容" in text_zh and "请清理该磁盘的空间" in text_zh
            filler.unlink()
            assert event_count(ws) == before  # the transaction was rolled back whole
            assert users.login(ws, "secadmin", PASSWORD).username == "secadmin"
            with ws.unit(admin) as uow:
                uow.audit("test.after", "thing", "A")
            assert event_count(ws) == before + 2  # the event, and the sign-in just above
            assert audit_intact(ws)
        finally:
            ws.close()


# --- PostgreSQL: a lost and a refused connection --------------------------------------------------------------------


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"set {PG_ENV} to run against PostgreSQL")
    base = engine_module.normalize_url(os.environ[PG_ENV])
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.mark.pg
def test_postgresql_connection_killed_during_a_unit_of_work(tmp_path: Path, pg_url: str) -> None:
    ws = open_workstation(tmp_path / "home", pg_url, name="test-ws")
    killer = create_engine(engine_module.normalize_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")
    try:
        users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
        admin = users.login(ws, "secadmin", PASSWORD)
        before = event_count(ws)
        with pytest.raises(CatalogueUnreachableError) as caught, ws.unit(admin) as uow:
            uow.audit("test.lost", "thing", "L")
            uow.session.flush()
            pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with killer.connect() as conn:
                assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
            uow.audit("test.lost", "thing", "L2")
        text_zh = zh(caught.value)
        assert "连接失败或已断开" in text_zh and "请检查网络及数据库服务器" in text_zh
        assert "127.0.0.1:5432/test" in text_zh or "5432" in text_zh
        assert event_count(ws) == before  # the server rolled the cut-off transaction back
        with ws.unit(admin) as uow:  # the pool reconnects: the next action works
            uow.audit("test.after", "thing", "A")
        assert event_count(ws) == before + 1
        assert audit_intact(ws)
    finally:
        killer.dispose()
        ws.close()


def test_refused_postgresql_connection(tmp_path: Path, capsys, monkeypatch) -> None:
    url = "postgresql://postgres@127.0.0.1:1/archive"  # nothing listens on port 1
    with pytest.raises(CatalogueUnreachableError) as caught:
        open_workstation(tmp_path / "home", url)
    text_zh = zh(caught.value)
    assert "与目录数据库 127.0.0.1:1/archive 的连接失败或已断开" in text_zh and "操作未完成" in text_zh
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, out = run_cli(tmp_path / "home", url, "secadmin", capsys, "user", "list", as_json=False)
    assert code == CatalogueUnreachableError.exit_code
    assert "连接失败或已断开" in out and "Traceback" not in out and "psycopg" not in out


# --- Full, read-only and refused disks outside the catalogue --------------------------------------------------------


AUDITOR_PASSWORD = "Aud1tor!!"


def _cli_home(base: Path) -> Path:
    """A data home with a security administrator and an auditor (who may export the audit trail)."""
    home = base / "home"
    url = f"sqlite:///{home / 'catalogue.sqlite3'}"
    assert cli(home, url, "init", "--admin", "secadmin").returncode == 0
    added = cli(home, url, "user", "add", "aud", "--roles", "auditor", user="secadmin", new_password=AUDITOR_PASSWORD)
    assert added.returncode == 0, added.stderr
    return home


def _export(home: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return cli(home, f"sqlite:///{home / 'catalogue.sqlite3'}", "audit", "export", "-o", str(target),
               user="aud", password=AUDITOR_PASSWORD)


def test_export_to_a_full_disk(tmp_path: Path) -> None:
    home = _cli_home(tmp_path)
    with small_disk(tmp_path / "stick", "1m") as stick:
        filler = fill(stick)
        failed = _export(home, stick / "trail.jsonl")
        assert failed.returncode == 6, failed.stderr
        assert f"磁盘已满：无法写入 {stick / 'trail.jsonl'}" in failed.stderr
        assert "请清理该磁盘的空间或另选位置" in failed.stderr and "Traceback" not in failed.stderr
        assert sorted(p.name for p in stick.iterdir()) == ["filler.bin"]  # no half-written export left behind
        filler.unlink()
        again = _export(home, stick / "trail.jsonl")
        assert again.returncode == 0, again.stderr
        assert (stick / "trail.jsonl").stat().st_size > 0


def test_export_to_a_read_only_disk(tmp_path: Path) -> None:
    home = _cli_home(tmp_path)
    with small_disk(tmp_path / "stick", "1m", ",ro") as stick:
        failed = _export(home, stick / "trail.jsonl")
        assert failed.returncode == 6, failed.stderr
        assert f"{stick / 'trail.jsonl'} 位于只读磁盘上" in failed.stderr
        assert "请解除写保护" in failed.stderr and "Traceback" not in failed.stderr
    assert _export(home, tmp_path / "trail.jsonl").returncode == 0


# Root passes every permission check; without these two capabilities it is held to the file modes like anyone.
DROP_ROOT_POWERS = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                    "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_export_to_a_folder_without_permission(tmp_path: Path) -> None:
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root and setpriv (util-linux) is missing: no way to be refused access")
        prefix = DROP_ROOT_POWERS
    home = _cli_home(tmp_path)
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o555)
    env = {**os.environ, "ARCHIVE_WS_PASSWORD": AUDITOR_PASSWORD, "ARCHIVE_WS_NAME": "cli-test"}
    main = [*prefix, sys.executable, str(Path(__file__).resolve().parents[2] / "main.py"), "--home", str(home),
            "--db", f"sqlite:///{home / 'catalogue.sqlite3'}", "--user", "aud", "audit", "export", "-o"]
    failed = subprocess.run([*main, str(closed / "trail.jsonl")], capture_output=True, text=True, env=env,
                            timeout=120)
    assert failed.returncode == 6, failed.stderr
    assert f"系统拒绝访问 {closed / 'trail.jsonl'}" in failed.stderr
    assert "请向系统管理员申请该位置的访问权限" in failed.stderr and "Traceback" not in failed.stderr
    done = subprocess.run([*main, str(tmp_path / "trail.jsonl")], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
