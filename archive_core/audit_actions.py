"""Readable names of audit actions for tables and reports; each area adds its own with describe()."""

from __future__ import annotations

from archive_core.errors import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("audit_actions", "sign-in"),
    "access.refused": QT_TRANSLATE_NOOP("audit_actions", "access refused"),
    "user.first_admin_created": QT_TRANSLATE_NOOP("audit_actions", "first administrator created"),
    "user.created": QT_TRANSLATE_NOOP("audit_actions", "user created"),
    "user.roles_changed": QT_TRANSLATE_NOOP("audit_actions", "roles changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("audit_actions", "password reset"),
    "user.password_changed": QT_TRANSLATE_NOOP("audit_actions", "password changed"),
    "user.locked": QT_TRANSLATE_NOOP("audit_actions", "account locked"),
    "user.unlocked": QT_TRANSLATE_NOOP("audit_actions", "account unlocked"),
    "user.disabled": QT_TRANSLATE_NOOP("audit_actions", "account disabled"),
    "user.enabled": QT_TRANSLATE_NOOP("audit_actions", "account enabled"),
    "workstation.key_registered": QT_TRANSLATE_NOOP("audit_actions", "workstation key registered"),
    "catalogue.migrated": QT_TRANSLATE_NOOP("audit_actions", "catalogue schema upgraded"),
    "vault.put": QT_TRANSLATE_NOOP("audit_actions", "stored in vault"),
    "vault.put_duplicate": QT_TRANSLATE_NOOP("audit_actions", "duplicate linked"),
    "vault.verify": QT_TRANSLATE_NOOP("audit_actions", "vault fixity check"),
    "vault.temp_swept": QT_TRANSLATE_NOOP("audit_actions", "unfinished copies removed"),
    "audit.verify": QT_TRANSLATE_NOOP("audit_actions", "audit trail verified"),
    "audit.export": QT_TRANSLATE_NOOP("audit_actions", "audit trail exported"),
    "audit.checkpoint": QT_TRANSLATE_NOOP("audit_actions", "checkpoint signed"),
}


def describe(labels: dict[str, str]) -> None:
    """Register the labels of an area's actions (called at import of the area's service module)."""
    ACTION_LABELS.update(labels)
