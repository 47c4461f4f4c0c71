"""Device reports: Chinese PDF with the font embedded, and CSV with a BOM for Excel."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from archive_core.equipment import devices, loans, maintenance, reports, stock_taking
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from tests.equipment.conftest import at
from tests.pdf_checks import assert_pdfa


@pytest.fixture
def history(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), notes="电池满，含夹子", now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", docked=True, now=at(9))
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "inspection", "外观、按键检查", technician="钱师傅",
                                   now=at(10))


@pytest.fixture
def counted(ws, clerk, history, officer_certs):
    """A second camera out to 李娜 since at(10.5), due at(11) and not back; a stock-taking at at(11) finds ZF-0001."""
    devices.add_device(ws, clerk, "ZF-0002", "camera", model="EOS R", location="装备室 B 柜", now=at(-1))
    loans.checkout(ws, clerk, "ZF-0002", officer_certs[1], at(11), now=at(10.5))
    stock_taking.run_audit(ws, clerk, ["ZF-0001", "ZF-9999"], "季度盘点", now=at(11))


def test_csv_has_bom_and_chinese(ws, clerk, history, tmp_path):
    out = tmp_path / "loans.csv"
    result = reports.write_report(ws, clerk, "loans", out, now=at(12))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and result.rows == 1
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["资产编号", "执法人员", "执法证号"]
    assert rows[1][:4] == ["ZF-0001", "张伟", "130201001", "2026-11-02 08:00"]
    assert rows[1][7] == "是" and "电池满，含夹子" in rows[1][8]
    assert rows[1][9] == "赵装备"  # the clerk by name, not login
    reg = tmp_path / "register.csv"
    reports.write_report(ws, clerk, "register", reg, now=at(12))
    line = list(csv.reader(reg.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert line[2] == "执法记录仪" and line[6] == "夜视、定位" and line[9] == "在库"


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", reports.KINDS)
def test_pdf_embeds_the_chinese_font(ws, clerk, counted, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    reports.write_report(ws, clerk, kind, out, now=at(12))
    assert_pdfa(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    lines = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert lines and all(ln.split()[-5] == "yes" for ln in lines), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert {"register": "执法记录仪", "loans": "张伟", "maintenance": "钱师傅",
            "stocktake": "在库 1 台，缺失 0 台，借出 1 台", "overdue": "李娜"}[kind] in text


def test_stocktake_and_overdue_csv(ws, clerk, counted, tmp_path):
    out = tmp_path / "stock.csv"
    assert reports.write_report(ws, clerk, "stocktake", out, now=at(12)).rows == 2
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["资产编号", "类型", "型号", "存放位置", "盘点情况"]
    assert [(r[0], r[4], r[5]) for r in rows[1:]] == [("ZF-0002", "借出", "已领用"), ("ZF-0001", "在库", "在库")]
    late = tmp_path / "late.csv"
    assert reports.write_report(ws, clerk, "overdue", late, now=at(13.5)).rows == 1
    line = list(csv.reader(late.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert line[:5] == ["ZF-0002", "照相机", "EOS R", "李娜", "130201002"]
    assert line[7] == "2026-11-02 19:00" and line[8] == "0天2小时"  # due at(11) = 19:00 agency time


def test_stocktake_report_needs_a_finished_stocktaking(ws, clerk, history, tmp_path):
    out = tmp_path / "stock.pdf"
    with pytest.raises(ValidationError, match="no finished stock-taking"):
        reports.write_report(ws, clerk, "stocktake", out, now=at(12))
    assert not out.exists()


def test_report_refusals(ws, clerk, make_actor, history, tmp_path):
    with pytest.raises(ValidationError):
        reports.write_report(ws, clerk, "loans", tmp_path / "x.docx")
    security = make_actor("system_admin")
    with pytest.raises(PermissionDeniedError):
        reports.write_report(ws, security, "register", tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists()
