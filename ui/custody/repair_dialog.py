"""从备份修复: put back missing or altered vault objects from a backup folder or an evidence disc (Art. 27)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from archive_core.custody import repair
from archive_core.custody.repair import RepairReport
from archive_core.spine.vault import schedule
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_inline


class RepairDialog(QDialog):
    """Choose where the good copies are; the repair re-hashes the vault and writes back only matching copies."""

    repaired = Signal(object)  # the RepairReport, or the refusal: the page re-reads the fixity status either way

    def __init__(self, ctx: UiContext, damaged: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Repair from a backup"))
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{n} vault objects failed their last check. The repair re-hashes every object and puts back each missing "
            "or altered one from the copy you name, only when its SHA-256 and SM3 are the catalogue's. A damaged "
            "file is kept in the quarantine folder, never deleted; each repair is in the audit trail.").format(
            n=damaged))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.from_backup = QRadioButton(self.tr("A backup folder"))
        self.from_disc = QRadioButton(self.tr("An evidence disc (image file or drive)"))
        self.from_backup.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.from_backup)
        kinds.addWidget(self.from_disc)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        where = QHBoxLayout()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Folder given to the backup, or a disc image (.iso) or drive"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        where.addWidget(self.source, 1)
        where.addWidget(self.choose_button)
        layout.addLayout(where)
        self.message = error_label()
        layout.addWidget(self.message)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setPlaceholderText(self.tr("The result appears here."))
        layout.addWidget(self.result, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = self.buttons.addButton(self.tr("Repair"), QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        if self.from_backup.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.source.text())
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence disc image"), self.source.text(),
                                                  self.tr("Disc images (*.iso);;All files (*)"))
        if path:
            self.source.setText(path)

    def run(self) -> None:
        source = self.source.text().strip()
        if not source:
            show_inline(self.message, self.tr("Name the backup folder or the disc first."))
            return
        self.repair_button.setEnabled(False)
        self.message.hide()
        self.result.setPlainText(self.tr("Checking the vault and repairing…"))
        ws, actor, disc = self.ctx.ws, self.ctx.actor, self.from_disc.isChecked()

        def job() -> RepairReport:
            opened = repair.disc_copies(ws, actor, source) if disc else repair.backup_copies(ws, actor, Path(source))
            with opened as copies:
                return repair.repair(ws, actor, copies, source)

        self.ctx.tasks.run(job, write=True, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, report: RepairReport) -> None:
        self.repair_button.setEnabled(True)
        was = {schedule.MISSING: self.tr("was missing"), schedule.ALTERED: self.tr("was altered")}
        lines = [self.tr("Checked {n} objects; {k} repaired from {source}.").format(
            n=report.checked, k=len(report.repaired), source=report.source)]
        for r in report.repaired:
            lines.append(f"{r.sha256}  {was.get(r.was, r.was)}")
            if r.quarantined is not None:
                lines.append("    " + self.tr("the damaged file was kept in {path}").format(path=r.quarantined))
        self.result.setPlainText("\n".join(lines))
        self.repaired.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.repair_button.setEnabled(True)
        self.result.clear()
        show_inline(self.message, exc)
        self.repaired.emit(exc)
