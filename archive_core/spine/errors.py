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


class ChoiceError(ValidationError):
    """A value that is not one of a field's choices (an enforcement type, a device kind…)."""

    code = "bad_choice"
    translated_params = ("field",)
    message = QT_TRANSLATE_NOOP("errors", "Invalid input: {field} “{value}” is not one of the choices: {allowed}.")


class DataHomeError(ValidationError):
    code = "bad_home"
    message = QT_TRANSLATE_NOOP("errors", "The data home {path} is not a folder.")
    hint = QT_TRANSLATE_NOOP("errors", "Name a folder (or a name not yet taken) with --home or ARCHIVE_WS_HOME.")


class CatalogueAddressError(ValidationError):
    code = "bad_db_url"
    message = QT_TRANSLATE_NOOP("errors", "The catalogue address {url} is not valid: {reason}.")
    hint = QT_TRANSLATE_NOOP("errors", "Give --db as sqlite:///PATH/catalogue.sqlite3 or "
                                       "postgresql://USER@HOST[:PORT]/DATABASE.")


class NestingTooDeepError(ValidationError):
    """JSON nested deeper than Python's parser can follow: no real catalogue, export or import file is."""

    code = "nested_too_deep"
    message = QT_TRANSLATE_NOOP("errors", "Invalid input: {name} nests its data too deeply to be read.")
    hint = QT_TRANSLATE_NOOP("errors", "Check that it is the right file; nothing was read from it.")


class NotFoundError(ArchiveError):
    code = "not_found"
    exit_code = 3
    translated_params = ("what",)
    message = QT_TRANSLATE_NOOP("errors", "{what} not found: {key}")


class AuthenticationError(ArchiveError):
    """One text for an unknown user, a wrong password and a locked account: a refusal never says which user names
    exist."""

    code = "auth_failed"
    exit_code = 4
    message = QT_TRANSLATE_NOOP("errors", "Sign-in refused: wrong user name or password, or the account is locked.")
    hint = QT_TRANSLATE_NOOP("errors", "After {most} wrong passwords in a row an account is locked for {minutes} "
                                       "minutes; the security administrator can unlock it sooner.")


class PasswordChangeRequiredError(ArchiveError):
    """The password was right, but the security administrator reset it: its owner must set a new one first."""

    code = "password_change_required"
    exit_code = 4
    message = QT_TRANSLATE_NOOP("errors", "Your password was reset by the security administrator {by} on {at}; "
                                          "set a new password before anything else.")


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


class ConcurrentChangeError(ArchiveError):
    """Someone else changed the same thing first: nothing of this change was saved."""

    code = "changed_meanwhile"
    exit_code = 9
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "This was changed by someone else while you were changing it.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was saved. Reload it, check the current values, then make your "
                                       "change again if it is still needed.")


class CatalogueBusyError(ArchiveError):
    code = "catalogue_busy"
    exit_code = 8
    message = QT_TRANSLATE_NOOP("errors", "The catalogue {where} is locked by another program or workstation.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was saved. Wait a moment and try again; if it stays locked, close "
                                       "the other program.")


class CatalogueFullError(ArchiveError):
    code = "catalogue_full"
    exit_code = 8
    message = QT_TRANSLATE_NOOP("errors", "The disk holding the catalogue {where} is full.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was saved. Free space on that disk, then try again.")


class CatalogueReadOnlyError(ArchiveError):
    code = "catalogue_read_only"
    exit_code = 8
    message = QT_TRANSLATE_NOOP("errors", "The catalogue {where} can be read but not written.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was saved. Check that the disk is not write-protected and that the "
                                       "catalogue file may be written, then try again.")


class CatalogueDiskError(ArchiveError):
    code = "catalogue_io"
    exit_code = 8
    message = QT_TRANSLATE_NOOP("errors", "The disk holding the catalogue {where} could not be read or written.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was saved. Check that the disk is connected and has free space, "
                                       "then try again.")


class CatalogueUnreachableError(ArchiveError):
    code = "catalogue_unreachable"
    exit_code = 8
    message = QT_TRANSLATE_NOOP("errors", "The connection to the catalogue database {where} failed or was lost.")
    # A connection lost during COMMIT leaves the outcome unknown to the client, so no "nothing was saved" here.
    hint = QT_TRANSLATE_NOOP("errors", "The action was not completed. Check the network and that the database "
                                       "server is running, then try again.")


class DiskFullError(StorageError):
    """Raised for an OSError; ``unnamed_message`` when the failing call did not say which file (a write)."""

    code = "disk_full"
    message = QT_TRANSLATE_NOOP("errors", "The disk is full: could not write {path}.")
    unnamed_message = QT_TRANSLATE_NOOP("errors", "The disk is full: a file could not be written.")
    hint = QT_TRANSLATE_NOOP("errors", "Free space on that disk, or choose another place, then try again.")


class ReadOnlyDiskError(StorageError):
    code = "read_only_disk"
    message = QT_TRANSLATE_NOOP("errors", "{path} is on a read-only disk.")
    unnamed_message = QT_TRANSLATE_NOOP("errors", "A file could not be written: the disk is read-only.")
    hint = QT_TRANSLATE_NOOP("errors", "Remove the write protection or choose a writable place, then try again.")


class AccessDeniedError(StorageError):
    code = "access_denied"
    message = QT_TRANSLATE_NOOP("errors", "The system refused access to {path}.")
    unnamed_message = QT_TRANSLATE_NOOP("errors", "The system refused access to a file or folder.")
    hint = QT_TRANSLATE_NOOP("errors", "Ask the system administrator for access to that place, or choose another "
                                       "one, then try again.")


class UnexpectedError(ArchiveError):
    """A fault in the program (a bug): what the user sees once its traceback is in the log."""

    code = "unexpected"
    exit_code = 70  # EX_SOFTWARE
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "Unexpected error: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "This is a fault in the program. The details were written to {log}; please "
                                       "send that file to the system administrator.")
    unlogged_hint = QT_TRANSLATE_NOOP("errors", "This is a fault in the program, and its details could not be "
                                                "written to a log file.")
