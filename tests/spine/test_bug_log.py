"""A real bug goes with its traceback to the log in the data home; the user is told where; a closed pipe is quiet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive_core.cli import users_cmd
from archive_core.spine import users
from archive_core.spine.auth import SYSTEM_ACTOR
from archive_core.spine.errors import UnexpectedError
from archive_core.spine.workstation import open_workstation
from tests.conftest import PASSWORD, run_cli

ROOT = Path(__file__).resolve().parents[2]


def _list_users_badly(args, ctx):  # type: ignore[no-untyped-def]
    return {"count": 1}["total"]  # a bug: the wrong key


def test_cli_bug_is_logged_with_its_traceback_and_the_user_told_where(tmp_path: Path, capsys, monkeypatch) -> None:
    home = tmp_path / "home"
    url = f"sqlite:///{home / 'catalogue.sqlite3'}"
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    assert run_cli(home, url, "secadmin", capsys, "init", "--admin", "secadmin")[0] == 0
    monkeypatch.setattr(users_cmd, "_list", _list_users_badly)
    code, out = run_cli(home, url, "secadmin", capsys, "user", "list", as_json=False)
    log = home / "logs" / "archive-ws.log"
    assert code == UnexpectedError.exit_code
    assert "意外错误：'total'" in out
    assert f"这是程序故障，详细信息已写入 {log}，请将该文件发送给系统管理员。" in out
    assert "Traceback" not in out
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "_list_users_badly" in logged
    assert "KeyError: 'total'" in logged
    code, listed = run_cli(home, url, "secadmin", capsys, "--lang", "en", "user", "list", as_json=True)
    assert code == UnexpectedError.exit_code
    assert listed == {"error": "unexpected", "message": "Unexpected error: 'total' This is a fault in the program. "
                      f"The details were written to {log}; please send that file to the system administrator."}


def test_typed_failures_are_not_logged_as_bugs(tmp_path: Path, capsys, monkeypatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, out = run_cli(home, "postgresql://postgres@127.0.0.1:1/archive", "secadmin", capsys, "user", "list",
                        as_json=False)
    assert code == 8 and "连接失败或已断开" in out
    log = home / "logs" / "archive-ws.log"
    assert not log.exists() or "Unexpected" not in log.read_text(encoding="utf-8")


def test_closed_output_pipe_ends_quietly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    url = f"sqlite:///{home / 'catalogue.sqlite3'}"
    ws = open_workstation(home, url, name="pipe-test")
    try:
        users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
        admin = users.login(ws, "secadmin", PASSWORD)
        users.create_user(ws, admin, "aud", "王审计", PASSWORD, {"auditor"})
        with ws.unit(SYSTEM_ACTOR) as uow:
            for i in range(3000):  # far more output than a pipe holds, so the writer meets the closed end
                uow.audit("test.bulk", "thing", f"B{i}")
    finally:
        ws.close()
    env = {**os.environ, "ARCHIVE_WS_PASSWORD": PASSWORD}
    for extra in ([], ["--json"]):
        listing = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--db", url,
                                    "--user", "aud", *extra, "audit", "list", "--limit", "100000"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        head = subprocess.run(["head", "-n", "1"], stdin=listing.stdout, capture_output=True, timeout=120)
        assert listing.stdout is not None and listing.stderr is not None
        listing.stdout.close()
        errors = listing.stderr.read().decode()
        listing.stderr.close()
        assert listing.wait(timeout=120) == 1
        assert len(head.stdout.splitlines()) == 1
        assert errors == "", errors  # neither a traceback nor "Exception ignored … BrokenPipeError"
