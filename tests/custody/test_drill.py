"""The disaster drill: full backup, more work, incremental backup, the home lost, restore into a new home; then the
vault and the trail verify and every row up to the second backup is there with the same digests."""

from __future__ import annotations

import shutil

import pytest

from archive_core.custody import backup, backup_register, restore, verify
from archive_core.equipment import loans
from archive_core.spine import users
from archive_core.spine.audit import service as audit_service
from archive_core.spine.vault import fixity
from archive_core.spine.workstation import open_workstation
from tests.conftest import PASSWORD
from tests.custody.conftest import (
    GROWS,
    PASSPHRASE,
    add_documents,
    add_events,
    lose_catalogue,
    table_rows,
)


@pytest.mark.pg
def test_disaster_drill(ws, db_url, world, archivist, clerk, sysadmin, security_admin, new_database, tmp_path,
                        request):
    target = tmp_path / "usb" / "backup"
    add_documents(ws, archivist, world, tmp_path / "scans", "甲", 3)
    add_events(ws, archivist, 250)
    stored = len(table_rows(ws)["vault_objects"])
    first = backup.run_backup(ws, security_admin, target, passphrase=PASSPHRASE)  # with the key, encrypted
    assert first.objects == first.objects_copied == stored and first.with_private_key

    # more work: documents, a loan returned, events
    new_docs = add_documents(ws, archivist, world, tmp_path / "scans", "乙", 2)
    loans.checkin(ws, clerk, "ZF-0002", now=world.now)
    add_events(ws, archivist, 120)
    second = backup.run_backup(ws, sysadmin, target)
    assert (second.objects, second.objects_copied) == (stored + 2, 2)  # incremental: only the new documents copied
    assert second.bytes_copied < second.bytes and second.audit_seq > first.audit_seq + 120
    assert verify.verify_backup(ws, sysadmin, target).ok
    runs = backup_register.list_runs(ws, sysadmin)
    assert [(r.run_id, r.result, r.verify_result) for r in runs] == [
        (second.run_id, "ok", "ok"), (first.run_id, "ok", "")]
    assert (runs[0].audit_seq, runs[0].audit_hash) == (second.audit_seq, second.audit_hash)
    before = table_rows(ws, second.audit_seq)

    # work after the second backup is lost with the home
    add_documents(ws, archivist, world, tmp_path / "scans", "丙", 1)
    lost = table_rows(ws)
    home = ws.paths.home
    lose_catalogue(ws, request)
    shutil.rmtree(home)

    new_home = tmp_path / "restored"
    report = restore.restore(target, new_home, new_database)  # no passphrase: the restored home gets a new key
    assert (report.run_id, report.audit_seq, report.audit_hash) == (second.run_id, second.audit_seq,
                                                                    second.audit_hash)
    assert report.objects == stored + 2 and not report.key_restored
    station = open_workstation(new_home, report.db_url, name="test-ws")
    try:
        after = table_rows(station)  # before anyone signs in (a sign-in notes its time on the user)
        admin = users.login(station, sysadmin.username, PASSWORD)
        assert fixity.verify_vault(station, admin, with_sm3=True).ok
    finally:
        station.close()
    for name, rows in before.items():
        if name in GROWS:
            assert set(rows) <= set(after[name]), name
        else:
            assert after[name] == rows, name
    assert [r for r in after["audit_events"] if r[0] <= second.audit_seq] == before["audit_events"]
    assert len(lost["vault_objects"]) == len(after["vault_objects"]) + 1  # the later document is not there
    assert {r[0] for r in after["vault_objects"]} >= set(new_docs)


@pytest.mark.pg
def test_restore_with_the_key_and_audit_verify(ws, db_url, world, archivist, security_admin, make_actor,
                                               new_database, tmp_path, request):
    auditor = make_actor("auditor")
    target = tmp_path / "backup"
    taken = backup.run_backup(ws, security_admin, target, passphrase=PASSPHRASE)
    lose_catalogue(ws, request)
    report = restore.restore(target, tmp_path / "restored", new_database, passphrase=PASSPHRASE)
    assert report.key_restored and report.audit_seq == taken.audit_seq
    station = open_workstation(tmp_path / "restored", report.db_url, name="test-ws")
    try:
        assert station.signer.public_key == ws.signer.public_key  # the same workstation key, decrypted
        signed_in = users.login(station, auditor.username, PASSWORD)
        result = audit_service.verify(station, signed_in)
        assert result.ok, result.problems
        assert result.events > taken.audit_seq
    finally:
        station.close()
