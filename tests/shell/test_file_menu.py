"""The File menu (switch user / sign out, print the list shown, quit) and the shortcuts every page answers: Ctrl+F
to its search field, Ctrl+N to its "new" form, F5 to load it again; clicked and pressed as a person would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select

from archive_core.cases import case_files
from archive_core.spine import users
from models.audit import AuditEvent
from tests.cases.conftest import case_input
from tests.conftest import PASSWORD
from ui.av.ingest_page import IngestPage
from ui.cases.cases_page import CasesPage
from ui.equipment.equipment_page import EquipmentPage
from ui.kit.context import UiContext
from ui.shell.app import Shell
from ui.shell.main_window import MainWindow
from ui.spine.audit_page import AuditPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")


def choose(qtbot, window: MainWindow, menu: QMenu, action) -> None:  # type: ignore[no-untyped-def]
    """Open the menu from the menu bar with the mouse and click the entry."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def sign_in(qtbot, shell: Shell, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    login = shell.login
    assert login is not None
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ws is not None and login.username.isEnabled(), timeout=20000)
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.ctx.actor.username == username, timeout=20000)
    window = shell.window
    assert window is not None  # deletes itself when closed: not handed to qtbot
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, tasks, ws, archivist) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(UiContext(ws, archivist, tasks))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


def activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts act in the active window, as on a desk."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_sign_out_brings_the_sign_in_back_for_another_user(qtbot, tasks, ws, archivist, auditor) -> None:
    shell = Shell(tasks, lambda: (ws, users.needs_first_admin(ws)))
    shell.start()
    first = sign_in(qtbot, shell, archivist.username)
    assert AuditPage not in [type(p) for p in first.pages]
    assert archivist.display_name in first.status_label.text()
    old_login = shell.login
    with qtbot.waitSignal(first.destroyed, timeout=20000):  # closed, and let go
        choose(qtbot, first, first.menu_file, first.sign_out_action)
    assert shell.login is not old_login and shell.login.isVisible()
    second = sign_in(qtbot, shell, auditor.username)
    assert second is not first
    assert AuditPage in [type(p) for p in second.pages]
    assert auditor.display_name in second.status_label.text()
    with ws.unit(auditor, write=False) as uow:
        trail = [(e.actor, e.action) for e in uow.session.execute(select(AuditEvent).order_by(AuditEvent.seq))
                 .scalars() if e.action in ("login", "logout")]
    assert trail[-3:] == [(archivist.username, "login"), (archivist.username, "logout"), (auditor.username, "login")]
    second.close()


def test_closing_the_window_stops_the_dock_watch_its_user_started(qtbot, tasks, window, tmp_path: Path) -> None:
    """Quit and sign-out both close the window: a watch must not go on copying files as the user who left."""
    ingest = window.show_page("IngestPage")
    assert isinstance(ingest, IngestPage)
    dock = tmp_path / "dock"
    dock.mkdir()
    ingest.add_folder(str(dock), False)
    qtbot.waitUntil(lambda: ingest.docks.count() == 1, timeout=20000)
    qtbot.mouseClick(ingest.watch_button, Qt.MouseButton.LeftButton)
    watcher = ingest.watcher
    assert watcher is not None
    qtbot.waitUntil(lambda: watcher.running, timeout=20000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not watcher.running and ingest.watcher is None


def test_print_puts_the_case_list_on_paper(qtbot, tmp_path: Path, ws, archivist, window) -> None:
    case = case_files.create_case(ws, archivist, case_input("石市监罚〔2026〕31号", title="销售过期食品案"))
    page = window.show_page("CasesPage")
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == case.case_no, timeout=20000)
    window.printer = QPrinter()
    window.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "cases.pdf"
    window.printer.setOutputFileName(str(pdf))
    choose(qtbot, window, window.menu_file, window.print_action)
    qtbot.waitUntil(lambda: window.print_dialog is not None and window.print_dialog.isVisible(), timeout=20000)
    qtbot.keyClick(window.print_dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert case.case_no in text and "销售过期食品案" in text and archivist.display_name in text


def test_print_says_so_on_a_page_without_a_list(qtbot, window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("ui.shell.main_window.QMessageBox.information", lambda *args: shown.append(args[2]))
    page = window.show_page("CasesPage")
    assert isinstance(page, CasesPage)
    page.stack.setCurrentWidget(page.detail)
    choose(qtbot, window, window.menu_file, window.print_action)
    qtbot.waitUntil(lambda: bool(shown))
    assert window.print_dialog is None and "no list to print" in shown[0]


def test_shortcuts_search_new_and_refresh_on_the_case_list(qtbot, ws, archivist, window) -> None:
    page = window.show_page("CasesPage")
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.count.text() != "", timeout=20000)
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.reject()
    activate(qtbot, window)
    # a case registered elsewhere (the command line, another workstation) shows after F5
    case_files.create_case(ws, archivist, case_input("石市监罚〔2026〕32号"))
    qtbot.wait(100)
    assert page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)


def test_shortcuts_on_the_device_register(qtbot, tasks, ws, make_actor) -> None:
    clerk = make_actor("equipment_clerk")
    window = MainWindow(UiContext(ws, clerk, tasks))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    page = window.show_page("EquipmentPage")
    assert isinstance(page, EquipmentPage)
    page.tabs.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0 and QApplication.focusWidget() is page.search
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(w.isVisible() and w.windowTitle() for w in set(QApplication.topLevelWidgets())
                                - before))
    dialog = next(w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible())
    assert "device" in dialog.windowTitle().lower()
    dialog.close()
