"""The open workstation: data home, catalogue, vault and signing key, and units of work on them."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from archive_core.spine import clock, signing
from archive_core.spine.audit import chain as audit
from archive_core.spine.audit import records
from archive_core.spine.audit.chain import Checkpoint
from archive_core.spine.auth import PERMISSION_LABELS, SYSTEM_ACTOR, Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, CatalogueAddressError, PermissionDeniedError
from archive_core.spine.failures import translate_database_errors
from archive_core.spine.paths import AppPaths, private_dir, private_file, repair_modes
from archive_core.spine.signing import Signer
from archive_core.spine.vault import recovery
from archive_core.spine.vault.store import Vault
from models.audit import WorkstationKey
from models.engine import Database, migrate, open_database

NAME_ENV = "ARCHIVE_WS_NAME"
_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")
REPAIRS_LISTED = 200  # in the audit event; the count covers them all
_PASSWORD_IN_URL = re.compile(r"(//[^:/@]*:)[^@]*@")
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
    key_state: tuple[int, int] | None = None

    @contextmanager
    def unit(self, actor: Actor, *, write: bool = True) -> Iterator[UnitOfWork]:
        if write:
            self.follow_key_file()
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

    def follow_key_file(self) -> None:
        """Sign with the key on disk: another process of this home may have rotated it since it was loaded."""
        path = signing.key_file(self.paths.keys, self.signer.algorithm)
        state = signing.file_state(path)
        if state is not None and state != self.key_state:
            self.signer, self.key_state = Signer.from_file(path, self.signer.algorithm), state

    def audit_refusal(self, actor: Actor, permission: str, object_type: str, object_id: str) -> None:
        with self.unit(actor) as uow:
            uow.audit("access.refused", object_type, object_id, {"permission": permission}, outcome=audit.REFUSED)

    def close(self) -> None:
        self.db.dispose()


def catalogue_url(text: str) -> URL:
    """The catalogue's address parsed; a bad one is refused naming it without its password."""
    shown = _PASSWORD_IN_URL.sub(r"\1***@", text)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise CatalogueAddressError(url=shown, reason=QT_TRANSLATE_NOOP("errors", "it cannot be read as an address"),
                                    ) from exc
    if url.drivername not in _DRIVERS:
        raise CatalogueAddressError(url=shown, reason=QT_TRANSLATE_NOOP(
            "errors", "only SQLite and PostgreSQL catalogues are supported"))
    return url


def _private_catalogue(url: URL) -> Path | None:
    """An SQLite catalogue file, created owner-only before SQLite makes it (its journal files take its mode)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = Path(url.database).expanduser().resolve()
    if path.parent.is_dir() and not path.exists():
        private_file(path)
    return path


def _finish_rotation(key_dir: Path, db: Database, signer: Signer) -> Signer:
    """A rotation cut off between its commit and the key file's replacement is finished; one cut off before its
    commit never happened, and its new key is removed."""
    pending = signing.pending_file(key_dir, signer.algorithm)
    if not pending.exists():
        return signer
    new = Signer.from_file(pending, signer.algorithm)
    with db.reader() as session:
        recorded = session.execute(select(WorkstationKey.id).where(WorkstationKey.public_key == new.public_key,
                                                                   WorkstationKey.algorithm == new.algorithm)).first()
    if recorded is None:
        pending.unlink()
        return signer
    signing.install_pending(key_dir, signer.algorithm)
    return new


def open_workstation(home: str | os.PathLike[str] | None = None, db_url: str | None = None,
                     name: str | None = None) -> Workstation:
    """Open (and on first use create) the data home, owner-only; repair the modes of an older home; run pending
    migrations; sweep vault temp files."""
    paths = AppPaths.resolve(home)
    url = catalogue_url(db_url or paths.default_db_url)
    catalogue = _private_catalogue(url)
    journals = [catalogue.with_name(catalogue.name + s) for s in ("-wal", "-shm", "-journal")] if catalogue else []
    repaired = repair_modes(paths.home, [p for p in (catalogue, *journals) if p is not None and p.exists()])
    db = open_database(db_url or paths.default_db_url)
    for engine in {db.write_engine, db.read_engine}:
        translate_database_errors(engine)
    backup = migrate(db, backup_dir=paths.backups)
    vault = Vault(paths.vault)
    swept = vault.sweep_temp()
    signer = _finish_rotation(paths.keys, db, Signer.load_or_create(paths.keys))
    private_dir(paths.discs)
    ws = Workstation(paths, db, vault, signer, name or os.environ.get(NAME_ENV) or socket.gethostname(), backup,
                     signing.file_state(signing.key_file(paths.keys, signer.algorithm)))
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
        if repaired:
            uow.audit("home.modes_repaired", "home", str(paths.home),
                      {"count": len(repaired), "paths": repaired[:REPAIRS_LISTED]})
        if swept:
            uow.audit("vault.temp_swept", "vault", str(vault.root), {"files": [p.name for p in swept]})
        recovery.resolve_interrupted_puts(uow, vault)
        if backup:
            uow.audit("catalogue.migrated", "catalogue", "", {"backup": str(backup)})
    return ws
