"""A user's day in the real window: sign in by typing, click and type on real widgets, answer modal dialogs through
their own widgets, and (with ARCHIVE_WS_JOURNEY_SHOTS=DIR) save a screenshot at each step."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QWidget

from tests.conftest import PASSWORD
from ui.shell import app
from ui.shell.i18n import install_font
from ui.shell.main_window import MainWindow

SHOTS_ENV = "ARCHIVE_WS_JOURNEY_SHOTS"
LEFT = Qt.MouseButton.LeftButton


def shot(widget: QWidget, name: str) -> None:
    """docs/screenshots/<name>.png when screenshots were asked for; nothing otherwise."""
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives as the input method's committed text (Qt's keyClicks takes ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    # a check box reacts on its box and label, not on the empty rest of a wide row
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, LEFT, pos=pos)


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0, double: bool = False) -> None:
    view.scrollTo(view.model().index(row, column))
    centre = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)
    if double:  # as a real double-click: press, then the double press
        qtbot.mouseDClick(view.viewport(), LEFT, pos=centre)


def click_tab(qtbot: Any, tabs: Any, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the box and press Down until it shows."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def visible(cls: type[QWidget]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def dialog_shown(qtbot: Any, cls: type[QWidget]) -> Any:
    """The newest visible window of ``cls``, once one shows."""
    qtbot.waitUntil(lambda: bool(visible(cls)), timeout=10_000)
    return visible(cls)[-1]


def when_shown(cls: type[QWidget], act: Callable[[Any], None], *, tries: int = 300) -> None:
    """Answer a modal dialog that is about to run its own event loop: once one of ``cls`` is shown, ``act`` on it."""

    def poll(left: int) -> None:
        found = visible(cls)
        if found:
            act(found[-1])
        elif left:
            QTimer.singleShot(50, lambda: poll(left - 1))

    QTimer.singleShot(50, lambda: poll(tries))


def save_as(qtbot: Any, path: Path, *, file_type: str | None = None, name: str | None = None) -> dict[str, str]:
    """Answer the next save dialog: choose the file type, type the path over the suggested name, press Enter.
    Returns what the dialog suggested (filled in once it has been answered)."""
    seen: dict[str, str] = {}

    def answer(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["suggested"], seen["title"] = edit.text(), dialog.windowTitle()
        if file_type is not None:
            choose(qtbot, dialog.findChild(QComboBox, "fileTypeCombo"), file_type)
        if name:
            shot(dialog, name)
        edit.setFocus()
        edit.selectAll()
        type_chinese(edit, str(path))  # the path may hold Chinese
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    when_shown(QFileDialog, answer)
    return seen


def sign_in(qtbot: Any, tasks: Any, home: Path, db_url: str, username: str, shot_name: str = "") -> MainWindow:
    """The start of the program: the sign-in dialog opens the catalogue, the user types name, Enter, password,
    Enter; then the main window of that user at 1366×768."""
    if os.environ.get(SHOTS_ENV):
        install_font(QApplication.instance())  # as the program does at start; only for pictures (it stays set)
    shell = app.Shell(tasks, app.workstation_opener(home, db_url))
    login = shell.start()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ws is not None and login.username.isEnabled(), timeout=20_000)
    assert login.focusWidget() is login.username
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    assert login.focusWidget() is login.password and login.isVisible()  # Enter moved on; it did not quit
    qtbot.keyClicks(login.password, PASSWORD)
    if shot_name:
        shot(login, shot_name)
    with qtbot.waitSignal(login.accepted, timeout=20_000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = shell.window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def shoot_pages(qtbot: Any, window: MainWindow, prefix: str) -> None:
    """With screenshots asked for: every page of the user's navigation, once its lists have loaded."""
    if not os.environ.get(SHOTS_ENV):
        return
    for row in range(window.nav.count()):
        page = open_page(qtbot, window, window.nav.item(row).text())
        qtbot.wait(1500)  # the page's lists arrive from the pool threads
        shot(window, f"{prefix}-page-{row + 1:02d}-{type(page).__name__}")


def open_page(qtbot: Any, window: MainWindow, title: str) -> Any:
    """Click the page's entry in the navigation."""
    items = window.nav.findItems(title, Qt.MatchFlag.MatchExactly)
    assert items, [window.nav.item(i).text() for i in range(window.nav.count())]
    rect = window.nav.visualItemRect(items[0])
    qtbot.mouseClick(window.nav.viewport(), LEFT, pos=rect.center())
    page = window.stack.currentWidget()
    assert window.pages[window.nav.currentRow()] is page
    return page


def close(qtbot: Any, window: MainWindow) -> None:
    """Quit through the File menu's shortcut, then close the catalogue the window was using."""
    window.activateWindow()  # a shortcut acts in the active window; the dialogs just closed were active
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    window.ctx.ws.close()
