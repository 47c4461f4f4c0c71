"""The one rule for evidence leaving the workstation (export, disc, transfer, restore): who may copy which level."""

from __future__ import annotations

from archive_core.spine.audit.chain import REFUSED
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, PermissionDeniedError
from archive_core.spine.workstation import UnitOfWork
from models.cases import Confidentiality

# Levels whose copies out need the right to open them (Art. 25).
RESTRICTED = frozenset({Confidentiality.PERSONAL_PRIVACY.value, Confidentiality.COMMERCIAL_SECRET.value})
LEVEL_LABELS = {
    Confidentiality.PERSONAL_PRIVACY.value: QT_TRANSLATE_NOOP("errors", "personal privacy"),
    Confidentiality.COMMERCIAL_SECRET.value: QT_TRANSLATE_NOOP("errors", "commercial secret"),
}


class CopyOutRefusedError(PermissionDeniedError):
    code = "copy_out_refused"
    translated_params = ("level",)
    message = QT_TRANSLATE_NOOP("errors", "User {user} may not copy {name} out of the workstation: it is marked "
                                          "{level}, and only a user who may open privacy or commercial-secret "
                                          "records may copy it out (Art. 25).")
    hint = QT_TRANSLATE_NOOP("errors", "Leave it out, or ask a user who holds that right to do it; the security "
                                       "administrator grants roles.")


def copy_out_refusal(actor: Actor, level: str, name: str) -> CopyOutRefusedError | None:
    """Why ``actor`` may not copy an object of this confidentiality level out, or None when they may."""
    if level not in RESTRICTED or actor.can(Permission.MEDIA_RESTRICTED):
        return None
    return CopyOutRefusedError(user=actor.username, name=name, level=LEVEL_LABELS[level])


def require_copy_out(uow: UnitOfWork, level: str, name: str, how: str, object_type: str, object_id: object) -> None:
    """Refuse (audited, the unit's own changes rolled back) when the actor may not copy the object out ``how``
    (e.g. "export", "disc", "transfer", "restore")."""
    refused = copy_out_refusal(uow.actor, level, name)
    if refused is None:
        return
    uow.session.rollback()
    with uow.workstation.unit(uow.actor) as audit_unit:
        audit_unit.audit("access.refused", object_type, object_id,
                         {"permission": Permission.MEDIA_RESTRICTED.value, "copy_out": how, "confidentiality": level,
                          "name": name}, outcome=REFUSED)
    raise refused
