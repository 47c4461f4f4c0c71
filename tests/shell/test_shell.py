"""The window shell: sign-in, first administrator, navigation by role, audit-trail table, user management."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from archive_core.spine import users
from archive_core.spine.auth import SYSTEM_ACTOR, Actor
from archive_core.spine.errors import PermissionDeniedError
from tests.conftest import PASSWORD
from ui.custody.backup_page import BackupPage
from ui.kit.context import UiContext
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow
from ui.spine.audit_page import AuditModel, AuditPage
from ui.spine.users_page import UsersModel, UsersPage


def _login_dialog(qtbot, tasks, ws) -> LoginDialog:
    dialog = LoginDialog(tasks, lambda: (ws, users.needs_first_admin(ws)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ws is not None and dialog.username.isEnabled())
    return dialog


def test_first_start_creates_the_security_administrator(qtbot, tasks, ws) -> None:
    dialog = _login_dialog(qtbot, tasks, ws)
    assert dialog.first_start and dialog.confirm.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    dialog.display_name.setText("张安全")  # keyClicks takes ASCII only
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, PASSWORD + "x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.message.text() and users.needs_first_admin(ws)  # mismatch caught before anything is written
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.roles == {"security_admin"}
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_password_shows_the_reason_and_stays_open(qtbot, tasks, ws, archivist: Actor) -> None:
    dialog = _login_dialog(qtbot, tasks, ws)
    assert not dialog.first_start
    qtbot.keyClicks(dialog.username, archivist.username)
    qtbot.keyClicks(dialog.password, "not-the-password1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=20000)
    assert dialog.actor is None and dialog.password.text() == ""
    # No translator installed: the window speaks English; it says neither whether the user exists nor how many
    # attempts are left.
    assert dialog.message.text() == ("Sign-in refused: wrong user name or password, or the account is locked. After 5 "
                                     "wrong passwords in a row an account is locked for 15 minutes; the security "
                                     "administrator can unlock it sooner.")


def test_wrong_password_reason_in_chinese(qtbot, qapp, tasks, ws, archivist: Actor) -> None:
    from PySide6.QtCore import QLocale

    from ui.shell.i18n import install_translators

    installed = install_translators(qapp, "zh_CN")
    try:
        dialog = _login_dialog(qtbot, tasks, ws)
        qtbot.keyClicks(dialog.username, archivist.username)
        qtbot.keyClicks(dialog.password, "not-the-password1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=20000)
        assert dialog.message.text() == ("登录被拒绝：用户名或密码错误，或账号已被锁定。 "
                                         "连续输错 5 次密码，账号将被锁定 15 分钟；安全管理员可提前解锁。")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_navigation_shows_only_what_the_role_may_use(qtbot, tasks, ws, security_admin, auditor) -> None:
    admin_window = MainWindow(UiContext(ws, security_admin, tasks))
    qtbot.addWidget(admin_window)
    # users, and the backup page for the one backup only this role may make: the one with the signing key
    assert [type(p) for p in admin_window.pages] == [BackupPage, UsersPage]
    auditor_window = MainWindow(UiContext(ws, auditor, tasks))
    qtbot.addWidget(auditor_window)
    assert AuditPage in [type(p) for p in auditor_window.pages]
    assert UsersPage not in [type(p) for p in auditor_window.pages]


def test_audit_model_is_lazy_filters_in_sql_and_passes_modeltester(qtbot, qtmodeltester, tasks, ws, auditor,
                                                                     archivist) -> None:
    with ws.unit(archivist) as uow:
        for i in range(450):
            uow.audit("test.bulk", "thing", f"B{i}")
    model = AuditModel(UiContext(ws, auditor, tasks), tasks)
    with qtbot.waitSignal(model.loaded, timeout=20000) as loaded:
        model.reload()
    total = loaded.args[0]
    assert total >= 450 and model.rowCount() == total
    assert model.data(model.index(0, 0)) == "…"  # not fetched yet: the GUI thread did not wait
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=20000)
    assert len(model._pages) == 1  # one page of rows in memory, not the table
    newest = model.row_object(0)
    assert newest.seq == max(model.id_at(r) for r in range(model.rowCount()))
    qtmodeltester.check(model)

    model.filter = model.filter.__class__(actor=archivist.username, action="test.")
    with qtbot.waitSignal(model.loaded, timeout=20000) as loaded:
        model.reload()
    assert loaded.args[0] == 450


def test_the_workstation_s_own_events_name_it_not_a_login(qtbot, tasks, ws, auditor, zh_ui) -> None:
    with ws.unit(SYSTEM_ACTOR) as uow:
        uow.audit("test.sweep", "thing", "S1")
    model = AuditModel(UiContext(ws, auditor, tasks), tasks)
    with qtbot.waitSignal(model.loaded, timeout=20000):
        model.reload()
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=20000)
    assert model.row_object(0).actor == "system"
    assert model.data(model.index(0, 2)) == "系统（自动）"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "system"


def test_audit_page_refused_for_system_admin(ws, make_actor, tasks) -> None:
    sysadmin = make_actor("system_admin")
    assert not AuditPage.visible_to(sysadmin)
    model = AuditModel(UiContext(ws, sysadmin, tasks), tasks)
    with pytest.raises(PermissionDeniedError):
        model.query_ids(0, True)


def test_users_page_lists_and_models(qtbot, qtmodeltester, tasks, ws, security_admin, archivist) -> None:
    page = UsersPage(UiContext(ws, security_admin, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    names = {page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert names == {security_admin.username, archivist.username}
    assert page.model.data(page.model.index(0, 2)) in {"档案管理员", "安全管理员", "Archivist",
                                                       "Security administrator"}
    roles = {page.model.data(page.model.index(r, 0)): page.model.data(page.model.index(r, 2)) for r in range(2)}
    assert roles == {security_admin.username: "Security administrator", archivist.username: "Archivist"}
    qtmodeltester.check(page.model)
    empty = UsersModel()
    qtmodeltester.check(empty)


def test_a_reset_password_leads_to_the_new_password_step_first(qtbot, tasks, ws, security_admin,
                                                                auditor: Actor) -> None:
    users.reset_password(ws, security_admin, auditor.username, "Temp-0rary9")
    dialog = _login_dialog(qtbot, tasks, ws)
    qtbot.keyClicks(dialog.username, auditor.username)
    qtbot.keyClicks(dialog.password, "Temp-0rary9")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.change_dialog is not None and dialog.change_dialog.isVisible(), timeout=20000)
    step = dialog.change_dialog
    assert step is not None and dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted
    assert step.notice.text().startswith("Your password was reset by the security administrator secadmin on ")
    qtbot.keyClicks(step.new, "Own-Choice-42")
    qtbot.keyClicks(step.confirm, "Own-Choice-4")
    step.ok_button.click()
    assert step.message.text() == "The two passwords differ." and step.isVisible()
    step.new.clear()
    step.confirm.clear()
    qtbot.keyClicks(step.new, "Password1")  # a common one: refused, the step stays open
    qtbot.keyClicks(step.confirm, "Password1")
    step.ok_button.click()
    qtbot.waitUntil(lambda: "most common" in step.message.text(), timeout=20000)
    assert step.isVisible() and dialog.actor is None
    qtbot.keyClicks(step.new, "Own-Choice-42")
    qtbot.keyClicks(step.confirm, "Own-Choice-42")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        step.ok_button.click()
    assert dialog.actor is not None and dialog.actor.username == auditor.username
    assert users.login(ws, auditor.username, "Own-Choice-42").username == auditor.username


def test_leaving_the_new_password_step_signs_in_nobody(qtbot, tasks, ws, security_admin, auditor: Actor) -> None:
    users.reset_password(ws, security_admin, auditor.username, "Temp-0rary9")
    dialog = _login_dialog(qtbot, tasks, ws)
    qtbot.keyClicks(dialog.username, auditor.username)
    qtbot.keyClicks(dialog.password, "Temp-0rary9")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.change_dialog is not None and dialog.change_dialog.isVisible(), timeout=20000)
    assert dialog.change_dialog is not None
    dialog.change_dialog.reject()
    assert dialog.actor is None and dialog.isVisible() and "was reset" in dialog.message.text()


def test_the_security_administrator_replaces_the_signing_key_from_the_users_page(qtbot, tasks, ws, security_admin,
                                                                                 auditor) -> None:
    from PySide6.QtWidgets import QApplication

    from archive_core.spine.audit import service
    from tests.cases.test_case_window import type_chinese

    page = UsersPage(UiContext(ws, security_admin, tasks))
    qtbot.addWidget(page)
    page.show()
    old = ws.signer.key_id
    assert page.rotate_button.isVisible() and old in page.key_label.text()
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    dialog = page.rotate_dialog
    assert dialog is not None and dialog.isVisible() and old in dialog.findChildren(type(page.key_label))[0].text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no rotation
    type_chinese(dialog.reason, "私钥可能泄露")
    qtbot.mouseClick(dialog.lost, Qt.MouseButton.LeftButton)
    assert ok.isEnabled() and dialog.lost.isChecked()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NOT signed by the old key" in page.key_label.text(), timeout=20000)
    assert ws.signer.key_id != old and f"{old} → {ws.signer.key_id}" in page.key_label.text()
    result = service.verify(ws, auditor)
    assert result.ok and [(r.reason, r.lost) for r in result.rotations] == [("私钥可能泄露", True)]
    QApplication.processEvents()
    other = UsersPage(UiContext(ws, auditor, tasks))
    qtbot.addWidget(other)
    assert other.rotate_button.isHidden() and other.key_label.isHidden()
