"""Item models of the transfer page: the transfer and receipt registers and the results of the receipt checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from archive_core.spine import clock
from archive_core.transfer.checks import PROPERTY_ZH
from archive_core.transfer.export import TransferView
from archive_core.transfer.receipt import ReceiptView
from ui.kit.list_model import ListModel

CTX = "TransferPage"
GOOD, BAD, PENDING = "#2e7d32", "#b3261e", "#8a5a00"
OUTCOMES = {
    "pass": QT_TRANSLATE_NOOP("TransferPage", "Pass"),
    "fail": QT_TRANSLATE_NOOP("TransferPage", "Fail"),
    "not_checked": QT_TRANSLATE_NOOP("TransferPage", "Not checked"),
    "not_applicable": QT_TRANSLATE_NOOP("TransferPage", "Not applicable"),
}
PROPERTIES = {
    "authenticity": QT_TRANSLATE_NOOP("TransferPage", "Authenticity"),
    "integrity": QT_TRANSLATE_NOOP("TransferPage", "Integrity"),
    "usability": QT_TRANSLATE_NOOP("TransferPage", "Usability"),
    "security": QT_TRANSLATE_NOOP("TransferPage", "Security"),
}
assert set(PROPERTIES) == set(PROPERTY_ZH)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


class TransferModel(ListModel[TransferView]):
    context = CTX
    titles = (
        QT_TRANSLATE_NOOP("TransferPage", "Transferred"),
        QT_TRANSLATE_NOOP("TransferPage", "Year"),
        QT_TRANSLATE_NOOP("TransferPage", "Volumes"),
        QT_TRANSLATE_NOOP("TransferPage", "To"),
        QT_TRANSLATE_NOOP("TransferPage", "By"),
        QT_TRANSLATE_NOOP("TransferPage", "Size"),
        QT_TRANSLATE_NOOP("TransferPage", "Written to"),
    )

    def text(self, row: TransferView, column: int) -> str:
        return (clock.fmt(row.created_at), str(row.year), "、".join(row.volumes), row.recipient, row.created_by,
                f"{row.files}（{size_text(row.bytes)}）", row.target)[column]


class ReceiptModel(ListModel[ReceiptView]):
    context = CTX
    titles = (
        QT_TRANSLATE_NOOP("TransferPage", "Received"),
        QT_TRANSLATE_NOOP("TransferPage", "From"),
        QT_TRANSLATE_NOOP("TransferPage", "Year"),
        QT_TRANSLATE_NOOP("TransferPage", "Volumes (items)"),
        QT_TRANSLATE_NOOP("TransferPage", "By"),
        QT_TRANSLATE_NOOP("TransferPage", "Package"),
    )

    def text(self, row: ReceiptView, column: int) -> str:
        return (clock.fmt(row.received_at), row.sender, str(row.year), f"{row.volumes}（{row.items}）",
                row.received_by, row.package_id)[column]


class CheckModel(ListModel[dict[str, Any]]):
    """One line per check (and volume, for the 四性 engine's checks) with its outcome and what it found."""

    context = CTX
    titles = (
        QT_TRANSLATE_NOOP("TransferPage", "Check"),
        QT_TRANSLATE_NOOP("TransferPage", "Property"),
        QT_TRANSLATE_NOOP("TransferPage", "Item checked"),
        QT_TRANSLATE_NOOP("TransferPage", "Volume"),
        QT_TRANSLATE_NOOP("TransferPage", "Outcome"),
        QT_TRANSLATE_NOOP("TransferPage", "Found"),
    )

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return str(row["code"])
        if column == 1:
            return tr(PROPERTIES.get(row["property"], row["property"]))
        if column == 2:
            return str(row["title"])
        if column == 3:
            return str(row.get("volume") or "")
        if column == 4:
            return tr(OUTCOMES.get(row["outcome"], row["outcome"]))
        return "；".join(p["message"] for p in row["problems"][:5]) or str(row.get("reason") or "")

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        if column != 4:
            return None
        return GOOD if row["outcome"] == "pass" else BAD if row["outcome"] == "fail" else PENDING
