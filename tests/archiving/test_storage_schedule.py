"""The scheduled storage run (长期保存): after the fixity re-hash it runs the 四性检测 of this run's share of the
filed volumes, least recently checked first; a damaged volume fails at its next run and shows on the dashboard,
on the backup page's list and in the exit code of ``vault fixity-run``."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from archive_core.archiving import volumes
from archive_core.archiving.four_properties import reports_of
from archive_core.custody import storage
from archive_core.stats import dashboard
from models.archiving import CheckReport
from tests.conftest import run_cli
from tests.custody.test_repair import flip_byte

DAY = date(2024, 4, 10)


def _filed(ws, archivist, ended_case, evidence, n):
    out = []
    for _ in range(n):
        case = ended_case()
        clip = evidence.add_mp4(case, "现场.mp4")
        out.append((volumes.file_volume(ws, archivist, case.case_no, filed_on=DAY, findings_reason="按现状归档"),
                    clip))
    return out


def test_a_damaged_volume_fails_at_its_scheduled_run_and_shows_where_fixity_failures_do(
        ws, archivist, make_actor, ended_case, evidence):
    sysadmin = make_actor("system_admin")
    (first, _), (second, clip) = _filed(ws, archivist, ended_case, evidence, 2)
    run = storage.scheduled_run(ws, sysadmin, period_days=2)  # two volumes in two days: one a run
    assert run.ok and (run.checks.total, run.checks.due) == (2, 1)
    assert [r.archive_code for r in run.checks.reports] == [first.archive_code]  # filed (checked) first
    flip_byte(ws.vault.path_of(clip.sha256))

    run = storage.scheduled_run(ws, sysadmin, period_days=2)
    assert not run.ok
    (report,) = run.checks.reports
    assert report.archive_code == second.archive_code and report.occasion == "storage" and not report.ok
    failing = {i["code"]: [p["file"] for p in i["problems"]] for i in report.report["items"]
               if i["outcome"] == "fail"}
    assert failing["ZS-04"] == ["现场.mp4", "现场.mp4"]
    assert reports_of(ws, archivist, second.archive_code)[0].id == report.id  # kept with the volume
    with ws.db.reader() as session:
        assert session.execute(select(CheckReport.outcome).where(CheckReport.id == report.id)).scalar_one() == "fail"

    (failure,) = storage.volume_failures(ws, sysadmin)
    assert (failure.archive_code, failure.report_id) == (second.archive_code, report.id)
    assert dashboard.tile(ws, sysadmin, "custody").figures["storage_checks_failed"] == 1
    (row,) = dashboard.tile_items(ws, sysadmin, "custody", "storage_checks_failed")
    assert row.ref == second.archive_code and row.detail == str(report.failed)


def test_the_budget_leaves_volumes_for_the_next_run_and_the_cli_exits_7_naming_the_volume(
        ws, home, db_url, archivist, ended_case, evidence, monkeypatch, capsys):
    (first, clip), (second, _) = _filed(ws, archivist, ended_case, evidence, 2)
    run = storage.scheduled_run(ws, archivist, period_days=1, budget_seconds=0)  # one volume at least
    assert (run.checks.due, len(run.checks.reports), run.checks.left_due) == (2, 1, 1)
    flip_byte(ws.vault.path_of(clip.sha256))
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", "Passw0rd!")
    code, text = run_cli(home, db_url, archivist.username, capsys, "vault", "fixity-run", "--period-days", "1",
                         as_json=False)
    assert code == 7 and "四性检测（长期保存）：已检测 2 个案卷中的 2 个" in text
    assert f"未通过  {first.archive_code}" in text and second.archive_code not in text
