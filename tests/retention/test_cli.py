"""The retention, hold and dispose commands, run as users would against the same catalogue."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.conftest import PASSWORD, run_cli


@pytest.fixture
def cli(ws, home, db_url, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)

    def call(user, *argv: str) -> tuple[int, object]:
        return run_cli(home, db_url, user.username, capsys, *argv)

    return call


def test_due_hold_request_approve_execute(cli, ws, archivist, supervisor, sysadmin, factory):
    factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31))
    clip = factory.media("DSJ_0001.MP4", datetime(2025, 8, 31, 15, 0, tzinfo=UTC))
    sha = factory.sha_of(clip)

    code, due = cli(archivist, "retention", "list", "--due-before", "2026-06-01", "--today", "2026-06-01")
    assert code == 0 and [(d["kind"], d["label"], d["end"]) for d in due] == [
        ("case", "冀检〔2014〕1号", "2024-03-31"), ("media", "DSJ_0001.MP4", "2026-02-28")]
    code, rules = cli(archivist, "retention", "rules")
    assert {r["code"]: r["months"] for r in rules}["case.inspection"] == 120

    code, hold = cli(sysadmin, "hold", "add", "--media", str(clip), "--reason", "行政诉讼中")
    assert code == 0 and hold["active"] is True
    code, err = cli(archivist, "dispose", "request", "--media", str(clip), "--reason", "到期")
    assert code == 2 and err["error"] == "not_disposable" and "第二十七条" in err["message"]
    assert cli(sysadmin, "hold", "remove", "--media", str(clip), "--reason", "诉讼终结")[0] == 0

    code, req = cli(archivist, "dispose", "request", "--media", str(clip), "--reason", "到期", "--today",
                    "2026-06-01")
    assert code == 0 and req["state"] == "requested"
    code, err = cli(archivist, "dispose", "approve", str(req["id"]), "--opinion", "同意")
    assert code == 5 and err["error"] == "permission_denied"
    code, approved = cli(supervisor, "dispose", "approve", str(req["id"]), "--opinion", "同意销毁", "--today",
                         "2026-06-01")
    assert approved["state"] == "approved" and approved["decision_reason"] == "同意销毁"
    code, done = cli(archivist, "dispose", "execute", str(req["id"]), "--today", "2026-06-01")
    assert code == 0 and done["state"] == "executed" and [o["sha256"] for o in done["objects"]] == [sha]
    assert not ws.vault.exists(sha)
    code, listed = cli(supervisor, "dispose", "list")
    assert [(r["id"], r["state"]) for r in listed] == [(req["id"], "executed")]


def test_reject_and_rule_change(cli, archivist, supervisor, sysadmin, factory):
    clip = factory.media("DSJ_0001.MP4", datetime(2025, 8, 31, 15, 0, tzinfo=UTC))
    code, req = cli(archivist, "dispose", "request", "--media", str(clip), "--reason", "到期")
    code, err = cli(supervisor, "dispose", "reject", str(req["id"]), "--reason", "")
    assert code == 2 and err["error"] == "invalid"
    assert cli(supervisor, "dispose", "reject", str(req["id"]), "--reason", "证据待核")[1]["state"] == "rejected"
    code, rule = cli(sysadmin, "retention", "rule-set", "media.non_evidence", "--months", "12")
    assert code == 0 and rule["months"] == 12
    code, status = cli(archivist, "retention", "status", "--media", str(clip), "--today", "2026-06-01")
    assert (status["end"], status["state"]) == ("2026-08-31", "running")
    code, err = cli(sysadmin, "retention", "rule-set", "media.non_evidence", "--months", "2")
    assert code == 2 and cli(archivist, "retention", "rules")[1][-1]["months"] == 12
