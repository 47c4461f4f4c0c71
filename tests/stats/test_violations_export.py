"""The Art. 31 register wholly in Chinese (第九条, not "Art. 9"), written as PDF, XLSX and CSV, from the CLI and the
dashboard's dialog, audited."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput, OfficerInput
from archive_core.spine import clock
from archive_core.spine.i18n import Translator
from archive_core.stats import violations, violations_report
from models.audit import AuditEvent
from tests.conftest import PASSWORD, run_cli
from ui.kit.context import UiContext
from ui.stats.dashboard_dialogs import ViolationsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CASE = "冀市监罚〔2026〕31号"


@pytest.fixture
def supervisor(make_actor):
    return make_actor("supervisor", display_name="张科长")


@pytest.fixture
def register(ws, archivist, supervisor):
    """One penalty case at the decision stage with nothing recorded, whose action ended 40 days ago, unfiled."""
    today = clock.today()
    case_files.create_case(ws, archivist, CaseInput(
        case_no=CASE, title="石家庄恒达食品有限公司超范围经营案", enforcement_type="penalty", initiation="ex_officio",
        opened_on=today - timedelta(days=60), agency="石家庄市市场监督管理局", current_stage="service_execution",
        action_ended_at=today - timedelta(days=40), officers=(OfficerInput("王建国", "13010001", "市场监管局"),)))
    return violations.register(ws, supervisor)


def test_the_register_speaks_chinese_article_numbers(register):
    tr = Translator("zh_CN").translate
    [found] = [v for v in register.items if v.kind == "findings"]
    text = found.text(tr)
    assert CASE in text and "第八条" in text and "Art." not in text
    assert "第八条：" in found.evidence_text(tr) and f"案号 {CASE}" in found.evidence_text(tr)
    [late] = [v for v in register.items if v.kind == "not_filed"]
    assert "40" in late.text(tr) and late.when(iso=True) == (clock.today() - timedelta(days=40)).isoformat()
    assert late.when() == clock.fmt_day(clock.today() - timedelta(days=40))  # as people write it, in the PDF


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdf_xlsx_csv_and_cli(ws, supervisor, register, tmp_path, home, db_url, capsys, monkeypatch):
    tr = Translator("zh_CN").translate
    pdf = violations_report.write(ws, supervisor, register, tmp_path / "登记.pdf", tr)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert lines and all(ln.split()[-5] == "yes" for ln in lines), fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("第三十一条责任情形登记表", "（二）", "（三）", CASE, "第八条", "张科长"):
        assert words in text
    assert "Art." not in text

    xlsx = violations_report.write(ws, supervisor, register, tmp_path / "登记.xlsx", tr)
    book = load_workbook(xlsx)
    assert book.sheetnames == ["汇总", "明细"]
    rows = list(book["明细"].iter_rows(values_only=True))
    assert rows[0] == ("责任情形", "序号", "具体问题", "证据", "时间")
    assert any("第八条" in r[2] and r[0].startswith("（二）") for r in rows[1:])
    assert not any("Art." in str(c) for r in rows for c in r)
    book.close()

    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    out = tmp_path / "cli.csv"
    code, data = run_cli(home, db_url, supervisor.username, capsys, "report", "violations", "-o", str(out))
    assert code == 1 and data["file"] == str(out)  # 1: the register has items
    assert "第八条" in out.read_text(encoding="utf-8-sig")
    code, data = run_cli(home, db_url, supervisor.username, capsys, "report", "violations", "-o",
                         str(tmp_path / "x.docx"))
    assert code == 2 and ".pdf" in data["message"]
    with ws.unit(supervisor, write=False) as uow:
        written = uow.session.execute(select(AuditEvent.object_id).where(
            AuditEvent.action == "report.violations").order_by(AuditEvent.seq)).scalars().all()
    assert written == ["登记.pdf", "登记.xlsx", "cli.csv"]


def test_supervisor_saves_the_register_from_the_dialog(qtbot, tasks, ws, supervisor, register, tmp_path,
                                                       monkeypatch):
    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ViolationsDialog(UiContext(ws, supervisor, tasks))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.export_button, qtbot_left())
    qtbot.waitUntil(lambda: target.exists() and dialog.export_button.isEnabled(), timeout=10_000)
    assert str(target) in dialog.status.text()
    assert load_workbook(target).sheetnames[1]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
