"""Replacing the workstation's signing key: a new key pair, the old one retired, the hand-over in the trail (Art. 7)."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from sqlalchemy import select

from archive_core.spine import clock, signing
from archive_core.spine.audit.rotations import ROTATED_ACTION, Rotation
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.signing import Signer
from archive_core.spine.text_fields import check_text
from archive_core.spine.workstation import Workstation
from models.audit import AuditEvent, AuditHead, WorkstationKey

REASON_FIELD = QT_TRANSLATE_NOOP("errors", "the reason for replacing the key")
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Invalid input: say why the signing key is replaced (lost, compromised "
                                            "or routine) with --reason.")


def rotate(ws: Workstation, actor: Actor, reason: str, *, lost: bool = False) -> Rotation:
    """Replace this workstation's key (security administrator). The old key signs the hand-over and a last
    checkpoint unless it is lost (``lost``, or its file is gone); the new key signs the hand-over, the checkpoint
    after it and everything from then on. Public keys are never removed: old checkpoints keep verifying."""
    reason = check_text(reason.strip(), AuditEvent.__table__.c["details"], REASON_FIELD)
    if not reason:
        raise ValidationError(REASON_NEEDED)
    old = ws.signer
    key_file = signing.key_file(ws.paths.keys, old.algorithm)
    pending: Signer | None = None
    try:
        with ws.unit(actor) as uow:
            uow.require(Permission.KEY_ROTATE, "workstation", ws.name)
            present = not lost and key_file.is_file() and key_file.read_bytes() == old.private_key
            pending = Signer.create_pending(ws.paths.keys, old.algorithm)
            if present:
                uow.checkpoint()  # the old key's last: everything up to the hand-over
            rotation = Rotation(clock.now().isoformat(), ws.name, reason, lost or not present, old.algorithm,
                                old.public_key, pending.algorithm, pending.public_key)
            rotation = replace(rotation, old_signature=old.sign(rotation.statement()) if present else "",
                               new_signature=pending.sign(rotation.statement()))
            uow.session.add(WorkstationKey(name=ws.name, algorithm=pending.algorithm,
                                           public_key=pending.public_key, registered_at=clock.now()))
            ws.signer = pending  # this event, its checkpoint and the head at commit are the new key's
            uow.audit(ROTATED_ACTION, "workstation", ws.name, rotation.details())
            rotation = replace(rotation, seq=uow.session.execute(select(AuditHead.seq)).scalar_one())
            uow.checkpoint()
    except BaseException:
        ws.signer = old
        if pending is not None:
            with contextlib.suppress(OSError):
                signing.pending_file(ws.paths.keys, old.algorithm).unlink()
        raise
    # Committed: a crash before the next line is finished at the next start (see workstation._finish_rotation).
    signing.install_pending(ws.paths.keys, old.algorithm)
    ws.key_state = signing.file_state(key_file)
    return rotation
