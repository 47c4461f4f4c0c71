"""What every page gets: the open workstation, the signed-in user and the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import Workstation
from ui.kit.tasks import TaskRunner


@dataclass(frozen=True)
class UiContext:
    ws: Workstation
    actor: Actor
    tasks: TaskRunner

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
