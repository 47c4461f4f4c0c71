"""Translated role names, as the status bar and the user list show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from archive_core.spine.auth import ROLE_LABELS, Role

ROLE_VALUES = frozenset(r.value for r in Role)


def role_names(roles: frozenset[str]) -> str:
    labels = [QCoreApplication.translate("roles", ROLE_LABELS[Role(r)]) for r in sorted(roles) if r in ROLE_VALUES]
    return "、".join(labels)
