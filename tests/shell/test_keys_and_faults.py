"""Sign-in by keyboard (Enter signs in or creates, Esc quits), and faults in the window: typed, in Chinese, logged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from sqlalchemy import event

from archive_core.spine import bug_log, users
from archive_core.spine.errors import CatalogueBusyError
from resources import I18N
from tests.conftest import PASSWORD
from ui.kit.errors import error_text
from ui.shell.login import LoginDialog


@pytest.fixture(scope="module")
def chinese(qapp, tmp_path_factory):
    """The spine catalogue compiled from its .ts and installed, as the window does at start."""
    qm = tmp_path_factory.mktemp("qm") / "spine.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(I18N / "zh_CN" / "spine.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _dialog(qtbot, tasks, ws) -> LoginDialog:
    dialog = LoginDialog(tasks, lambda: (ws, users.needs_first_admin(ws)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ws is not None and dialog.username.isEnabled())
    return dialog


def test_enter_on_first_start_creates_the_administrator(qtbot, tasks, ws) -> None:
    dialog = _dialog(qtbot, tasks, ws)
    assert dialog.first_start
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.confirm
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.roles == {"security_admin"}
    assert not users.needs_first_admin(ws)


def test_enter_signs_in_and_a_wrong_password_keeps_the_dialog_open(qtbot, tasks, ws, archivist) -> None:
    dialog = _dialog(qtbot, tasks, ws)
    quit_ = []
    dialog.rejected.connect(lambda: quit_.append(True))
    qtbot.keyClicks(dialog.username, archivist.username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, "not-the-password1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.password.isEnabled(), timeout=20000)
    assert dialog.isVisible() and not quit_ and dialog.actor is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.actor is not None and dialog.actor.username == archivist.username


def test_escape_closes_the_sign_in_dialog(qtbot, tasks, ws, archivist) -> None:
    dialog = _dialog(qtbot, tasks, ws)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert dialog.actor is None


def test_a_bug_in_a_task_is_logged_with_the_workers_traceback(qtbot, tasks, chinese, tmp_path: Path) -> None:
    log = bug_log.setup(tmp_path / "home")
    assert log == tmp_path / "home" / "logs" / "archive-ws.log"

    def count_cases_badly() -> int:
        return len(None)  # type: ignore[arg-type]

    errors: list[BaseException] = []
    tasks.run(count_cases_badly, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    shown = error_text(errors[0])
    assert shown.startswith("意外错误：") and f"详细信息已写入 {log}" in shown
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "count_cases_badly" in logged
    assert logged.count("count_cases_badly") == logged.count("Traceback")  # logged once, not again when shown


def test_a_locked_catalogue_in_a_task_is_shown_in_chinese_and_not_logged(qtbot, tasks, chinese, ws, security_admin,
                                                                          tmp_path: Path) -> None:
    if ws.db.dialect != "sqlite":
        pytest.skip("the lock is an SQLite file lock")
    log = bug_log.setup(tmp_path / "logs-home")
    ws.db.dispose()
    for engine in {ws.db.write_engine, ws.db.read_engine}:
        event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA busy_timeout=300"))
    other = sqlite3.connect(ws.db.write_engine.url.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    errors: list[BaseException] = []
    try:
        tasks.run(users.create_user, ws, security_admin, "clerk", "李文书", PASSWORD, {"archivist"},
                  on_error=errors.append, write=True)
        qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    finally:
        other.rollback()
        other.close()
    assert isinstance(errors[0], CatalogueBusyError)
    shown = error_text(errors[0])
    assert "正被其他程序或工作站锁定" in shown and "未保存任何内容。请稍候重试" in shown
    assert "Unexpected" not in shown and "意外" not in shown
    assert log is None or not log.exists()
    assert {u.username for u in users.list_users(ws, security_admin)} == {"secadmin"}
