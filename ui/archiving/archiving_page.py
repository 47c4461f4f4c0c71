"""Archiving page: cases awaiting filing with their 30-day deadline, filing a volume, its catalogue (Art. 26)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.archiving import archive_codes, filing_basis, volume_catalogue, volumes
from archive_core.archiving.archive_codes import RETENTION_LABELS
from archive_core.archiving.four_properties.filing import FilingChecksFailedError
from archive_core.archiving.volumes import DEADLINE_LABELS, Deadline, FilingRow, VolumeView
from archive_core.spine import clock
from archive_core.spine.auth import Permission
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import show_error
from ui.kit.list_model import ListModel
from ui.kit.page import Page

Index = QModelIndex | QPersistentModelIndex
# Background of a row by deadline state: due soon amber, overdue red, filed late pale red.
FINDINGS_SHOWN = 5


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


STATE_COLOURS = {
    Deadline.DUE_SOON.value: "#fff3cd",
    Deadline.OVERDUE.value: "#f8d7da",
    Deadline.FILED_LATE.value: "#fbe9e7",
}
# The dashboard's filing figures, as this page's filters.
DASHBOARD_DEADLINES = {"awaiting": "unfiled", "due_soon": "attention", "overdue": "overdue"}
FILTERS = (
    ("unfiled", (Deadline.PENDING, Deadline.DUE_SOON, Deadline.OVERDUE)),
    ("attention", (Deadline.DUE_SOON, Deadline.OVERDUE)),
    ("overdue", (Deadline.OVERDUE,)),
    ("filed", (Deadline.FILED, Deadline.FILED_LATE)),
    ("all", None),
)


class FilingModel(ListModel[FilingRow]):
    """Cases whose action has ended, most urgent first (a list loaded off the GUI thread)."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ArchivingPage", "Case no."),
            QCoreApplication.translate("ArchivingPage", "Case"),
            QCoreApplication.translate("ArchivingPage", "Action ended"),
            QCoreApplication.translate("ArchivingPage", "File by"),
            QCoreApplication.translate("ArchivingPage", "Days left / filed on"),
            QCoreApplication.translate("ArchivingPage", "State"),
            QCoreApplication.translate("ArchivingPage", "Archive code"),
            QCoreApplication.translate("ArchivingPage", "A/V"),
        ]

    def cell(self, r: FilingRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            left = clock.fmt_day(r.archived_at)
            if r.archived_at is None:
                left = (
                    QCoreApplication.translate("ArchivingPage", "{n} days").format(n=r.days_left)
                    if r.days_left >= 0
                    else QCoreApplication.translate("ArchivingPage", "{n} days over").format(n=-r.days_left)
                )
            state = QCoreApplication.translate("archiving", DEADLINE_LABELS[Deadline(r.state)])
            values = (
                r.case_no,
                r.title,
                clock.fmt_day(r.action_ended_at),
                clock.fmt_day(r.due_on),
                left,
                state,
                r.archive_code or "—",
                str(r.av_count) if r.archived_at is None else "",
            )
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and r.state in STATE_COLOURS:
            return QBrush(QColor(STATE_COLOURS[r.state]))
        if role == Qt.ItemDataRole.ForegroundRole and r.state == Deadline.OVERDUE.value and col in (4, 5):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return QCoreApplication.translate(
                "ArchivingPage", "Art. 26: file within 30 days after the enforcement action ended"
            )
        return None


class FileVolumeDialog(QDialog):
    """Fonds, retention period (from the schedule, which row says so) and filing date for one case; a late filing
    asks for the reason, and so does a case that still has compliance findings, and one whose four-properties
    checks (四性检测) failed. File emits ``submitted``: the page files and closes the dialog once filed."""

    submitted = Signal()

    def __init__(self, row: FilingRow, scheme: archive_codes.Scheme, preview: filing_basis.FilingPreview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row, self.preview = row, preview
        self.setWindowTitle(
            QCoreApplication.translate("ArchivingPage", "File volume — {case_no}").format(case_no=row.case_no)
        )
        self.fonds = QLineEdit(scheme.default_fonds)
        self.retention = QComboBox()
        for code in RETENTION_LABELS:
            self.retention.addItem(f"{code}　{QCoreApplication.translate('archiving', RETENTION_LABELS[code])}", code)
        scheduled = preview.retention.code
        found = self.retention.findData(scheduled)
        if found < 0:
            self.retention.addItem(scheduled, scheduled)
            found = self.retention.count() - 1
        self.retention.setCurrentIndex(found)
        self.retention_source = QLabel(self._source_text(preview.retention))
        self.retention_source.setWordWrap(True)
        self.retention_source.setStyleSheet("color: #505a66;")
        self.findings_note = QLabel(self._findings_text(preview))
        self.findings_note.setWordWrap(True)
        self.findings_note.setStyleSheet("color: #b00020;")
        self.findings_reason = QLineEdit()
        self.findings_reason.setPlaceholderText(
            QCoreApplication.translate("ArchivingPage", "Why the case is filed with these findings (audited)")
        )
        self.filed_on = QDateEdit(dates.today(), calendarPopup=True)
        self.filed_on.setDisplayFormat(DAY_FORMAT)
        self.filed_on.setMinimumDate(QDate(row.action_ended_at))
        self.late_reason = QLineEdit()
        self.late_reason.setPlaceholderText(
            QCoreApplication.translate("ArchivingPage", "Why the filing is later than 30 days")
        )
        self.deadline = QLabel()
        self.filed_on.dateChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ArchivingPage", "Case"), QLabel(f"{row.case_no}　{row.title}"))
        form.addRow(
            QCoreApplication.translate("ArchivingPage", "Action ended"), QLabel(clock.fmt_day(row.action_ended_at))
        )
        form.addRow(QCoreApplication.translate("ArchivingPage", "Fonds no."), self.fonds)
        form.addRow(QCoreApplication.translate("ArchivingPage", "Retention period"), self.retention)
        form.addRow("", self.retention_source)
        form.addRow(QCoreApplication.translate("ArchivingPage", "Filing date"), self.filed_on)
        form.addRow("", self.deadline)
        form.addRow(QCoreApplication.translate("ArchivingPage", "Reason for lateness"), self.late_reason)
        self.findings_box = QGroupBox(QCoreApplication.translate("ArchivingPage", "Open compliance findings"))
        box = QFormLayout(self.findings_box)
        box.addRow(self.findings_note)
        box.addRow(QCoreApplication.translate("ArchivingPage", "Reason to file anyway"), self.findings_reason)
        self.findings_box.setVisible(bool(preview.findings))
        self.checks_note = QLabel()
        self.checks_note.setWordWrap(True)
        self.checks_note.setStyleSheet("color: #b00020;")
        self.checks_reason = QLineEdit()
        self.checks_reason.setPlaceholderText(QCoreApplication.translate(
            "ArchivingPage", "Why the volume is filed although the checks failed (kept with its check report)"))
        self.checks_box = QGroupBox(QCoreApplication.translate("ArchivingPage", "Four-properties checks failed"))
        checks = QFormLayout(self.checks_box)
        checks.addRow(self.checks_note)
        checks.addRow(QCoreApplication.translate("ArchivingPage", "Reason to file anyway"), self.checks_reason)
        self.checks_box.setVisible(False)
        self.busy = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("ArchivingPage", "File"))
        self.findings_reason.textChanged.connect(self._update)
        self.checks_reason.textChanged.connect(self._update)
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings_box)
        layout.addWidget(self.checks_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)
        self._update()

    def _update(self) -> None:
        filed = self.filed_on.date().toPython()
        late = (filed - self.row.due_on).days
        if late > 0:
            self.deadline.setText(
                QCoreApplication.translate(
                    "ArchivingPage", "{n} days after the deadline {due} (Art. 26): give the reason."
                ).format(n=late, due=clock.fmt_day(self.row.due_on))
            )
            self.deadline.setStyleSheet("color: #b00020;")
        else:
            self.deadline.setText(
                QCoreApplication.translate("ArchivingPage", "Within the deadline {due} (Art. 26).").format(
                    due=clock.fmt_day(self.row.due_on)
                )
            )
            self.deadline.setStyleSheet("color: #2e7d32;")
        self.late_reason.setEnabled(late > 0)
        self.ok_button.setEnabled(not self.busy
                                  and (not self.preview.findings or bool(self.findings_reason.text().strip()))
                                  and (self.checks_box.isHidden() or bool(self.checks_reason.text().strip())))

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update()

    def show_checks(self, problems: str) -> None:
        """The filing checks refused the volume: say what they found and ask for the reason to file anyway."""
        self.checks_note.setText(QCoreApplication.translate(
            "ArchivingPage", "The four-properties checks (四性检测) found problems; the case is not filed. Put the "
                             "content right, or give the reason to file it as it is. The check report is kept with "
                             "the case.") + "".join(f"\n· {p.strip()}" for p in problems.split("；") if p.strip()))
        self.checks_box.show()
        self.adjustSize()
        self.checks_reason.setFocus()
        self._update()

    @staticmethod
    def _source_text(period: filing_basis.FilingRetention) -> str:
        if period.agency_setting:
            return QCoreApplication.translate(
                "ArchivingPage", "Fixed for every volume by the agency's archive-code settings, not by the schedule.")
        if not period.rule_code:
            return QCoreApplication.translate(
                "ArchivingPage", "No active row of the retention schedule fits this case: it is kept permanently.")
        name = period.rule_name_zh if chinese() else period.rule_name
        return QCoreApplication.translate(
            "ArchivingPage", "From the retention schedule (Art. 25): {name} ({code})").format(name=name,
                                                                                              code=period.rule_code)

    @staticmethod
    def _findings_text(preview: filing_basis.FilingPreview) -> str:
        tr = QCoreApplication.translate
        lines = [f"· {f.label(tr)} {f.text(tr)}" for f in preview.findings[:FINDINGS_SHOWN]]
        more = len(preview.findings) - FINDINGS_SHOWN
        if more > 0:
            lines.append(tr("ArchivingPage", "… and {n} more").format(n=more))
        return "\n".join([tr("ArchivingPage", "This case still has {n} compliance findings; filing freezes the "
                                                "file as it is:").format(n=len(preview.findings)), *lines])

    def values(self) -> dict[str, Any]:
        chosen = self.retention.currentData()
        return {
            "fonds": self.fonds.text().strip(),
            # the schedule's period is not passed on, so the audit trail names the schedule row it came from
            "retention": None if chosen == self.preview.retention.code else chosen,
            "filed_on": self.filed_on.date().toPython(),
            "late_reason": self.late_reason.text(),
            "findings_reason": self.findings_reason.text(),
            "checks_reason": self.checks_reason.text() if not self.checks_box.isHidden() else "",
        }


class ArchivingPage(Page):
    order = 400
    icon = QStyle.StandardPixmap.SP_DirClosedIcon
    permissions = (Permission.VOLUME_FILE, Permission.CASE_READ)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ArchivingPage", "Archiving")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = FilingModel(self)
        self.today: date | None = None  # None: the real date (tests and screenshots set a clock)
        heading = QLabel(
            QCoreApplication.translate(
                "ArchivingPage", "Archiving — file each case within 30 days after its action ended (Art. 26)"
            )
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 4px 0;")
        self.filter = QComboBox()
        for key, label in zip(
            [k for k, _ in FILTERS],
            (
                QCoreApplication.translate("ArchivingPage", "Awaiting filing"),
                QCoreApplication.translate("ArchivingPage", "Due soon or overdue"),
                QCoreApplication.translate("ArchivingPage", "Overdue"),
                QCoreApplication.translate("ArchivingPage", "Filed"),
                QCoreApplication.translate("ArchivingPage", "All"),
            ),
            strict=True,
        ):
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(self.reload)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ArchivingPage", "Show")))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((190, 260, 100, 100, 120, 90, 170, 50)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.file_volume())

        style = self.style()
        self.file_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            QCoreApplication.translate("ArchivingPage", "File volume…"),
        )
        self.file_button.clicked.connect(self.file_volume)
        self.file_button.setVisible(ctx.can(Permission.VOLUME_FILE))
        self.catalogue_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QCoreApplication.translate("ArchivingPage", "Volume catalogue PDF…"),
        )
        self.catalogue_button.clicked.connect(self.save_catalogue)
        self.disc_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DriveCDIcon),
            QCoreApplication.translate("ArchivingPage", "Evidence discs…"),
        )
        self.disc_button.clicked.connect(self.open_disc_wizard)
        self.disc_button.setVisible(ctx.can(Permission.DISC_BUILD))
        self.check_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            QCoreApplication.translate("ArchivingPage", "Four-properties check…"),
        )
        self.check_button.clicked.connect(self.check_volume)
        self.check_button.setVisible(ctx.can(Permission.VAULT_VERIFY))
        self.refresh_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            QCoreApplication.translate("ArchivingPage", "Refresh"),
        )
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for b in (self.file_button, self.catalogue_button, self.check_button, self.disc_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection()

    def activate(self) -> None:
        self.reload()

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the list narrowed to its deadline state (Art. 26)."""
        wanted = DASHBOARD_DEADLINES.get(str(criteria.get("deadline")))
        index = self.filter.findData(wanted) if wanted else -1
        if index < 0:
            return False
        self.filter.setCurrentIndex(index)
        return True

    def reload(self) -> None:
        states = dict(FILTERS)[self.filter.currentData()]
        self.ctx.tasks.run(self._load, states, on_done=self._loaded, on_error=lambda e: show_error(self, e), owner=self,
                           latest="reload")

    def _load(self, states: Sequence[Deadline] | None) -> tuple[list[FilingRow], list[FilingRow]]:
        every = volumes.filing_rows(self.ctx.ws, self.ctx.actor, today=self.today)
        shown = every if states is None else [r for r in every if Deadline(r.state) in states]
        return shown, every

    def _loaded(self, result: tuple[list[FilingRow], list[FilingRow]]) -> None:
        shown, every = result
        self.model.set_rows(shown)
        counts = {s: sum(r.state == s.value for r in every) for s in Deadline}
        self.summary.setText(
            QCoreApplication.translate(
                "ArchivingPage", "Awaiting {pending} · due soon {soon} · overdue {overdue} · filed {filed}"
            ).format(
                pending=counts[Deadline.PENDING] + counts[Deadline.DUE_SOON] + counts[Deadline.OVERDUE],
                soon=counts[Deadline.DUE_SOON],
                overdue=counts[Deadline.OVERDUE],
                filed=counts[Deadline.FILED] + counts[Deadline.FILED_LATE],
            )
        )
        self._selection()

    def current(self) -> FilingRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.rows[index.row()]

    def _selection(self) -> None:
        row = self.current()
        self.file_button.setEnabled(row is not None and row.archived_at is None)
        self.catalogue_button.setEnabled(row is not None and row.archived_at is not None)
        self.disc_button.setEnabled(row is not None and row.archived_at is not None)
        self.check_button.setEnabled(row is not None and row.archived_at is not None)

    def file_volume(self) -> None:
        row = self.current()
        if row is None or row.archived_at is not None or not self.ctx.can(Permission.VOLUME_FILE):
            return
        self.ctx.tasks.run(
            self._prepare,
            row.case_no,
            owner=self,
            on_done=lambda found: self._ask_and_file(row, *found),
            on_error=lambda e: show_error(self, e),
        )

    def _prepare(self, case_no: str) -> tuple[archive_codes.Scheme, filing_basis.FilingPreview]:
        return (archive_codes.get_scheme(self.ctx.ws, self.ctx.actor),
                filing_basis.preview(self.ctx.ws, self.ctx.actor, case_no))

    def _ask_and_file(self, row: FilingRow, scheme: archive_codes.Scheme, preview: filing_basis.FilingPreview) -> None:
        dialog = FileVolumeDialog(row, scheme, preview, self)
        self.file_dialog = dialog
        dialog.submitted.connect(lambda: self._submit(row.case_no, dialog))
        dialog.open()

    def _submit(self, case_no: str, dialog: FileVolumeDialog) -> None:
        dialog.set_busy(True)
        self.ctx.tasks.run(
            self._file,
            case_no,
            dialog.values(),
            write=True,
            owner=self,
            on_done=lambda view: self._filed_from(dialog, view),
            on_error=lambda e: self._not_filed(dialog, e),
        )

    def _filed_from(self, dialog: FileVolumeDialog, view: VolumeView) -> None:
        dialog.accept()
        self._filed(view)

    def _not_filed(self, dialog: FileVolumeDialog, exc: BaseException) -> None:
        dialog.set_busy(False)
        if isinstance(exc, FilingChecksFailedError) and dialog.checks_box.isHidden():
            dialog.show_checks(str(exc.params.get("problems", "")))
        else:
            show_error(dialog, exc)

    def _file(self, case_no: str, values: dict[str, Any]) -> VolumeView:
        return volumes.file_volume(self.ctx.ws, self.ctx.actor, case_no, **values)

    def _filed(self, view: VolumeView) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("ArchivingPage", "Volume filed"),
            QCoreApplication.translate(
                "ArchivingPage", "Case {case_no} is filed as volume {code} with {n} items."
            ).format(case_no=view.case_no, code=view.archive_code, n=len(view.items)),
        )
        self.reload()

    def save_catalogue(self) -> None:
        row = self.current()
        if row is None or not row.archive_code:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ArchivingPage", "Save volume catalogue"),
            str(Path.home() / f"卷内目录-{row.archive_code}.pdf"),
            "PDF (*.pdf)",
        )
        if name:
            self.ctx.tasks.run(
                volume_catalogue.write_catalogue,
                self.ctx.ws,
                self.ctx.actor,
                row.archive_code,
                name,
                write=True,
                owner=self,
                on_error=lambda e: show_error(self, e),
                on_done=lambda p: QMessageBox.information(
                    self,
                    QCoreApplication.translate("ArchivingPage", "Volume catalogue"),
                    QCoreApplication.translate("ArchivingPage", "Saved to {file}.").format(file=p),
                ),
            )

    def check_volume(self) -> None:
        from ui.archiving.four_properties_dialog import open_for

        row = self.current()
        if row is not None and row.archive_code:
            self.check_dialog = open_for(self.ctx, row.archive_code, self)

    def open_disc_wizard(self) -> None:
        from ui.archiving.disc_wizard import DiscWizard

        row = self.current()
        wizard = DiscWizard(self.ctx, [row.case_no] if row else [], self)
        wizard.open()
