"""The archive-ws command line as a user scripts it: first admin, users, vault, verify, audit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli_process import run_archive_ws

ROOT = Path(__file__).resolve().parents[2]


def cli(home: Path, db_url: str, *args: str, user: str | None = None, password: str = "Passw0rd!",
        new_password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARCHIVE_WS_PASSWORD": password, "ARCHIVE_WS_NAME": "cli-test"}
    env.pop("ARCHIVE_WS_LANG", None)  # the default language (Chinese), whatever the machine sets
    if new_password:
        env["ARCHIVE_WS_NEW_PASSWORD"] = new_password
    cmd = ["--home", str(home), "--db", db_url, *(["--user", user] if user else [])]
    return run_archive_ws([*cmd, *args], env)


def test_help_lists_subcommands() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    for command in ("init", "user", "vault", "verify", "audit"):
        assert command in out.stdout


def test_cli_end_to_end(tmp_path: Path, db_url: str) -> None:
    home = tmp_path / "home"
    assert cli(home, db_url, "init", "--admin", "sec").returncode == 0
    made = cli(home, db_url, "--json", "user", "add", "arch", "--name", "李娜", "--roles", "archivist", user="sec",
               new_password="Archiv3r!")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["roles"] == ["archivist"]
    cli(home, db_url, "user", "add", "aud", "--roles", "auditor", user="sec", new_password="Aud1tor!!")

    clip = tmp_path / "现场执法视频_2026年11月27日_城管执法大队第三中队_长文件名测试.mp4"
    clip.write_bytes(os.urandom(300_000))
    put = cli(home, db_url, "vault", "put", str(clip), user="arch", password="Archiv3r!")
    assert put.returncode == 0, put.stderr
    sha = put.stdout.split()[0]
    assert len(sha) == 64

    missing = cli(home, db_url, "vault", "put", str(tmp_path / "nope.mp4"), user="arch", password="Archiv3r!")
    assert missing.returncode == 6 and "nope.mp4" in missing.stderr
    second = tmp_path / "second.mp4"
    second.write_bytes(os.urandom(200_000))
    batch = cli(home, db_url, "--json", "vault", "put", str(second), str(tmp_path / "gone.mp4"), str(clip),
                user="arch", password="Archiv3r!")
    assert batch.returncode == 6
    first, gone, again = json.loads(batch.stdout)
    assert first["file"] == str(second) and len(first["sha256"]) == 64 and not first["duplicate"]
    assert gone["error"] == "storage" and "gone.mp4" in gone["message"]
    assert again["sha256"] == sha and again["duplicate"]

    ok = cli(home, db_url, "--json", "verify", user="aud", password="Aud1tor!!")
    assert ok.returncode == 0 and json.loads(ok.stdout)["checked"] == 2
    obj = home / "vault" / "objects" / sha[:2] / sha[2:4] / sha
    obj.unlink()
    bad = cli(home, db_url, "verify", user="aud", password="Aud1tor!!")
    assert bad.returncode == 7 and sha in bad.stdout

    audit_ok = cli(home, db_url, "--json", "audit", "verify", user="aud", password="Aud1tor!!")
    assert audit_ok.returncode == 0 and json.loads(audit_ok.stdout)["ok"] is True
    export = tmp_path / "trail.jsonl"
    assert cli(home, db_url, "audit", "export", "-o", str(export), user="aud", password="Aud1tor!!").returncode == 0
    kinds = {json.loads(line)["type"] for line in export.read_text(encoding="utf-8").splitlines()}
    assert kinds == {"header", "event", "checkpoint"}

    refused = cli(home, db_url, "audit", "list", user="arch", password="Archiv3r!")
    assert refused.returncode == 5
    assert "第二十五条" in refused.stderr or "Art. 25" in refused.stderr
    assert "（第二十五条：按角色授权）" in refused.stderr and "Art. 25" not in refused.stderr
    wrong = cli(home, db_url, "audit", "list", user="aud", password="wrong-one1")
    assert wrong.returncode == 4


def test_cli_speaks_chinese_by_default_and_english_on_request(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    home = tmp_path / "home"
    cli(home, db, "init", "--admin", "sec")
    zh = cli(home, db, "user", "list", user="sec", password="wrong-one1")
    en = cli(home, db, "--lang", "en", "user", "list", user="sec", password="wrong-one1")
    assert "wrong user name or password" in en.stderr
    assert "用户名或密码错误" in zh.stderr
