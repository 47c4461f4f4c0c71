"""Messages do not vanish: the result of checking every case stays beside the list's count, and the audit page lists
what happened since it was last shown without pressing 查询."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive_core.cases import case_files
from tests.cases.conftest import case_input
from ui.cases.cases_page import CasesPage
from ui.kit.context import UiContext
from ui.spine.audit_page import AuditPage


def test_the_check_result_is_not_overwritten_by_the_count(qtbot, tasks, ws, archivist):
    case_files.create_case(ws, archivist, case_input("R-1"))
    page = CasesPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        page.activate()
    with qtbot.waitSignal(page.model.loaded, timeout=60000):  # the check reloads the list when it is done
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert page.check_result.text() == "1 cases checked: 1 compliant, 0 non-compliant, 0 with warnings"
    assert page.count.text() == "1 cases"


def test_the_audit_page_shows_what_happened_since(qtbot, tasks, ws, auditor, archivist):
    page = AuditPage(UiContext(ws, auditor, tasks))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    before = page.model.rowCount()
    case_files.create_case(ws, archivist, case_input("A-9"))  # meanwhile, on another page or workstation
    page.activate()  # the user comes back to the page
    qtbot.waitUntil(lambda: page.model.rowCount() > before, timeout=20000)
    def created_row() -> int | None:
        rows = [r for r in range(page.model.rowCount() - before) if page.model.index(r, 3).data() == "case created"]
        return rows[0] if rows else None

    qtbot.waitUntil(lambda: created_row() is not None, timeout=20000)  # fetched and shown, not "…"
    row = created_row()
    assert page.model.index(row, 2).data() == "李档案"  # the person's name …
    assert page.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == archivist.username  # … the login beside
