"""Repair from a verified copy (a backup or an evidence disc) and the rolling fixity check that finds the damage."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_core.custody import backup, repair
from archive_core.custody.errors import RepairRefusedError
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.vault import fixity, schedule
from archive_core.spine.workstation import Workstation
from archive_core.stats import violations
from disc_burning.bag import build_layout
from disc_burning.iso import build_image
from disc_burning.items import DiscItem, DiscRequest, Officer, Stage
from disc_burning.plan import MIB, Medium, plan_discs
from models.audit import AuditEvent
from models.vault import FixityCheck
from tests.conftest import PASSWORD, run_cli

CST = timezone(timedelta(hours=8))


def store(ws: Workstation, actor, folder: Path, n: int) -> list[str]:
    """n tiny distinct files stored in the vault, in this order; their SHA-256."""
    folder.mkdir(parents=True, exist_ok=True)
    shas = []
    for i in range(n):
        path = folder / f"现场照片{i}.jpg"
        path.write_bytes(f"照片 {i} ".encode() * (40 + i))
        shas.append(fixity.store_file(ws, actor, path).sha256)
    return shas


def flip_byte(path: Path) -> None:
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def events(ws: Workstation, action: str) -> list[AuditEvent]:
    with ws.db.reader() as session:
        return list(session.execute(select(AuditEvent).where(AuditEvent.action == action)
                                    .order_by(AuditEvent.seq)).scalars())


def details(event: AuditEvent) -> dict:
    return json.loads(event.details)


def disc_image(ws: Workstation, shas: list[str], target: Path) -> Path:
    """An evidence disc image holding these vault objects as clips, built as the disc area builds one."""
    start = datetime(2026, 3, 1, 9, 30, tzinfo=CST)
    items = tuple(DiscItem(source=ws.vault.path_of(sha), original_name=f"执法记录{i}.mp4", size=ws.vault.path_of(
        sha).stat().st_size, sha256=sha, sm3=ws.vault.digest_object(sha, with_sm3=True).sm3, matter="现场检查",
        recorded_start=start, recorded_end=start + timedelta(minutes=5), place="石家庄市长安区中山东路18号",
        method="执法记录仪", officers=(Officer("王建国", "13010001"),), case_number="冀市监罚〔2026〕12号",
        case_title="某食品有限公司案", stage=Stage.INVESTIGATION, device_id="DSJ-0007", confidentiality="内部")
        for i, sha in enumerate(shas))
    request = DiscRequest(archive_code="A001-2026-Y30-0007", items=items, agency_name="石家庄市市场监督管理局",
                          audit_checkpoint={"seq": 1, "head": "ab" * 32}, bagging_date=date(2026, 4, 2))
    plan = plan_discs(request, Medium("test", "测试介质", 64 * MIB))
    target.parent.mkdir(parents=True, exist_ok=True)
    return build_image(build_layout(plan, plan.discs[0]), target).path


@pytest.fixture
def cli(home, db_url, sysadmin, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    return lambda *argv: run_cli(home, db_url, sysadmin.username, capsys, *argv)


@pytest.mark.pg
def test_drill_flipped_byte_is_found_and_repaired_from_the_backup(ws, archivist, sysadmin, cli, tmp_path):
    shas = store(ws, archivist, tmp_path / "scans", 3)
    target = tmp_path / "usb" / "backup"
    taken = backup.run_backup(ws, sysadmin, target)
    victim = shas[1]
    good = ws.vault.path_of(victim).read_bytes()
    flip_byte(ws.vault.path_of(victim))
    damaged = ws.vault.path_of(victim).read_bytes()

    report = fixity.verify_vault(ws, sysadmin, with_sm3=True)
    assert report.mismatched == [victim] and not report.missing

    code, out = cli("vault", "repair", "--from", str(target))
    assert code == 0, out
    assert out["checked"] == 3 and [r["sha256"] for r in out["repaired"]] == [victim]
    assert ws.vault.path_of(victim).read_bytes() == good
    assert Path(out["repaired"][0]["quarantined"]).read_bytes() == damaged  # moved aside, not deleted
    assert Path(out["repaired"][0]["quarantined"]).is_relative_to(ws.paths.quarantine)
    assert fixity.verify_vault(ws, sysadmin, with_sm3=True).ok

    [event] = events(ws, "vault.repair")
    assert (event.object_id, event.actor, event.outcome) == (victim, sysadmin.username, "ok")
    assert details(event) | {"quarantined": None} == {
        "was": "altered", "from": "backup", "path": str(target.resolve()), "run": taken.run_id,
        "sm3": details(event)["sm3"], "size": len(good), "quarantined": None}
    assert not list(ws.vault.tmp.iterdir())


@pytest.mark.pg
def test_deleted_object_is_repaired_from_an_evidence_disc_image(ws, archivist, sysadmin, cli, tmp_path):
    shas = store(ws, archivist, tmp_path / "clips", 2)
    image = disc_image(ws, shas, tmp_path / "discs" / "disc1.iso")
    victim = shas[0]
    good = ws.vault.path_of(victim).read_bytes()
    ws.vault.path_of(victim).unlink()
    assert fixity.verify_vault(ws, sysadmin).missing == [victim]

    code, out = cli("vault", "repair", "--from-disc", str(image))
    assert code == 0, out
    assert out["repaired"] == [{"sha256": victim, "was": "missing", "quarantined": None}]
    assert ws.vault.path_of(victim).read_bytes() == good
    assert ws.vault.path_of(victim).stat().st_mode & 0o777 == 0o400  # as every put leaves it: read-only
    assert fixity.verify_vault(ws, sysadmin, with_sm3=True).ok
    [event] = events(ws, "vault.repair")
    d = details(event)
    assert (d["from"], d["path"], d["was"]) == ("disc", str(image), "missing")
    assert d["file"].startswith("data/") and d["file"].endswith(".mp4")
    assert not ws.paths.quarantine.exists()


@pytest.mark.pg
def test_a_backup_copy_that_does_not_match_is_refused_and_nothing_is_written(ws, archivist, sysadmin, tmp_path):
    shas = store(ws, archivist, tmp_path / "scans", 2)
    target = tmp_path / "backup"
    backup.run_backup(ws, sysadmin, target)
    victim = shas[0]
    flip_byte(ws.vault.path_of(victim))
    flip_byte(target / "objects" / victim[:2] / victim[2:4] / victim)  # the backup's copy is damaged too
    before = tree(ws.vault.root)

    with pytest.raises(PermissionDeniedError), repair.backup_copies(ws, archivist, target):
        pass
    with pytest.raises(RepairRefusedError) as refused, repair.backup_copies(ws, sysadmin, target) as copies:
        repair.repair(ws, sysadmin, copies, str(target))
    assert victim in str(refused.value)
    assert tree(ws.vault.root) == before  # the damaged object stays where it was, no temp file is left
    assert not ws.paths.quarantine.exists()
    assert not events(ws, "vault.repair")
    [event] = events(ws, "vault.repair_refused")
    assert (event.object_id, event.outcome, details(event)["from"]) == (victim, "failed", "backup")
    assert fixity.verify_vault(ws, sysadmin).mismatched == [victim]


@pytest.mark.pg
def test_fixity_run_checks_the_least_recently_checked_first_and_raises_the_alarm(ws, archivist, sysadmin,
                                                                                tmp_path):
    shas = store(ws, archivist, tmp_path / "scans", 4)  # stored in this order: the oldest first

    def checked() -> dict[str, tuple[datetime, bool, str]]:
        with ws.db.reader() as session:
            return {r.sha256: (r.checked_at, r.ok, r.problem) for r in session.execute(select(FixityCheck)).scalars()}

    first = schedule.fixity_run(ws, sysadmin, period_days=2)  # 4 objects in 2 days: two a run
    assert (first.ok, first.due, first.checked, first.total) == (True, 2, 2, 4)
    assert set(checked()) == set(shas[:2])

    flip_byte(ws.vault.path_of(shas[3]))
    second = schedule.fixity_run(ws, sysadmin, period_days=2)
    assert set(checked()) == set(shas) and second.failed == {shas[3]: schedule.ALTERED}
    assert checked()[shas[3]][1:] == (False, schedule.ALTERED)
    [run_event] = [e for e in events(ws, "vault.fixity_run") if e.outcome == "failed"]
    assert details(run_event)["mismatched"] == [shas[3]]
    [alarm] = events(ws, schedule.ALARM)
    assert (alarm.object_id, alarm.outcome) == (shas[3], "failed")
    with ws.db.reader() as session:
        found, _ = violations.tampering(session, ws.vault)
    assert [v.subject for v in found if v.kind == "tamper_on_fixity"] == [shas[3]]

    third = schedule.fixity_run(ws, sysadmin, period_days=2, budget_seconds=0)  # the budget stops it after one
    assert (third.checked, third.left_due) == (1, 1)
    assert checked()[shas[0]][0] > checked()[shas[2]][0]  # the first one checked comes round again first
