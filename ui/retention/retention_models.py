"""Item models of the retention page: due records, legal holds, disposal requests, the retention schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)

from archive_core.retention.disposal import STATE_LABELS as REQUEST_LABELS
from archive_core.retention.disposal import RequestView
from archive_core.retention.holds import HoldView
from archive_core.retention.schedule import STATE_LABELS, RetentionItem, RetentionState, RuleView
from archive_core.spine import clock
from models.retention import DisposalState
from ui.kit.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

KIND_LABELS = {
    "case": QT_TRANSLATE_NOOP("RetentionPage", "Case file"),
    "media": QT_TRANSLATE_NOOP("RetentionPage", "A/V record"),
}
TYPE_LABELS = {
    "penalty": QT_TRANSLATE_NOOP("RetentionPage", "Penalty"),
    "licensing": QT_TRANSLATE_NOOP("RetentionPage", "Licensing"),
    "coercion": QT_TRANSLATE_NOOP("RetentionPage", "Coercion"),
    "inspection": QT_TRANSLATE_NOOP("RetentionPage", "Inspection"),
    "levy": QT_TRANSLATE_NOOP("RetentionPage", "Levy and requisition"),
    "": QT_TRANSLATE_NOOP("RetentionPage", "Any"),
}
RISK_LABELS = {
    "high": QT_TRANSLATE_NOOP("RetentionPage", "High (Art. 20 grounds)"),
    "ordinary": QT_TRANSLATE_NOOP("RetentionPage", "Ordinary"),
    "": QT_TRANSLATE_NOOP("RetentionPage", "Any"),
}
STATE_COLOURS = {
    RetentionState.DUE.value: "#b3261e",
    RetentionState.HELD.value: "#8a5a00",
    RetentionState.REQUESTED.value: "#1d5fa8",
    RetentionState.DISPOSED.value: "#666666",
    DisposalState.REQUESTED.value: "#1d5fa8",
    DisposalState.APPROVED.value: "#2e7d32",
    DisposalState.REJECTED.value: "#666666",
    DisposalState.EXECUTING.value: "#b3261e",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("RetentionPage", text)


def day(value: date | None) -> str:
    return clock.fmt_day(value, empty="—")


def local_time(value: datetime | None) -> str:
    return clock.fmt(value, clock.READ_MINUTE)


def state_text(state: str) -> str:
    return QCoreApplication.translate("retention", STATE_LABELS[RetentionState(state)])


def request_state_text(state: str) -> str:
    return QCoreApplication.translate("disposal", REQUEST_LABELS[DisposalState(state)])


def months_text(months: int | None) -> str:
    if months is None:
        return QCoreApplication.translate("RetentionPage", "Permanent")
    if months % 12 == 0:
        return QCoreApplication.translate("RetentionPage", "{n} years").format(n=months // 12)
    return QCoreApplication.translate("RetentionPage", "{n} months").format(n=months)


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class DueModel(ListModel[RetentionItem]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("Case / title"),
            self.tr("Rule"),
            self.tr("Counted from"),
            self.tr("Retention ends"),
            self.tr("State"),
        ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rule_names: dict[str, str] = {}

    def text(self, row: RetentionItem, column: int) -> str:
        if column == 0:
            return tr(KIND_LABELS[row.kind])
        if column == 1:
            return row.label
        if column == 2:
            return row.title
        if column == 3:
            return self.rule_names.get(row.rule_code, row.rule_code)
        if column == 4:
            return day(row.counted_from)
        if column == 5:
            return day(row.end)
        return state_text(row.state)

    def colour(self, row: RetentionItem, column: int) -> str | None:
        return STATE_COLOURS.get(row.state) if column in (5, 6) else None


class HoldModel(ListModel[HoldView]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("No."),
            self.tr("Held record"),
            self.tr("Reason"),
            self.tr("Placed by"),
            self.tr("Placed at"),
            self.tr("Released"),
        ]

    def text(self, row: HoldView, column: int) -> str:
        if column == 0:
            return str(row.id)
        if column == 1:
            return row.case_no or f"{tr('A/V record')} {row.media_id} · {row.media_name}"
        if column == 2:
            return row.reason
        if column == 3:
            return row.placed_by
        if column == 4:
            return local_time(row.placed_at)
        if row.released_at is None:
            return self.tr("Active")
        return f"{local_time(row.released_at)} {row.released_by}：{row.release_reason}"

    def colour(self, row: HoldView, column: int) -> str | None:
        return STATE_COLOURS[RetentionState.HELD.value] if column == 5 and row.active else None


class RequestModel(ListModel[RequestView]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("No."),
            self.tr("State"),
            self.tr("Items"),
            self.tr("Reason"),
            self.tr("Requested by"),
            self.tr("Requested at"),
            self.tr("Decided by"),
            self.tr("Executed at"),
        ]

    def text(self, row: RequestView, column: int) -> str:
        if column == 0:
            return str(row.id)
        if column == 1:
            return request_state_text(row.state)
        if column == 2:
            first = row.items[0].label if row.items else ""
            more = len(row.items) - 1
            return first + (self.tr(" and {n} more").format(n=more) if more > 0 else "")
        if column == 3:
            return row.reason
        if column == 4:
            return row.name(row.requested_by)
        if column == 5:
            return local_time(row.requested_at)
        if column == 6:
            return row.name(row.decided_by)
        return local_time(row.executed_at)

    def tooltip(self, row: RequestView, column: int) -> str | None:
        return {4: row.requested_by, 6: row.decided_by}.get(column) or None

    def colour(self, row: RequestView, column: int) -> str | None:
        return STATE_COLOURS.get(row.state) if column == 1 else None


class RuleModel(ListModel[RuleView]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Rule"),
            self.tr("Category"),
            self.tr("Enforcement type"),
            self.tr("Risk"),
            self.tr("Period"),
            self.tr("Active"),
        ]

    def text(self, row: RuleView, column: int) -> str:
        if column == 0:
            return row.name_zh if chinese() else row.name
        if column == 1:
            return tr(KIND_LABELS[row.category])
        if column == 2:
            return tr(TYPE_LABELS.get(row.enforcement_type, row.enforcement_type))
        if column == 3:
            return tr(RISK_LABELS.get(row.risk, row.risk))
        if column == 4:
            return months_text(row.months)
        return self.tr("Yes") if row.active else self.tr("No")
