"""The pack written as PDF (embedded CJK font, charts), CSV and XLSX from the command line; violations and
dashboard as JSON; a bad file name is refused with nothing written."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

from tests.conftest import PASSWORD, run_cli
from tests.pdf_checks import assert_pdfa


@pytest.fixture
def cli(ws, home, db_url, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)

    def call(user: str, *argv: str) -> tuple[int, object]:
        return run_cli(home, db_url, user, capsys, *argv)

    return call


def test_pack_files_from_the_command_line(cli, supervisor, world, tmp_path):
    period = ["--from", world.start.isoformat(), "--to", world.today.isoformat()]
    pdf = tmp_path / "统计.pdf"
    code, data = cli(supervisor.username, "report", "stats", *period, "-o", str(pdf))
    assert code == 0 and data["cases"] == 5 and data["archiving"]["by_state"]["filed_late"] == 1
    assert_pdfa(pdf, text="执法全过程记录统计")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "WenQuanYi" in fonts and " yes " in fonts.splitlines()[2]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "执法全过程记录统计" in text and "第二十六条" in text

    out = tmp_path / "统计.csv"
    code, _ = cli(supervisor.username, "report", "stats", *period, "--unit", "保定市生态环境局", "-o", str(out))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    by_unit = rows[rows.index(["按单位统计案件"]) + 2]
    assert by_unit == ["保定市生态环境局", "2"]

    xlsx = tmp_path / "统计.xlsx"
    assert cli(supervisor.username, "report", "stats", *period, "-o", str(xlsx))[0] == 0
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(xlsx)
    sheet = book[book.sheetnames[0]]
    assert sheet["A1"].value == "按执法类型和阶段统计案件"
    assert [c.value for c in sheet[sheet.max_row]][-1] == 5  # the total of cases

    bad = tmp_path / "统计.docx"
    code, err = cli(supervisor.username, "report", "stats", *period, "-o", str(bad))
    assert code == 2 and err["error"] == "report_format" and ".xlsx" in err["message"] and not bad.exists()


def test_violations_and_dashboard_json(cli, supervisor, archivist, world):
    code, reg = cli(supervisor.username, "report", "violations")
    assert code == 1 and reg["by_liability"]["3"]["count"] == 2
    assert reg["by_liability"]["3"]["title"] == "未按规定归档"
    code, dash = cli(archivist.username, "report", "dashboard", "--refresh")
    tiles = {t["key"]: t for t in dash["tiles"]}
    assert code == 0 and tiles["filing"]["figures"]["overdue"] == 1
    assert tiles["findings"]["as_of"] is not None and tiles["findings"]["stale"] == 0
