"""The errors of backup and restore, each saying what happened and what to do."""

from __future__ import annotations

from archive_core.spine.errors import (
    QT_TRANSLATE_NOOP,
    ArchiveError,
    CatalogueBusyError,
    CatalogueUnreachableError,
    IntegrityError,
    NotFoundError,
    StorageError,
    ValidationError,
)


class BackupTargetError(ValidationError):
    code = "backup_target"
    translated_params = ("reason",)
    message = QT_TRANSLATE_NOOP("errors", "{path} cannot hold a backup: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. Choose a folder on another disk, a USB disk or a "
                                       "network mount.")


TARGET_IS_VAULT = QT_TRANSLATE_NOOP("errors", "it is the evidence vault itself")
TARGET_IN_HOME = QT_TRANSLATE_NOOP("errors", "it is inside the data home, on the same disk as what it protects")
HOME_IN_TARGET = QT_TRANSLATE_NOOP("errors", "the data home is inside it")


class BackupBusyError(CatalogueBusyError):
    code = "backup_busy"
    message = QT_TRANSLATE_NOOP("errors", "Another backup is running ({who}).")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. One backup runs at a time: wait until it has "
                                       "finished, then try again.")


class BackupFullError(StorageError):
    code = "backup_full"
    message = QT_TRANSLATE_NOOP("errors", "The backup disk {path} is full.")
    hint = QT_TRANSLATE_NOOP("errors", "This run was not kept; earlier backups there are whole. Free space on that "
                                       "disk or choose another one, then run the backup again: it copies only what "
                                       "is missing.")


class BackupCatalogueLostError(CatalogueUnreachableError):
    code = "backup_catalogue_lost"
    message = QT_TRANSLATE_NOOP("errors", "The catalogue database {where} could not be reached during the backup to "
                                          "{path}.")
    hint = QT_TRANSLATE_NOOP("errors", "Earlier backups there are whole and this run does not count as a good "
                                       "backup. When the database is back, run the backup again: it copies only what "
                                       "is missing.")


class BackupWriteError(StorageError):
    code = "backup_write"
    message = QT_TRANSLATE_NOOP("errors", "Could not write the backup to {path}: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "This run was not kept; earlier backups there are whole. Fix the disk or "
                                       "folder, then run the backup again.")


class NotABackupError(ArchiveError):
    code = "not_a_backup"
    exit_code = NotFoundError.exit_code
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "No finished backup in {path}.")
    hint = QT_TRANSLATE_NOOP("errors", "Name the folder given to “backup run --to”.")


class BackupDamagedError(IntegrityError):
    code = "backup_damaged"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "The backup {run} in {path} failed its check: {problems}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was restored. Use another backup (or another copy of this one) "
                                       "and report the damage to the system administrator.")


class VaultDamagedError(IntegrityError):
    code = "backup_source_damaged"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "The vault objects {objects} do not match their catalogue entries; "
                                          "they were not copied and the backup was not kept.")
    hint = QT_TRANSLATE_NOOP("errors", "Run “verify” and report the damage to the security auditor.")


class RestoreTargetError(ValidationError):
    code = "restore_target"
    translated_params = ("reason",)
    message = QT_TRANSLATE_NOOP("errors", "Cannot restore into {path}: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. A restore never writes over a home: name a new or "
                                       "empty folder.")


TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP("errors", "the folder is not empty")
TARGET_NOT_FOLDER = QT_TRANSLATE_NOOP("errors", "it is not a folder")
TARGET_IN_BACKUP = QT_TRANSLATE_NOOP("errors", "it is inside the backup")
DUMP_NEEDS_POSTGRESQL = QT_TRANSLATE_NOOP("errors", "the backup holds a PostgreSQL catalogue: give --db with a "
                                                    "PostgreSQL URL")
SNAPSHOT_NEEDS_SQLITE = QT_TRANSLATE_NOOP("errors", "the backup holds an SQLite catalogue: leave out --db")


class RestoreSchemaError(ValidationError):
    code = "restore_schema"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "Cannot restore into {path}: the database already holds tables in schema "
                                          "{schema}.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. Name a new, empty database.")


class RestoreSchemaDiffersError(ValidationError):
    code = "restore_schema_differs"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "The backup holds the catalogue in schema {schema}; the URL {path} names "
                                          "schema {asked}.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. Leave the schema out of the URL, or name schema "
                                       "{schema}, in a new, empty database.")


class PassphraseError(ValidationError):
    code = "passphrase"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "The passphrase does not open the signing key in the backup.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was restored. Give the passphrase chosen when the backup was made.")


class PassphraseMissingError(ValidationError):
    code = "passphrase_missing"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "A passphrase of at least {n} characters is needed to encrypt the "
                                          "signing key.")
    hint = QT_TRANSLATE_NOOP("errors", "Set it in ARCHIVE_WS_KEY_PASSPHRASE, then try again.")


class ToolMissingError(StorageError):
    code = "tool_missing"
    message = QT_TRANSLATE_NOOP("errors", "The program {tool} is not installed.")
    hint = QT_TRANSLATE_NOOP("errors", "Install the Debian package postgresql-client (make does), then try again.")


class ToolFailedError(StorageError):
    code = "tool_failed"
    message = QT_TRANSLATE_NOOP("errors", "{tool} failed: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was kept. Check the database connection, then try again.")


class DiscUnreadableError(ValidationError):
    code = "repair_disc_unreadable"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "{path} cannot be read as an evidence disc: {reason}")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was written. Name a disc image (.iso) or the drive holding the "
                                       "evidence disc (for example /dev/sr0).")


class RepairRefusedError(IntegrityError):
    code = "repair_refused"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "The copies in {path} of {objects} do not match the catalogue's SHA-256 "
                                          "and SM3; they were refused and nothing was written for them ({repaired} "
                                          "other object(s) repaired).")
    hint = QT_TRANSLATE_NOOP("errors", "That copy is damaged too: repair from another backup or evidence disc, and "
                                       "report it to the security auditor.")


class NotInCopyError(ArchiveError):
    code = "repair_not_in_copy"
    exit_code = NotFoundError.exit_code
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "{path} holds no copy of {objects}; nothing was written for them "
                                          "({repaired} other object(s) repaired).")
    hint = QT_TRANSLATE_NOOP("errors", "Name a backup folder or an evidence disc that holds them.")
