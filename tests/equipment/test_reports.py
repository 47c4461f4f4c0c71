"""Device reports: Chinese PDF with the font embedded, and CSV with a BOM for Excel."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from archive_core.equipment import loans, maintenance, reports
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from tests.equipment.conftest import at
from tests.pdf_checks import assert_pdfa


@pytest.fixture
def history(ws, clerk, camera, officer_certs):
    loans.checkout(ws, clerk, "ZF-0001", officer_certs[0], at(10), notes="电池满，含夹子", now=at(0))
    loans.checkin(ws, clerk, "ZF-0001", docked=True, now=at(9))
    maintenance.record_maintenance(ws, clerk, "ZF-0001", "inspection", "外观、按键检查", technician="钱师傅",
                                   now=at(10))


def test_csv_has_bom_and_chinese(ws, clerk, history, tmp_path):
    out = tmp_path / "loans.csv"
    result = reports.write_report(ws, clerk, "loans", out, now=at(12))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and result.rows == 1
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["资产编号", "执法人员", "执法证号"]
    assert rows[1][:4] == ["ZF-0001", "张伟", "130201001", "2026-11-02 08:00"]
    assert rows[1][7] == "是" and "电池满，含夹子" in rows[1][8]
    reg = tmp_path / "register.csv"
    reports.write_report(ws, clerk, "register", reg, now=at(12))
    line = list(csv.reader(reg.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert line[2] == "执法记录仪" and line[6] == "夜视、定位" and line[9] == "在库"


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", reports.KINDS)
def test_pdf_embeds_the_chinese_font(ws, clerk, history, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    reports.write_report(ws, clerk, kind, out, now=at(12))
    assert_pdfa(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    lines = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert lines and all(ln.split()[-5] == "yes" for ln in lines), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert {"register": "执法记录仪", "loans": "张伟", "maintenance": "钱师傅"}[kind] in text


def test_report_refusals(ws, clerk, make_actor, history, tmp_path):
    with pytest.raises(ValidationError):
        reports.write_report(ws, clerk, "loans", tmp_path / "x.docx")
    security = make_actor("system_admin")
    with pytest.raises(PermissionDeniedError):
        reports.write_report(ws, security, "register", tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists()
