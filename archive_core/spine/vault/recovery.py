"""At start-up: adopt the whole object of a put cut off before its catalogue entry, or report it (Art. 7, 27)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor
from archive_core.spine.errors import IntegrityError
from archive_core.spine.vault.store import InterruptedPut, Vault
from models.vault import VaultObject


class StartUnit(Protocol):
    """What recovery needs of the start-up's unit of work (the workstation's UnitOfWork, which opens this module)."""

    session: Session
    actor: Actor

    def audit(self, action: str, object_type: str = "", object_id: object = "",
              details: dict[str, Any] | None = None, outcome: str = "ok") -> None: ...

    def settle_after_commit(self, intent: Path) -> None: ...


def resolve_interrupted_puts(uow: StartUnit, vault: Vault) -> None:
    """Each put recorded as interrupted: catalogued already or never stored → forget it; stored whole → adopt it;
    stored but not matching what the put recorded → report it for a person to decide (the file stays)."""
    for put in vault.interrupted_puts():
        uow.settle_after_commit(put.path)
        if not put.sha256 or uow.session.get(VaultObject, put.sha256) is not None or not vault.exists(put.sha256):
            continue
        _adopt_or_report(uow, vault, put)


def _adopt_or_report(uow: StartUnit, vault: Vault, put: InterruptedPut) -> None:
    details = {"name": put.name, "size": put.size, "sm3": put.sm3}
    try:
        got = vault.digest_object(put.sha256, with_sm3=True)
    except IntegrityError:
        return
    if (got.sha256, got.sm3, got.size) != (put.sha256, put.sm3, put.size):
        uow.audit("vault.orphan_found", "vault_object", put.sha256,
                  {**details, "found_size": got.size, "found_sm3": got.sm3}, outcome="failed")
        return
    uow.session.add(VaultObject(sha256=put.sha256, sm3=put.sm3, size=put.size, original_name=put.name,
                                stored_at=clock.now(), stored_by=uow.actor.username))
    uow.audit("vault.orphan_adopted", "vault_object", put.sha256, details)
