"""Typed errors with a code, an English message template (translated for display) and a hint."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for Qt's translation tools without importing Qt."""
    return text


class ArchiveError(Exception):
    """Base of every error a user may see. ``message`` and ``hint`` are templates formatted with ``params``."""

    code = "error"
    exit_code = 1
    message = QT_TRANSLATE_NOOP("errors", "The operation failed: {reason}")
    hint = ""
    # Parameters whose values are themselves translatable texts (e.g. a permission's label).
    translated_params: tuple[str, ...] = ("reason",)

    def __init__(self, message: str | None = None, hint: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        tr = translate or (lambda text: text)
        params = {k: tr(v) if k in self.translated_params and isinstance(v, str) else v
                  for k, v in self.params.items()}
        text = tr(self.message).format(**params)
        if self.hint:
            text += " " + tr(self.hint).format(**params)
        return text


class ValidationError(ArchiveError):
    code = "invalid"
    exit_code = 2
    message = QT_TRANSLATE_NOOP("errors", "Invalid input: {reason}")


class NotFoundError(ArchiveError):
    code = "not_found"
    exit_code = 3
    translated_params = ("what",)
    message = QT_TRANSLATE_NOOP("errors", "{what} not found: {key}")


class AuthenticationError(ArchiveError):
    code = "auth_failed"
    exit_code = 4
    message = QT_TRANSLATE_NOOP("errors", "Wrong user name or password.")
    hint = QT_TRANSLATE_NOOP("errors", "{remaining} attempts left before the account is locked.")


class AccountLockedError(ArchiveError):
    code = "locked"
    exit_code = 4
    message = QT_TRANSLATE_NOOP("errors", "Account {username} is locked until {until}.")
    hint = QT_TRANSLATE_NOOP("errors", "Wait, or ask the security administrator to unlock it.")


class PermissionDeniedError(ArchiveError):
    code = "permission_denied"
    exit_code = 5
    translated_params = ("permission",)
    message = QT_TRANSLATE_NOOP("errors", "User {user} may not {permission} (Art. 25: access by role).")
    hint = QT_TRANSLATE_NOOP("errors", "Ask the security administrator for a role that includes it.")


class StorageError(ArchiveError):
    code = "storage"
    exit_code = 6
    message = QT_TRANSLATE_NOOP("errors", "Could not store {name}: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was stored. Free space or fix the folder, then try again.")


class StorageFullError(StorageError):
    code = "storage_full"
    message = QT_TRANSLATE_NOOP("errors", "The vault disk is full while storing {name}.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was stored. Free space on {path}, then try again.")


class IntegrityError(ArchiveError):
    code = "integrity"
    exit_code = 7
    message = QT_TRANSLATE_NOOP("errors", "Integrity check failed: {reason}")
