"""The contract of a page in the main window's navigation, and what the window's menu and shortcuts ask of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QStyle, QWidget

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

    def refresh(self) -> None:
        """F5: load again what the page shows."""
        self.activate()

    def shutdown(self) -> None:
        """The window is closing (quit or sign-out): stop what the page runs in the background."""

    def search_field(self) -> QWidget | None:
        """The page's search or filter field, which Ctrl+F puts the cursor in; None when it has none."""
        return None

    def focus_search(self) -> bool:
        field = self.search_field()
        if field is None or not field.isEnabled():
            return False
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if hasattr(field, "selectAll"):
            field.selectAll()
        return True

    def create_new(self) -> bool:
        """Ctrl+N: open the page's form for a new record (a case, a device…); False when it has none or the user
        may not."""
        return False

    @staticmethod
    def press(button: QAbstractButton) -> bool:
        """Click ``button`` as create_new does when the page's own "new" button may be used now."""
        if button.isHidden() or not button.isEnabled():
            return False
        button.click()
        return True

    def print_view(self) -> QAbstractItemView | None:
        """The list the page shows now, for File → Print; None when it shows none."""
        return None

    def show_filtered(self, **criteria: object) -> bool:
        """Show the records matching these criteria (e.g. status="ended", asked for by a dashboard tile).
        Pages that keep filterable lists override this; False means the criteria were not applied."""
        return False
