"""User management for the security administrator: accounts, roles, passwords, locks (Art. 25)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.spine import clock, key_rotation, users
from archive_core.spine.audit.rotations import Rotation
from archive_core.spine.auth import ROLE_LABELS, Permission, Role
from archive_core.spine.users import UserView
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.list_model import ListModel
from ui.kit.long_text import show_full_text
from ui.kit.page import Page
from ui.spine.roles import role_names

Index = QModelIndex | QPersistentModelIndex


class UsersModel(ListModel[UserView]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("UsersPage", "User name"), QCoreApplication.translate("UsersPage", "Name"),
                QCoreApplication.translate("UsersPage", "Roles"), QCoreApplication.translate("UsersPage", "State"),
                QCoreApplication.translate("UsersPage", "Last sign-in"))

    def cell(self, u: UserView, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if not u.active:
            state = QCoreApplication.translate("UsersPage", "disabled")
        elif u.locked_until:
            state = QCoreApplication.translate("UsersPage", "locked")
        elif u.must_change_password:
            state = QCoreApplication.translate("UsersPage", "password reset: to be changed by the user")
        else:
            state = QCoreApplication.translate("UsersPage", "active")
        last = clock.fmt(u.last_login_at, clock.READ_MINUTE, empty="—")
        return (u.username, u.display_name, role_names(frozenset(u.roles)), state, last)[column]


class RolesBox(QWidget):
    def __init__(self, selected: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(QCoreApplication.translate("roles", ROLE_LABELS[role]))
            box.setChecked(role.value in (selected or set()))
            self.boxes[role.value] = box
            layout.addWidget(box)
        note = QLabel(self.tr("The auditor, security administrator and system administrator roles are each held "
                              "alone (separation of duties)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)

    def roles(self) -> set[str]:
        return {name for name, box in self.boxes.items() if box.isChecked()}


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.roles = RolesBox()
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Initial password"), self.password)
        form.addRow(self.tr("Roles"), self.roles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RotateKeyDialog(QDialog):
    """Why the workstation's signing key is replaced, and whether the old key is lost (then it signs nothing)."""

    def __init__(self, current_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace the signing key"))
        note = QLabel(self.tr("The workstation gets a new signing key; the current key {key} is retired. Its "
                              "checkpoints keep verifying, and it signs the hand-over unless it is lost or "
                              "compromised. Recorded in the audit trail (Art. 7).").format(key=current_key))
        note.setWordWrap(True)
        self.reason = QLineEdit(placeholderText=self.tr("e.g. routine yearly replacement"))
        self.lost = QCheckBox(self.tr("The current key is lost or compromised: it must not sign the hand-over"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Replace key"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._enable)
        self._enable()
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.lost)
        form.addRow(self.buttons)

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))


class UsersPage(Page):
    order = 950
    icon = QStyle.StandardPixmap.SP_DirHomeIcon
    permissions = (Permission.USER_MANAGE,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("UsersPage", "Users")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = UsersModel(self)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        actions = QHBoxLayout()
        for text, handler in ((self.tr("New user…"), self.new_user), (self.tr("Roles…"), self.change_roles),
                              (self.tr("Reset password…"), self.reset_password), (self.tr("Unlock"), self.unlock),
                              (self.tr("Disable / enable"), self.toggle_active)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            actions.addWidget(button)
        actions.addStretch(1)
        self.rotate_button = QPushButton(self.tr("Replace signing key…"))
        self.rotate_button.clicked.connect(self.rotate_key)
        self.rotate_button.setVisible(ctx.can(Permission.KEY_ROTATE))
        actions.addWidget(self.rotate_button)
        self.rotate_dialog: RotateKeyDialog | None = None
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setVisible(ctx.can(Permission.KEY_ROTATE))
        self._show_key()
        heading = QLabel(self.tr("Users and roles (Art. 25)"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 4px 0;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(actions)
        layout.addWidget(self.key_label)
        layout.addWidget(self.table, 1)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(users.list_users, self.ctx.ws, self.ctx.actor, on_done=self.model.set_rows,
                           on_error=lambda exc: show_error(self, exc), owner=self)

    def create_new(self) -> bool:
        self.new_user()
        return True

    def print_view(self) -> QAbstractItemView | None:
        return self.table

    def _selected(self) -> UserView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Users"), self.tr("Select a user first."))
            return None
        return self.model.rows[index.row()]

    def _write(self, fn: Callable[..., Any], *args: Any) -> None:
        self.ctx.tasks.run(fn, self.ctx.ws, self.ctx.actor, *args, write=True,
                           on_done=lambda _r: self.refresh(), on_error=lambda exc: show_error(self, exc), owner=self)

    def new_user(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._write(users.create_user, dialog.username.text().strip(), dialog.display_name.text().strip(),
                        dialog.password.text(), dialog.roles.roles())

    def change_roles(self) -> None:
        user = self._selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Roles of {user}").format(user=user.display_name))
        box = RolesBox(set(user.roles))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(box)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._write(users.set_roles, user.username, box.roles())

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        prompt = self.tr("Temporary password for {user}; they must set their own at the next sign-in:")
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), prompt.format(user=user.display_name),
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            self._write(users.reset_password, user.username, password)

    def unlock(self) -> None:
        user = self._selected()
        if user is not None:
            self._write(users.unlock, user.username)

    def toggle_active(self) -> None:
        user = self._selected()
        if user is not None:
            self._write(users.set_active, user.username, not user.active)

    def _show_key(self, note: str = "") -> None:
        text = self.tr("Workstation signing key: {key}").format(key=self.ctx.ws.signer.key_id)
        self.key_label.setText(f"{text}  {note}" if note else text)

    def rotate_key(self) -> None:
        self.rotate_dialog = RotateKeyDialog(self.ctx.ws.signer.key_id, self)
        self.rotate_dialog.accepted.connect(self._rotate_accepted)
        self.rotate_dialog.open()

    def _rotate_accepted(self) -> None:
        dialog = self.rotate_dialog
        assert dialog is not None
        self.rotate_button.setEnabled(False)
        self.ctx.tasks.run(partial(key_rotation.rotate, lost=dialog.lost.isChecked()), self.ctx.ws,
                           self.ctx.actor, dialog.reason.text(), write=True, on_done=self._rotated,
                           on_error=self._rotate_failed, owner=self)

    def _rotated(self, rotation: Rotation) -> None:
        self.rotate_button.setEnabled(True)
        if rotation.signed_by_old:
            note = self.tr("(replaced {old} → {new}; the old key signed the hand-over)")
        else:
            note = self.tr("(replaced {old} → {new}; NOT signed by the old key)")
        self._show_key(note.format(old=rotation.old_key_id, new=rotation.new_key_id))

    def _rotate_failed(self, exc: BaseException) -> None:
        self.rotate_button.setEnabled(True)
        show_error(self, exc)
