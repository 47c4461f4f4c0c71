"""The archiving page's 四性检测 action: the report's items in a table, failures marked, the PDF opened."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QDesktopServices, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from archive_core.archiving import volumes
from archive_core.archiving.four_properties import reports_of
from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.spine import clock
from archive_core.spine.vault.fixity import store_file
from models.archiving import ArchiveVolume
from models.audit import AuditEvent
from resources import I18N
from tests.archiving.test_ui import ui_ctx  # noqa: F401  (fixture)
from tests.pdf_checks import scanned_pdf
from ui.archiving.archiving_page import ArchivingPage


@pytest.fixture(scope="module")
def chinese(qapp, tmp_path_factory):
    translators = []
    for name in ("archiving", "four_properties"):
        qm = tmp_path_factory.mktemp("qm") / f"{name}.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(I18N / "zh_CN" / f"{name}.ts"), "-qm", str(qm)], check=True)
        translator = QTranslator(qapp)
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for t in translators:
        qapp.removeTranslator(t)


def test_check_action_shows_the_items_and_opens_the_pdf(qtbot, monkeypatch, ui_ctx, ws, archivist,  # noqa: F811
                                                       ended_case, evidence):
    case = ended_case(ended=date(2024, 4, 1))
    clip = evidence.add_mp4(case, "现场.mp4")
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 20), findings_reason="按现状归档")
    ws.vault.path_of(clip.sha256).unlink()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page = ArchivingPage(ui_ctx)
    qtbot.addWidget(page)
    page.filter.setCurrentIndex(page.filter.findData("filed"))
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.check_button.isEnabled() and page.check_button.text() == "四性检测…"
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    dialog = page.check_dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=60000)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    missing = rows["WZ-03"]
    assert dialog.table.item(missing, 3).text() == "不通过" and "现场.mp4" in dialog.table.item(missing, 4).text()
    assert dialog.table.item(rows["AQ-01"], 3).text() == "未检测"
    assert volume.archive_code in dialog.windowTitle()
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert Path(opened[0]).read_bytes().startswith(b"%PDF")
    dialog.close()


def _type(widget, text: str) -> None:
    """Chinese text as an input method commits it (keyClicks takes ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_filing_dialog_asks_for_the_checks_reason_when_the_checks_fail(qtbot, monkeypatch, ui_ctx,  # noqa: F811
                                                                       ws, archivist, ended_case, tmp_path):
    case = ended_case(ended=clock.today() - timedelta(days=3))
    stored = store_file(ws, archivist, scanned_pdf(tmp_path / "加密.pdf", pages=1, password="secret"))
    records.add_record(ws, archivist, case.case_no, RecordInput(
        "inspection_record", doc_no="加密-1", title="现场照片", issued_on=clock.today() - timedelta(days=5), pages=1,
        sealed=True, file_sha256=stored.sha256, file_name="加密.pdf"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    page = ArchivingPage(ui_ctx)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "file_dialog", None) is not None and page.file_dialog.isVisible())
    dialog = page.file_dialog
    assert dialog.checks_box.isHidden()
    if dialog.findings_box.isVisibleTo(dialog):
        _type(dialog.findings_reason, "按现状归档")
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # refused: the checks found the encrypted PDF
    qtbot.waitUntil(lambda: dialog.checks_box.isVisible(), timeout=60000)
    assert dialog.isVisible() and not dialog.ok_button.isEnabled() and not told
    assert "KY-03" in dialog.checks_note.text() and "加密.pdf" in dialog.checks_note.text()
    assert dialog.checks_box.title() == "四性检测未通过"
    (refused,) = reports_of(ws, archivist, case.case_no)
    assert not refused.ok and refused.override_reason == ""
    with ws.db.reader() as session:
        assert session.execute(select(ArchiveVolume)).first() is None

    _type(dialog.checks_reason, "原件即为加密文件，已另附纸质件")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert not dialog.isVisible()
    filed, refused_again = reports_of(ws, archivist, case.case_no)
    assert refused_again.id == refused.id and filed.archive_code and filed.archive_code in told[0]
    assert not filed.ok and filed.override_reason == "原件即为加密文件，已另附纸质件"
    with ws.db.reader() as session:
        reason = json.loads(session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "check.report", AuditEvent.object_type == "archive_volume")).scalar_one())
    assert reason["override_reason"] == "原件即为加密文件，已另附纸质件"
