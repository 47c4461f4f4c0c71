"""Backup, restore, repair and the fixity run through the real ``archive-ws`` entry: exit codes and Chinese messages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive_core.custody.backup_folder import BackupFolder
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import open_workstation
from tests.conftest import PASSWORD, run_cli
from tests.custody.conftest import lose_catalogue
from tests.custody.test_repair import flip_byte, store
from tests.spine.test_failures import small_disk


@pytest.fixture
def cli(ws, home, db_url, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    monkeypatch.delenv("ARCHIVE_WS_KEY_PASSPHRASE", raising=False)

    def call(user, *argv: str, as_json: bool = True) -> tuple[int, object]:
        return run_cli(home, db_url, user.username, capsys, *argv, as_json=as_json)

    return call


@pytest.mark.pg
def test_backup_run_list_verify_and_restore(ws, cli, archivist, sysadmin, auditor, new_database, tmp_path, request):
    store(ws, archivist, tmp_path / "scans", 3)
    target = tmp_path / "usb" / "backup"
    code, first = cli(sysadmin, "backup", "run", "--to", str(target))
    assert code == 0, first
    assert (first["objects"], first["objects_copied"], first["private_key"]) == (3, 3, False)
    assert Path(first["folder"]) == target.resolve() / "runs" / first["run"]

    store(ws, archivist, tmp_path / "more", 4)  # the first three are the same photographs again
    code, text = cli(sysadmin, "backup", "run", "--to", str(target), as_json=False)
    assert code == 0 and "已写入" in text and "4 个对象（新增 1 个" in text and "审计记录截至第" in text

    code, runs = cli(sysadmin, "backup", "list")
    assert code == 0 and [(r["result"], r["objects"], r["objects_copied"]) for r in runs] == [
        ("ok", 4, 1), ("ok", 3, 3)]
    code, text = cli(auditor, "backup", "verify", str(target), as_json=False)
    assert code == 0 and "已检测 4 个对象" in text and text.strip().endswith("备份完好。")
    code, checked = cli(auditor, "backup", "verify", str(target), "--run", first["run"])
    assert code == 0 and (checked["ok"], checked["run"], checked["objects"]) == (True, first["run"], 3)
    code, runs = cli(auditor, "backup", "list")
    assert [r["verify_result"] for r in runs] == ["ok", "ok"]

    lose_catalogue(ws, request)
    new_home = tmp_path / "new-home"
    argv = ["restore", "--from", str(target), "--home", str(new_home)]
    code, text = cli(sysadmin, *argv, *(["--db", new_database] if new_database else []), as_json=False)
    assert code == 0, text
    assert f"恢复到 {new_home}" in text and "4 个对象" in text and "未恢复签名密钥" in text
    restored = open_workstation(new_home, new_database)
    try:
        assert sorted(restored.vault.iter_object_digests()) == sorted(
            o["sha256"] for o in BackupFolder(target.resolve()).run(None).objects)
    finally:
        restored.close()
    code, err = cli(sysadmin, *argv)  # never over a home
    assert code == 2 and err["error"] == "restore_target" and "文件夹不是空的" in err["message"]


def test_backup_refusals_and_failures_exit_with_their_codes(ws, cli, archivist, sysadmin, security_admin, tmp_path):
    shas = store(ws, archivist, tmp_path / "scans", 2)
    target = tmp_path / "backup"
    code, err = cli(archivist, "backup", "run", "--to", str(target))
    assert code == 5 and err["error"] == "permission_denied" and "第二十五条" in err["message"]
    code, err = cli(sysadmin, "backup", "run", "--to", str(ws.vault.root))
    assert code == 2 and err["error"] == "backup_target" and "证据库" in err["message"]
    code, err = cli(sysadmin, "backup", "run", "--to", str(target), "--with-private-key")
    assert code == 5 and err["error"] == "permission_denied"
    code, err = cli(security_admin, "backup", "run", "--to", str(target), "--with-private-key")
    assert code == 2 and err["error"] == "passphrase_missing" and "ARCHIVE_WS_KEY_PASSPHRASE" in err["message"]
    code, err = cli(sysadmin, "backup", "verify", str(tmp_path / "nothing-here"))
    assert code == 3 and err["error"] == "not_a_backup" and "没有已完成的备份" in err["message"]
    assert not target.exists()

    big = tmp_path / "big" / "现场录像.mp4"
    big.parent.mkdir()
    big.write_bytes(os.urandom(2 * 1024 * 1024))
    fixity.store_file(ws, archivist, big)
    with small_disk(tmp_path / "stick", "1m") as stick:
        code, err = cli(sysadmin, "backup", "run", "--to", str(stick / "backup"))
        assert code == 6 and err["error"] == "backup_full" and "已满" in err["message"]
        assert BackupFolder(stick / "backup").finished() == []

    flip_byte(ws.vault.path_of(shas[0]))  # the vault's copy no longer matches its catalogue entry
    code, err = cli(sysadmin, "backup", "run", "--to", str(target))
    assert code == 7 and err["error"] == "backup_source_damaged"
    assert shas[0] in err["message"] and "本次备份未保留" in err["message"]
    assert BackupFolder(target).finished() == [] and not list((target / "objects").rglob(shas[0]))


@pytest.mark.pg
def test_vault_repair_and_fixity_run(ws, cli, archivist, sysadmin, auditor, tmp_path):
    shas = store(ws, archivist, tmp_path / "scans", 3)
    target = tmp_path / "backup"
    assert cli(sysadmin, "backup", "run", "--to", str(target))[0] == 0
    victim = shas[2]
    flip_byte(ws.vault.path_of(victim))

    code, text = cli(sysadmin, "vault", "fixity-run", "--period-days", "1", as_json=False)
    assert code == 7 and "已检测 3 个对象中的 3 个" in text and f"{victim}" in text and "篡改告警" in text
    code, err = cli(auditor, "vault", "repair", "--from", str(target))
    assert code == 5 and err["error"] == "permission_denied"
    code, err = cli(sysadmin, "vault", "repair", "--from", str(tmp_path / "no-backup"))
    assert code == 3 and err["error"] == "not_a_backup"

    code, text = cli(sysadmin, "vault", "repair", "--from", str(target), as_json=False)
    assert code == 0 and f"已检测 3 个对象；从 {target} 修复 1 个。" in text and "原已被改动" in text
    assert "损坏的文件已保留在" in text
    assert fixity.verify_vault(ws, sysadmin, with_sm3=True).ok
    code, run = cli(sysadmin, "vault", "fixity-run", "--period-days", "1")
    assert code == 0 and run["ok"] and run["checked"] == 3

    flip_byte(ws.vault.path_of(victim))
    flip_byte(BackupFolder(target).object_path(victim))  # the backup's copy is damaged too
    code, err = cli(sysadmin, "vault", "repair", "--from", str(target), victim)
    assert code == 7 and err["error"] == "repair_refused" and victim in err["message"] and "已拒绝" in err["message"]
