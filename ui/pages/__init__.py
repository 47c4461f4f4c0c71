"""The workstation's areas, shown in the navigation in this order when the user may see them."""

from __future__ import annotations

from importlib import import_module

from ui.pages.base import Page

# "module:Class" entries; each issue adds its pages here when it lands.
PAGE_CLASSES = [
    "ui.pages.archiving_page:ArchivingPage",
    "ui.pages.audit_page:AuditPage",
    "ui.pages.discs_page:DiscsPage",
    "ui.pages.users_page:UsersPage",
    "ui.pages.cases_page:CasesPage",
    "ui.pages.equipment_page:EquipmentPage",
    "ui.pages.ingest_page:IngestPage",
    "ui.pages.evidence_page:EvidencePage",
    "ui.pages.retention_page:RetentionPage",
    "ui.pages.dashboard_page:DashboardPage",
]


def page_classes() -> list[type[Page]]:
    found = []
    for entry in PAGE_CLASSES:
        module, _, name = entry.partition(":")
        found.append(getattr(import_module(module), name))
    return sorted(found, key=lambda cls: cls.order)
