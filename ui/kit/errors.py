"""Showing errors: translated plain messages that say what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from archive_core.spine.bug_log import user_error

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


def error_text(exc: BaseException) -> str:
    """A typed error's message and hint; for a bug, where its traceback was logged."""
    return user_error(exc).render(lambda text: QCoreApplication.translate("errors", text))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Could not complete"),
                        error_text(exc))


def error_label() -> QLabel:
    """An inline message under a form: refusals stay next to what the user typed, nothing is lost."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_inline(label: QLabel, problem: BaseException | str) -> None:
    """Show a refusal (an error, or a message already translated) in a label made by ``error_label``."""
    label.setText(problem if isinstance(problem, str) else error_text(problem))
    label.show()
