"""Case pages under pytest-qt: the lazy case list, the case page with findings, and the record form."""

from __future__ import annotations

from datetime import date

import pytest

from archive_core import cases, compliance, demo
from archive_core.cases import CaseQuery
from ui.case_forms import RecordDialog
from ui.case_models import CaseListModel
from ui.context import UiContext
from ui.pages.cases_page import CasesPage

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
    ids = cases.search_ids(demo_ws, archivist, CaseQuery(compliance="error"))
    assert ids
    page.open_case(ids[0])
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=20000)
    detail = page.detail.detail
    assert page.stack.currentWidget() is page.detail
    assert page.detail.cards.count() == len(detail.findings) > 0
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


def test_dashboard_figure_opens_the_case_list_narrowed_to_a_compliance_state(qtbot, tasks, demo_ws, archivist):
    compliance.evaluate_all(demo_ws, archivist, today=TODAY)
    non_compliant = len(cases.search_ids(demo_ws, archivist, CaseQuery(compliance="error")))
    assert 0 < non_compliant < 10
    page = CasesPage(UiContext(demo_ws, archivist, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=20000)
    assert not page.show_filtered(deadline="overdue")  # not a criterion this page knows
    assert page.show_filtered(compliance="error")
    qtbot.waitUntil(lambda: page.model.rowCount() == non_compliant, timeout=20000)
    assert page.stack.currentWidget() is page.list_page
