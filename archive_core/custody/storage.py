"""The scheduled storage run (长期保存): the rolling fixity re-hash of the vault, then the storage 四性检测 of this
run's share of the filed volumes, both spread so that everything is checked within the period."""

from __future__ import annotations

import time
from dataclasses import dataclass

from archive_core.archiving.four_properties import service
from archive_core.archiving.four_properties.service import StorageFailure, StorageRun
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.vault import schedule
from archive_core.spine.vault.schedule import FixityRun
from archive_core.spine.workstation import Workstation


@dataclass(frozen=True)
class ScheduledRun:
    fixity: FixityRun
    checks: StorageRun

    @property
    def ok(self) -> bool:
        return self.fixity.ok and not self.checks.failed


def scheduled_run(ws: Workstation, actor: Actor, *, budget_seconds: float | None = None,
                  period_days: int = schedule.PERIOD_DAYS) -> ScheduledRun:
    """Today's share of both checks; the time budget covers the two together (the volumes get what the re-hash
    left, and one volume at least)."""
    started = time.monotonic()
    fixity = schedule.fixity_run(ws, actor, budget_seconds=budget_seconds, period_days=period_days)
    left = None if budget_seconds is None else max(0.0, budget_seconds - (time.monotonic() - started))
    return ScheduledRun(fixity, service.check_due(ws, actor, period_days=period_days, budget_seconds=left))


def volume_failures(ws: Workstation, actor: Actor) -> list[StorageFailure]:
    """Volumes whose latest storage check failed."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "archive_volume", "*")
        return service.storage_failures(uow.session)
