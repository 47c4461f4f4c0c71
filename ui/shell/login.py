"""Sign-in dialog; on first start it creates the first (security) administrator instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.errors import PasswordChangeRequiredError
from archive_core.spine.workstation import Workstation
from ui.kit.errors import error_label, show_inline
from ui.kit.tasks import TaskRunner
from ui.shell.password_dialog import ChangePasswordDialog

_KEYPAD = Qt.KeyboardModifier.KeypadModifier


class LoginDialog(QDialog):
    """Shows "opening…" until the workstation is open, then the sign-in or first-administrator form."""

    def __init__(self, tasks: TaskRunner, open_ws: Callable[[], tuple[Workstation, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.ws: Workstation | None = None
        self.actor: Actor | None = None
        self.first_start = False
        self.change_dialog: ChangePasswordDialog | None = None
        self._attempt = ("", "")  # kept for the new-password step after a reset, then dropped
        self.setWindowTitle(self.tr("Enforcement Record Archive Workstation — Sign in"))
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("Enforcement Record Archive Workstation"))
        font = QFont(heading.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self.tr("Opening the catalogue…"))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)

        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Confirm password"), self.confirm)

        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Quit"))
        # Quit takes the focus while the fields are disabled (opening, signing in); as an auto-default button it
        # would then become the default, and Enter would quit. Enter is handled in keyPressEvent instead.
        quit_button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_busy(True)
        self._show_first_start_fields(False)
        tasks.run(open_ws, on_done=self._opened, on_error=self._open_failed, owner=self)

    def _show_first_start_fields(self, show: bool) -> None:
        for field in (self.display_name, self.confirm):
            self.form.setRowVisible(field, show)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.username, self.password, self.display_name, self.confirm, self.ok_button):
            w.setEnabled(not busy)

    def _opened(self, result: tuple[Workstation, bool]) -> None:
        self.ws, self.first_start = result
        self._set_busy(False)
        if self.first_start:
            self.subtitle.setText(self.tr(
                "First start: create the security administrator, who then creates the other users "
                "(Art. 25: records are kept by dedicated staff)."))
            self.ok_button.setText(self.tr("Create administrator"))
            self._show_first_start_fields(True)
        else:
            self.subtitle.setText(self.tr("Workstation {name}").format(name=self.ws.name))
        self.username.setFocus()

    def _open_failed(self, exc: BaseException) -> None:
        self.subtitle.setText(self.tr("The catalogue could not be opened."))
        show_inline(self.message, exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on to the next field still empty, and in the last one signs in (or creates); Esc quits."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~_KEYPAD:
            super().keyPressEvent(event)
            return
        required = [self.username, self.password, *([self.confirm] if self.first_start else [])]
        current = self.focusWidget()
        if current is self.display_name:
            current = self.username
        if isinstance(current, QLineEdit) and current in required and current.text():
            following = required[required.index(current) + 1:]
            empty = next((field for field in following if not field.text()), None)
            if empty is not None:
                empty.setFocus()
                return
        self._submit()

    def _submit(self) -> None:
        if self.ws is None or not self.ok_button.isEnabled():  # Enter may arrive twice: field and default button
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            show_inline(self.message, self.tr("Enter the user name and the password."))
            return
        if self.first_start and password != self.confirm.text():
            show_inline(self.message, self.tr("The two passwords differ."))
            return
        self._set_busy(True)
        self.message.hide()
        self._attempt = (username, password)
        ws, first, display = self.ws, self.first_start, self.display_name.text().strip()

        def work() -> Actor:
            if first:
                users.create_first_admin(ws, username, display, password)
            return users.login(ws, username, password)

        self.tasks.run(work, write=True, on_done=self._signed_in, on_error=self._refused, owner=self)

    def _signed_in(self, actor: Actor) -> None:
        self._attempt = ("", "")
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, PasswordChangeRequiredError) and self.ws is not None:
            self._change_password(exc)
            return
        self._attempt = ("", "")
        show_inline(self.message, exc)

    def _change_password(self, reason: PasswordChangeRequiredError) -> None:
        """A reset password signs in nobody: its owner sets a new one first, in a dialog of its own."""
        assert self.ws is not None
        username, current = self._attempt
        self._attempt = ("", "")
        dialog = self.change_dialog = ChangePasswordDialog(self.tasks, self.ws, username, current, reason, self)
        dialog.accepted.connect(lambda: self._signed_in(dialog.actor) if dialog.actor is not None else None)
        dialog.rejected.connect(lambda: show_inline(self.message, reason))
        dialog.open()
