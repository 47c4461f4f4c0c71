"""Bad input at the command line ends in a clear Chinese message and the README's exit code, never a traceback or a
wait for ever: a named pipe, a huge demo, a home that is a file, bad catalogue addresses, a full catalogue disk,
deeply nested JSON."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_core.spine import users
from archive_core.spine.workstation import open_workstation
from models.cases import Case
from tests.cli_process import run_archive_ws
from tests.conftest import PASSWORD, run_cli
from tests.spine.test_cli import cli
from tests.spine.test_failures import fill, small_disk

DEEP = "[" * 100_000 + "]" * 100_000


def _bare_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARCHIVE_WS_PASSWORD": PASSWORD}
    env.pop("ARCHIVE_WS_LANG", None)
    return run_archive_ws(args, env)


def _clean(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr and "意外错误" not in done.stderr


@pytest.fixture
def users_home(tmp_path: Path, db_url: str) -> Path:
    """A home with a security administrator, an archivist and an auditor."""
    home = tmp_path / "home"
    ws = open_workstation(home, db_url)
    try:
        users.create_first_admin(ws, "sec", "sec", PASSWORD)
        admin = users.login(ws, "sec", PASSWORD)
        for name, roles in (("arch", "archivist"), ("aud", "auditor")):
            users.create_user(ws, admin, name, name, PASSWORD, {roles})
    finally:
        ws.close()
    return home


def test_storing_a_named_pipe_is_refused_at_once(tmp_path: Path, db_url: str, users_home: Path) -> None:
    pipe = tmp_path / "clip.mp4"
    os.mkfifo(pipe)
    done = cli(users_home, db_url, "vault", "put", str(pipe), user="arch")  # no writer ever opens the pipe
    assert done.returncode == 6, done.stderr
    assert "无法保存 clip.mp4：不是普通文件" in done.stderr
    _clean(done)


def test_the_demo_size_has_an_upper_bound(tmp_path: Path, db_url: str, users_home: Path, capsys,
                                          monkeypatch) -> None:
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    for asked in ("100000000", "0", "-3"):
        code, out = run_cli(users_home, db_url, "arch", capsys, "demo", "--per-type", asked, as_json=False)
        assert code == 2, out
        assert f"演示数据每种执法类型可加载 1 至 200 件案件，而不是 {asked} 件" in out
    ws = open_workstation(users_home, db_url)
    try:
        with ws.db.reader() as session:
            assert session.execute(select(func.count(Case.id))).scalar_one() == 0
    finally:
        ws.close()


def test_a_home_that_is_a_file(tmp_path: Path) -> None:
    home = tmp_path / "notes.txt"
    home.write_text("not a folder", encoding="utf-8")
    done = _bare_cli("--home", str(home), "--user", "sec", "user", "list")
    assert done.returncode == 2, done.stderr
    assert f"数据目录 {home} 不是文件夹" in done.stderr and "--home" in done.stderr
    _clean(done)
    assert home.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize(("url", "shown", "reason"), [
    ("catalogue.db", "catalogue.db", "无法识别为地址"),
    ("postgresql://archive:s3cret@dbhost:fivefour/archive", "postgresql://archive:***@dbhost:fivefour/archive",
     "无法识别为地址"),
    ("mysql://archive:s3cret@dbhost/archive", "mysql://archive:***@dbhost/archive",
     "仅支持 SQLite 和 PostgreSQL 目录数据库"),
])
def test_a_bad_catalogue_address(tmp_path: Path, url: str, shown: str, reason: str) -> None:
    done = _bare_cli("--home", str(tmp_path / "home"), "--db", url, "--user", "sec", "user", "list")
    assert done.returncode == 2, done.stderr
    assert f"目录数据库地址 {shown} 无效：{reason}" in done.stderr and "sqlite:///" in done.stderr
    assert "s3cret" not in done.stderr
    _clean(done)


def test_an_unreachable_postgresql_server(tmp_path: Path) -> None:
    done = _bare_cli("--home", str(tmp_path / "home"), "--db", "postgresql://archive@no-such-host.invalid/archive",
                     "--user", "sec", "user", "list")
    assert done.returncode == 8, done.stderr
    assert "与目录数据库 no-such-host.invalid:5432/archive 的连接失败或已断开" in done.stderr
    _clean(done)


def test_a_full_disk_under_an_existing_catalogue(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        home = disk / "home"
        url = f"sqlite:///{home / 'catalogue.sqlite3'}"
        assert cli(home, url, "init", "--admin", "sec").returncode == 0
        filler = fill(disk)
        done = cli(home, url, "user", "list", user="sec")
        assert done.returncode == 8, done.stderr
        assert f"目录数据库 {home / 'catalogue.sqlite3'} 所在的磁盘已满" in done.stderr
        assert "请清理该磁盘的空间" in done.stderr
        _clean(done)
        filler.unlink()
        again = cli(home, url, "user", "list", user="sec")
        assert again.returncode == 0 and "sec" in again.stdout, again.stderr


def test_deeply_nested_json(tmp_path: Path, db_url: str, users_home: Path) -> None:
    deep = tmp_path / "cases.json"
    deep.write_text(DEEP, encoding="utf-8")
    imported = cli(users_home, db_url, "case", "import", str(deep), user="arch")
    assert imported.returncode == 2, imported.stderr
    assert "cases.json 的数据嵌套层级过深，无法读取" in imported.stderr
    _clean(imported)
    checkpoints = tmp_path / "trail.jsonl"
    checkpoints.write_text(DEEP + "\n", encoding="utf-8")
    verified = cli(users_home, db_url, "audit", "verify", "--checkpoints", str(checkpoints), user="aud")
    assert verified.returncode == 2, verified.stderr
    assert "trail.jsonl:1 的数据嵌套层级过深" in verified.stderr
    _clean(verified)
    checkpoints.write_text('{"seq": "not a checkpoint"}\n', encoding="utf-8")
    wrong = cli(users_home, db_url, "audit", "verify", "--checkpoints", str(checkpoints), user="aud")
    assert wrong.returncode == 2 and "trail.jsonl 第 1 行不是审计导出或检查点记录" in wrong.stderr, wrong.stderr
    _clean(wrong)
