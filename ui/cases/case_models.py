"""Item models of the case pages: the lazily loaded case list, a stage's checklist, its records, and findings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from archive_core.cases import case_files
from archive_core.cases import labels as L
from archive_core.cases.case_files import CaseQuery
from archive_core.cases.compliance import Severity, article_label
from archive_core.cases.views import CaseRow, ChecklistItemView, RecordView
from archive_core.spine import clock
from ui.kit.context import UiContext
from ui.kit.lazy_model import LazyTableModel
from ui.kit.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
RED, AMBER, GREEN, GREY = QColor("#b3261e"), QColor("#8a5a00"), QColor("#1e6b34"), QColor("#6b7280")
SEVERITY_COLORS = {Severity.ERROR: RED, Severity.WARNING: AMBER, Severity.INFO: GREY}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def chinese() -> bool:
    """Catalogue rows carry an English and a Chinese name; show the one of the interface language."""
    return QLocale().language() == QLocale.Language.Chinese


def code_label(table: dict[str, str], code: str) -> str:
    return L.label(table, code, tr)


class CaseListModel(LazyTableModel):
    """The case catalogue: ids ordered and filtered in SQL, rows fetched page by page."""

    SORT_KEYS = ("case_no", "title", "type", "opened_on", "opened_on", "stage", "ended", "opened_on", "findings")

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(ctx.tasks, parent)
        self._ctx = ctx
        self.query = CaseQuery()
        self.sort_column = 7

    def headers(self) -> Sequence[str]:
        return [self.tr("Case number"), self.tr("Title"), self.tr("Type"), self.tr("Parties"), self.tr("Officers"),
                self.tr("Stage"), self.tr("Status"), self.tr("Opened"), self.tr("Compliance")]

    def query_ids(self, sort_column: int, descending: bool) -> Sequence[int]:
        key = self.SORT_KEYS[sort_column] if 0 <= sort_column < len(self.SORT_KEYS) else "opened_on"
        return case_files.search_ids(self._ctx.ws, self._ctx.actor, self.query, key, descending)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return case_files.rows(self._ctx.ws, self._ctx.actor, ids)

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            return [row.case_no, row.title, code_label(L.ENFORCEMENT_TYPES, row.enforcement_type), row.parties,
                    row.officers, code_label(L.STAGES, row.current_stage), code_label(L.STATUSES, row.status),
                    clock.fmt_day(row.opened_on), self._compliance_text(row)][column]
        if role == FOREGROUND and column == 8:
            return QBrush({"error": RED, "warning": AMBER, "ok": GREEN}.get(row.compliance_state, GREY))
        return None  # a cut title, party or officer shows whole on hover (ui.kit.long_text)

    def _compliance_text(self, row: CaseRow) -> str:
        text = code_label(L.COMPLIANCE, row.compliance_state)
        if row.finding_count:
            text += self.tr(" ({count})").format(count=row.finding_count)
        return text


class ChecklistModel(ListModel[Any]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: dict[int, RecordView] = {}

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("What must be recorded"), self.tr("Status"), self.tr("Records or reason")]

    def cell(self, item: ChecklistItemView, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == 0:
                return article_label(item.article, item.item, tr)
            if column == 1:
                name = item.name_zh if chinese() else item.name
                return name if item.required else name + self.tr(" (if it happened)")
            if column == 2:
                return code_label(L.ITEM_STATUSES, item.status)
            if column == 3:
                return self._evidence(item)
        if role == FOREGROUND and column == 2:
            if item.status == "missing":
                return QBrush(RED if item.required else GREY)
            return QBrush(GREEN if item.status == "recorded" else GREY)
        if role == TOOLTIP and column in (1, 3):
            return item.name_zh if column == 1 and chinese() else (item.name if column == 1 else self._evidence(item))
        return None

    def _evidence(self, item: ChecklistItemView) -> str:
        if item.status == "not_applicable":
            return item.na_reason
        zh = chinese()
        parts = []
        for rid in item.text_record_ids:
            r = self.records.get(rid)
            if r is not None:
                parts.append(" ".join(x for x in ((r.type_name_zh if zh else r.type_name), r.doc_no) if x))
        if item.media_record_ids:
            parts.append(self.tr("{count} A/V record(s)").format(count=len(item.media_record_ids)))
        return "；".join(parts) if zh else "; ".join(parts)


class RecordsModel(ListModel[Any]):
    def headers(self) -> list[str]:
        return [self.tr("Document"), self.tr("Number"), self.tr("Issued"), self.tr("Seal"), self.tr("Signatures"),
                self.tr("Version")]

    def cell(self, r: RecordView, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == 0:
                name = r.type_name_zh if chinese() else r.type_name
                return r.title if r.title and r.title != name else name
            if column == 1:
                return r.doc_no or "—"
            if column == 2:
                return clock.fmt_day(r.issued_on, empty="—")
            if column == 3:
                return self.tr("Sealed") if r.sealed else "—"
            if column == 4:
                return self._signatures(r)
            if column == 5:
                text = self.tr("v{version}").format(version=r.version)
                if not r.is_current:
                    return text + self.tr(" (superseded)")
                return text + self.tr(" (corrected)") if r.version > 1 else text
        if role == FOREGROUND and not r.is_current:
            return QBrush(GREY)
        if role == TOOLTIP:
            tip = r.type_name_zh if chinese() else r.type_name
            if r.correction_reason:
                tip += "\n" + self.tr("Correction: {reason}").format(reason=r.correction_reason)
            if r.file_name:
                tip += "\n" + self.tr("Scan: {name}").format(name=r.file_name)
            return tip
        return None

    def _signatures(self, r: RecordView) -> str:
        if r.service is not None:
            return code_label(L.SERVICE_METHODS, r.service.method)
        if r.category == "hearing":
            signed = sum(s.signed for s in r.signatures)
            return self.tr("{signed} of {total} participants signed").format(signed=signed, total=len(r.signatures))
        if r.opinions:
            dated = sum(getattr(r, f"{role}_signed_on") is not None for role in r.opinions)
            return self.tr("{count} of {total} opinions dated").format(count=dated, total=len(r.opinions))
        if r.party_signed:
            return self.tr("Party signed")
        if r.refusal_note:
            return self.tr("Refused; {count} officer(s) signed").format(count=len(r.signatures))
        return "—"

