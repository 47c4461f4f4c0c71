"""A dialog that saves through a background job: Save and Cancel, a refusal shown inline, what was typed kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline


class SaveDialog(QDialog):
    """Subclasses lay out ``message`` and ``buttons`` and call ``submit`` from ``save``."""

    saved = Signal(object)   # what the service returned
    failed = Signal(object)  # the refusal, also shown in ``message``

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        self.save_button.setEnabled(False)
        self.message.hide()
        self.ctx.tasks.run(fn, *args, on_done=self._saved, on_error=self._failed, owner=self, write=True)

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_inline(self.message, exc)
        self.failed.emit(exc)
