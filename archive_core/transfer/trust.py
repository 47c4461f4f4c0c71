"""Trusted senders: the public keys whose signed packages this workstation receives, registered beforehand."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from archive_core.archiving import archive_codes
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError
from archive_core.spine.signing import ED25519, SM2
from archive_core.spine.workstation import Workstation
from archive_core.transfer import package as pkg
from archive_core.transfer.errors import UnknownKeyError
from models.transfer import TrustedSender

KEY_FILE_LIMIT = 64 * 1024


@dataclass(frozen=True)
class SenderView:
    id: int
    name: str
    algorithm: str
    public_key: str
    fingerprint: str
    added_at: datetime
    added_by: str


def _view(row: TrustedSender) -> SenderView:
    return SenderView(row.id, row.name, row.algorithm, row.public_key, row.fingerprint, row.added_at, row.added_by)


def write_key(ws: Workstation, actor: Actor, target: Path) -> Path:
    """This workstation's public key as a key file (sender-key.json) for the receiving archive to trust."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.TRANSFER_EXPORT, "workstation", ws.name)
        agency = archive_codes.scheme_of(uow.session).agency_name
    data = json.dumps(pkg.key_document(ws.signer, ws.name, agency), ensure_ascii=False, indent=1).encode("utf-8")
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(name=str(target), reason=exc.strerror or str(exc)) from exc
    return target


def read_key(path: Path) -> tuple[str, str]:
    """(algorithm, public key) from a key file."""
    try:
        with open(path, "rb") as fh:
            doc = json.loads(fh.read(KEY_FILE_LIMIT))
    except (OSError, ValueError, RecursionError) as exc:
        raise UnknownKeyError(name=path.name) from exc
    if not isinstance(doc, dict) or doc.get("algorithm") not in (ED25519, SM2) or not doc.get("public_key"):
        raise UnknownKeyError(name=path.name)
    return str(doc["algorithm"]), str(doc["public_key"])


def add(ws: Workstation, actor: Actor, name: str, key_file: Path) -> SenderView:
    """Trust the key in ``key_file`` for packages from ``name`` (the security administrator, after comparing the
    fingerprint with the sender's); audited. Adding a key already trusted changes nothing."""
    name = name.strip()
    if not name:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name the sending archive (--name)"))
    algorithm, public_key = read_key(key_file)
    with ws.unit(actor) as uow:
        uow.require(Permission.TRANSFER_TRUST, "trusted_sender", name)
        row = uow.session.execute(select(TrustedSender).where(TrustedSender.algorithm == algorithm,
                                                              TrustedSender.public_key == public_key)).scalar()
        if row is not None:
            return _view(row)
        row = TrustedSender(name=name, algorithm=algorithm, public_key=public_key,
                            fingerprint=pkg.fingerprint(algorithm, public_key), added_at=clock.now(),
                            added_by=actor.username)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("transfer.trust_added", "trusted_sender", row.id,
                  {"name": name, "algorithm": algorithm, "public_key": public_key, "fingerprint": row.fingerprint})
        return _view(row)


def senders(ws: Workstation, actor: Actor) -> list[SenderView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.TRANSFER_TRUST if actor.can(Permission.TRANSFER_TRUST) else Permission.TRANSFER_RECEIVE,
                    "trusted_sender", "*")
        return [_view(r) for r in uow.session.execute(select(TrustedSender).order_by(TrustedSender.id)).scalars()]
