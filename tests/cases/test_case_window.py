"""The archivist finishes a case in the window, by key presses and clicks: edit the case (stage, end of the action,
a field), add a party, undo a "not applicable" mark, link and unlink a record; pick a case by part of its title;
a new case with items still to record is not shown as compliant."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from archive_core.cases import records
from archive_core.cases.records import RecordInput
from models.audit import AuditEvent
from models.cases import STAGE_ORDER
from ui.av.records_dialogs import LinkDialog
from ui.cases.case_detail import CaseDetailWidget
from ui.cases.case_edit import CaseEditDialog, ItemLinkDialog, PeopleDialog
from ui.cases.case_forms import CaseDialog
from ui.cases.cases_page import CasesPage
from ui.kit.case_picker import CasePicker
from ui.kit.context import UiContext

WAIT = 20000
POPUP_WARNINGS = ("propagateSizeHints", "support raise", "grabbing the keyboard")  # the offscreen platform


def type_chinese(widget, text: str) -> None:
    """Chinese arrives as the input method's committed text (keyClicks takes ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_date(qtbot, window, edit, digits: str) -> None:
    """Focus lands on the first section (the year) of the active window's date field; digits fill the sections."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, digits)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, row: int) -> None:
    view.scrollTo(view.model().index(row, 1))
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _events(ws, actor, action):
    with ws.unit(actor, write=False) as uow:
        return [json.loads(d) for d in uow.session.execute(
            select(AuditEvent.details).where(AuditEvent.action == action)).scalars()]


def _stage_tab(widget, stage: str):
    return widget.stage_tabs[[s.value for s in STAGE_ORDER].index(stage)]


def _item_row(tab, code: str) -> int:
    return next(r for r in range(tab.checklist.rowCount()) if tab.checklist.row_object(r).code == code)


def _item(widget, code: str):
    return next(i for i in widget.detail.checklist if i.code == code)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_archivist_edits_a_case_its_people_and_its_checklist_in_the_window(qtbot, tasks, ws, archivist,
                                                                               new_case):
    case = new_case("A-1")
    records.mark_not_applicable(ws, archivist, "A-1", "9.5", "本案未采取查封扣押措施")
    rec = records.add_record(ws, archivist, "A-1", RecordInput("filing_approval", stage="initiation",
                                                                doc_no="立审〔2024〕1号", title="立案审批表"))
    widget = CaseDetailWidget(UiContext(ws, archivist, tasks))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.open_case(case.id)
    qtbot.waitUntil(lambda: widget.detail is not None, timeout=WAIT)

    # Stage, end of the action and a descriptive field, in the edit dialog.
    click(qtbot, widget.edit_button)
    dialog = widget.dialog
    assert isinstance(dialog, CaseEditDialog)
    qtbot.waitExposed(dialog)
    dialog.stage.setFocus()
    qtbot.keyClick(dialog.stage, Qt.Key.Key_Down)  # initiation → investigation
    assert not dialog.ended_on.isEnabled()
    click(qtbot, dialog.ended)
    assert dialog.ended_on.isEnabled()
    type_date(qtbot, dialog, dialog.ended_on, "20240510")
    assert dialog.ended_on.date() == QDate(2024, 5, 10)
    dialog.source.selectAll()
    type_chinese(dialog.source, "群众举报")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: widget.detail.case.action_ended_at == date(2024, 5, 10), timeout=WAIT)
    c = widget.detail.case
    assert (c.current_stage, c.source, c.status) == ("investigation", "群众举报", "ended")
    [event] = _events(ws, archivist, "case.update")
    assert set(event["after"]) == {"current_stage", "action_ended_at", "source"}  # only what was changed

    # A party added later.
    click(qtbot, widget.people_button)
    people = widget.dialog
    assert isinstance(people, PeopleDialog)
    type_chinese(people.party_name, "张三")
    click(qtbot, people.add_party_button)
    assert people.parties.count() == 2 and not people.party_name.text()
    with qtbot.waitSignal(people.saved, timeout=WAIT):
        click(qtbot, people.save_button)
    qtbot.waitUntil(lambda: len(widget.detail.parties) == 2, timeout=WAIT)
    assert [p.name for p in widget.detail.parties] == ["石家庄恒达食品有限公司", "张三"]

    # Undo a "not applicable" mark: the item is missing again.
    tab = _stage_tab(widget, _item(widget, "9.5").stage)
    widget.tabs.setCurrentWidget(tab)
    assert not tab.clear_na_button.isEnabled()
    click_row(qtbot, tab.checklist_view, _item_row(tab, "9.5"))
    assert tab.clear_na_button.isEnabled() and not tab.na_button.isEnabled()
    click(qtbot, tab.clear_na_button)
    qtbot.waitUntil(lambda: _item(widget, "9.5").status == "missing", timeout=WAIT)
    assert _item(widget, "9.5").na_reason == ""

    # Link the registered record to an item, then unlink it.
    code = next(i.code for i in widget.detail.checklist if i.stage == "investigation" and i.status == "missing")
    tab = _stage_tab(widget, "investigation")
    widget.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.checklist_view, _item_row(tab, code))
    assert not tab.unlink_button.isEnabled()
    click(qtbot, tab.link_button)
    link = widget.dialog
    assert isinstance(link, ItemLinkDialog) and link.choice.currentData() == ("text", rec.id)
    with qtbot.waitSignal(link.saved, timeout=WAIT):
        click(qtbot, link.save_button)
    qtbot.waitUntil(lambda: _item(widget, code).status == "recorded", timeout=WAIT)
    assert _item(widget, code).text_record_ids == (rec.id,)
    tab = _stage_tab(widget, "investigation")
    assert tab.selected_item().code == code and tab.unlink_button.isEnabled()  # still selected after the reload
    click(qtbot, tab.unlink_button)
    unlink = widget.dialog
    with qtbot.waitSignal(unlink.saved, timeout=WAIT):
        click(qtbot, unlink.save_button)
    qtbot.waitUntil(lambda: _item(widget, code).status == "missing", timeout=WAIT)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_an_end_before_the_opening_is_refused_in_the_dialog_and_nothing_changes(qtbot, tasks, ws, archivist,
                                                                                new_case):
    case = new_case("A-1")  # opened 2024-03-01
    dialog = CaseEditDialog(UiContext(ws, archivist, tasks), case)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.ended)
    type_date(qtbot, dialog, dialog.ended_on, "20240201")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.save_button.isEnabled()
    assert "before the case opened" in dialog.message.text()
    assert _events(ws, archivist, "case.update") == []


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_a_case_is_picked_by_typing_part_of_its_title_in_the_link_dialog(qtbot, tasks, ws, archivist, new_case):
    new_case("A-1", title="销售过期食品案")
    new_case("B-2", title="无证经营烟花爆竹案")
    dialog = LinkDialog(UiContext(ws, archivist, tasks))
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.case_no
    type_chinese(picker, "烟花")
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert picker.choices.rowCount() == 1
    assert picker.choices.item(0).text() == "B-2　无证经营烟花爆竹案（石家庄恒达食品有限公司）"
    with qtbot.waitSignal(picker.picked, timeout=WAIT) as picked:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picked.args == ["B-2"] and dialog.values()[0] == "B-2"


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_the_disc_picker_adds_cases_to_a_list(qtbot, tasks, ws, archivist, new_case):
    new_case("A-1", title="销售过期食品案")
    new_case("B-2", title="无证经营烟花爆竹案")
    picker = CasePicker(UiContext(ws, archivist, tasks), "A-1、", multiple=True)
    qtbot.addWidget(picker)
    picker.show()
    picker.setCursorPosition(len(picker.text()))
    qtbot.keyClicks(picker, "B-")
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    rect = popup.visualRect(picker.choices.index(0, 0))
    with qtbot.waitSignal(picker.picked, timeout=WAIT):
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.case_nos() == ["A-1", "B-2"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_new_case_with_items_to_record_is_not_shown_compliant(qtbot, tasks, ws, archivist):
    page = CasesPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    click(qtbot, page.new_button)
    dialog = next(w for w in page.findChildren(CaseDialog) if w.isVisible())
    qtbot.keyClicks(dialog.case_no, "N-1")
    type_chinese(dialog.title_edit, "销售过期食品案")
    qtbot.keyClicks(dialog.officers, "Wang;13010001")
    qtbot.keyClick(dialog.officers, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.officers, "Li;13010002")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=WAIT)
    detail = page.detail
    assert detail.detail.case.compliance_state == "ok"  # no finding yet: the first stage is still running
    assert detail.detail.outstanding
    assert detail.badge.text() == f"{len(detail.detail.outstanding)} items to record"
    assert "meets every rule" not in detail.findings_label.text()
    assert "still to record" in detail.findings_label.text()


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_the_case_list_and_the_picker_find_any_part_of_a_name(qtbot, tasks, ws, archivist, new_case):
    from archive_core.cases.case_files import OfficerInput, PartyInput

    new_case("石市监罚〔2026〕5号")
    new_case("保环罚〔2026〕6号", title="超标排放废水案", parties=(PartyInput("保定清源化工有限公司", "organisation"),),
             officers=(OfficerInput("欧阳振华", "13060001"),))
    page = CasesPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    assert page.model.rowCount() == 2
    for term, shown in (("恒达", "石市监罚〔2026〕5号"), ("阳振", "保环罚〔2026〕6号"),
                        ("源化工", "保环罚〔2026〕6号")):
        page.search.clear()
        with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
            type_chinese(page.search, term)
        assert page.model.rowCount() == 1
        qtbot.waitUntil(lambda shown=shown: page.model.index(0, 0).data() == shown, timeout=WAIT)  # rows come lazily
    picker = CasePicker(UiContext(ws, archivist, tasks))
    qtbot.addWidget(picker)
    picker.show()
    type_chinese(picker, "振华")
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert picker.choices.rowCount() == 1
    with qtbot.waitSignal(picker.picked, timeout=WAIT) as picked:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picked.args == ["保环罚〔2026〕6号"]
