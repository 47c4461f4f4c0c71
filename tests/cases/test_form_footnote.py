"""The document form's footnote explains the ★ marks only while a field shows one."""

from __future__ import annotations

import pytest

from ui.cases.case_forms import RecordDialog
from ui.kit.context import UiContext


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_footnote_follows_the_marks(qtbot, tasks, ws, archivist, new_case):
    new_case("A-1")
    dialog = RecordDialog(UiContext(ws, archivist, tasks), "A-1", "investigation")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() > 0, timeout=20000)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("questioning_record"))  # one page: nothing marked
    assert not dialog.hint.isVisible()
    dialog.pages.setText("3")  # the cross-page seal is due from two pages (Art. 15)
    assert dialog.cross_page.text().endswith("★") and dialog.hint.isVisible()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("penalty_decision"))
    assert dialog.issued_label.text().endswith("★") and dialog.hint.isVisible()
