"""Showing errors: translated plain messages that say what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archive_core.errors import ArchiveError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ArchiveError):
        return exc.render(lambda text: QCoreApplication.translate("errors", text))
    return QCoreApplication.translate("errors", "Unexpected error: {reason}").format(reason=exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Could not complete"),
                        error_text(exc))
