"""The volume and disc commands end to end, as an archivist runs them, against the same catalogue."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from disc_burning.plan import MEDIA
from models.audit import AuditEvent
from tests.archiving.test_discs import TINY
from tests.conftest import PASSWORD, run_cli


@pytest.fixture
def cli(ws, home, db_url, archivist, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    monkeypatch.setitem(MEDIA, TINY.key, TINY)

    def call(*argv: str, as_json: bool = True) -> tuple[int, object]:
        return run_cli(home, db_url, archivist.username, capsys, *argv, as_json=as_json)

    return call


def test_volume_commands(cli, ended_case, evidence, tmp_path):
    open_case = ended_case(ended=None)
    case = ended_case(ended=date(2024, 4, 1))
    evidence.add_mp4(case, "现场检查.mp4")
    code, due = cli("volume", "list", "--due", "--today", "2024-04-28")
    assert code == 0 and [(r["case_no"], r["state"], r["days_left"]) for r in due] == [(case.case_no, "due_soon", 3)]
    code, text = cli("volume", "list", "--overdue", "--today", "2024-05-03", as_json=False)
    assert code == 0 and "已逾期" in text and case.case_no in text
    code, err = cli("volume", "file", open_case.case_no)
    assert code == 2 and err["error"] == "action_not_ended" and "第二十六条" in err["message"]
    code, vol = cli("volume", "file", case.case_no, "--fonds", "J012", "--retention", "Y30", "--date", "2024-04-20",
                    "--findings-reason", "按现状归档")
    assert code == 0 and vol["archive_code"] == "J012-WS-2024-D30-0001" and len(vol["items"]) == 4
    code, again = cli("volume", "file", case.case_no)
    assert code == 2 and again["error"] == "already_filed"
    pdf = tmp_path / "卷内目录.pdf"
    code, out = cli("volume", "catalogue", case.case_no, "-o", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and out["size"] == pdf.stat().st_size
    code, rows = cli("volume", "list")
    assert {r["case_no"]: r["archive_code"] for r in rows}[case.case_no] == "J012-WS-2024-D30-0001"


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
def test_disc_commands(cli, ws, archivist, ended_case, evidence, tmp_path):
    case = ended_case()
    for n in (1, 2, 3):
        evidence.add_mp4(case, f"执法记录仪_{n}.mp4", matter=f"现场检查第{n}段")
    assert cli("volume", "file", case.case_no, "--date", "2024-04-10", "--findings-reason", "按现状归档")[0] == 0

    code, plan = cli("disc", "plan", "--case", case.case_no, "--media", "tiny")
    assert code == 0 and plan["ok"] and [len(d["items"]) for d in plan["discs"]] == [2, 1]
    code, text = cli("disc", "plan", "--case", case.case_no, "--media", "tiny", as_json=False)
    assert "第 1 张，共 2 张" in text and "执法记录仪_3.mp4" in text

    out = tmp_path / "images"
    code, built = cli("disc", "build", "--case", case.case_no, "--media", "tiny", "--copies", "2", "-o", str(out))
    assert code == 0 and built["ok"] and len(built["discs"]) == 2
    images = [Path(d["image"]) for d in built["discs"]]
    assert all(p.is_file() and p.parent == out.resolve() for p in images)

    code, text = cli("disc", "build", "--case", case.case_no, "--media", "tiny", "-o", str(tmp_path / "again"),
                     as_json=False)  # without --json the build speaks Chinese, not JSON
    assert code == 0 and not text.lstrip().startswith("{")
    assert "共 2 张" in text and "第 2 张，共 2 张" in text and "已校验" in text
    code, verified = cli("disc", "verify", str(images[0]))
    assert code == 0 and verified["ok"] and verified["disc_id"] == built["discs"][0]["id"]

    drive = f"stdio:{tmp_path / 'copyA.bin'}"
    code, burned = cli("disc", "burn", str(images[0]), "--device", drive)
    assert code == 0 and burned["copy"] == "A" and burned["status"] == "burned"
    disc_id = burned["disc_id"]
    code, checked = cli("disc", "recheck", str(disc_id), "--copy", "A", "--image", str(tmp_path / "copyA.bin"))
    assert code == 0 and checked["last_check"]["kind"] == "recheck" and checked["last_check"]["ok"]
    # the image named as its help says (stdio:/path), and a name that is no file: refused, nothing recorded
    code, checked = cli("disc", "recheck", str(disc_id), "--copy", "A", "--image", drive)
    assert code == 0 and checked["last_check"]["ok"]
    with ws.unit(archivist, write=False) as uow:
        before = uow.session.execute(select(func.count()).where(AuditEvent.action.like("disc.%"))).scalar_one()
    code, text = cli("disc", "recheck", str(disc_id), "--copy", "A", "--image", f"stdio:{tmp_path / 'nothing.bin'}",
                     as_json=False)
    assert code == 3 and f"未找到光驱或镜像文件：{tmp_path / 'nothing.bin'}" in text
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).where(AuditEvent.action.like("disc.%"))).scalar_one() == before
    code, shown = cli("disc", "list")
    assert next(r for r in shown if r["id"] == disc_id)["copies"][0]["health"] == "ok"
    code, placed = cli("disc", "locate", str(disc_id), "--copy", "A", "--location", "档案室 3 号柜 A 层")
    assert code == 0 and placed["location"] == "档案室 3 号柜 A 层"

    # a flipped byte in the second image: verify fails, the disc is failed, burning it is refused
    data = bytearray(images[1].read_bytes())
    data[len(data) // 2] ^= 0x40
    images[1].chmod(0o644)
    images[1].write_bytes(bytes(data))
    code, bad = cli("disc", "verify", str(images[1]))
    assert code == 7 and not bad["ok"] and bad["problems"]
    code, refused = cli("disc", "burn", str(images[1]), "--device", f"stdio:{tmp_path / 'copyB.bin'}")
    assert code == 2 and refused["error"] == "disc_not_verified"

    code, register = cli("disc", "list")
    by_id = {r["id"]: r for r in register}
    assert by_id[disc_id]["copies"][0]["location"] == "档案室 3 号柜 A 层"
    assert by_id[built["discs"][1]["id"]]["status"] == "failed"
    code, text = cli("disc", "list", as_json=False)
    assert code == 0 and "失败" in text and "档案室 3 号柜 A 层" in text

    code, err = cli("disc", "burn", str(tmp_path / "nope.iso"), "--device", drive)
    assert code == 3 and err["error"] == "not_found"
