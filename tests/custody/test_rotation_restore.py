"""A home restored after a signing-key rotation verifies the checkpoints of both keys and explains the rotation."""

from __future__ import annotations

import json

from archive_core.custody import backup, restore
from archive_core.custody.backup_folder import KEYS
from archive_core.spine import key_rotation, users
from archive_core.spine.audit import service as audit_service
from archive_core.spine.workstation import open_workstation
from tests.conftest import PASSWORD
from tests.custody.conftest import add_events, lose_catalogue


def test_restore_after_a_rotation_verifies_old_and_new_checkpoints(ws, security_admin, sysadmin, make_actor,
                                                                   new_database, tmp_path, request) -> None:
    auditor = make_actor("auditor")
    add_events(ws, auditor, 110)  # a checkpoint of the old key at #100
    old = ws.signer
    rotation = key_rotation.rotate(ws, security_admin, "例行更换")
    add_events(ws, auditor, 110)
    new = ws.signer
    taken = backup.run_backup(ws, sysadmin, tmp_path / "backup")
    listed = json.loads((taken.folder / KEYS).read_text("utf-8"))
    assert {old.public_key, new.public_key} <= {k["public_key"] for k in listed}
    lose_catalogue(ws, request)
    report = restore.restore(tmp_path / "backup", tmp_path / "restored", new_database)
    assert not report.key_restored
    station = open_workstation(tmp_path / "restored", report.db_url, name="test-ws")
    try:
        assert station.signer.public_key not in (old.public_key, new.public_key)  # the restored home's own key
        result = audit_service.verify(station, users.login(station, auditor.username, PASSWORD))
        assert result.ok, result.problems
        assert [(r.seq, r.old_key_id, r.new_key_id, r.signed_by_old) for r in result.rotations] == [
            (rotation.seq, old.key_id, new.key_id, True)]
    finally:
        station.close()
