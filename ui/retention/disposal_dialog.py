"""The disposal request dialog: the selected due records, what disposal means, and the reason (Art. 27)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.retention.schedule import RetentionItem
from ui.kit.long_text import show_full_text
from ui.retention.retention_models import KIND_LABELS, day, tr


class DisposalRequestDialog(QDialog):
    def __init__(self, items: Sequence[RetentionItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.setWindowTitle(self.tr("Request disposal"))
        self.setMinimumSize(640, 420)
        notice = QLabel(self.tr(
            "Only records whose retention period has ended and that are under no legal hold can be disposed of. "
            "Another person with the right to approve must approve the request; execution then removes the files "
            "from the vault for good and keeps a tombstone with their digests in the catalogue (Art. 27)."))
        notice.setWordWrap(True)
        self.table = QTableWidget(len(self.items), 4)
        show_full_text(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Case / title"),
                                              self.tr("Retention ended")])
        for row, it in enumerate(self.items):
            for col, text in enumerate((tr(KIND_LABELS[it.kind]), it.label, it.title, day(it.end))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why these records should be disposed of (required)"))
        self.reason.setMaximumHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = self.buttons.addButton(self.tr("File request"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.submit.setEnabled(bool(self.reason.toPlainText().strip()) and bool(self.items))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def media_ids(self) -> list[int]:
        return [i.id for i in self.items if i.kind == "media"]

    def case_nos(self) -> list[str]:
        return [i.label for i in self.items if i.kind == "case"]
