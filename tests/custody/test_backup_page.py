"""The backup page driven by clicks and keys: a backup into a chosen folder appears in the register and is checked;
a damaged object found by the fixity check is repaired from the window, a copy that does not match is refused; the
backup age setting moves the dashboard's custody tile."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select, update

from archive_core.custody import backup
from archive_core.custody import settings as custody_settings
from archive_core.spine import clock
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.vault import fixity, schedule
from models.audit import AuditEvent
from models.custody import BackupRun
from tests.conftest import PASSWORD, run_cli
from tests.custody.test_repair import flip_byte, store
from ui.custody.backup_page import BackupPage
from ui.kit.context import UiContext
from ui.stats.dashboard_page import DashboardPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WAIT = 30000


@pytest.fixture
def cli(home, db_url, sysadmin, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    return lambda *argv: run_cli(home, db_url, sysadmin.username, capsys, *argv)


def _page(qtbot, ws, actor, tasks):
    page = BackupPage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    return page


def _choose_folder(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(path)))


def _click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_backup_from_the_page_is_registered_and_checked(qtbot, ws, archivist, sysadmin, tasks, tmp_path,
                                                          monkeypatch):
    store(ws, archivist, tmp_path / "scans", 3)
    page = _page(qtbot, ws, sysadmin, tasks)
    assert not page.with_key.isVisible()  # the key leaves only with the security administrator
    target = tmp_path / "usb" / "backup"
    _choose_folder(monkeypatch, target)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.target.text() == str(target)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.register_model.rowCount() == 1 and page.run_button.isEnabled()
                    and page.register_model.rows[0].result != "running", timeout=WAIT)  # the register reloaded
    run = page.register_model.rows[0]
    assert (run.result, run.objects, run.objects_copied, run.target) == ("ok", 3, 3, str(target.resolve()))
    assert run.audit_seq and page.register_model.text(run, 4).startswith(f"#{run.audit_seq}")
    assert (target / "runs" / run.run_id / "manifest.json").is_file()
    assert page.register_model.text(run, 6) == "Not checked yet"

    assert not page.verify_button.isEnabled()
    _click_row(qtbot, page.register_view, 0)
    assert page.verify_button.isEnabled()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.register_model.rows[0].verify_result == "ok", timeout=WAIT)
    assert "Backup intact." in page.verify_status.text()
    assert page.register_model.rows[0].verified_at is not None


def test_the_backup_can_be_cancelled_and_a_refused_target_is_shown(qtbot, ws, archivist, sysadmin, tasks, tmp_path,
                                                                  monkeypatch):
    page = _page(qtbot, ws, sysadmin, tasks)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)  # no folder chosen yet
    assert page.backup_message.isVisible() and not page.cancel_button.isEnabled()
    page.target.setText(str(ws.vault.root))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=WAIT)
    assert ws.vault.root.name in page.backup_message.text() and page.backup_message.isVisible()
    assert page.register_model.rowCount() == 0

    store(ws, archivist, tmp_path / "scans", 2)
    original, started, go = backup._write_run, threading.Event(), threading.Event()

    def held(*args):
        started.set()
        go.wait(WAIT / 1000)  # until the Cancel button was clicked: no object is copied before
        return original(*args)

    monkeypatch.setattr(backup, "_write_run", held)
    page.target.setText(str(tmp_path / "backup"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: page.run_button.isEnabled() and page.register_model.rowCount() == 1, timeout=WAIT)
    assert page.register_model.rows[0].result == "failed"
    assert "Cancelled" in page.backup_message.text()
    assert not list((tmp_path / "backup" / "runs").iterdir())  # nothing half-written


def _damaged_home(ws, archivist, sysadmin, tmp_path):
    [sha] = store(ws, archivist, tmp_path / "scans", 1)
    target = tmp_path / "backup"
    backup.run_backup(ws, sysadmin, target)
    good = ws.vault.path_of(sha).read_bytes()
    flip_byte(ws.vault.path_of(sha))
    return sha, target, good


def _find_damage(qtbot, page):
    qtbot.waitUntil(lambda: page.status is not None and page.fixity_button.isEnabled(), timeout=WAIT)
    assert not page.repair_button.isEnabled()
    qtbot.mouseClick(page.fixity_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.failure_model.rowCount() == 1, timeout=WAIT)
    assert page.repair_button.isEnabled()


def test_a_damaged_object_is_repaired_from_the_window(qtbot, ws, archivist, sysadmin, tasks, tmp_path, monkeypatch):
    sha, target, good = _damaged_home(ws, archivist, sysadmin, tmp_path)
    page = _page(qtbot, ws, sysadmin, tasks)
    _find_damage(qtbot, page)
    assert page.failure_model.rows[0].sha256 == sha and page.failure_model.rows[0].problem == schedule.ALTERED

    qtbot.mouseClick(page.repair_button, Qt.MouseButton.LeftButton)
    dialog = page.repair_dialog
    assert dialog.isVisible()
    _choose_folder(monkeypatch, target)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sha in dialog.result.toPlainText(), timeout=WAIT)
    assert "1 repaired" in dialog.result.toPlainText() and not dialog.message.isVisible()
    assert ws.vault.path_of(sha).read_bytes() == good
    qtbot.waitUntil(lambda: page.failure_model.rowCount() == 0, timeout=WAIT)
    assert not page.repair_button.isEnabled()
    assert fixity.verify_vault(ws, sysadmin, with_sm3=True).ok


def test_a_copy_that_does_not_match_is_refused_in_the_window(qtbot, ws, archivist, sysadmin, tasks, tmp_path):
    sha, target, _good = _damaged_home(ws, archivist, sysadmin, tmp_path)
    flip_byte(target / "objects" / sha[:2] / sha[2:4] / sha)  # the backup's copy is damaged too
    damaged = ws.vault.path_of(sha).read_bytes()
    page = _page(qtbot, ws, sysadmin, tasks)
    _find_damage(qtbot, page)
    qtbot.mouseClick(page.repair_button, Qt.MouseButton.LeftButton)
    dialog = page.repair_dialog
    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, str(target))
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert sha in dialog.message.text() and "do not match" in dialog.message.text()
    assert dialog.repair_button.isEnabled() and not dialog.result.toPlainText()
    assert ws.vault.path_of(sha).read_bytes() == damaged  # nothing written
    qtbot.waitUntil(lambda: page.failure_model.rowCount() == 1, timeout=WAIT)


def test_the_backup_age_setting_moves_the_dashboard_tile(qtbot, ws, archivist, sysadmin, tasks, tmp_path):
    backup.run_backup(ws, sysadmin, tmp_path / "backup")
    with ws.db.write_engine.begin() as conn:  # the last good backup was made eight days ago
        conn.execute(update(BackupRun).values(finished_at=clock.now() - timedelta(days=8)))
    dashboard = DashboardPage(UiContext(ws, sysadmin, tasks))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    tile = dashboard.tiles["custody"]
    qtbot.waitUntil(lambda: tile.buttons["backup_stale"].text().split()[0] == "1", timeout=WAIT)
    assert "bold" in tile.buttons["backup_stale"].styleSheet()

    page = _page(qtbot, ws, sysadmin, tasks)
    qtbot.waitUntil(lambda: page.max_age.value() == 7, timeout=WAIT)
    page.max_age.setFocus()
    page.max_age.selectAll()
    qtbot.keyClicks(page.max_age, "10")
    qtbot.keyClick(page.max_age, Qt.Key.Key_Tab)
    assert page.max_age.value() == 10
    qtbot.mouseClick(page.age_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.age_message.isVisible(), timeout=WAIT)
    assert "10" in page.age_message.text()
    assert custody_settings.read_max_age_days(ws, sysadmin) == 10

    dashboard.refresh()
    qtbot.waitUntil(lambda: tile.buttons["backup_stale"].text().split()[0] == "0", timeout=WAIT)
    assert tile.buttons["backup_stale"].styleSheet() == ""


def test_the_age_setting_is_checked_audited_and_kept_to_the_system_administrator(ws, sysadmin, auditor, tmp_path):
    assert custody_settings.read_max_age_days(ws, sysadmin) == custody_settings.DEFAULT_MAX_AGE_DAYS
    for bad in (0, "abc", 366, "2.5"):
        with pytest.raises(ValidationError) as err:
            custody_settings.set_backup_max_age(ws, sysadmin, bad)
        assert "1 至 365" in err.value.render(Translator("zh_CN").error)
    with pytest.raises(PermissionDeniedError):
        custody_settings.set_backup_max_age(ws, auditor, 3)
    assert custody_settings.set_backup_max_age(ws, sysadmin, "3") == 3
    with ws.db.reader() as session:
        [event] = session.execute(select(AuditEvent).where(AuditEvent.action == "custody.setting_changed")).scalars()
    assert (event.actor, event.object_id) == (sysadmin.username, custody_settings.MAX_AGE_KEY)
    assert json.loads(event.details) == {"old": 7, "new": 3}


def test_the_cli_shows_and_changes_the_age(cli, ws, sysadmin):
    assert cli("backup", "settings") == (0, {"max_age_days": 7})
    assert cli("backup", "settings", "--max-age-days", "14") == (0, {"max_age_days": 14})
    code, out = cli("backup", "settings", "--max-age-days", "0")
    assert code == 2, out
    assert custody_settings.read_max_age_days(ws, sysadmin) == 14


def test_the_security_administrator_backs_up_only_with_the_key(qtbot, ws, security_admin, auditor, tasks):
    page = _page(qtbot, ws, security_admin, tasks)
    assert page.with_key.isChecked() and not page.with_key.isEnabled() and page.passphrase.isEnabled()
    assert not page.register_box.isVisible() and not page.age_button.isVisible()
    reader = _page(qtbot, ws, auditor, tasks)
    assert not reader.run_button.isEnabled() and reader.register_box.isVisible()
    assert not reader.repair_button.isVisible() and not reader.max_age.isEnabled()
