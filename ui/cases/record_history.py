"""A document's versions (Art. 27): who registered or corrected it, when and why, and what each correction changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import labels as L
from archive_core.cases import records
from archive_core.cases.views import RecordView
from archive_core.spine import clock
from ui.cases.case_models import chinese, code_label
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline
from ui.kit.tables import table_view

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CONTEXT = "RecordHistoryDialog"
CHANGED = QColor("#fff1c2")
CURRENT = QColor("#1e6b34")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day(value: Any) -> str:
    return clock.fmt_day(value)


def _yes(value: bool) -> str:
    return (QCoreApplication.translate("RecordHistoryDialog", "Yes") if value
            else QCoreApplication.translate("RecordHistoryDialog", "No"))


def _when(value: datetime | None) -> str:
    return clock.fmt(value, clock.READ_MINUTE)


def _names(r: RecordView, role: str, signed: bool = False) -> str:
    marks = (QCoreApplication.translate("RecordHistoryDialog", " (not signed)"),
             QCoreApplication.translate("RecordHistoryDialog", " (signed)"))
    people = [s.name + (marks[s.signed] if signed else "") for s in r.signatures if s.role == role]
    return "、".join(people) if chinese() else ", ".join(people)


def _scan(r: RecordView) -> str:
    """The file name and the start of its digest: a replaced scan shows even under the same name."""
    return f"{r.file_name}（{r.file_sha256[:12]}…）" if r.file_sha256 else ""


def _service(key: str, kind: str = "text") -> Callable[[RecordView], str]:
    def read(r: RecordView) -> str:
        if r.service is None:
            return ""
        value = getattr(r.service, key)
        if kind == "tick":
            return _yes(value)
        if kind == "time":
            return _when(value)
        return code_label(L.SERVICE_METHODS, value) if key == "method" else str(value or "")
    return read


# The facts compared between versions, in the order of the registration form.
FIELDS: tuple[tuple[str, Callable[[RecordView], str]], ...] = (
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Stage"), lambda r: code_label(L.STAGES, r.stage)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Document number"), lambda r: r.doc_no),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Title"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Issue date"), lambda r: _day(r.issued_on)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Agency seal"), lambda r: _yes(r.sealed)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Pages"), lambda r: str(r.pages)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Scan"), lambda r: _scan(r)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Signed by the party"), lambda r: _yes(r.party_signed)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Cross-page fingerprint or seal"), lambda r: _yes(r.cross_page_sealed)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Has alterations"), lambda r: _yes(r.has_alterations)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Fingerprint or seal at the alterations"),
     lambda r: _yes(r.alterations_marked)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Refusal note"), lambda r: r.refusal_note),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Officers signing the refusal note"),
     lambda r: _names(r, "refusal_witness")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Handler's opinion"), lambda r: r.handler_opinion),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Handler's reasons"), lambda r: r.handler_reasons),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Handler signed on"), lambda r: _day(r.handler_signed_on)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Reviewer's opinion"), lambda r: r.reviewer_opinion),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Reviewer signed on"), lambda r: _day(r.reviewer_signed_on)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Approver's opinion"), lambda r: r.approver_opinion),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Approver signed on"), lambda r: _day(r.approver_signed_on)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Hearing participants"), lambda r: _names(r, "participant", signed=True)),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Service method"), _service("method")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Document served"), _service("served_document")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Recipient"), _service("recipient")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Time of service"), _service("served_at", "time")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Place of service"), _service("place")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Server"), _service("server_name")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Server signed"), _service("server_signed", "tick")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Recipient signed"), _service("recipient_signed", "tick")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Reason for entrusting"), _service("entrust_reason")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Postal receipt kept"), _service("receipt_kept", "tick")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Circumstances of the lien"), _service("lien_circumstances")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Witness"), _service("witness_name")),
    (QT_TRANSLATE_NOOP("RecordHistoryDialog", "Witness signed"), _service("witness_signed", "tick")),
)


class VersionGrid:
    """Every compared fact of every version, and which facts each version changed against the one before."""

    def __init__(self, versions: Sequence[RecordView]) -> None:
        values = [[read(v) for v in versions] for _label, read in FIELDS]
        # A fact stays out of the comparison when no version has it (a service field on a hearing record).
        keep = [i for i, row in enumerate(values) if any(x not in ("", _yes(False)) for x in row)
                or len(set(row)) > 1]
        self.labels = [FIELDS[i][0] for i in keep]
        self.values = [values[i] for i in keep]
        self.changed = [[c > 0 and row[c] != row[c - 1] for c in range(len(versions))] for row in self.values]

    def changed_labels(self, column: int) -> list[str]:
        return [_tr(label) for label, flags in zip(self.labels, self.changed, strict=True) if flags[column]]


class _VersionsTable(QAbstractTableModel):
    """The versions of one document and the grid of their facts, shared by the two views of them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.versions: list[RecordView] = []
        self.grid = VersionGrid([])

    def set_versions(self, versions: Sequence[RecordView]) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.grid = VersionGrid(self.versions)
        self.endResetModel()


class VersionsModel(_VersionsTable):
    """One row per version: which, when, by whom, why, and the facts it changed."""

    def headers(self) -> list[str]:
        return [self.tr("Version"), self.tr("Recorded at"), self.tr("By"), self.tr("Reason for the correction"),
                self.tr("What changed")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        v, column = self.versions[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return v.created_by
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), v, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and v.is_current:
            return QBrush(CURRENT)
        return None

    def _text(self, row: int, v: RecordView, column: int) -> str:
        if column == 0:
            text = self.tr("v{version}").format(version=v.version)
            return text + (self.tr(" (current)") if v.is_current else self.tr(" (corrected)"))
        if column == 1:
            return _when(v.created_at)
        if column == 2:
            return v.created_by_name
        if column == 3:
            return v.correction_reason or self.tr("— first registration")
        changed = self.grid.changed_labels(row)
        return ("、".join(changed) if chinese() else ", ".join(changed)) if row else ""


class CompareModel(_VersionsTable):
    """Facts down, versions across; a fact a version changed is highlighted in that version's column."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.versions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.versions):
            return self.tr("v{version}").format(version=self.versions[section].version)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid.labels):
            return _tr(self.grid.labels[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        row, column = index.row(), index.column()
        changed = self.grid.changed[row][column]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.grid.values[row][column] or "—"
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return QBrush(CHANGED)
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class RecordHistoryDialog(QDialog):
    """Loads every version of the document off the GUI thread and shows them side by side."""

    def __init__(self, ctx: UiContext, record: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name = record.type_name_zh if chinese() else record.type_name
        label = " ".join(x for x in (record.title or name, record.doc_no) if x)
        self.setWindowTitle(self.tr("Version history — {document}").format(document=label))
        self.resize(920, 600)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("A correction never overwrites a document: each version stays in the file with who "
                              "made it, when and why (Art. 27). Highlighted facts are those a version changed."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #505a66;")
        layout.addWidget(note)
        self.versions = VersionsModel(self)
        self.versions_view = table_view(self.versions)
        self.versions_view.setWordWrap(True)  # the reason is read in full
        header = self.versions_view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(4, 220)
        self.compare = CompareModel(self)
        self.compare_view = table_view(self.compare)
        self.compare_view.verticalHeader().show()
        self.compare_view.setWordWrap(True)
        self.compare_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.versions_view)
        split.addWidget(self.compare_view)
        split.setSizes([190, 360])
        layout.addWidget(split, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.tasks.run(records.record_history, ctx.ws, ctx.actor, record.id, on_done=self.show_versions,
                      on_error=self._failed, owner=self)

    def show_versions(self, versions: list[RecordView]) -> None:
        self.versions.set_versions(versions)
        self.compare.set_versions(versions)
        self.versions_view.resizeRowsToContents()
        self.compare_view.resizeRowsToContents()

    def _failed(self, exc: BaseException) -> None:
        show_inline(self.message, exc)
