"""The workstation's areas, shown in the navigation in this order when the user may see them."""

from __future__ import annotations

from importlib import import_module

from ui.kit.page import Page

# "module:Class" entries; each issue adds its pages here when it lands.
PAGE_CLASSES = [
    "ui.archiving.archiving_page:ArchivingPage",
    "ui.spine.audit_page:AuditPage",
    "ui.archiving.discs_page:DiscsPage",
    "ui.spine.users_page:UsersPage",
    "ui.cases.cases_page:CasesPage",
    "ui.custody.backup_page:BackupPage",
    "ui.transfer.transfer_page:TransferPage",
    "ui.equipment.equipment_page:EquipmentPage",
    "ui.av.ingest_page:IngestPage",
    "ui.av.records_page:EvidencePage",
    "ui.retention.retention_page:RetentionPage",
    "ui.stats.dashboard_page:DashboardPage",
]


def page_classes() -> list[type[Page]]:
    found = []
    for entry in PAGE_CLASSES:
        module, _, name = entry.partition(":")
        found.append(getattr(import_module(module), name))
    return sorted(found, key=lambda cls: cls.order)
