"""Backup and repair (Art. 27): back up to a second place, the backup register and its checks, the rolling fixity
check with repair from a verified copy, and the backup age that raises the dashboard's warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from archive_core.archiving.four_properties.service import StorageFailure
from archive_core.custody import backup, backup_register, storage, verify
from archive_core.custody import settings as custody_settings
from archive_core.custody.backup import BackupResult
from archive_core.custody.backup_folder import CheckResult
from archive_core.custody.keys import MIN_PASSPHRASE
from archive_core.spine import clock
from archive_core.spine.auth import Permission
from archive_core.spine.progress import Progress
from archive_core.spine.vault import schedule
from archive_core.spine.vault.schedule import FixityStatus
from ui.custody.custody_models import BAD, GOOD, FailureModel, RegisterModel, size_text
from ui.custody.repair_dialog import RepairDialog
from ui.kit.context import UiContext
from ui.kit.errors import ERROR_STYLE, error_label, show_error, show_inline
from ui.kit.page import Page
from ui.kit.tables import table_view
from ui.kit.tasks import Job

P = Permission


class BackupPage(Page):
    """The system administrator backs up and repairs; the security administrator may add the encrypted signing key
    (only that role lets the key leave the workstation); the auditor reads the register and checks backups."""

    order = 800
    icon = QStyle.StandardPixmap.SP_DriveHDIcon
    permissions = (P.BACKUP_RUN, P.BACKUP_KEY, P.BACKUP_VERIFY, P.VAULT_REPAIR)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BackupPage", "Backup and repair")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: Job | None = None
        self.status: FixityStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self._backup_box())
        self.register_box = self._register_box()
        layout.addWidget(self.register_box, 3)
        lower = QHBoxLayout()
        self.fixity_box = self._fixity_box()
        lower.addWidget(self.fixity_box, 3)
        lower.addWidget(self._settings_box(), 1)
        layout.addLayout(lower, 2)
        self.register_box.setVisible(ctx.can(P.BACKUP_VERIFY))
        self.fixity_box.setVisible(ctx.can(P.VAULT_VERIFY))

    # --- back up ------------------------------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Back up to a second place"))
        rows = QVBoxLayout(box)
        line = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("A folder on another disk, a USB disk or a network mount"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_target)
        self.with_key = QCheckBox(self.tr("Include the signing key, encrypted"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase, at least {n} characters").format(n=MIN_PASSPHRASE))
        self.passphrase.setMinimumWidth(210)
        self.run_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                      self.tr("Back up now"))
        self.run_button.clicked.connect(self.run_backup)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_backup)
        self.cancel_button.setEnabled(False)
        line.addWidget(QLabel(self.tr("Target folder:")))
        line.addWidget(self.target, 1)
        line.addWidget(self.choose_button)
        line.addWidget(self.with_key)
        line.addWidget(self.passphrase)
        line.addWidget(self.run_button)
        line.addWidget(self.cancel_button)
        rows.addLayout(line)
        progress_line = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.backup_message = error_label()
        progress_line.addWidget(self.progress, 1)
        progress_line.addWidget(self.backup_status, 2)
        rows.addLayout(progress_line)
        rows.addWidget(self.backup_message)
        can_run, can_key = self.ctx.can(P.BACKUP_RUN), self.ctx.can(P.BACKUP_KEY)
        # The security administrator backs up only together with the key (the service asks BACKUP_KEY for that).
        self.with_key.setVisible(can_key)
        self.with_key.setChecked(can_key and not can_run)
        self.with_key.setEnabled(can_key and can_run)
        self.passphrase.setVisible(can_key)
        self.passphrase.setEnabled(self.with_key.isChecked())
        self.with_key.toggled.connect(self.passphrase.setEnabled)
        if not (can_run or can_key):
            for widget in (self.target, self.choose_button, self.run_button, self.cancel_button):
                widget.setEnabled(False)
            self.backup_status.setText(self.tr("The system administrator makes the backups; you read and check them."))
        return box

    def choose_target(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup target folder"), self.target.text())
        if path:
            self.target.setText(path)

    def run_backup(self) -> None:
        text = self.target.text().strip()
        if not text:
            show_inline(self.backup_message, self.tr("Choose the target folder first."))
            return
        target, passphrase = Path(text), self.passphrase.text() if self.with_key.isChecked() else None
        ws, actor = self.ctx.ws, self.ctx.actor

        def job(progress: Progress) -> BackupResult:
            return backup.run_backup(ws, actor, target, passphrase=passphrase, progress=progress)

        self.backup_message.hide()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.backup_status.setText(self.tr("Taking a snapshot of the catalogue…"))
        self.job = self.ctx.tasks.run(job, write=True, progress=True, on_progress=self._progressed,
                                      on_done=self._backed_up, on_error=self._backup_failed, owner=self)

    def cancel_backup(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.backup_status.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.backup_status.setText(self.tr("Copying vault objects: {done} of {total}").format(done=done, total=total))

    def _finished(self) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self.passphrase.clear()
        self.load()

    def _backed_up(self, result: BackupResult) -> None:
        self._finished()
        self.backup_status.setText(self.tr(
            "Backup {run} written: {n} objects ({new} new, {size} copied), audit trail up to event #{seq}.").format(
            run=result.run_id, n=result.objects, new=result.objects_copied, size=size_text(result.bytes_copied),
            seq=result.audit_seq))

    def _backup_failed(self, exc: BaseException) -> None:
        self._finished()
        self.backup_status.clear()
        show_inline(self.backup_message, exc)

    # --- the register ------------------------------------------------------------------------------------------
    def _register_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup register"))
        rows = QVBoxLayout(box)
        self.register_model = RegisterModel(self)
        self.register_view = table_view(self.register_model)
        for column, width in enumerate((150, 330, 100, 150, 160, 110)):
            self.register_view.setColumnWidth(column, width)
        self.register_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.register_view.doubleClicked.connect(lambda _index: self.verify_selected())
        rows.addWidget(self.register_view, 1)
        line = QHBoxLayout()
        self.verify_status = QLabel()
        self.verify_status.setWordWrap(True)
        self.verify_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Check the selected backup"))
        self.verify_button.setToolTip(self.tr("Re-hash the backup against its signed manifest; noted in the register"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.verify_button.setEnabled(False)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load)
        line.addWidget(self.verify_status, 1)
        line.addWidget(self.verify_button)
        line.addWidget(refresh)
        rows.addLayout(line)
        return box

    def _selected_run(self) -> backup_register.RunView | None:
        rows = self.register_view.selectionModel().selectedRows()
        return self.register_model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        run = self._selected_run()
        self.verify_button.setEnabled(run is not None and run.result == backup_register.OK)

    def verify_selected(self) -> None:
        run = self._selected_run()
        if run is None or run.result != backup_register.OK:
            return
        self.verify_button.setEnabled(False)
        self.verify_status.setStyleSheet("")
        self.verify_status.setText(self.tr("Checking backup {run}…").format(run=run.run_id))
        self.ctx.tasks.run(verify.verify_backup, self.ctx.ws, self.ctx.actor, Path(run.target), run.run_id,
                           write=True, on_done=self._verified, on_error=self._verify_failed, owner=self)

    def _verified(self, result: CheckResult) -> None:
        text = self.tr("Backup {run}: checked {n} objects ({size}).").format(
            run=result.run_id, n=result.objects, size=size_text(result.bytes))
        if result.ok:
            text += " " + self.tr("Backup intact.")
        else:
            text += " " + self.tr("Backup DAMAGED: {problems}").format(problems="；".join(result.problems[:5]))
        self.verify_status.setStyleSheet(f"color: {GOOD if result.ok else BAD};")
        self.verify_status.setText(text)
        self.load()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_status.clear()
        self._update_buttons()
        show_error(self, exc)

    # --- fixity ------------------------------------------------------------------------------------------------
    def _fixity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scheduled fixity check"))
        rows = QVBoxLayout(box)
        self.fixity_summary = QLabel("…")
        self.fixity_summary.setWordWrap(True)
        rows.addWidget(self.fixity_summary)
        self.storage_summary = QLabel()
        self.storage_summary.setWordWrap(True)
        rows.addWidget(self.storage_summary)
        self.failure_model = FailureModel(self)
        self.failure_view = table_view(self.failure_model)
        for column, width in enumerate((260, 70, 130)):
            self.failure_view.setColumnWidth(column, width)
        rows.addWidget(self.failure_view, 1)
        line = QHBoxLayout()
        self.fixity_button = QPushButton(self.tr("Run today's check now"))
        self.fixity_button.setToolTip(self.tr("Re-hash this run's share of the vault (SHA-256 and SM3) and run the "
                                              "storage four-properties checks of this run's share of the volumes"))
        self.fixity_button.clicked.connect(self.run_fixity)
        self.repair_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                         self.tr("Repair from a backup…"))
        self.repair_button.clicked.connect(self.open_repair)
        self.repair_button.setVisible(self.ctx.can(P.VAULT_REPAIR))
        self.repair_button.setEnabled(False)
        line.addStretch(1)
        line.addWidget(self.fixity_button)
        line.addWidget(self.repair_button)
        rows.addLayout(line)
        return box

    def run_fixity(self) -> None:
        self.fixity_button.setEnabled(False)
        self.fixity_summary.setText(self.tr("Re-hashing this run's share of the vault…"))
        self.ctx.tasks.run(storage.scheduled_run, self.ctx.ws, self.ctx.actor, write=True,
                           on_done=lambda _run: self._fixity_done(), on_error=self._fixity_failed, owner=self)

    def _fixity_done(self) -> None:
        self.fixity_button.setEnabled(True)
        self.load()

    def _fixity_failed(self, exc: BaseException) -> None:
        self.fixity_button.setEnabled(True)
        show_error(self, exc)
        self.load()

    def _show_fixity(self, status: FixityStatus) -> None:
        self.status = status
        last = (self.tr("last run {when}: {n} objects re-hashed").format(
            when=clock.fmt(status.last_run_at, clock.READ_MINUTE), n=status.last_run_checked)
            if status.last_run_at else self.tr("no run yet"))
        text = self.tr("{total} objects in the vault; {recent} re-hashed within {days} days, {overdue} overdue; "
                       "{last}; next run due {next}.").format(
            total=status.total, recent=status.checked_in_period, days=schedule.PERIOD_DAYS, overdue=status.overdue,
            last=last, next=clock.fmt(status.next_due, clock.READ_MINUTE))
        if status.failures:
            text += " " + self.tr("{n} objects failed their last check: repair them from a backup or an evidence "
                                  "disc.").format(n=len(status.failures))
        self.fixity_summary.setStyleSheet(f"color: {BAD}; font-weight: bold;" if status.failures else "")
        self.fixity_summary.setText(text)
        self.failure_model.set_rows(status.failures)
        self.repair_button.setEnabled(bool(status.failures))

    def _show_storage(self, failures: list[StorageFailure]) -> None:
        if not failures:
            self.storage_summary.setStyleSheet("")
            self.storage_summary.setText(self.tr("Four-properties checks (storage): no volume failed its last "
                                                 "check."))
            return
        codes = "、".join(f.archive_code for f in failures[:5]) + ("…" if len(failures) > 5 else "")
        self.storage_summary.setStyleSheet(f"color: {BAD}; font-weight: bold;")
        self.storage_summary.setText(self.tr("Four-properties checks (storage): {n} volumes failed their last "
                                             "check: {codes}. Their reports are on the archiving page.").format(
            n=len(failures), codes=codes))

    def open_repair(self) -> None:
        dialog = RepairDialog(self.ctx, len(self.status.failures) if self.status else 0, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.repaired.connect(lambda _outcome: self.load())
        self.repair_dialog = dialog
        dialog.open()

    # --- the warning age ---------------------------------------------------------------------------------------
    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dashboard warning"))
        form = QFormLayout(box)
        self.max_age = QSpinBox()
        self.max_age.setRange(1, custody_settings.MAX_AGE_LIMIT)
        self.max_age.setValue(custody_settings.DEFAULT_MAX_AGE_DAYS)
        self.max_age.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Warn when the last good backup is older than"), self.max_age)
        note = QLabel(self.tr("The dashboard alarms at twice this age, or when there is no good backup."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.age_button = QPushButton(self.tr("Save"))
        self.age_button.clicked.connect(self.save_age)
        self.age_message = error_label()
        form.addRow(self.age_button)
        form.addRow(self.age_message)
        can = self.ctx.can(P.SETTINGS_MANAGE)
        self.max_age.setEnabled(can)
        self.age_button.setVisible(can)
        return box

    def save_age(self) -> None:
        self.age_button.setEnabled(False)
        self.age_message.hide()
        self.ctx.tasks.run(custody_settings.set_backup_max_age, self.ctx.ws, self.ctx.actor, self.max_age.value(),
                           write=True, on_done=self._age_saved, on_error=self._age_failed, owner=self)

    def _age_saved(self, days: int) -> None:
        self.age_button.setEnabled(True)
        self.max_age.setValue(days)
        self.age_message.setStyleSheet(f"color: {GOOD};")
        show_inline(self.age_message, self.tr("Saved: the dashboard warns after {n} days.").format(n=days))

    def _age_failed(self, exc: BaseException) -> None:
        self.age_button.setEnabled(True)
        self.age_message.setStyleSheet(ERROR_STYLE)
        show_inline(self.age_message, exc)

    # --- loading -----------------------------------------------------------------------------------------------
    def print_view(self) -> QAbstractItemView | None:
        return self.register_view if self.ctx.can(P.BACKUP_VERIFY) else None

    def activate(self) -> None:
        self.load()

    def load(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        if self.ctx.can(P.BACKUP_VERIFY):
            self.ctx.tasks.run(backup_register.list_runs, ws, actor, on_done=self._runs,
                               on_error=lambda exc: show_error(self, exc), owner=self)
        if self.ctx.can(P.VAULT_VERIFY):
            self.ctx.tasks.run(schedule.status, ws, actor, on_done=self._show_fixity,
                               on_error=lambda exc: show_error(self, exc), owner=self)
            self.ctx.tasks.run(storage.volume_failures, ws, actor, on_done=self._show_storage,
                               on_error=lambda exc: show_error(self, exc), owner=self)
        self.ctx.tasks.run(custody_settings.read_max_age_days, ws, actor, on_done=self.max_age.setValue, owner=self)

    def _runs(self, runs: list[backup_register.RunView]) -> None:
        selected = self._selected_run()
        self.register_model.set_rows(runs)
        keep = next((i for i, r in enumerate(runs) if selected is not None and r.run_id == selected.run_id), None)
        if keep is not None:
            self.register_view.selectRow(keep)
        self._update_buttons()
