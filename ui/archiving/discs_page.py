"""Disc register page: every evidence disc and copy, storage, re-check schedule and warnings; record a re-check."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.archiving import disc_register
from archive_core.archiving.disc_register import CHECK_KIND_LABELS, HEALTH_LABELS, CopyView, DiscDetail, DiscRow, Health
from archive_core.spine import clock
from archive_core.spine.auth import Permission
from disc_burning.burn import Drive
from disc_burning.plan import MEDIA, human_size
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.list_model import ListModel
from ui.kit.long_text import bounded_combo, show_full_text
from ui.kit.page import Page

Index = QModelIndex | QPersistentModelIndex
HEALTH_COLOURS = {
    Health.FAILED.value: "#f8d7da",
    Health.DEGRADED.value: "#ffe0b2",
    Health.OVERDUE.value: "#ffe0b2",
    Health.DUE_SOON.value: "#fff3cd",
}


def health_text(health: str) -> str:
    return QCoreApplication.translate("archiving", HEALTH_LABELS[Health(health)])


def copies_text(copies: Sequence[CopyView]) -> str:
    return "　".join(f"{c.copy}：{health_text(c.health)}" + (f"（{c.location}）" if c.location else "") for c in copies)


class DiscModel(ListModel[DiscRow]):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("DiscsPage", "No."),
            QCoreApplication.translate("DiscsPage", "Archive code"),
            QCoreApplication.translate("DiscsPage", "Disc"),
            QCoreApplication.translate("DiscsPage", "Medium"),
            QCoreApplication.translate("DiscsPage", "Files"),
            QCoreApplication.translate("DiscsPage", "Copies"),
            QCoreApplication.translate("DiscsPage", "Next re-check"),
            QCoreApplication.translate("DiscsPage", "State"),
        )

    def cell(self, r: DiscRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            due = min((c.next_check_due for c in r.copies if c.next_check_due), default=None)
            medium = MEDIA[r.medium].label if r.medium in MEDIA else r.medium
            values = (
                r.id,
                r.archive_code,
                f"{r.number} / {r.count}",
                medium,
                str(r.item_count),
                copies_text(r.copies),
                clock.fmt_day(due, empty="—"),
                QCoreApplication.translate("DiscsPage", "Verification failed")
                if r.status == "failed"
                else health_text(r.health),
            )
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and r.health in HEALTH_COLOURS:
            return QBrush(QColor(HEALTH_COLOURS[r.health]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.volume_label}\n{r.image_path}\nSHA-256 {r.image_sha256}\n{'、'.join(r.case_nos)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecheckDialog(QDialog):
    """Which copy, and read it from a drive or from an image / stdio: file."""

    def __init__(self, row: DiscRow, drives: Sequence[Drive], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DiscsPage", "Re-check disc {id}").format(id=row.id))
        self.copy = bounded_combo(QComboBox(), 24)
        for c in row.copies:
            if c.status != "pending":
                self.copy.addItem(f"{c.copy}　{c.location}", c.copy)
        self.source = bounded_combo(QComboBox(), 24)
        for d in drives:
            self.source.addItem(str(d), d.path)
        self.source.addItem(QCoreApplication.translate("DiscsPage", "Image or stdio: file…"), "")
        self.file = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("DiscsPage", "Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DiscsPage", "Copy"), self.copy)
        form.addRow(QCoreApplication.translate("DiscsPage", "Read from"), self.source)
        form.addRow(QCoreApplication.translate("DiscsPage", "File"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("DiscsPage", "Image or burned copy"))
        if name:
            self.file.setText(name)

    def values(self) -> tuple[str, str]:
        return self.copy.currentData(), self.source.currentData() or self.file.text().strip()


class LocateDialog(QDialog):
    def __init__(self, row: DiscRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DiscsPage", "Storage location — disc {id}").format(id=row.id))
        self.copies = {c.copy: c for c in row.copies}
        self.copy = QComboBox()
        for c in row.copies:
            self.copy.addItem(c.copy, c.copy)
        self.location = QLineEdit()
        self.location.setPlaceholderText(
            QCoreApplication.translate("DiscsPage", "e.g. archive room, cabinet 3, shelf A")
        )
        self.months = QSpinBox(minimum=1, maximum=60)
        self.copy.currentIndexChanged.connect(self._copy_changed)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DiscsPage", "Copy"), self.copy)
        form.addRow(QCoreApplication.translate("DiscsPage", "Storage location"), self.location)
        form.addRow(QCoreApplication.translate("DiscsPage", "Re-check every (months)"), self.months)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._copy_changed()

    def _copy_changed(self) -> None:
        c = self.copies.get(self.copy.currentData())
        if c is not None:
            self.location.setText(c.location)
            self.months.setValue(c.recheck_months)


class DiscsPage(Page):
    order = 410
    icon = QStyle.StandardPixmap.SP_DriveCDIcon
    permissions = (Permission.DISC_REGISTER, Permission.DISC_BUILD)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DiscsPage", "Disc register")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: date | None = None
        self.model = DiscModel(self)
        heading = QLabel(
            QCoreApplication.translate(
                "DiscsPage", "Evidence discs — copies, storage and periodic read-back checks (Art. 26)"
            )
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 4px 0;")
        self.attention = QCheckBox(
            QCoreApplication.translate("DiscsPage", "Only discs needing attention (failed, degrading, re-check due)")
        )
        self.attention.toggled.connect(self.reload)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.attention)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for column, width in enumerate((50, 190, 90, 110, 50, 380, 100, 110)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setPlaceholderText(
            QCoreApplication.translate("DiscsPage", "Select a disc to see its contents, digests and checks.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        style = self.style()
        self.new_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            QCoreApplication.translate("DiscsPage", "New disc set…"),
        )
        self.new_button.clicked.connect(self.new_set)
        self.new_button.setVisible(ctx.can(Permission.DISC_BUILD))
        self.recheck_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            QCoreApplication.translate("DiscsPage", "Record re-check…"),
        )
        self.recheck_button.clicked.connect(self.recheck)
        self.locate_button = QPushButton(QCoreApplication.translate("DiscsPage", "Storage location…"))
        self.locate_button.clicked.connect(self.locate)
        self.label_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), QCoreApplication.translate("DiscsPage", "Label PDF")
        )
        self.label_button.clicked.connect(self.open_label)
        refresh = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            QCoreApplication.translate("DiscsPage", "Refresh"),
        )
        refresh.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.recheck_button, self.locate_button, self.label_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        for b in (self.recheck_button, self.locate_button):
            b.setVisible(ctx.can(Permission.DISC_REGISTER))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._selected()

    def activate(self) -> None:
        self.reload()

    def create_new(self) -> bool:
        return self.press(self.new_button)

    def print_view(self) -> QAbstractItemView | None:
        return self.table

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the register with only the discs that need attention, or with every disc."""
        if set(criteria) != {"attention"}:
            return False
        if self.attention.isChecked() == bool(criteria["attention"]):
            self.reload()
        else:
            self.attention.setChecked(bool(criteria["attention"]))  # reloads
        return True

    def reload(self) -> None:
        self.ctx.tasks.run(
            self._load,
            self.attention.isChecked(),
            owner=self,
            on_done=self._loaded,
            on_error=lambda e: show_error(self, e),
        )

    def _load(self, attention: bool) -> tuple[list[DiscRow], list[DiscRow]]:
        every = disc_register.list_discs(self.ctx.ws, self.ctx.actor, today=self.today)
        quiet = {Health.OK.value, Health.NOT_BURNED.value}
        return ([r for r in every if r.health not in quiet] if attention else every), every

    def _loaded(self, result: tuple[list[DiscRow], list[DiscRow]]) -> None:
        shown, every = result
        selected = self.current()
        self.model.set_rows(shown)
        count = {h: sum(r.health == h.value for r in every) for h in Health}
        self.summary.setText(
            QCoreApplication.translate(
                "DiscsPage", "{n} discs · failed {failed} · degrading {degraded} · re-check due {due}"
            ).format(
                n=len(every),
                failed=count[Health.FAILED],
                degraded=count[Health.DEGRADED],
                due=count[Health.DUE_SOON] + count[Health.OVERDUE],
            )
        )
        if selected is not None:
            for i, r in enumerate(shown):
                if r.id == selected.id:
                    self.table.selectRow(i)
        self._selected()

    def current(self) -> DiscRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        row = self.current()
        burned = row is not None and any(c.status != "pending" for c in row.copies)
        self.recheck_button.setEnabled(burned)
        self.locate_button.setEnabled(row is not None and bool(row.copies))
        self.label_button.setEnabled(row is not None and bool(row.label_pdf))
        if row is None:
            self.details.clear()
            return
        self.ctx.tasks.run(
            disc_register.disc_detail,
            self.ctx.ws,
            self.ctx.actor,
            row.id,
            self.today,
            owner=self,
            on_done=self._show_detail,
            on_error=lambda e: show_error(self, e),
        )

    def _show_detail(self, detail: DiscDetail) -> None:
        d = detail.disc
        lines = [
            QCoreApplication.translate(
                "DiscsPage", "Disc {id}: {code}, disc {n} of {count}, volume label {label}"
            ).format(id=d.id, code=d.archive_code, n=d.number, count=d.count, label=d.volume_label),
            QCoreApplication.translate("DiscsPage", "Cases: {cases}").format(cases="、".join(d.case_nos)),
            QCoreApplication.translate("DiscsPage", "Image: {path} ({size}), SHA-256 {sha}").format(
                path=d.image_path, size=human_size(d.image_size), sha=d.image_sha256
            ),
            "",
        ]
        for c in d.copies:
            due = clock.fmt_day(c.next_check_due, empty="—")
            lines.append(
                QCoreApplication.translate(
                    "DiscsPage", "Copy {copy}: {health}; location {location}; burned {burned}; next re-check {due}"
                ).format(
                    copy=c.copy,
                    health=health_text(c.health),
                    location=c.location or "—",
                    burned=clock.fmt(c.burned_at, clock.READ_DATE, empty="—"),
                    due=due,
                )
            )
        lines += ["", QCoreApplication.translate("DiscsPage", "Contents:")]
        lines += [
            f"  {c.path}  {human_size(c.size)}  {c.case_no}\n    SHA-256 {c.sha256}\n    SM3 {c.sm3}"
            for c in detail.contents
        ]
        lines += ["", QCoreApplication.translate("DiscsPage", "Checks:")]
        for ch in detail.checks:
            rate = f"{ch.rate / 1024 / 1024:.1f} MiB/s" if ch.rate else ""
            state = (
                QCoreApplication.translate("DiscsPage", "ok")
                if ch.ok
                else QCoreApplication.translate("DiscsPage", "FAILED")
            )
            kind = QCoreApplication.translate("archiving", CHECK_KIND_LABELS.get(ch.kind, ch.kind))
            lines.append(
                f"  {clock.fmt(ch.checked_at, clock.READ_MINUTE)}  {kind}  {state}  {rate}  "
                f"{ch.source}  {ch.problem}".rstrip()
            )
        if detail.problems:
            lines += ["", QCoreApplication.translate("DiscsPage", "Problems:"), *(f"  {p}" for p in detail.problems)]
        self.details.setPlainText("\n".join(lines))

    def new_set(self) -> None:
        from ui.archiving.disc_wizard import DiscWizard

        row = self.current()
        wizard = DiscWizard(self.ctx, list(row.case_nos) if row else [], self)
        wizard.finished.connect(lambda _r: self.reload())
        wizard.open()

    def recheck(self) -> None:
        row = self.current()
        if row is None:
            return
        self.ctx.tasks.run(disc_register.drives, owner=self, on_done=lambda drives: self._ask_recheck(row, drives))

    def _ask_recheck(self, row: DiscRow, drives: list[Drive]) -> None:
        dialog = RecheckDialog(row, drives, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        copy, source = dialog.values()
        if not copy or not source:
            return
        self.ctx.tasks.run(
            disc_register.recheck_copy,
            self.ctx.ws,
            self.ctx.actor,
            row.id,
            copy,
            source,
            write=True,
            owner=self,
            on_done=lambda _v: self.reload(),
            on_error=lambda e: show_error(self, e),
        )

    def locate(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = LocateDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.tasks.run(
            disc_register.locate_copy,
            self.ctx.ws,
            self.ctx.actor,
            row.id,
            dialog.copy.currentData(),
            dialog.location.text(),
            dialog.months.value(),
            write=True,
            owner=self,
            on_done=lambda _v: self.reload(),
            on_error=lambda e: show_error(self, e),
        )

    def open_label(self) -> None:
        row = self.current()
        if row is not None and row.label_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(row.label_pdf))
