"""The contract of a page in the main window's navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from archive_core.spine.auth import Actor, Permission
from ui.kit.context import UiContext


class Page(QWidget):
    """Subclasses set order, icon and permissions (any one of them shows the page) and implement title()."""

    order = 100
    icon = QStyle.StandardPixmap.SP_FileIcon
    permissions: tuple[Permission, ...] = ()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def visible_to(cls, actor: Actor) -> bool:
        return any(actor.can(p) for p in cls.permissions)

    def activate(self) -> None:
        """Called each time the page is shown: refresh what may have changed."""

    def show_filtered(self, **criteria: object) -> bool:
        """Show the records matching these criteria (e.g. status="ended", asked for by a dashboard tile).
        Pages that keep filterable lists override this; False means the criteria were not applied."""
        return False
