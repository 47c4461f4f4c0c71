"""Signing-key rotation: the hand-over signed by the old key or recorded as unsigned, each checkpoint verified with
the key in force when it was signed, forged and edited hand-overs found, only the security administrator (Art. 7)."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from archive_core.spine import key_rotation, signing
from archive_core.spine.audit import chain, service
from archive_core.spine.audit.rotations import ROTATED_ACTION, Rotation, instant
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.signing import Signer
from archive_core.spine.workstation import open_workstation
from models.audit import AuditCheckpoint, AuditEvent, AuditHead, WorkstationKey
from tests.conftest import run_cli


def _events(ws, actor, n: int) -> None:
    with ws.unit(actor) as uow:
        for i in range(n):
            uow.audit("test.event", "thing", f"T{i}", {"i": i})


def _checkpoint_keys(ws) -> list[str]:
    with ws.db.reader() as s:
        return [signing.key_id(a, k) for a, k in s.execute(
            select(AuditCheckpoint.algorithm, AuditCheckpoint.public_key).order_by(AuditCheckpoint.seq))]


def _forge(ws, signer: Signer, up_to: int, at: str) -> chain.Checkpoint:
    """A checkpoint over the real events #1..up_to, signed by ``signer`` and dated ``at``, put into the log."""
    with ws.db.reader() as s:
        rows = s.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq <= up_to)
                         .order_by(AuditEvent.seq)).all()
    unsigned = chain.Checkpoint(up_to, rows[-1].hash, 1, ",".join(r.hash for r in rows), at, ws.name,
                                signer.algorithm, signer.public_key, "")
    forged = replace(unsigned, signature=signer.sign(unsigned.payload()))
    chain.append_checkpoint_log(ws.paths.checkpoint_log, [forged])
    return forged


def test_routine_rotation_is_signed_by_the_old_key_and_checkpoints_on_both_sides_verify(
        ws, security_admin, auditor) -> None:
    _events(ws, auditor, 30)
    service.make_checkpoint(ws, auditor)
    old = ws.signer
    rotation = key_rotation.rotate(ws, security_admin, "例行更换（满一年）")
    new = ws.signer
    assert new.public_key != old.public_key and rotation.signed_by_old and not rotation.lost
    assert (rotation.old_key_id, rotation.new_key_id) == (old.key_id, new.key_id)
    # the new private key replaced the old one on disk; both public keys stay in the key ring
    key_file = signing.key_file(ws.paths.keys, old.algorithm)
    assert key_file.read_bytes() == new.private_key
    assert not signing.pending_file(ws.paths.keys, old.algorithm).exists()
    with ws.db.reader() as s:
        ring = {k for k, in s.execute(select(WorkstationKey.public_key))}
        details = json.loads(s.execute(select(AuditEvent.details).where(
            AuditEvent.action == ROTATED_ACTION)).scalar_one())
    assert {old.public_key, new.public_key} <= ring
    assert details["old_key_id"] == old.key_id and details["new_key_id"] == new.key_id
    assert details["reason"] == "例行更换（满一年）" and details["signed_by_old_key"] is True

    _events(ws, auditor, 130)  # crosses an automatic checkpoint, signed with the new key
    service.make_checkpoint(ws, auditor)
    keys = _checkpoint_keys(ws)
    # the old key signed up to the hand-over (its last checkpoint at the rotation), the new key from it on
    assert old.key_id in keys and keys[-3:] == [new.key_id] * 3
    assert keys.index(new.key_id) == len(keys) - keys[::-1].index(old.key_id)
    result = service.verify(ws, auditor)
    assert result.ok, result.problems
    assert [(r.seq, r.signed_by_old, r.new_key_id) for r in result.rotations] == [
        (rotation.seq, True, new.key_id)]


def test_lost_key_rotation_is_recorded_as_not_signed_by_the_old_key(ws, security_admin, auditor) -> None:
    _events(ws, auditor, 5)
    old = ws.signer
    before = _checkpoint_keys(ws)
    rotation = key_rotation.rotate(ws, security_admin, "工作站硬盘被盗，私钥可能泄露", lost=True)
    assert rotation.lost and not rotation.signed_by_old and rotation.old_signature == ""
    assert not rotation.problems()
    # the lost key signed nothing more: the only new checkpoint is the new key's, after the hand-over
    assert _checkpoint_keys(ws) == [*before, ws.signer.key_id] and old.key_id not in _checkpoint_keys(ws)
    _events(ws, auditor, 3)
    result = service.verify(ws, auditor)
    assert result.ok, result.problems
    assert [(r.lost, r.signed_by_old, r.reason) for r in result.rotations] == [
        (True, False, "工作站硬盘被盗，私钥可能泄露")]


def test_a_missing_key_file_counts_as_lost(ws, security_admin, auditor) -> None:
    signing.key_file(ws.paths.keys, ws.signer.algorithm).unlink()
    rotation = key_rotation.rotate(ws, security_admin, "密钥文件丢失")
    assert rotation.lost and not rotation.signed_by_old
    assert signing.key_file(ws.paths.keys, ws.signer.algorithm).read_bytes() == ws.signer.private_key
    assert service.verify(ws, auditor).ok


def test_a_checkpoint_forged_with_the_new_key_and_dated_before_the_rotation_fails(ws, security_admin,
                                                                                  auditor) -> None:
    _events(ws, auditor, 10)
    rotation = key_rotation.rotate(ws, security_admin, "例行更换")
    # whoever holds the new key signs the old events, dated an hour before the key came into force
    early = (instant(rotation.at) - timedelta(hours=1)).isoformat()
    forged = _forge(ws, ws.signer, 8, early)
    assert forged.signature_valid()
    result = service.verify(ws, auditor)
    assert not result.ok
    assert any(f"checkpoint #8 is signed at {early} by key {rotation.new_key_id}, which came into force only at "
               f"{rotation.at}" in p and "not in force" in p for p in result.problems), result.problems
    assert result.first_bad_seq == 1


def test_a_checkpoint_signed_by_the_retired_key_after_the_rotation_fails(ws, security_admin, auditor) -> None:
    _events(ws, auditor, 10)
    old = ws.signer
    rotation = key_rotation.rotate(ws, security_admin, "私钥泄露", lost=True)
    _events(ws, auditor, 5)
    late = (instant(rotation.at) + timedelta(minutes=5)).isoformat()
    with ws.db.reader() as s:
        head = s.execute(select(AuditHead.seq)).scalar_one()
    _forge(ws, old, head, late)  # the thief of the old key signs the newest events
    result = service.verify(ws, auditor)
    assert not result.ok
    assert any(f"by key {old.key_id}, which was retired at {rotation.at}" in p for p in result.problems)


def test_an_edited_rotation_statement_fails(ws, security_admin, auditor) -> None:
    _events(ws, auditor, 4)
    rotation = key_rotation.rotate(ws, security_admin, "例行更换")
    _events(ws, auditor, 4)
    with ws.db.writer() as s, s.begin():  # the reason is rewritten and the chain recomputed over it
        event = s.execute(select(AuditEvent).where(AuditEvent.seq == rotation.seq)).scalar_one()
        details = json.loads(event.details)
        details["reason"] = "例行更换（经领导批准）"
        event.details = chain.canonical_details(details)
        rows = s.execute(select(AuditEvent).where(AuditEvent.seq >= rotation.seq).order_by(AuditEvent.seq)
                         ).scalars().all()
        prev = rows[0].prev_hash
        for r in rows:
            r.prev_hash = prev
            r.hash = chain.event_hash(r.seq, r.at, r.actor, r.workstation, r.action, r.outcome, r.object_type,
                                      r.object_id, r.details, prev, r.records)
            prev = r.hash
        s.execute(update(AuditHead).values(hash=prev))
    result = service.verify(ws, auditor)
    assert not result.ok
    for which in ("old", "new"):
        assert any(f"key rotation of event #{rotation.seq} does not verify with the {which} key" in p
                   for p in result.problems), result.problems


def test_an_unsigned_or_wrongly_signed_statement_is_not_taken_as_signed_by_the_old_key(tmp_path) -> None:
    old, new = Signer.load_or_create(tmp_path / "a"), Signer.load_or_create(tmp_path / "b")
    base = Rotation("2026-05-01T08:00:00+00:00", "ws", "例行更换", False, old.algorithm, old.public_key,
                    new.algorithm, new.public_key)
    signed = replace(base, old_signature=old.sign(base.statement()), new_signature=new.sign(base.statement()))
    assert signed.signed_by_old and not signed.problems()
    # a hand-over planted by someone holding only the new key: the "old" signature is the new key's
    planted = replace(signed, old_signature=new.sign(base.statement()))
    assert not planted.signed_by_old
    assert any("does not verify with the old key" in p for p in planted.problems())
    unsigned = replace(signed, old_signature="")
    assert not unsigned.signed_by_old and not unsigned.problems()
    assert Rotation.from_event(7, json.dumps(signed.details())) == replace(signed, seq=7)
    assert asdict(Rotation.from_event(7, json.dumps(signed.details())))["seq"] == 7


@pytest.mark.parametrize("role", ["auditor", "system_admin", "archivist"])
def test_only_the_security_administrator_may_rotate_and_a_refusal_is_audited(ws, make_actor, role) -> None:
    actor = make_actor(role)
    key_file = signing.key_file(ws.paths.keys, ws.signer.algorithm)
    before = key_file.read_bytes()
    with pytest.raises(PermissionDeniedError) as err:
        key_rotation.rotate(ws, actor, "例行更换")
    assert "更换工作站签名密钥" in err.value.render(Translator("zh_CN").error)
    assert key_file.read_bytes() == before and ws.signer.private_key == before
    assert not signing.pending_file(ws.paths.keys, ws.signer.algorithm).exists()
    with ws.db.reader() as s:
        refusal = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        assert s.execute(select(AuditEvent).where(AuditEvent.action == ROTATED_ACTION)).first() is None
    assert (refusal.action, refusal.actor, refusal.outcome) == ("access.refused", actor.username, "refused")
    assert json.loads(refusal.details) == {"permission": "key.rotate"}


def test_a_rotation_needs_a_reason(ws, security_admin) -> None:
    with pytest.raises(ValidationError) as err:
        key_rotation.rotate(ws, security_admin, "  ")
    assert "--reason" in err.value.render(Translator("zh_CN").error)


def test_another_process_of_the_home_signs_with_the_new_key(ws, db_url, security_admin, auditor) -> None:
    other = open_workstation(ws.paths.home, db_url, name="test-ws")  # the window, open while the CLI rotates
    try:
        key_rotation.rotate(ws, security_admin, "例行更换")
        _events(other, auditor, 120)
        assert other.signer.public_key == ws.signer.public_key
        assert service.verify(ws, auditor).ok
    finally:
        other.close()


def test_a_rotation_cut_off_after_its_commit_is_finished_at_the_next_start(ws, db_url, security_admin, auditor,
                                                                           monkeypatch) -> None:
    def crash(*_args: object) -> None:
        raise KeyboardInterrupt  # the power goes between the commit and the key file's replacement

    monkeypatch.setattr(key_rotation.signing, "install_pending", crash)
    with pytest.raises(KeyboardInterrupt):
        key_rotation.rotate(ws, security_admin, "例行更换")
    monkeypatch.undo()
    new = ws.signer.public_key
    ws.close()
    again = open_workstation(ws.paths.home, db_url, name="test-ws")
    try:
        assert again.signer.public_key == new
        assert not signing.pending_file(again.paths.keys, again.signer.algorithm).exists()
        assert service.verify(again, auditor).ok
    finally:
        again.close()


def test_a_new_key_left_by_a_rotation_that_never_committed_is_removed(ws, db_url, auditor) -> None:
    old = ws.signer.public_key
    Signer.create_pending(ws.paths.keys, ws.signer.algorithm)
    ws.close()
    again = open_workstation(ws.paths.home, db_url, name="test-ws")
    try:
        assert again.signer.public_key == old
        assert not signing.pending_file(again.paths.keys, again.signer.algorithm).exists()
    finally:
        again.close()


def test_cli_rotates_and_audit_verify_explains_the_rotation(ws, db_url, security_admin, auditor, capsys,
                                                            monkeypatch) -> None:
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", "Passw0rd!")
    home = ws.paths.home
    code, out = run_cli(home, db_url, auditor.username, capsys, "key", "rotate", "--reason", "例行更换")
    assert code == 5
    code, out = run_cli(home, db_url, security_admin.username, capsys, "key", "rotate", "--reason", "私钥泄露",
                        "--lost")
    assert code == 0 and isinstance(out, dict)
    assert out["lost"] is True and out["signed_by_old_key"] is False and out["old_key"] != out["new_key"]
    code, verified = run_cli(home, db_url, auditor.username, capsys, "audit", "verify")
    assert code == 0 and isinstance(verified, dict)
    assert [(r["seq"], r["reason"], r["signed_by_old_key"]) for r in verified["key_rotations"]] == [
        (out["seq"], "私钥泄露", False)]
    code, text = run_cli(home, db_url, auditor.username, capsys, "audit", "verify", as_json=False)
    assert code == 0
    assert f"{out['old_key']} → {out['new_key']}" in text and "未经旧密钥签署" in text and "私钥泄露" in text


def test_a_head_signed_by_the_retired_key_after_the_rotation_fails(ws, security_admin, auditor) -> None:
    old = ws.signer
    rotation = key_rotation.rotate(ws, security_admin, "私钥泄露", lost=True)
    _events(ws, auditor, 3)
    late = (instant(rotation.at) + timedelta(minutes=5)).isoformat()
    with ws.db.writer() as s, s.begin():  # the thief of the old key re-signs the head
        head = s.execute(select(AuditHead)).scalar_one()
        head.signed_at, head.public_key = late, old.public_key
        head.signature = old.sign(chain.head_payload(head.signed_by, head.seq, head.hash, late))
    result = service.verify(ws, auditor)
    assert not result.ok
    assert any(p.startswith(f"the head is signed at {late} by key {old.key_id}, which was retired")
               for p in result.problems), result.problems
