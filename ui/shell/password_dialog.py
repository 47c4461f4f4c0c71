"""The new-password step after a reset: its owner sets a password of their own before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.errors import PasswordChangeRequiredError
from archive_core.spine.workstation import Workstation
from ui.kit.errors import error_label, error_text, show_inline
from ui.kit.tasks import TaskRunner


class ChangePasswordDialog(QDialog):
    """Says that (and when, and by whom) the password was reset, and signs in once a new one is set."""

    def __init__(self, tasks: TaskRunner, ws: Workstation, username: str, current: str,
                 reason: PasswordChangeRequiredError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.ws, self.username, self._current = tasks, ws, username, current
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set a new password"))
        self.setMinimumWidth(420)
        self.notice = QLabel(error_text(reason))
        self.notice.setWordWrap(True)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Confirm new password"), self.confirm)
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set password and sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.new.setFocus()

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        new = self.new.text()
        if new != self.confirm.text():
            show_inline(self.message, self.tr("The two passwords differ."))
            return
        self.ok_button.setEnabled(False)
        self.message.hide()
        ws, username, current = self.ws, self.username, self._current
        self.tasks.run(lambda: users.change_password(ws, username, current, new), write=True,
                       on_done=self._changed, on_error=self._refused, owner=self)

    def _changed(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.new.clear()
        self.confirm.clear()
        self.new.setFocus()
        show_inline(self.message, exc)
