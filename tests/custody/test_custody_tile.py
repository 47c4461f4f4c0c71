"""The dashboard's custody tile: how old the last good backup is (warn after a week, alarm after two or never),
whether its last check failed, and the room left on the vault and backup disks (Art. 27)."""

from __future__ import annotations

import shutil
from collections import namedtuple
from datetime import timedelta

import pytest

from archive_core.custody import backup, repair, verify
from archive_core.custody import settings as custody_settings
from archive_core.spine import clock
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.vault import schedule
from archive_core.stats import dashboard
from tests.custody.test_repair import flip_byte, store

Usage = namedtuple("Usage", "total used free")
GIB = 1024 ** 3


def _tile(ws, actor, **kw):
    return dashboard.tile(ws, actor, "custody", **kw).figures


def test_backup_age_and_a_failed_check_raise_the_tile(ws, sysadmin, archivist, tmp_path):
    assert _tile(ws, sysadmin)["backup_stale"] == 2  # never backed up
    target = tmp_path / "backup"
    backup.run_backup(ws, sysadmin, target)
    now = clock.now()
    assert _tile(ws, sysadmin, now=now)["backup_stale"] == 0
    assert _tile(ws, sysadmin, now=now + timedelta(days=8))["backup_stale"] == 1
    assert _tile(ws, sysadmin, now=now + timedelta(days=8))["days_since_backup"] == 8
    assert _tile(ws, sysadmin, now=now + timedelta(days=15))["backup_stale"] == 2
    assert _tile(ws, sysadmin)["backup_verify_failed"] == 0
    victim = max((f for f in (target / "runs").rglob("*") if f.is_file() and f.name != "manifest.json"),
                 key=lambda f: f.stat().st_size)  # the catalogue snapshot
    victim.chmod(0o600)
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x01
    victim.write_bytes(bytes(data))
    assert not verify.verify_backup(ws, sysadmin, target).ok
    assert _tile(ws, sysadmin)["backup_verify_failed"] == 1
    rows = dashboard.tile_items(ws, sysadmin, "custody", "backup_stale")
    assert rows and rows[0].label in (str(target), str(target.resolve())) and rows[0].detail == "ok · failed"
    with pytest.raises(PermissionDeniedError):
        dashboard.tile(ws, archivist, "custody")
    assert "custody" not in [t.key for t in dashboard.visible_tiles(archivist)]


@pytest.mark.parametrize(("free", "total", "level"), [(100 * GIB, 400 * GIB, 0), (30 * GIB, 400 * GIB, 1),
                                                      (15 * GIB, 100 * GIB, 1), (4 * GIB, 1000 * GIB, 2),
                                                      (8 * GIB, 100 * GIB, 1), (4 * GIB, 50 * GIB, 2)])
def test_space_levels(ws, sysadmin, monkeypatch, free, total, level):
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(total, total - free, free))
    figures = _tile(ws, sysadmin)
    assert (figures["vault_space_low"], figures["vault_free_gib"]) == (level, free // GIB)



def test_fixity_status_and_the_tile_name_a_failed_object_until_it_is_repaired(ws, sysadmin, archivist, auditor,
                                                                              make_actor, tmp_path):
    before = schedule.status(ws, sysadmin)
    assert (before.total, before.last_run_at, before.failures) == (0, None, [])
    shas = store(ws, archivist, tmp_path / "scans", 3)
    backup.run_backup(ws, sysadmin, tmp_path / "backup")
    flip_byte(ws.vault.path_of(shas[0]))
    run = schedule.fixity_run(ws, sysadmin)
    assert run.failed == {shas[0]: schedule.ALTERED}
    status = schedule.status(ws, auditor)
    assert (status.total, status.checked_in_period, status.overdue, status.last_run_checked) == (3, 1, 0, 1)
    assert not status.last_run_ok and status.next_due == status.last_run_at + timedelta(days=1)
    assert [(f.sha256, f.name, f.problem) for f in status.failures] == [(shas[0], "现场照片0.jpg", "altered")]
    assert _tile(ws, sysadmin)["fixity_failed"] == 1
    [row] = dashboard.tile_items(ws, sysadmin, "custody", "fixity_failed")
    assert (row.ref, row.detail) == (shas[0], "altered")
    with repair.backup_copies(ws, sysadmin, tmp_path / "backup") as copies:
        repair.repair(ws, sysadmin, copies, "backup")
    assert schedule.status(ws, sysadmin).failures == []
    assert _tile(ws, sysadmin)["fixity_failed"] == 0
    with pytest.raises(PermissionDeniedError):
        schedule.status(ws, make_actor("equipment_clerk"))


def test_the_set_age_moves_the_two_levels(ws, sysadmin, tmp_path):
    backup.run_backup(ws, sysadmin, tmp_path / "backup")
    now = clock.now()
    assert _tile(ws, sysadmin, now=now + timedelta(days=4))["backup_stale"] == 0
    custody_settings.set_backup_max_age(ws, sysadmin, 3)
    assert _tile(ws, sysadmin, now=now + timedelta(days=4))["backup_stale"] == 1
    assert _tile(ws, sysadmin, now=now + timedelta(days=7))["backup_stale"] == 2
