"""Small dialogs of the evidence page: the purpose of a playback or export (Art. 24, 25), linking to a case and
stage (Art. 19), and tagging with A/V items (Art. 21, 22)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.media_settings import AvItemView
from ui.evidence_models import stage_label

STAGES = ("initiation", "investigation", "decision", "service_execution")


class PurposeDialog(QDialog):
    """Asks why a recording is opened: every playback and export is logged with who and why."""

    def __init__(self, name: str, parent: QWidget | None = None, export: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purpose of use"))
        layout = QVBoxLayout(self)
        text = (self.tr("Why is {name} exported?") if export else self.tr("Why is {name} played?")).format(name=name)
        label = QLabel(text + "\n" + self.tr("The purpose is recorded in the audit trail (Art. 24: no leaking; "
                                             "Art. 25: privacy)."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems([self.tr("Case review"), self.tr("Legal review"), self.tr("Hearing preparation"),
                               self.tr("Transfer to the court or procuratorate")])
        self.purpose.setCurrentText("")
        layout.addWidget(self.purpose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if len(self.text()) >= 2:
            self.accept()

    def text(self) -> str:
        return self.purpose.currentText().strip()


class LinkDialog(QDialog):
    def __init__(self, case_no: str = "", stage: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a case (Art. 19)"))
        form = QFormLayout(self)
        self.case_no = QLineEdit(case_no)
        self.stage = QComboBox()
        for s in STAGES:
            self.stage.addItem(stage_label(s), s)
        if stage in STAGES:
            self.stage.setCurrentIndex(STAGES.index(stage))
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("e.g. 9.2 (optional)"))
        form.addRow(self.tr("Case number"), self.case_no)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Checklist item"), self.item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.case_no.text().strip(), self.stage.currentData(), self.item.text().strip()


class TagDialog(QDialog):
    def __init__(self, items: Sequence[AvItemView], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A/V items (Art. 21, 22)"))
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for i in items:
            entry = QListWidgetItem(f"{i.name_zh}（{i.article}）" if i.article else i.name_zh)
            entry.setData(Qt.ItemDataRole.UserRole, i.code)
            entry.setToolTip(i.name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if i.code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
