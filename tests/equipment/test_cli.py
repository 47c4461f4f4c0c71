"""The device and officer commands, run as a user would, against the same catalogue."""

from __future__ import annotations

import io

import pytest

from tests.conftest import PASSWORD, run_cli


@pytest.fixture
def cli(ws, home, db_url, clerk, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)

    def call(*argv: str, user: str = clerk.username, stdin: str | None = None) -> tuple[int, object]:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return run_cli(home, db_url, user, capsys, *argv)

    return call


def test_counter_day_from_the_command_line(cli, tmp_path):
    assert cli("officer", "add", "130201001", "--name", "张伟", "--unit", "执法大队")[0] == 0
    code, dev = cli("device", "add", "zf-0001", "--type", "body_worn_camera", "--code", "DSJ-A1B2C3",
                    "--capabilities", "night_vision,positioning", "--location-kind", "questioning_room",
                    "--location", "询问室一", "--purchased", "2025-03-01")
    assert code == 0 and dev["asset_tag"] == "ZF-0001" and dev["capabilities"] == ["night_vision", "positioning"]
    code, loan = cli("device", "checkout", "ZF-0001", "--officer", "130201001", "--due", "2030-01-01T18:00+08:00",
                     "--notes", "电池满")
    assert code == 0 and loan["officer_name"] == "张伟"
    code, err = cli("device", "checkout", "ZF-0001", "--officer", "130201001", "--due", "2030-01-02T18:00")
    assert code == 2 and err["error"] == "device_state"
    code, overdue = cli("device", "list", "--overdue", "--now", "2030-01-01T19:00+08:00")
    assert [x["asset_tag"] for x in overdue] == ["ZF-0001"]
    assert cli("device", "list", "--overdue", "--now", "2030-01-01T17:00+08:00")[1] == []
    assert cli("device", "checkin", "ZF-0001", "--docked")[1]["docked"] is True
    assert cli("device", "maintain", "ZF-0001", "--kind", "cleaning", "--note", "清洁")[0] == 0
    code, hist = cli("device", "history", "DSJ-A1B2C3")
    assert [e["event"] for e in hist["entries"]] == ["maintenance", "checkin", "checkout"]
    out = tmp_path / "register.csv"
    code, rep = cli("device", "report", "--kind", "register", "-o", str(out))
    assert code == 0 and rep["rows"] == 1 and out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_audit_one_shot_from_stdin(cli):
    for tag in ("A-1", "A-2", "A-3"):
        cli("device", "add", tag, "--type", "camera")
    code, report = cli("device", "audit", "run", stdin="A-1\nA-3\nZZZ\n")
    assert code == 8 and report["missing"] == ["A-2"] and report["unknown"] == ["ZZZ"]
    assert cli("device", "audit", "start")[0] == 0
    assert cli("device", "audit", "scan", "A-1", "A-2", "A-3")[0] == 0
    code, report = cli("device", "audit", "finish")
    assert code == 0 and report["found"] == ["A-1", "A-2", "A-3"]


def test_archivist_is_refused_at_the_command_line(cli, archivist):
    cli("device", "add", "ZF-1", "--type", "camera")
    cli("officer", "add", "130201001", "--name", "张伟")
    code, err = cli("device", "checkout", "ZF-1", "--officer", "130201001", user=archivist.username)
    assert code == 5 and err["error"] == "permission_denied"
    assert cli("device", "list", user=archivist.username)[1][0]["status"] == "available"
