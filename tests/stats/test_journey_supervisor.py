"""The supervisor's day from sign-in, in the real window and nothing else: open a figure of the overview, open a case
from its list, save the Art. 31 register as PDF and Excel, approve a disposal with an opinion and confirm it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import select

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput, OfficerInput
from archive_core.retention import disposal
from archive_core.spine import clock
from models.audit import AuditEvent
from tests.journeys import (
    LEFT,
    choose,
    click,
    click_row,
    click_tab,
    close,
    dialog_shown,
    open_page,
    save_as,
    shoot_pages,
    shot,
    sign_in,
    type_chinese,
    visible,
    when_shown,
)
from tests.retention.conftest import Factory
from ui.retention.reason_dialog import ReasonDialog
from ui.stats.dashboard_dialogs import ViolationsDialog
from ui.stats.dashboard_tiles import DrillDialog

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"),
              pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")]
UNIT = "石家庄市市场监督管理局"
LONG_TITLE = ("石家庄恒达食品有限公司" + "未按规定公示食品经营许可证及从业人员健康证明" * 8
              + "等违法行为立案调查处理一案")
CASE_NO = "石市监罚〔2026〕17号"
OPINION = "经审查，保管期限已满，无未决事项，同意销毁"


@pytest.fixture
def office(ws, make_actor, archivist, tmp_path):
    """Set-up by the services: the supervisor 张科长, an open penalty case whose checklist items are missing (one with
    a 200-character title), and the archivist's request to dispose of an inspection file and a clip whose
    retention has ended."""
    assert len(LONG_TITLE) == 200
    boss = make_actor("supervisor", username="zhangkz", display_name="张科长")
    today = clock.today()
    for no, title in ((CASE_NO, LONG_TITLE), ("石市监罚〔2026〕18号", "无照经营烟花爆竹案")):
        case_files.create_case(ws, archivist, CaseInput(
            case_no=no, title=title, enforcement_type="penalty", initiation="ex_officio",
            opened_on=today - timedelta(days=30), agency=UNIT, current_stage="investigation",
            officers=(OfficerInput("王建国", "13010001", UNIT), OfficerInput("李明", "13010002", UNIT))))
    factory = Factory(ws, archivist, tmp_path)
    factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31), title="食品经营许可检查")
    clip = factory.media("DSJ-A1_013_20250831_230000.MP4", datetime(2025, 8, 31, 15, 0, tzinfo=UTC))
    request = disposal.request_disposal(ws, archivist, media_ids=[clip], case_nos=["冀检〔2014〕1号"],
                                        reason="保管期限届满")
    return boss, request


def test_the_supervisor_drills_into_a_case_saves_the_register_and_approves_a_disposal(
        qtbot, tasks, zh_ui, ws, home, db_url, office, tmp_path):
    boss, request = office
    window = sign_in(qtbot, tasks, home, db_url, "zhangkz", shot_name="journey-supervisor-01-sign-in")
    [status] = window.statusBar().findChildren(QLabel)
    assert status.text().startswith("当前用户：张科长（"), status.text()
    board = window.stack.currentWidget()
    assert window.nav.currentItem().text() == "工作概览"
    qtbot.waitUntil(lambda: not board._pending, timeout=30_000)
    findings = board.tiles["findings"]
    assert findings.status.text().startswith("截至 "), findings.status.text()
    shot(window, "journey-supervisor-02-overview")

    # A figure opens its list; a double-click on a row opens that case.
    errors = findings.buttons["cases_error"]
    assert errors.text().split() == ["3", "不合规案件"], errors.text()
    click(qtbot, errors)
    drill = dialog_shown(qtbot, DrillDialog)
    qtbot.waitUntil(lambda: drill.model.rowCount() == 3, timeout=20_000)
    assert drill.count.text() == "共 3 项"
    headers = [drill.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[2:] == ["立案日期", "问题数"]  # what the date and the number are, not a bare "2"
    row = next(r for r in range(3) if drill.model.rows[r].ref == CASE_NO)
    assert drill.model.index(row, 1).data() == drill.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == LONG_TITLE
    opened = clock.today() - timedelta(days=30)
    assert drill.model.index(row, 2).data() == f"{opened.year}年{opened.month}月{opened.day}日"  # as people write
    shot(drill, "journey-supervisor-03-figure-list-long-title")
    click_row(qtbot, drill.table, row, 1, double=True)
    cases = next(p for p in window.pages if type(p).__name__ == "CasesPage")
    qtbot.waitUntil(lambda: cases.detail.detail is not None and cases.detail.detail.case.case_no == CASE_NO,
                    timeout=20_000)
    assert window.stack.currentWidget() is cases and not visible(DrillDialog)
    assert window.width() <= 1366  # the long title wraps or is elided: the window keeps its size
    shot(window, "journey-supervisor-04-case-opened")

    # The Art. 31 register, saved for printing and for Excel.
    board = open_page(qtbot, window, "工作概览")
    click(qtbot, board.register_button)
    register = dialog_shown(qtbot, ViolationsDialog)
    qtbot.waitUntil(register.export_button.isEnabled, timeout=20_000)
    liabilities = [register.tree.topLevelItem(i).text(0) for i in range(register.tree.topLevelItemCount())]
    assert liabilities == ["（1）未建立全过程记录制度　2", "（2）未按规定进行全过程记录　3", "（3）未按规定归档　1",
                           "（4）擅自销毁、删除、修改记录　0", "（5）泄露音像记录　0"]
    shot(register, "journey-supervisor-05-art31-register")
    pdf = tmp_path / "第三十一条情形登记.pdf"
    asked = save_as(qtbot, pdf, name="journey-supervisor-06-save-dialog")
    click(qtbot, register.export_button)
    qtbot.waitUntil(lambda: getattr(register, "written", None) == pdf, timeout=20_000)
    assert asked["title"] == "保存第三十一条情形登记" and asked["suggested"].startswith("第三十一条情形登记_")
    assert register.status.text() == f"已保存到 {pdf}。"
    xlsx = tmp_path / "情形登记"
    save_as(qtbot, xlsx, file_type="Excel 工作簿 (*.xlsx)")  # typed without its ending
    click(qtbot, register.export_button)
    qtbot.waitUntil(lambda: getattr(register, "written", None) == xlsx.with_name("情形登记.xlsx"), timeout=20_000)
    qtbot.keyClick(register, Qt.Key.Key_Escape)

    # Approve the disposal: the opinion, then the confirmation.
    retention = open_page(qtbot, window, "保管与销毁")
    click_tab(qtbot, retention.tabs, 2)
    qtbot.waitUntil(lambda: retention.request_model.rowCount() == 1, timeout=20_000)
    click_row(qtbot, retention.request_view, 0, 1)
    head, asked_by = retention.detail.toPlainText().splitlines()[:2]
    assert head == f"销毁申请 {request.id} — 已申请" and asked_by.startswith("李档案 于 2026年")
    assert asked_by.endswith(" 申请：保管期限届满") and retention.approve_button.isEnabled()
    shot(window, "journey-supervisor-07-disposal-request")
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> None:
        seen["confirm"] = box.text()
        shot(box, "journey-supervisor-09-approve-confirm")
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)

    def opinion(dialog: ReasonDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_before"] = str(ok.isEnabled())
        qtbot.mouseClick(dialog.reason.viewport(), LEFT)
        type_chinese(dialog.reason, OPINION)
        shot(dialog, "journey-supervisor-08-approve-opinion")
        when_shown(QMessageBox, confirm)
        qtbot.mouseClick(ok, LEFT)

    when_shown(ReasonDialog, opinion)
    click(qtbot, retention.approve_button)
    qtbot.waitUntil(lambda: "已批准" in retention.detail.toPlainText(), timeout=20_000)
    assert retention.detail.toPlainText().splitlines()[2].startswith("张科长 于 ")
    assert retention.detail.toPlainText().splitlines()[2].endswith(f" 批准：{OPINION}")
    assert seen["ok_before"] == "False"
    assert seen["confirm"].startswith(f"以审批意见“{OPINION}”批准第 {request.id} 号销毁申请（2 条记录）？")
    shot(window, "journey-supervisor-10-approved")
    choose(qtbot, retention.request_state, "待审批")
    qtbot.waitUntil(lambda: retention.request_model.rowCount() == 0 and not retention.approve_button.isEnabled(),
                    timeout=20_000)
    assert retention.detail.toPlainText().startswith("此列表中没有销毁申请。")
    shot(window, "journey-supervisor-11-none-waiting")
    cases = open_page(qtbot, window, "案件档案")
    click(qtbot, cases.detail.back_button)  # the page shows its list again
    assert cases.stack.currentWidget() is not cases.detail
    shoot_pages(qtbot, window, "journey-supervisor")
    close(qtbot, window)

    # What the files and the catalogue hold afterwards.
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert CASE_NO in text and "Art." not in text and "张科长" in text
    book = load_workbook(xlsx.with_name("情形登记.xlsx"))
    assert [row for row in book["汇总"].iter_rows(values_only=True)][2:8] == [
        ("（一）未建立全过程记录制度", 2), ("（二）未按规定进行全过程记录", 3), ("（三）未按规定归档", 1),
        ("（四）擅自销毁、删除、修改记录", 0), ("（五）泄露音像记录", 0), ("情形合计", 6)]
    cells = [str(c) for row in book["明细"].iter_rows(values_only=True) for c in row if c is not None]
    assert f"案件 {CASE_NO}：第八条 共 2 项不合规。" in cells and not any("Art." in c for c in cells)
    [done] = disposal.list_requests(ws, boss)
    assert (done.state, done.decided_by, done.decision_reason) == ("approved", "zhangkz", OPINION)
    with ws.unit(boss, write=False) as uow:
        actions = uow.session.execute(select(AuditEvent.action).where(AuditEvent.actor == "zhangkz")
                                      .order_by(AuditEvent.seq)).scalars().all()
    assert [a for a in actions if a.startswith(("disposal.", "report."))] == [
        "report.violations", "report.violations", "disposal.approve"]  # both files written, one decision
