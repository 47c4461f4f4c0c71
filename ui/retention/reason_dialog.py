"""A dialog that asks for the reason of a retention action (legal hold, release, rejection) and names its records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.kit.long_text import show_full_text


class ReasonDialog(QDialog):
    """OK stays disabled until a reason is written: every hold, release and rejection says why (Art. 27)."""

    def __init__(self, title: str, intro: str, records: Sequence[str], parent: QWidget | None = None,
                 field: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.records = QListWidget()
        show_full_text(self.records)
        self.records.addItems(list(records))
        self.records.setMaximumHeight(22 * min(max(len(records), 1), 6) + 8)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.records)
        layout.addWidget(QLabel(field or self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
