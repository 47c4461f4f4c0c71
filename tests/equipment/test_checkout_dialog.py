"""The counter dialog driven by key clicks, as a barcode scanner types: tag + Enter, certificate + Enter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from archive_core.equipment import devices, loans, maintenance
from ui.equipment.checkout_dialog import CheckoutDialog
from ui.kit.context import UiContext
from ui.kit.tasks import TaskRunner

# The offscreen platform cannot size native windows; that warning says nothing about the dialog.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def dialog(qtbot, ws, clerk, camera, officer_certs):
    tasks = TaskRunner()
    dlg = CheckoutDialog(UiContext(ws, clerk, tasks))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    tasks.wait()


def _scan(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_checkout_by_scanner_then_checkin(qtbot, dialog, ws, clerk):
    assert dialog.device_edit.hasFocus()
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as blocker:
        _scan(qtbot, dialog.device_edit, "ZF-0001")
        assert dialog.officer_edit.hasFocus()  # at once, before the lookup returns
        _scan(qtbot, dialog.officer_edit, "130201001")
    loan = blocker.args[0]
    assert (loan.asset_tag, loan.officer_cert, loan.checked_in_at) == ("ZF-0001", "130201001", None)
    holder = loans.officer_holding(ws, "ZF-0001", datetime.now(UTC))
    assert holder is not None and holder.name == "张伟"
    assert loan.due_at > loan.checked_out_at
    # ready for the next person in the queue
    assert dialog.device_edit.text() == "" and dialog.officer_edit.text() == ""
    assert dialog.device_edit.hasFocus()
    assert "ZF-0001" in dialog.journal.item(0).text()

    dialog.tabs.setCurrentIndex(1)
    assert dialog.return_edit.hasFocus()
    dialog.docked_box.setChecked(True)
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as back:
        _scan(qtbot, dialog.return_edit, "zf-0001")
    assert back.args[0].in_condition == "good" and back.args[0].docked is True
    assert devices.lookup_device(ws, clerk, "ZF-0001").status == "available"


def test_refusal_is_shown_inline_and_nothing_recorded(qtbot, dialog, ws, clerk):
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "repair", "送修", keep_open=True)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        _scan(qtbot, dialog.device_edit, "ZF-0001")
        _scan(qtbot, dialog.officer_edit, "130201001")
    assert "ZF-0001" in dialog.message.text()
    assert dialog.device_edit.hasFocus() and dialog.device_edit.selectedText() == "ZF-0001"
    assert loans.open_loans(ws, clerk) == []
    # an unknown officer number: the cursor goes back to the officer field
    devices.add_device(ws, clerk, "ZF-0002", "body_worn_camera")
    dialog.officer_edit.clear()
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        _scan(qtbot, dialog.device_edit, "ZF-0002")
        _scan(qtbot, dialog.officer_edit, "000000")
    assert "000000" in dialog.message.text(), dialog.message.text()
    assert dialog.officer_edit.hasFocus()
