"""The archiving page's 四性检测 action: the report's items in a table, failures marked, the PDF opened."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QDesktopServices

from archive_core.archiving import volumes
from resources import I18N
from tests.archiving.test_ui import ui_ctx  # noqa: F401  (fixture)
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
    assert page.check_button.isEnabled() and page.check_button.text() == "四性检测……"
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
