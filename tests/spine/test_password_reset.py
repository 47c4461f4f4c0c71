"""A reset password signs in nobody until its owner sets a new one (三员分立), the reset is shown to the owner and
audited for the auditor; the password policy; one refusal text whether or not a user name exists."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from archive_core.spine import users
from archive_core.spine.audit import service
from archive_core.spine.auth import Permission
from archive_core.spine.errors import AuthenticationError, PasswordChangeRequiredError, ValidationError
from archive_core.spine.i18n import Translator
from models.engine import _alembic_config, migrate, open_database
from models.users import User
from tests.conftest import PASSWORD, run_cli

ZH = Translator("zh_CN")
TEMPORARY = "Temp-0rary9"
OWN = "Own-Choice-42"


def test_a_reset_password_signs_in_nobody_until_its_owner_sets_a_new_one(ws, security_admin, auditor) -> None:
    users.reset_password(ws, security_admin, auditor.username, TEMPORARY)
    # The security administrator knows the new password, and still cannot act as the auditor with it.
    with pytest.raises(PasswordChangeRequiredError) as caught:
        users.login(ws, auditor.username, TEMPORARY)
    shown = caught.value.render(ZH.error)
    assert shown.startswith("您的密码已由安全管理员 secadmin 于 ") and "重置，请先设置新密码" in shown
    assert caught.value.exit_code == 4
    with pytest.raises(PasswordChangeRequiredError):  # refused every time, not only at the first sign-in
        users.login(ws, auditor.username, TEMPORARY)
    assert [v.must_change_password for v in users.list_users(ws, security_admin)
            if v.username == auditor.username] == [True]

    with pytest.raises(ValidationError):  # the reset password itself is no new password
        users.change_password(ws, auditor.username, TEMPORARY, TEMPORARY)
    with pytest.raises(AuthenticationError):  # setting one needs the current password
        users.change_password(ws, auditor.username, "not-the-one-1", OWN)
    signed_in = users.change_password(ws, auditor.username, TEMPORARY, OWN)
    assert signed_in.username == auditor.username and signed_in.can(Permission.AUDIT_READ)
    assert users.login(ws, auditor.username, OWN).username == auditor.username
    with pytest.raises(AuthenticationError):
        users.login(ws, auditor.username, TEMPORARY)
    with ws.db.reader() as session:
        row = session.execute(select(User).where(User.username == auditor.username)).scalar_one()
        assert not row.must_change_password and row.password_reset_by == security_admin.username

    # The auditor reads who reset whose password, and that the owner then changed it.
    seqs = service.event_seqs(ws, signed_in, service.AuditFilter(action="user.password_"))
    events = service.events_by_seq(ws, signed_in, seqs)
    assert [(e.action, e.actor, e.object_id) for e in events] == [
        ("user.password_changed", auditor.username, auditor.username),
        ("user.password_reset", security_admin.username, auditor.username)]
    assert '"auditor"' in events[1].details and '"must_change_password":true' in events[1].details
    assert '"after_reset":true' in events[0].details
    refused = service.events_by_seq(ws, signed_in, service.event_seqs(ws, signed_in, service.AuditFilter(
        action="login", object_id=auditor.username)))
    assert any("password reset" in e.details and e.outcome == "refused" for e in refused)


def test_the_owner_changes_a_password_that_was_never_reset(ws, archivist) -> None:
    assert users.change_password(ws, archivist.username, PASSWORD, OWN).username == archivist.username
    assert users.login(ws, archivist.username, OWN).username == archivist.username


@pytest.mark.parametrize("common", ["Password1", "QWERTY123", "1qaz2wsx", "woaini1314", "P@ssw0rd", "abcd1234"])
def test_common_passwords_are_refused(ws, security_admin, archivist, common: str) -> None:
    with pytest.raises(ValidationError) as caught:
        users.create_user(ws, security_admin, "newclerk", "新用户", common, {"archivist"})
    assert "最常见的密码" in caught.value.render(ZH.error)
    with pytest.raises(ValidationError):
        users.reset_password(ws, security_admin, archivist.username, common)
    with pytest.raises(ValidationError):
        users.change_password(ws, archivist.username, PASSWORD, common)
    assert users.login(ws, archivist.username, PASSWORD).username == archivist.username  # nothing changed


def test_a_password_equal_to_the_user_name_is_refused(ws, security_admin) -> None:
    for name, password in (("Clerk2024", "clerk2024"), ("wang.li7", "WANG.LI7")):
        with pytest.raises(ValidationError) as caught:
            users.create_user(ws, security_admin, name, "x", password, {"archivist"})
        assert "密码不能与用户名相同" in caught.value.render(ZH.error)
    users.create_user(ws, security_admin, "Clerk2024", "x", "Clerk2024-ok", {"archivist"})
    with pytest.raises(ValidationError):
        users.reset_password(ws, security_admin, "Clerk2024", "CLERK2024")


def test_a_refusal_never_tells_whether_the_user_exists(ws, security_admin, archivist) -> None:
    def refusal(username: str, password: str, now: datetime | None = None) -> tuple[str, str, str, int]:
        with pytest.raises(AuthenticationError) as caught:
            users.login(ws, username, password, now=now)
        err = caught.value
        return err.code, err.render(), err.render(ZH.error), err.exit_code

    unknown = refusal("nobody-here", "some-guess-1")
    wrong = refusal(archivist.username, "some-guess-1")
    assert unknown == wrong
    now = datetime.now(UTC)
    for _ in range(4):
        refusal(archivist.username, "some-guess-1", now)
    assert refusal(archivist.username, PASSWORD, now + timedelta(minutes=1)) == unknown  # locked, right password
    users.unlock(ws, security_admin, archivist.username)
    users.set_active(ws, security_admin, archivist.username, False)
    assert refusal(archivist.username, PASSWORD) == unknown  # disabled
    assert "用户名或密码错误，或账号已被锁定" in unknown[2] and "archivist" not in unknown[1]


def test_the_cli_sends_a_reset_user_to_the_password_command(ws, db_url: str, home: Path, security_admin, auditor,
                                                            capsys, monkeypatch) -> None:
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    monkeypatch.setenv("ARCHIVE_WS_NEW_PASSWORD", TEMPORARY)
    code, out = run_cli(home, db_url, "secadmin", capsys, "user", "passwd", auditor.username, as_json=False)
    assert code == 0, out
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", TEMPORARY)
    code, out = run_cli(home, db_url, auditor.username, capsys, "audit", "list", as_json=False)
    assert code == 4, out
    assert "您的密码已由安全管理员 secadmin 于" in out
    assert f"请运行 archive-ws --user {auditor.username} password" in out and "ARCHIVE_WS_NEW_PASSWORD" in out
    code, refused = run_cli(home, db_url, auditor.username, capsys, "audit", "list")
    assert code == 4 and refused == {"error": "password_change_required", "message": refused["message"]}  # type: ignore[index]
    monkeypatch.setenv("ARCHIVE_WS_NEW_PASSWORD", OWN)
    code, out = run_cli(home, db_url, auditor.username, capsys, "password", as_json=False)
    assert code == 0 and f"{auditor.username} 的密码已修改" in out, out
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", OWN)
    code, events = run_cli(home, db_url, auditor.username, capsys, "audit", "list", "--action", "user.password")
    assert code == 0, events
    assert [e["action"] for e in events] == ["user.password_changed", "user.password_reset"]  # type: ignore[index, union-attr]


def test_existing_accounts_keep_their_passwords_through_the_migration(tmp_path: Path) -> None:
    db_file = tmp_path / "catalogue.sqlite3"
    db = open_database(f"sqlite:///{db_file}")
    try:
        cfg = _alembic_config(db)
        with db.write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_spine")
        with sqlite3.connect(db_file) as conn:
            conn.execute("INSERT INTO users (username, display_name, roles, password_hash, active, failed_attempts, "
                         "created_at) VALUES ('before', '迁移前', 'archivist', 'x', 1, 0, '2026-01-01 00:00:00')")
        conn.close()
        migrate(db, tmp_path / "backups")
        with db.reader() as session:
            row = session.execute(select(User).where(User.username == "before")).scalar_one()
            assert (row.must_change_password, row.password_reset_at, row.password_reset_by) == (False, None, "")
    finally:
        db.dispose()
