"""``backup verify``: re-hash a backup run against its signed manifest and note the result in the register."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from archive_core.custody import backup_register as register
from archive_core.custody.backup_folder import BackupFolder, CheckResult, check_run
from archive_core.custody.errors import NotABackupError
from archive_core.spine.audit import chain
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import Workstation
from models.audit import WorkstationKey


def verify_backup(ws: Workstation, actor: Actor, target: Path, run_id: str | None = None) -> CheckResult:
    """Check the newest run (or ``run_id``): signature by a key this catalogue knows, every file and object."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.BACKUP_VERIFY, "backup", str(target))
        trusted = {(k.algorithm, k.public_key) for k in uow.session.execute(select(WorkstationKey)).scalars()}
    trusted.add((ws.signer.algorithm, ws.signer.public_key))
    root = target.expanduser().resolve()
    folder = BackupFolder(root)
    m = folder.run(run_id)
    if m is None:
        raise NotABackupError(path=str(root), what="", key=str(root))
    result = check_run(folder, m, trusted)
    with ws.unit(actor) as uow:
        registered = register.record_verify(uow, m.folder.name, result.ok, result.problems)
        uow.audit("backup.verify", "backup", m.folder.name,
                  {"target": str(root), "objects": result.objects, "bytes": result.bytes,
                   "problems": result.problems[:20], "registered": registered},
                  outcome=chain.OK if result.ok else chain.FAILED)
    return result
