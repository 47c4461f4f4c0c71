"""Long text never breaks the layout: a 200-character party name and title stay inside a 1366-pixel window, cut with
"…" and whole in the tooltip, in the case list, the case page, its dialogs and the case picker; typed fields stop at
what the catalogue keeps and say so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolTip, QWidget

from archive_core.cases import case_files
from archive_core.cases.case_files import CASE_LIMITS, PartyInput
from archive_core.equipment import devices
from archive_core.equipment.devices import DEVICE_LIMITS
from archive_core.spine.errors import ValidationError
from tests.cases.conftest import OFFICERS, case_input
from ui.cases.case_edit import CaseEditDialog, PeopleDialog
from ui.cases.cases_page import CasesPage
from ui.equipment.device_dialog import DeviceDialog
from ui.kit.case_picker import CasePicker
from ui.kit.context import UiContext
from ui.kit.long_text import ElidedLabel
from ui.shell.main_window import MainWindow

PARTY = ("石家庄恒达食品有限公司长安区中山东路第十八号分店" * 9)[:200]
TITLE = ("涉嫌销售超过保质期的预包装食品及未按规定查验供货者许可证案" * 8)[:200]
WIDTH = 1366
# the offscreen platform's words on tooltips and popups, which are windows of their own
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")


def plain(tip: str) -> str:
    return QTextDocumentFragment.fromHtml(tip).toPlainText() if tip.lstrip().startswith("<") else tip


def hover(view: QAbstractItemView, row: int, column: int) -> str:
    """What the tooltip says when the mouse rests on a cell ("" when none is shown)."""
    point = view.visualRect(view.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return plain(QToolTip.text()) if event.isAccepted() else ""


def fits(window: QWidget) -> None:
    assert window.width() <= WIDTH and window.minimumSizeHint().width() <= WIDTH


@pytest.fixture
def long_case(ws, archivist):
    return case_files.create_case(ws, archivist, case_input(
        "石市监罚〔2026〕200号", title=TITLE, parties=(PartyInput(PARTY, "organisation"),), officers=OFFICERS))


@pytest.fixture
def window(qtbot, tasks, ws, archivist, long_case):
    w = MainWindow(UiContext(ws, archivist, tasks))
    qtbot.addWidget(w)
    w.resize(WIDTH, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_cases(qtbot, window: MainWindow) -> CasesPage:
    row = next(n for n, p in enumerate(window.pages) if isinstance(p, CasesPage))
    item = window.nav.item(row)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center())
    page = window.pages[row]
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.is_loaded(0), timeout=20000)
    page.model.data(page.model.index(0, 0))
    return page


def test_the_case_list_cuts_long_cells_and_shows_them_whole_on_hover(qtbot, window) -> None:
    page = open_cases(qtbot, window)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == TITLE, timeout=20000)
    assert page.table.columnWidth(1) < page.table.fontMetrics().horizontalAdvance(TITLE)
    assert hover(page.table, 0, 1) == TITLE
    assert hover(page.table, 0, 3) == PARTY
    assert hover(page.table, 0, 0) == ""  # a case number that fits needs no tooltip
    fits(window)


def test_case_page_dialogs_and_picker_keep_the_window_inside_the_screen(qtbot, ws, archivist, tasks, window,
                                                                      long_case) -> None:
    page = open_cases(qtbot, window)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click:
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then double
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and page.stack.currentWidget() is detail, timeout=20000)
    qtbot.wait(50)  # the facts are laid out
    fits(window)
    assert isinstance(detail.title, ElidedLabel) and detail.title.is_elided()
    assert plain(detail.title.toolTip()) == f"{long_case.case_no}　{TITLE}"
    party = next(w for w in detail.findChildren(ElidedLabel) if w.text() == PARTY)
    assert party.is_elided() and plain(party.toolTip()) == PARTY
    assert party.shown_text().endswith("…") and len(party.shown_text()) < len(PARTY)
    assert party.width() < window.width()

    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    edit = detail.dialog
    assert isinstance(edit, CaseEditDialog)
    qtbot.waitExposed(edit)
    assert edit.width() <= WIDTH and edit.title_edit.text() == TITLE
    edit.reject()

    qtbot.mouseClick(detail.people_button, Qt.MouseButton.LeftButton)
    people = detail.dialog
    assert isinstance(people, PeopleDialog)
    qtbot.waitExposed(people)
    assert people.width() <= WIDTH
    assert hover(people.parties, 0, 0).startswith(PARTY)
    people.reject()

    picker = CasePicker(UiContext(ws, archivist, tasks))
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("第十八号分店")
    QApplication.sendEvent(picker, commit)
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=20000)
    assert popup.width() <= WIDTH
    assert PARTY in hover(popup, 0, 0)
    fits(window)


def test_typed_fields_stop_at_the_catalogue_limit_and_say_so(qtbot, zh_ui, tasks, ws, archivist, long_case) -> None:
    edit = CaseEditDialog(UiContext(ws, archivist, tasks), long_case)
    qtbot.addWidget(edit)
    edit.show()
    limit = CASE_LIMITS["title"]
    hint = next(label for label in edit.findChildren(QLabel, "lengthHint") if label.parent() is
                edit.title_edit.parent())
    assert not hint.isVisible()
    edit.title_edit.setFocus()
    edit.title_edit.end(False)
    qtbot.keyClicks(edit.title_edit, "x" * (limit - len(TITLE) + 5))
    assert len(edit.title_edit.text()) == limit
    assert hint.isVisible() and hint.text() == f"案件名称最多保留 {limit} 个字符，不能再输入。"
    qtbot.keyClick(edit.title_edit, Qt.Key.Key_Backspace)
    assert not hint.isVisible()
    # the service holds the same limit: one more character is refused, naming the field
    with pytest.raises(ValidationError, match="case title"):
        case_files.update_case(ws, archivist, long_case.case_no, title="x" * (limit + 1))
    case_files.update_case(ws, archivist, long_case.case_no, title="x" * limit)


def test_device_fields_hold_what_the_catalogue_keeps(qtbot, zh_ui, tasks, ws, make_actor) -> None:
    clerk = make_actor("equipment_clerk")
    dialog = DeviceDialog(UiContext(ws, clerk, tasks))
    qtbot.addWidget(dialog)
    dialog.show()
    limit = DEVICE_LIMITS["location"]
    dialog.location.setFocus()
    qtbot.keyClicks(dialog.location, "a" * (limit + 3))
    assert len(dialog.location.text()) == limit
    hint = dialog.location.parent().findChild(QLabel, "lengthHint")
    assert hint.isVisible() and hint.text().startswith("存放位置最多保留")
    with pytest.raises(ValidationError, match="device location"):
        devices.add_device(ws, clerk, "ZF-0009", "body_worn_camera", model="DSJ-V9", location="a" * (limit + 1))
    devices.add_device(ws, clerk, "ZF-0009", "body_worn_camera", model="DSJ-V9", location="a" * limit)
