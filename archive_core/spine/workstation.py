"""The open workstation: data home, catalogue, vault and signing key, and units of work on them."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.audit import chain as audit
from archive_core.spine.audit import records
from archive_core.spine.audit.chain import Checkpoint
from archive_core.spine.auth import PERMISSION_LABELS, SYSTEM_ACTOR, Actor, Permission
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.failures import translate_database_errors
from archive_core.spine.paths import AppPaths
from archive_core.spine.signing import Signer
from archive_core.spine.vault import recovery
from archive_core.spine.vault.store import Vault
from models.audit import WorkstationKey
from models.engine import Database, migrate, open_database

NAME_ENV = "ARCHIVE_WS_NAME"
SETTLE = "vault_intents_to_settle"


@dataclass
class UnitOfWork:
    """One user action: a session, the acting user, and audit events written in the same transaction."""

    workstation: Workstation
    session: Session
    actor: Actor

    def audit(self, action: str, object_type: str = "", object_id: object = "",
              details: dict[str, Any] | None = None, outcome: str = audit.OK) -> None:
        audit.append(self.session, actor=self.actor.username, workstation=self.workstation.name, action=action,
                     object_type=object_type, object_id=str(object_id), details=details, outcome=outcome,
                     signer=self.workstation.signer)

    def require(self, permission: Permission, object_type: str = "", object_id: object = "") -> None:
        """Refuse (and audit the refusal) unless the actor holds the permission: services check, not the UI."""
        if self.actor.can(permission):
            return
        self.session.rollback()
        self.workstation.audit_refusal(self.actor, permission, object_type, str(object_id))
        raise PermissionDeniedError(user=self.actor.username, permission=PERMISSION_LABELS[permission])

    def checkpoint(self) -> Checkpoint | None:
        return audit.checkpoint(self.session, self.workstation.signer, self.workstation.name)

    def settle_after_commit(self, intent: Path) -> None:
        """Remove the record of a vault put once this unit's commit has catalogued its object."""
        self.session.info.setdefault(SETTLE, []).append(intent)

    def seal(self) -> None:
        """Before the commit: record audited rows written after the last event, then sign the new head."""
        self.session.flush()
        if records.has_pending(self.session):
            self.audit("record.state")
        audit.sign_head(self.session, self.workstation.signer, self.workstation.name)


@dataclass
class Workstation:
    paths: AppPaths
    db: Database
    vault: Vault
    signer: Signer
    name: str
    migration_backup: Path | None = None

    @contextmanager
    def unit(self, actor: Actor, *, write: bool = True) -> Iterator[UnitOfWork]:
        session = self.db.writer() if write else self.db.reader()
        uow = UnitOfWork(self, session, actor)
        try:
            yield uow
            uow.seal()
            new = session.info.pop("new_checkpoints", [])
            settled = session.info.pop(SETTLE, [])
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        for intent in settled:
            self.vault.settle(intent)
        audit.append_checkpoint_log(self.paths.checkpoint_log, new)

    def audit_refusal(self, actor: Actor, permission: str, object_type: str, object_id: str) -> None:
        with self.unit(actor) as uow:
            uow.audit("access.refused", object_type, object_id, {"permission": permission}, outcome=audit.REFUSED)

    def close(self) -> None:
        self.db.dispose()


def open_workstation(home: str | os.PathLike[str] | None = None, db_url: str | None = None,
                     name: str | None = None) -> Workstation:
    """Open (and on first use create) the data home; run pending migrations; sweep vault temp files."""
    paths = AppPaths.resolve(home)
    db = open_database(db_url or paths.default_db_url)
    for engine in {db.write_engine, db.read_engine}:
        translate_database_errors(engine)
    backup = migrate(db, backup_dir=paths.backups)
    vault = Vault(paths.vault)
    swept = vault.sweep_temp()
    signer = Signer.load_or_create(paths.keys)
    ws = Workstation(paths, db, vault, signer, name or os.environ.get(NAME_ENV) or socket.gethostname(), backup)
    with ws.unit(SYSTEM_ACTOR) as uow:
        audit.check_head(uow.session, actor=SYSTEM_ACTOR.username, workstation=ws.name, signer=signer)
        known = uow.session.execute(
            select(WorkstationKey).where(WorkstationKey.public_key == signer.public_key)
        ).scalar_one_or_none()
        if known is None:
            uow.session.add(WorkstationKey(name=ws.name, algorithm=signer.algorithm,
                                           public_key=signer.public_key, registered_at=clock.now()))
            uow.audit("workstation.key_registered", "workstation", ws.name,
                      {"algorithm": signer.algorithm, "public_key": signer.public_key})
        if swept:
            uow.audit("vault.temp_swept", "vault", str(vault.root), {"files": [p.name for p in swept]})
        recovery.resolve_interrupted_puts(uow)
        if backup:
            uow.audit("catalogue.migrated", "catalogue", "", {"backup": str(backup)})
    return ws
