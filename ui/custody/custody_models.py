"""Item models of the backup page: the backup register (备份登记) and the objects that failed the fixity check."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from archive_core.custody import backup_register as register
from archive_core.custody.backup_register import RunView
from archive_core.spine import clock
from archive_core.spine.vault import schedule
from archive_core.spine.vault.schedule import FixityFailure
from ui.kit.list_model import ListModel

CTX = "BackupPage"
RESULTS = {
    register.OK: QT_TRANSLATE_NOOP("BackupPage", "Good"),
    register.FAILED: QT_TRANSLATE_NOOP("BackupPage", "Failed"),
    register.RUNNING: QT_TRANSLATE_NOOP("BackupPage", "Running"),
    register.INTERRUPTED: QT_TRANSLATE_NOOP("BackupPage", "Interrupted"),
}
PROBLEMS = {
    schedule.MISSING: QT_TRANSLATE_NOOP("BackupPage", "Missing"),
    schedule.ALTERED: QT_TRANSLATE_NOOP("BackupPage", "Altered"),
}
GOOD, BAD, PENDING = "#2e7d32", "#b3261e", "#8a5a00"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def result_text(result: str) -> str:
    return tr(RESULTS[result]) if result in RESULTS else result


class RegisterModel(ListModel[RunView]):
    context = CTX
    titles = (
        QT_TRANSLATE_NOOP("BackupPage", "Started"),
        QT_TRANSLATE_NOOP("BackupPage", "Target folder"),
        QT_TRANSLATE_NOOP("BackupPage", "Objects (new)"),
        QT_TRANSLATE_NOOP("BackupPage", "Size (copied)"),
        QT_TRANSLATE_NOOP("BackupPage", "Audit trail up to"),
        QT_TRANSLATE_NOOP("BackupPage", "Result"),
        QT_TRANSLATE_NOOP("BackupPage", "Last checked"),
    )

    def text(self, row: RunView, column: int) -> str:
        if column == 0:
            return clock.fmt(row.started_at, clock.READ_SECOND)
        if column == 1:
            return row.target
        if column == 2:
            return f"{row.objects}（{row.objects_copied}）"
        if column == 3:
            return f"{size_text(row.bytes)}（{size_text(row.bytes_copied)}）"
        if column == 4:
            return f"#{row.audit_seq}  {row.audit_hash[:12]}" if row.audit_seq is not None else "—"
        if column == 5:
            key = tr("  (with signing key)") if row.with_private_key else ""
            return result_text(row.result) + key + (f"：{row.error}" if row.error else "")
        if not row.verified_at:
            return tr("Not checked yet")
        return f"{clock.fmt(row.verified_at, clock.READ_MINUTE)}  {result_text(row.verify_result)}"

    def colour(self, row: RunView, column: int) -> str | None:
        if column == 5:
            return GOOD if row.result == register.OK else PENDING if row.result == register.RUNNING else BAD
        if column == 6 and row.verified_at:
            return GOOD if row.verify_result == register.OK else BAD
        return None


class FailureModel(ListModel[FixityFailure]):
    context = CTX
    titles = (
        QT_TRANSLATE_NOOP("BackupPage", "File"),
        QT_TRANSLATE_NOOP("BackupPage", "Found"),
        QT_TRANSLATE_NOOP("BackupPage", "Checked"),
        QT_TRANSLATE_NOOP("BackupPage", "SHA-256"),
    )

    def text(self, row: FixityFailure, column: int) -> str:
        checked = clock.fmt(row.checked_at, clock.READ_MINUTE)
        return (row.name, tr(PROBLEMS.get(row.problem, row.problem)), checked, row.sha256)[column]

    def colour(self, row: FixityFailure, column: int) -> str | None:
        return BAD if column == 1 else None
