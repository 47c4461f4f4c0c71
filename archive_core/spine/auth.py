"""Roles, permissions and the acting user (Art. 25: access by role, separation of duties)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from archive_core.spine.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ARCHIVIST = "archivist"
    EQUIPMENT_CLERK = "equipment_clerk"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    SECURITY_ADMIN = "security_admin"
    SYSTEM_ADMIN = "system_admin"


ROLE_LABELS = {
    Role.ARCHIVIST: QT_TRANSLATE_NOOP("roles", "Archivist"),
    Role.EQUIPMENT_CLERK: QT_TRANSLATE_NOOP("roles", "Equipment clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "Security auditor"),
    Role.SECURITY_ADMIN: QT_TRANSLATE_NOOP("roles", "Security administrator"),
    Role.SYSTEM_ADMIN: QT_TRANSLATE_NOOP("roles", "System administrator"),
}


class Permission(StrEnum):
    USER_MANAGE = "user.manage"
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    AUDIT_EXPORT = "audit.export"
    VAULT_PUT = "vault.put"
    VAULT_VERIFY = "vault.verify"
    VAULT_REPAIR = "vault.repair"
    CASE_READ = "case.read"
    CASE_WRITE = "case.write"
    CASE_IMPORT = "case.import"
    MEDIA_READ = "media.read"
    MEDIA_INGEST = "media.ingest"
    MEDIA_LINK = "media.link"
    MEDIA_PLAY = "media.play"
    MEDIA_EXPORT = "media.export"
    MEDIA_RESTRICTED = "media.restricted"
    VOLUME_FILE = "volume.file"
    DISC_BUILD = "disc.build"
    DISC_BURN = "disc.burn"
    DISC_REGISTER = "disc.register"
    DEVICE_READ = "device.read"
    DEVICE_MANAGE = "device.manage"
    DEVICE_LOAN = "device.loan"
    RETENTION_READ = "retention.read"
    RETENTION_MANAGE = "retention.manage"
    HOLD_MANAGE = "hold.manage"
    DISPOSAL_REQUEST = "disposal.request"
    DISPOSAL_APPROVE = "disposal.approve"
    REPORT_READ = "report.read"
    SETTINGS_MANAGE = "settings.manage"
    BACKUP_RUN = "backup.run"
    BACKUP_VERIFY = "backup.verify"
    BACKUP_KEY = "backup.key"
    KEY_ROTATE = "key.rotate"
    TRANSFER_EXPORT = "transfer.export"
    TRANSFER_RECEIVE = "transfer.receive"
    TRANSFER_TRUST = "transfer.trust"


P = Permission
PERMISSION_LABELS = {
    P.USER_MANAGE: QT_TRANSLATE_NOOP("errors", "manage users"),
    P.AUDIT_READ: QT_TRANSLATE_NOOP("errors", "read the audit trail"),
    P.AUDIT_VERIFY: QT_TRANSLATE_NOOP("errors", "verify the audit trail"),
    P.AUDIT_EXPORT: QT_TRANSLATE_NOOP("errors", "export the audit trail"),
    P.VAULT_PUT: QT_TRANSLATE_NOOP("errors", "store files in the vault"),
    P.VAULT_VERIFY: QT_TRANSLATE_NOOP("errors", "check the vault's fixity"),
    P.VAULT_REPAIR: QT_TRANSLATE_NOOP("errors", "repair vault objects from a backup or a disc"),
    P.CASE_READ: QT_TRANSLATE_NOOP("errors", "read case files"),
    P.CASE_WRITE: QT_TRANSLATE_NOOP("errors", "edit case files"),
    P.CASE_IMPORT: QT_TRANSLATE_NOOP("errors", "import case files"),
    P.MEDIA_READ: QT_TRANSLATE_NOOP("errors", "see audio-visual records"),
    P.MEDIA_INGEST: QT_TRANSLATE_NOOP("errors", "ingest audio-visual records"),
    P.MEDIA_LINK: QT_TRANSLATE_NOOP("errors", "link audio-visual records to cases"),
    P.MEDIA_PLAY: QT_TRANSLATE_NOOP("errors", "play audio-visual records"),
    P.MEDIA_EXPORT: QT_TRANSLATE_NOOP("errors", "export audio-visual records"),
    P.MEDIA_RESTRICTED: QT_TRANSLATE_NOOP("errors", "open privacy or commercial-secret records"),
    P.VOLUME_FILE: QT_TRANSLATE_NOOP("errors", "file archive volumes"),
    P.DISC_BUILD: QT_TRANSLATE_NOOP("errors", "build evidence discs"),
    P.DISC_BURN: QT_TRANSLATE_NOOP("errors", "burn evidence discs"),
    P.DISC_REGISTER: QT_TRANSLATE_NOOP("errors", "keep the disc register"),
    P.DEVICE_READ: QT_TRANSLATE_NOOP("errors", "see the device register"),
    P.DEVICE_MANAGE: QT_TRANSLATE_NOOP("errors", "manage devices"),
    P.DEVICE_LOAN: QT_TRANSLATE_NOOP("errors", "check devices out and in"),
    P.RETENTION_READ: QT_TRANSLATE_NOOP("errors", "see retention periods"),
    P.RETENTION_MANAGE: QT_TRANSLATE_NOOP("errors", "manage retention rules"),
    P.HOLD_MANAGE: QT_TRANSLATE_NOOP("errors", "place and release legal holds"),
    P.DISPOSAL_REQUEST: QT_TRANSLATE_NOOP("errors", "request disposal"),
    P.DISPOSAL_APPROVE: QT_TRANSLATE_NOOP("errors", "approve disposal"),
    P.REPORT_READ: QT_TRANSLATE_NOOP("errors", "see statistics and reports"),
    P.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("errors", "change workstation settings"),
    P.BACKUP_RUN: QT_TRANSLATE_NOOP("errors", "back up the workstation"),
    P.BACKUP_VERIFY: QT_TRANSLATE_NOOP("errors", "check backups and read the backup register"),
    P.BACKUP_KEY: QT_TRANSLATE_NOOP("errors", "back up the private signing key"),
    P.KEY_ROTATE: QT_TRANSLATE_NOOP("errors", "replace the workstation's signing key"),
    P.TRANSFER_EXPORT: QT_TRANSLATE_NOOP("errors", "transfer archive volumes to another archive"),
    P.TRANSFER_RECEIVE: QT_TRANSLATE_NOOP("errors", "receive archival packages"),
    P.TRANSFER_TRUST: QT_TRANSLATE_NOOP("errors", "trust the signing key of a sending archive"),
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ARCHIVIST: frozenset({
        P.CASE_READ, P.CASE_WRITE, P.CASE_IMPORT, P.MEDIA_READ, P.MEDIA_INGEST, P.MEDIA_LINK, P.MEDIA_PLAY,
        P.MEDIA_EXPORT, P.VOLUME_FILE, P.DISC_BUILD, P.DISC_BURN, P.DISC_REGISTER, P.VAULT_PUT,
        P.VAULT_VERIFY, P.RETENTION_READ, P.DISPOSAL_REQUEST, P.REPORT_READ, P.DEVICE_READ,
        P.TRANSFER_EXPORT, P.TRANSFER_RECEIVE,
    }),
    Role.EQUIPMENT_CLERK: frozenset({
        P.DEVICE_READ, P.DEVICE_MANAGE, P.DEVICE_LOAN, P.MEDIA_INGEST, P.VAULT_PUT, P.REPORT_READ,
    }),
    Role.SUPERVISOR: frozenset({
        P.CASE_READ, P.MEDIA_READ, P.MEDIA_PLAY, P.MEDIA_RESTRICTED, P.REPORT_READ, P.RETENTION_READ,
        P.DISPOSAL_APPROVE, P.HOLD_MANAGE, P.AUDIT_READ, P.DEVICE_READ,
    }),
    # The auditor reads and checks; it changes neither users nor records.
    Role.AUDITOR: frozenset({
        P.AUDIT_READ, P.AUDIT_VERIFY, P.AUDIT_EXPORT, P.VAULT_VERIFY, P.CASE_READ, P.MEDIA_READ,
        P.REPORT_READ, P.RETENTION_READ, P.DEVICE_READ, P.BACKUP_VERIFY,
    }),
    # Only the security administrator may let the signing key leave the workstation (in a backup, encrypted) or
    # replace it, and decide whose keys are trusted to sign the packages received.
    Role.SECURITY_ADMIN: frozenset({P.USER_MANAGE, P.BACKUP_KEY, P.KEY_ROTATE, P.TRANSFER_TRUST}),
    # The system administrator runs the installation, its storage and so its backups (copies, not reads, of the
    # catalogue), but can neither read nor alter the audit trail. Repair is part of that: it puts back only bytes
    # whose digests equal the catalogue's, so it changes no record, and the auditor who finds the damage stays a
    # reader who alters nothing.
    Role.SYSTEM_ADMIN: frozenset({P.SETTINGS_MANAGE, P.VAULT_VERIFY, P.VAULT_REPAIR, P.RETENTION_MANAGE,
                                  P.HOLD_MANAGE, P.BACKUP_RUN, P.BACKUP_VERIFY}),
}

# Three-officer separation (三员分立): no account holds two of these, nor one of these with a business role.
ADMIN_ROLES = frozenset({Role.AUDITOR, Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN})


def role_conflict(roles: frozenset[str]) -> str | None:
    """Why this set of roles breaks separation of duties, or None."""
    admin = roles & ADMIN_ROLES
    if len(admin) > 1 or (admin and len(roles) > 1):
        return QT_TRANSLATE_NOOP(
            "errors",
            "the auditor, security administrator and system administrator roles must each be held alone",
        )
    return None


_ROLE_NAMES = frozenset(r.value for r in Role)


@dataclass(frozen=True)
class Actor:
    """The authenticated user on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    roles: frozenset[str]

    def can(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS.get(Role(r), ()) for r in self.roles & _ROLE_NAMES)


SYSTEM_ACTOR = Actor(user_id=0, username="system", display_name="system", roles=frozenset())
