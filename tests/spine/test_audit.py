"""Audit trail: hash chain, signed checkpoints and the four ways of tampering with it (Art. 5, 27, 31)."""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import delete, select, update

from archive_core.spine.audit import chain, service
from models.audit import AuditCheckpoint, AuditEvent, AuditHead


def _events(ws, actor, n: int) -> None:
    for i in range(n):
        with ws.unit(actor) as uow:
            uow.audit("test.event", "thing", f"T{i}", {"i": i, "备注": "测试"})


def _session(ws):
    return ws.db.writer()


def test_intact_trail_verifies_and_checkpoints_are_signed(ws, auditor) -> None:
    _events(ws, auditor, 120)  # crosses an automatic checkpoint at #100
    cp = service.make_checkpoint(ws, auditor)
    assert cp is not None and cp.signature_valid()
    result = service.verify(ws, auditor)
    assert result.ok, result.problems
    assert result.checkpoints >= 2
    # checkpoints are also kept outside the database
    lines = ws.paths.checkpoint_log.read_text().splitlines()
    assert {json.loads(line)["seq"] for line in lines} >= {100, cp.seq}


def test_edited_row_is_caught(ws, auditor) -> None:
    _events(ws, auditor, 10)
    with _session(ws) as s, s.begin():
        target = s.execute(select(AuditEvent).where(AuditEvent.object_id == "T4")).scalar_one()
        bad_seq = target.seq
        s.execute(update(AuditEvent).where(AuditEvent.seq == bad_seq).values(actor="intruder"))
    result = service.verify(ws, auditor)
    assert not result.ok and result.first_bad_seq == bad_seq
    assert any(f"#{bad_seq}" in p and "altered" in p for p in result.problems)


def test_deleted_row_is_caught(ws, auditor) -> None:
    _events(ws, auditor, 10)
    with _session(ws) as s, s.begin():
        bad_seq = s.execute(select(AuditEvent.seq).where(AuditEvent.object_id == "T6")).scalar_one()
        s.execute(delete(AuditEvent).where(AuditEvent.seq == bad_seq))
    result = service.verify(ws, auditor)
    assert not result.ok and result.first_bad_seq == bad_seq
    assert any(f"#{bad_seq}" in p and "missing" in p for p in result.problems)


def test_rewrite_with_recomputed_hashes_is_caught_by_signed_checkpoint(ws, auditor) -> None:
    _events(ws, auditor, 8)
    service.make_checkpoint(ws, auditor)
    with _session(ws) as s, s.begin():
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        bad_seq = next(r.seq for r in rows if r.object_id == "T3")
        prev = chain.GENESIS
        for r in rows:  # the attacker edits one event and recomputes every later hash, and the head
            if r.seq == bad_seq:
                r.details = chain.canonical_details({"i": 3, "备注": "改过"})
            r.prev_hash = prev
            r.hash = chain.event_hash(r.seq, r.at, r.actor, r.workstation, r.action, r.outcome, r.object_type,
                                      r.object_id, r.details, prev, r.records)
            prev = r.hash
        s.execute(update(AuditHead).values(hash=prev))
        # and rewrites the stored checkpoint's hash list too (without the key, the signature no longer fits)
        for cp in s.execute(select(AuditCheckpoint)).scalars():
            cp.head_hash = prev
    result = service.verify(ws, auditor)
    assert not result.ok
    assert result.first_bad_seq == bad_seq
    assert any(f"#{bad_seq}" in p and "signed checkpoint" in p for p in result.problems)


def test_cut_tail_after_exported_checkpoint_is_caught(ws, auditor, tmp_path) -> None:
    _events(ws, auditor, 12)
    exported = tmp_path / "audit-export.jsonl"
    events, checkpoints = service.export(ws, auditor, exported)
    assert events >= 12 and checkpoints >= 1
    last = max(json.loads(line)["seq"] for line in exported.read_text().splitlines()
               if json.loads(line)["type"] == "event")
    cut_from = last - 4
    with _session(ws) as s, s.begin():
        s.execute(delete(AuditEvent).where(AuditEvent.seq >= cut_from))
        s.execute(delete(AuditCheckpoint))
        prev = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == cut_from - 1)).scalar_one()
        s.execute(update(AuditHead).values(seq=cut_from - 1, hash=prev))
    ws.paths.checkpoint_log.unlink()  # the attacker also removes the local copy; the export survives
    result = service.verify(ws, auditor, [exported])
    assert not result.ok
    assert result.first_bad_seq == cut_from
    assert any("cut off" in p for p in result.problems)
    # without the export the signed head still shows it: the cut head's signature does not fit
    alone = service.verify(ws, auditor)
    assert not alone.ok and any("signature" in p for p in alone.problems)


def _rehash_from(s, first_seq: int) -> str:
    """What an attacker does after editing events: recompute every later hash and the head; the new head hash."""
    rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
    prev = next((r.hash for r in rows if r.seq == first_seq - 1), chain.GENESIS)
    for r in rows:
        if r.seq >= first_seq:
            r.prev_hash = prev
            r.hash = chain.event_hash(r.seq, r.at, r.actor, r.workstation, r.action, r.outcome, r.object_type,
                                      r.object_id, r.details, prev, r.records)
            prev = r.hash
    s.flush()
    return prev


def test_newest_events_edited_and_rehashed_after_the_last_checkpoint_are_caught(ws, auditor) -> None:
    service.make_checkpoint(ws, auditor)
    _events(ws, auditor, 5)  # after the checkpoint: no checkpoint covers them, the signed head does
    with _session(ws) as s, s.begin():
        target = s.execute(select(AuditEvent).where(AuditEvent.object_id == "T3")).scalar_one()
        target.details = chain.canonical_details({"i": 3, "备注": "改过"})
        head_hash = _rehash_from(s, target.seq)
        s.execute(update(AuditHead).values(hash=head_hash))
    result = service.verify(ws, auditor)
    assert not result.ok and any("signed head" in p for p in result.problems)
    # the next ordinary change does not sign the rewrite over: it records the alarm first
    _events(ws, auditor, 1)
    again = service.verify(ws, auditor)
    assert not again.ok and any("signature invalid" in p for p in again.problems)


@pytest.mark.parametrize("cut", [1, 3])
def test_newest_events_cut_off_after_the_last_checkpoint_are_caught(ws, auditor, cut) -> None:
    service.make_checkpoint(ws, auditor)
    _events(ws, auditor, 4)
    with _session(ws) as s, s.begin():
        last = s.execute(select(AuditHead.seq)).scalar_one()
        s.execute(delete(AuditEvent).where(AuditEvent.seq > last - cut))
        prev = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == last - cut)).scalar_one()
        s.execute(update(AuditHead).values(seq=last - cut, hash=prev))
    result = service.verify(ws, auditor)
    assert not result.ok and any("signed head" in p for p in result.problems)


def test_removed_head_signature_is_caught(ws, auditor) -> None:
    _events(ws, auditor, 3)
    with _session(ws) as s, s.begin():
        s.execute(update(AuditHead).values(signature=""))
    result = service.verify(ws, auditor)
    assert not result.ok and any("not signed" in p for p in result.problems)
    # the verification's own event found the head unsigned and recorded it before signing on top
    again = service.verify(ws, auditor)
    assert not again.ok and any("signature had been removed" in p for p in again.problems)


def test_every_commit_signs_the_head(ws, auditor) -> None:
    _events(ws, auditor, 2)
    with _session(ws) as s:
        head = s.execute(select(AuditHead)).scalar_one()
        newest = s.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        assert head.hash == newest and chain.head_signature_valid(head)


def test_forged_checkpoint_signature_is_reported(ws, auditor) -> None:
    _events(ws, auditor, 3)
    service.make_checkpoint(ws, auditor)
    with _session(ws) as s, s.begin():
        s.execute(update(AuditCheckpoint).values(seq=AuditCheckpoint.seq + 1000))
    result = service.verify(ws, auditor)
    assert not result.ok and any("invalid signature" in p for p in result.problems)


@pytest.mark.parametrize("role", ["system_admin", "archivist", "equipment_clerk"])
def test_roles_without_audit_access_are_refused(ws, make_actor, role) -> None:
    from archive_core.spine.errors import PermissionDeniedError

    actor = make_actor(role)
    with pytest.raises(PermissionDeniedError):
        service.event_seqs(ws, actor, service.AuditFilter())
    with pytest.raises(PermissionDeniedError):
        service.verify(ws, actor)


def test_sm2_checkpoints_verify_and_catch_a_rewrite(tmp_path, monkeypatch) -> None:
    pytest.importorskip("gmalg")
    from archive_core.spine import users
    from archive_core.spine.workstation import open_workstation
    from tests.conftest import PASSWORD

    monkeypatch.setenv("ARCHIVE_WS_SIGNATURE", "sm2")
    ws = open_workstation(tmp_path / "home", f"sqlite:///{tmp_path / 'c.sqlite3'}", name="sm2-ws")
    try:
        assert ws.signer.algorithm == "sm2"
        users.create_first_admin(ws, "sec", "sec", PASSWORD)
        sec = users.login(ws, "sec", PASSWORD)
        users.create_user(ws, sec, "aud", "aud", PASSWORD, {"auditor"})
        aud = users.login(ws, "aud", PASSWORD)
        cp = service.make_checkpoint(ws, aud)
        assert cp is not None and cp.algorithm == "sm2" and cp.signature_valid()
        assert service.verify(ws, aud).ok
        with _session(ws) as s, s.begin():
            s.execute(update(AuditCheckpoint).values(head_hash="f" * 64))
        result = service.verify(ws, aud)
        assert not result.ok and any("invalid signature" in p for p in result.problems)
    finally:
        ws.close()



def test_sm2_signatures_are_64_bytes_even_when_a_number_starts_with_zero(tmp_path, monkeypatch) -> None:
    """About one SM2 signature in 128 has an r or s below 2**248, which gmalg returns shorter; such a signature
    must still be 64 bytes and verify. The signer here is made to meet one at once."""
    gmalg = pytest.importorskip("gmalg")
    from archive_core.spine.signing import SM2, Signer, verify_signature

    real = gmalg.SM2.sign

    def short_one(self, data):  # type: ignore[no-untyped-def]
        for _ in range(5000):
            r, s = real(self, data)
            if min(len(r), len(s)) < 32:
                return r, s
        raise AssertionError("no short r or s in 5000 signatures")

    monkeypatch.setattr(gmalg.SM2, "sign", short_one)
    key = Signer.load_or_create(tmp_path / "keys", SM2)
    sig = key.sign(b"head 1")
    assert len(base64.b64decode(sig)) == 64
    assert verify_signature(SM2, key.public_key, sig, b"head 1")
    assert not verify_signature(SM2, key.public_key, sig, b"head 2")
