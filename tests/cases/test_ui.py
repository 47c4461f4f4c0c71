"""Case pages under pytest-qt: the lazy case list, the case page with findings, the record form, and corrections
as new versions with their history (Art. 27)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from archive_core.cases import case_files, compliance, demo, records
from archive_core.cases.case_files import CaseQuery
from archive_core.cases.records import RecordInput
from models.audit import AuditEvent
from models.cases import STAGE_ORDER
from ui.cases.case_detail import CaseDetailWidget
from ui.cases.case_forms import RecordDialog
from ui.cases.case_models import CaseListModel
from ui.cases.cases_page import CasesPage
from ui.cases.record_history import RecordHistoryDialog
from ui.kit.context import UiContext

TODAY = date(2026, 6, 1)


@pytest.fixture
def demo_ws(ws, archivist):
    demo.load_demo(ws, archivist, cases_per_type=2, today=TODAY)
    return ws


def test_case_list_model_is_lazy_filters_in_sql_and_passes_modeltester(qtbot, qtmodeltester, tasks, demo_ws,
                                                                          archivist):
    model = CaseListModel(UiContext(demo_ws, archivist, tasks))
    with qtbot.waitSignal(model.loaded, timeout=20000) as loaded:
        model.reload()
    assert loaded.args[0] == 10 == model.rowCount()
    qtbot.waitUntil(lambda: model.row_object(0) is not None, timeout=20000)
    first = model.row_object(0)
    assert model.data(model.index(0, 0)) == first.case_no
    opened = [model.row_object(r).opened_on for r in range(model.rowCount()) if model.row_object(r)]
    assert opened == sorted(opened, reverse=True)  # sorted in SQL by opening date, newest first
    qtmodeltester.check(model)
    model.query = CaseQuery(enforcement_type="licensing")
    with qtbot.waitSignal(model.loaded, timeout=20000) as loaded:
        model.reload()
    assert loaded.args[0] == 2


def test_case_page_shows_stages_records_and_findings(qtbot, qtmodeltester, tasks, demo_ws, archivist):
    ctx = UiContext(demo_ws, archivist, tasks)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        page.activate()
    compliance.evaluate_all(demo_ws, archivist, today=TODAY)
    ids = case_files.search_ids(demo_ws, archivist, CaseQuery(compliance="error"))
    assert ids
    page.open_case(ids[0])
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=20000)
    detail = page.detail.detail
    assert page.stack.currentWidget() is page.detail
    assert detail.findings
    assert page.detail.cards.count() == len(detail.findings) + bool(detail.outstanding)  # findings, items to record
    assert page.detail.tabs.count() == 4
    for tab in page.detail.stage_tabs:
        qtmodeltester.check(tab.checklist)
        qtmodeltester.check(tab.records)
    shown = sum(tab.records.rowCount() for tab in page.detail.stage_tabs)
    assert shown == len(detail.records)


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize(("method", "shown", "hidden"), [
    ("lien", {"witness_name", "lien_circumstances"}, {"recipient_signed", "entrust_reason"}),
    ("entrusted", {"entrust_reason", "recipient_signed"}, {"witness_name", "receipt_kept"}),
    ("postal", {"receipt_kept"}, {"place", "witness_signed"}),
])
def test_record_form_fields_follow_type_and_method(qtbot, tasks, ws, archivist, new_case, method, shown, hidden):
    new_case("A-1")
    dialog = RecordDialog(UiContext(ws, archivist, tasks), "A-1", "service_execution")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() > 0, timeout=20000)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("service_receipt"))
    dialog.method.setCurrentIndex(dialog.method.findData(method))
    assert dialog.service_group.isVisible() and not dialog.approval_group.isVisible()
    assert all(dialog.service_fields[k].isVisible() for k in shown)
    assert not any(dialog.service_fields[k].isVisible() for k in hidden)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("handling_approval"))
    assert dialog.approval_group.isVisible() and not dialog.service_group.isVisible()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("penalty_decision"))
    assert dialog.issued_group.isVisible() and dialog.issued_label.text().endswith("★")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_record_form_asks_for_the_opinions_and_seals_of_the_type(qtbot, tasks, ws, archivist, new_case):
    new_case("A-1")
    dialog = RecordDialog(UiContext(ws, archivist, tasks), "A-1", "decision")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() > 0, timeout=20000)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("legal_review"))  # the reviewer's opinion only
    assert dialog.approval_group.isVisible() and dialog.opinions["reviewer"][0].isVisible()
    assert not dialog.opinions["approver"][0].isVisible() and not dialog.handler_reasons.isVisible()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("handling_approval"))
    assert dialog.opinions["approver"][0].isVisible() and dialog.handler_reasons.isVisible()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("questioning_record"))
    dialog.pages.setText("3")
    assert dialog.cross_page.isVisible() and dialog.cross_page.text().endswith("★")
    dialog.altered.setChecked(True)
    data = dialog._value()
    assert data.pages == 3 and data.has_alterations and not data.cross_page_sealed
    assert "cross-page fingerprint or seal" in dialog._missing(data)


def test_dashboard_figure_opens_the_case_list_narrowed_to_a_compliance_state(qtbot, tasks, demo_ws, archivist):
    compliance.evaluate_all(demo_ws, archivist, today=TODAY)
    non_compliant = len(case_files.search_ids(demo_ws, archivist, CaseQuery(compliance="error")))
    assert 0 < non_compliant < 10
    page = CasesPage(UiContext(demo_ws, archivist, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=20000)
    assert not page.show_filtered(deadline="overdue")  # not a criterion this page knows
    assert page.show_filtered(compliance="error")
    qtbot.waitUntil(lambda: page.model.rowCount() == non_compliant, timeout=20000)
    assert page.stack.currentWidget() is page.list_page


# --- corrections as versions (Art. 27) -----------------------------------------------------------------------------

def _decision(ws, archivist, new_case):
    case = new_case("A-1")
    rec = records.add_record(ws, archivist, "A-1", RecordInput(
        "penalty_decision", doc_no="罚决〔2024〕1号", title="销售过期食品案处罚决定书", sealed=True))
    return case, rec


def _detail(qtbot, tasks, ws, actor, case_id):
    widget = CaseDetailWidget(UiContext(ws, actor, tasks))
    qtbot.addWidget(widget)
    widget.open_case(case_id)
    qtbot.waitUntil(lambda: widget.detail is not None, timeout=20000)
    return widget


def _tab(widget, stage):
    return widget.stage_tabs[[s.value for s in STAGE_ORDER].index(stage)]


def _prefilled(qtbot, dialog, doc_no):
    qtbot.waitUntil(lambda: dialog.baseline is not None, timeout=20000)
    assert dialog.doc_no.text() == doc_no


def _events(ws, actor, action):
    with ws.unit(actor, write=False) as uow:
        return [json.loads(d) for d in uow.session.execute(
            select(AuditEvent.details).where(AuditEvent.action == action)).scalars()]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_correction_with_a_reason_adds_version_2_and_keeps_the_old_text(qtbot, qtmodeltester, tasks, ws, archivist,
                                                                         new_case):
    case, rec = _decision(ws, archivist, new_case)
    widget = _detail(qtbot, tasks, ws, archivist, case.id)
    tab = _tab(widget, rec.stage)
    assert not tab.correct_button.isEnabled()  # nothing selected yet
    tab.records_view.selectRow(0)
    assert tab.correct_button.isEnabled() and tab.history_button.isEnabled()
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert isinstance(dialog, RecordDialog) and dialog.record.id == rec.id
    _prefilled(qtbot, dialog, "罚决〔2024〕1号")
    assert dialog.title_edit.text() == "销售过期食品案处罚决定书" and dialog.sealed.isChecked()
    assert not dialog.type_box.isEnabled() and dialog.type_box.currentData() == "penalty_decision"
    dialog.title_edit.setText("销售过期食品案行政处罚决定书")
    dialog.issued.setText("2024-04-01")
    dialog.reason.setText("与原件核对：补录签发日期，更正标题")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(widget.detail.records) == 2, timeout=20000)
    tab = _tab(widget, rec.stage)
    qtmodeltester.check(tab.records)
    rows = [[tab.records.data(tab.records.index(r, c)) for c in (0, 2, 5)] for r in range(tab.records.rowCount())]
    assert rows == [["销售过期食品案处罚决定书", "—", "v1 (superseded)"],
                    ["销售过期食品案行政处罚决定书", "2024年4月1日", "v2 (corrected)"]]
    new = tab.selected_record()  # the new version is selected after the reload
    assert new.version == 2 and new.is_current and new.correction_reason == "与原件核对：补录签发日期，更正标题"
    [event] = _events(ws, archivist, "record.correct")
    assert (event["previous"], event["version"], event["reason"]) == (rec.id, 2, "与原件核对：补录签发日期，更正标题")
    assert set(event["changed"]) == {"title", "issued_on"}  # only what was changed is sent

    tab.records_view.selectRow(0)  # the old version: its history, but no second correction of it
    assert not tab.correct_button.isEnabled() and tab.history_button.isEnabled()
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    history = widget.dialog
    assert isinstance(history, RecordHistoryDialog)
    qtbot.waitUntil(lambda: history.versions.rowCount() == 2, timeout=20000)
    qtmodeltester.check(history.versions)
    qtmodeltester.check(history.compare)
    versions = [[history.versions.data(history.versions.index(r, c)) for c in range(5)] for r in range(2)]
    assert versions[0][0] == "v1 (corrected)" and versions[0][2] == "李档案"  # the person's name, the login beside:
    assert history.versions.data(history.versions.index(0, 2), Qt.ItemDataRole.ToolTipRole) == archivist.username
    assert versions[0][3] == "— first registration" and versions[0][4] == ""
    assert versions[1][0] == "v2 (current)" and versions[1][3] == "与原件核对：补录签发日期，更正标题"
    assert versions[1][4] == "Title, Issue date"
    compare = history.compare
    labels = [compare.headerData(r, Qt.Orientation.Vertical) for r in range(compare.rowCount())]
    title, issued = labels.index("Title"), labels.index("Issue date")
    assert [compare.data(compare.index(title, c)) for c in (0, 1)] == ["销售过期食品案处罚决定书",
                                                                       "销售过期食品案行政处罚决定书"]
    assert [compare.data(compare.index(issued, c)) for c in (0, 1)] == ["—", "2024年4月1日"]
    background = Qt.ItemDataRole.BackgroundRole
    assert compare.data(compare.index(title, 1), background) is not None
    assert compare.data(compare.index(title, 0), background) is None
    assert compare.data(compare.index(labels.index("Document number"), 1), background) is None


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_correction_without_a_reason_is_refused_and_changes_nothing(qtbot, tasks, ws, archivist, new_case):
    _case, rec = _decision(ws, archivist, new_case)
    dialog = RecordDialog(UiContext(ws, archivist, tasks), "A-1", rec.stage, record=rec)
    qtbot.addWidget(dialog)
    dialog.show()
    _prefilled(qtbot, dialog, "罚决〔2024〕1号")
    dialog.save()
    assert "Nothing was changed" in dialog.message.text()  # a correction corrects something
    dialog.title_edit.setText("销售过期食品案行政处罚决定书")
    dialog.reason.setText("   ")
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "a correction needs a reason (Art. 27)" in dialog.message.text()
    assert dialog.isVisible() and dialog.title_edit.text() == "销售过期食品案行政处罚决定书"  # what was typed stays
    assert dialog.save_button.isEnabled()
    [only] = records.record_history(ws, archivist, rec.id)
    assert only.version == 1 and only.is_current and only.title == "销售过期食品案处罚决定书"
    assert _events(ws, archivist, "record.correct") == []


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_correction_refused_without_the_permission(qtbot, tasks, ws, archivist, auditor, new_case):
    case, rec = _decision(ws, archivist, new_case)
    widget = _detail(qtbot, tasks, ws, auditor, case.id)
    tab = _tab(widget, rec.stage)
    tab.records_view.selectRow(0)
    assert not tab.correct_button.isEnabled() and tab.history_button.isEnabled()
    # The service refuses whatever the window offers (Art. 25).
    dialog = RecordDialog(UiContext(ws, auditor, tasks), "A-1", rec.stage, record=rec)
    qtbot.addWidget(dialog)
    _prefilled(qtbot, dialog, "罚决〔2024〕1号")
    dialog.issued.setText("2024-04-01")
    dialog.reason.setText("补录签发日期")
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        dialog.save()
    assert "may not edit case files" in dialog.message.text()
    assert len(records.record_history(ws, archivist, rec.id)) == 1
    assert _events(ws, archivist, "record.correct") == []
