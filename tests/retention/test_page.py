"""The retention page and its dialogs: models pass the model tester, buttons follow role and four-eyes rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from archive_core.retention import disposal, holds, schedule
from archive_core.retention.schedule import RetentionFilter
from ui.kit import dates
from ui.kit.context import UiContext
from ui.retention.disposal_dialog import DisposalRequestDialog
from ui.retention.reason_dialog import ReasonDialog
from ui.retention.retention_models import DueModel, HoldModel, RequestModel, RuleModel
from ui.retention.retention_page import RetentionPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
OLD = datetime(2025, 8, 31, 15, 0, tzinfo=UTC)


@pytest.fixture
def data(ws, archivist, sysadmin, factory):
    factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31), title="食品经营许可检查")
    clip = factory.media("DSJ-A1_013_20250831_230000.MP4", OLD)
    held = factory.media("DSJ-A1_013_20250901_100000.MP4", OLD)
    holds.add_hold(ws, sysadmin, media_id=held, reason="当事人申请行政复议")
    return clip


def _page(qtbot, ws, actor, tasks):
    page = RetentionPage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.due_model.rowCount() > 0 and page.rule_model.rowCount() > 0, timeout=20000)
    return page


def _select(view, rows):
    sel = view.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(view.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def test_models_pass_the_model_tester(qtmodeltester, ws, archivist, supervisor, data):
    due = DueModel()
    due.set_rows(schedule.due_list(ws, archivist, RetentionFilter(due_before=date(2030, 1, 1))))
    assert due.rowCount() == 3
    qtmodeltester.check(due)
    hold_model = HoldModel()
    hold_model.set_rows(holds.list_holds(ws, archivist))
    qtmodeltester.check(hold_model)
    req_model = RequestModel()
    disposal.request_disposal(ws, archivist, media_ids=[data], reason="到期")
    req_model.set_rows(disposal.list_requests(ws, supervisor))
    qtmodeltester.check(req_model)
    rules = RuleModel()
    rules.set_rows(schedule.rules(ws, archivist))
    qtmodeltester.check(rules)


def test_buttons_follow_role_and_state(qtbot, ws, archivist, supervisor, tasks, data):
    page = _page(qtbot, ws, archivist, tasks)
    labels = [page.due_model.row_object(r).label for r in range(page.due_model.rowCount())]
    assert labels == ["冀检〔2014〕1号", "DSJ-A1_013_20250831_230000.MP4", "DSJ-A1_013_20250901_100000.MP4"]
    _select(page.due_view, [0, 1])
    assert page.request_button.isEnabled() and not page.hold_button.isEnabled()
    _select(page.due_view, [2])  # held
    assert not page.request_button.isEnabled()

    req = disposal.request_disposal(ws, archivist, media_ids=[data], reason="到期")
    boss = _page(qtbot, ws, supervisor, tasks)
    qtbot.waitUntil(lambda: boss.request_model.rowCount() == 1, timeout=20000)
    _select(boss.request_view, [0])
    assert boss.approve_button.isEnabled() and boss.reject_button.isEnabled()
    assert not boss.execute_button.isEnabled() and not boss.request_button.isEnabled()
    assert f"{req.reason}" in boss.detail.toPlainText()


def test_approval_in_the_page_asks_for_an_opinion_and_a_confirmation(qtbot, ws, archivist, supervisor, tasks, data):
    req = disposal.request_disposal(ws, archivist, media_ids=[data], reason="到期")
    boss = _page(qtbot, ws, supervisor, tasks)
    qtbot.waitUntil(lambda: boss.request_model.rowCount() == 1, timeout=20000)
    _select(boss.request_view, [0])
    seen = {}

    def shown(cls, then) -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        if not found:  # not shown yet
            QTimer.singleShot(100, lambda: shown(cls, then))
            return
        then(found[-1])

    def confirm(box: QMessageBox, yes: bool) -> None:
        seen["confirm"] = box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    def answer(dialog: ReasonDialog, cancel: bool, yes: bool = False) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_before"] = ok.isEnabled()
        if cancel:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        qtbot.mouseClick(dialog.reason.viewport(), Qt.MouseButton.LeftButton)
        typed = QInputMethodEvent()  # Chinese arrives as the input method's committed text
        typed.setCommitString("经审查，保管期限已满，同意销毁")
        QApplication.sendEvent(dialog.reason, typed)
        seen["ok_after"] = ok.isEnabled()
        QTimer.singleShot(100, lambda: shown(QMessageBox, lambda box: confirm(box, yes)))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    for cancel_opinion in (True, False):  # cancelled at the opinion, then at the confirmation: nothing decided
        QTimer.singleShot(200, lambda c=cancel_opinion: shown(ReasonDialog, lambda d: answer(d, c)))
        qtbot.mouseClick(boss.approve_button, Qt.MouseButton.LeftButton)
        tasks.wait(20000)
        assert disposal.list_requests(ws, supervisor)[0].state == "requested"
    assert seen["confirm"].startswith(f"Approve disposal request {req.id} for 1 records with the opinion “经审查")
    QTimer.singleShot(200, lambda: shown(ReasonDialog, lambda d: answer(d, False, yes=True)))
    qtbot.mouseClick(boss.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: disposal.list_requests(ws, supervisor)[0].state == "approved", timeout=20000)
    assert (seen["ok_before"], seen["ok_after"]) == (False, True)
    done = disposal.list_requests(ws, supervisor)[0]
    assert (done.id, done.decision_reason) == (req.id, "经审查，保管期限已满，同意销毁")


def test_requester_cannot_approve_in_the_page(qtbot, ws, make_actor, tasks, data):
    both = make_actor("archivist", "supervisor", display_name="兼任科长")
    disposal.request_disposal(ws, both, media_ids=[data], reason="到期")
    page = _page(qtbot, ws, both, tasks)
    qtbot.waitUntil(lambda: page.request_model.rowCount() == 1, timeout=20000)
    _select(page.request_view, [0])
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert "Art. 27" in page.approve_button.toolTip()


def test_request_dialog_needs_a_reason(qtbot, ws, archivist, data):
    items = schedule.due_list(ws, archivist, RetentionFilter(due_before=date(2030, 1, 1), held=False))
    dialog = DisposalRequestDialog(items)
    qtbot.addWidget(dialog)
    assert not dialog.submit.isEnabled()
    dialog.reason.setPlainText("  ")
    assert not dialog.submit.isEnabled()
    dialog.reason.setPlainText("保管期限届满")
    assert dialog.submit.isEnabled()
    assert dialog.case_nos() == ["冀检〔2014〕1号"] and dialog.media_ids() == [data]
    reason = ReasonDialog("冻结", "说明", ["案卷：冀检〔2014〕1号"])
    qtbot.addWidget(reason)
    assert not reason.buttons.button(reason.buttons.StandardButton.Ok).isEnabled()
    reason.reason.setPlainText("诉讼中")
    assert reason.buttons.button(reason.buttons.StandardButton.Ok).isEnabled() and reason.reason_text() == "诉讼中"


def test_dashboard_figures_open_the_right_tab_and_filter(qtbot, ws, archivist, tasks, data):
    from ui.stats.dashboard_tiles import TARGETS

    target, figures = TARGETS["retention"]
    assert target == "RetentionPage"
    disposal.request_disposal(ws, archivist, media_ids=[data], reason="到期")
    page = _page(qtbot, ws, archivist, tasks)
    assert page.show_filtered(**figures["requested"])
    assert page.tabs.currentIndex() == 2 and page.request_state.currentData() == ("requested",)
    qtbot.waitUntil(lambda: page.request_model.rowCount() == 1, timeout=20000)
    assert page.show_filtered(**figures["holds"]) and page.tabs.currentIndex() == 1
    assert page.show_filtered(**figures["due_now"])
    assert page.tabs.currentIndex() == 0 and page.due_before.date() == dates.today()  # the agency's day
    assert page.show_filtered(**figures["ends_this_month"]) and page.due_before.date().day() >= 28
    assert not page.show_filtered(compliance="error")
    assert not page.show_filtered(tab="requests", state="lost")
