"""The transfer page driven by keys and clicks: A writes a year's package and sees it in the transfer register; B
checks it, receives it, sees every check's outcome and the receipt; a damaged package is shown refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from archive_core.spine.workstation import Workstation
from tests.transfer.conftest import YEAR, Receiver, Sender, counts
from ui.kit.context import UiContext
from ui.transfer.transfer_page import TransferPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WAIT = 60000


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def _page(qtbot, ws: Workstation, actor, tasks) -> TransferPage:  # type: ignore[no-untyped-def]
    page = TransferPage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    return page


def test_a_package_written_on_a_and_received_on_b_from_the_window(qtbot, sender: Sender, receiver: Receiver,  # type: ignore[no-untyped-def]
                                                                 tasks, tmp_path: Path) -> None:
    a = _page(qtbot, sender.ws, sender.archivist, tasks)
    a.year.setValue(YEAR)
    _type(qtbot, a.recipient, "石家庄市档案馆")
    target = tmp_path / "package"
    _type(qtbot, a.target, str(target))
    qtbot.mouseClick(a.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: a.transfer_model.rowCount() == 1, timeout=WAIT)
    assert (target / "bagit.txt").is_file()
    assert a.transfer_model.row_object(0).recipient == "石家庄市档案馆"  # type: ignore[union-attr]

    damaged = tmp_path / "damaged"
    shutil.copytree(target, damaged)
    (damaged / "data" / "多余文件.txt").write_text("x", encoding="utf-8")
    b = _page(qtbot, receiver.ws, receiver.archivist, tasks)
    before = counts(receiver.ws)
    _type(qtbot, b.package, str(damaged))
    qtbot.mouseClick(b.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b.check_model.rowCount() > 0 and b.receive_button.isEnabled(), timeout=WAIT)
    rows = [b.check_model.row_object(i) for i in range(b.check_model.rowCount())]
    assert any(r and r["code"] == "JS-FILES" and "多余文件.txt" in r["problems"][0]["file"] for r in rows)
    assert counts(receiver.ws) == before

    _type(qtbot, b.package, str(target))
    qtbot.mouseClick(b.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b.check_model.rowCount() > 10 and b.check_button.isEnabled(), timeout=WAIT)
    assert counts(receiver.ws) == before  # a check alone reads nothing in
    qtbot.mouseClick(b.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b.receipt_model.rowCount() == 1, timeout=WAIT)
    outcomes = {b.check_model.row_object(i)["outcome"] for i in range(b.check_model.rowCount())}  # type: ignore[index]
    assert "fail" not in outcomes and "pass" in outcomes


def test_a_disc_image_received_from_the_window(qtbot, sender: Sender, receiver: Receiver,  # type: ignore[no-untyped-def]
                                               tasks, tmp_path: Path) -> None:
    from archive_core.transfer import export

    image = tmp_path / "移交.iso"
    export.export_package(sender.ws, sender.archivist, YEAR, image, "石家庄市档案馆")
    b = _page(qtbot, receiver.ws, receiver.archivist, tasks)
    _type(qtbot, b.package, str(image))
    qtbot.mouseClick(b.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b.receipt_model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: b.check_model.rowCount() > 10, timeout=WAIT)
    rows = [b.check_model.row_object(i) for i in range(b.check_model.rowCount())]
    assert {r["code"]: r["outcome"] for r in rows if r}["JS-DISC"] == "pass"
