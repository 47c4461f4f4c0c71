"""The evidence-disc wizard (Art. 26): plan → build (progress, cancel) → verify → burn or image only → register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from archive_core.archiving import disc_register, discs
from archive_core.archiving.disc_register import CopyView
from archive_core.archiving.discs import DiscPlanView, DiscSetView
from archive_core.spine.errors import ArchiveError
from archive_core.spine.progress import Progress
from disc_burning.burn import Drive
from disc_burning.plan import MEDIA, human_size
from ui.kit.case_picker import CasePicker
from ui.kit.context import UiContext
from ui.kit.errors import error_text, show_error
from ui.kit.long_text import bounded_combo, show_full_text
from ui.kit.tasks import Job

IMAGE_ONLY = "image-only"
STDIO = "stdio"


def error_tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def copy_role(copy: str) -> str:
    return (
        QCoreApplication.translate("DiscWizard", "sealed")
        if copy == "A"
        else QCoreApplication.translate("DiscWizard", "in use")
    )


def step_text(step: str) -> str:
    """ "build 1/2" → "制作镜像 第 1/2 张"."""
    kind, _, which = step.partition(" ")
    label = {
        "build": QCoreApplication.translate("DiscWizard", "Building image"),
        "verify": QCoreApplication.translate("DiscWizard", "Verifying image"),
        "digest": QCoreApplication.translate("DiscWizard", "Image digest"),
        "burn": QCoreApplication.translate("DiscWizard", "Burning"),
    }.get(kind, kind)
    return f"{label} {which}".strip()


class PlanPage(QWizardPage):
    def __init__(self, wizard: DiscWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("DiscWizard", "Plan the discs"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DiscWizard",
                "Evidence audio and video of filed cases, with matter, time, place, method and "
                "officers on every disc (Art. 26).",
            )
        )
        self.cases = CasePicker(wizard.ctx, "、".join(wizard.case_nos), multiple=True)
        self.cases.setPlaceholderText(
            QCoreApplication.translate(
                "DiscWizard", "Type part of a case number, title or party and choose; several are separated by 、"
            )
        )
        self.medium = QComboBox()
        for key, medium in MEDIA.items():
            self.medium.addItem(medium.label, key)
        self.medium.setCurrentIndex(max(0, self.medium.findData("dvd")))
        self.copies = QSpinBox(minimum=1, maximum=6, value=2)
        self.copies.setSuffix(QCoreApplication.translate("DiscWizard", " copies (A sealed, B in use)"))
        self.plan_button = QPushButton(QCoreApplication.translate("DiscWizard", "Plan"))
        self.plan_button.clicked.connect(self.make_plan)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("DiscWizard", "Disc / file"),
                QCoreApplication.translate("DiscWizard", "Case"),
                QCoreApplication.translate("DiscWizard", "Size"),
                QCoreApplication.translate("DiscWizard", "Matter recorded"),
            ]
        )
        self.tree.setColumnWidth(0, 320)
        self.tree.setColumnWidth(1, 170)
        self.tree.setColumnWidth(2, 80)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DiscWizard", "Cases"), self.cases)
        row = QHBoxLayout()
        row.addWidget(self.medium)
        row.addWidget(self.copies)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("DiscWizard", "Medium"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problems)
        self.cases.textChanged.connect(self._changed)
        self.medium.currentIndexChanged.connect(self._changed)
        self.copies.valueChanged.connect(self._changed)

    def case_list(self) -> list[str]:
        return self.cases.case_nos()

    def _changed(self) -> None:
        self.w.plan = None
        self.completeChanged.emit()

    def forget_plan(self) -> None:
        """The plan shown is out of date: it is cleared, and only a new plan leads on."""
        self.tree.clear()
        self.problems.clear()
        self._changed()

    def make_plan(self) -> None:
        self.plan_button.setEnabled(False)
        self.w.ctx.tasks.run(
            discs.plan_for_cases,
            self.w.ctx.ws,
            self.w.ctx.actor,
            self.case_list(),
            self.medium.currentData(),
            discs.copies_for(self.copies.value()),
            owner=self,
            on_done=self.show_plan,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.plan_button.setEnabled(True)
        show_error(self, exc)

    def show_plan(self, plan: DiscPlanView) -> None:
        self.plan_button.setEnabled(True)
        self.tree.clear()
        for disc in plan.discs:
            top = QTreeWidgetItem(
                [
                    QCoreApplication.translate("DiscWizard", "Disc {n} of {count} — {label}").format(
                        n=disc.number, count=disc.count, label=disc.volume_label
                    ),
                    "",
                    human_size(disc.payload_bytes),
                    QCoreApplication.translate("DiscWizard", "{n} files").format(n=len(disc.items)),
                ]
            )
            for item in (view.item for view in disc.items):
                top.addChild(
                    QTreeWidgetItem([item.original_name, item.case_number, human_size(item.size), item.matter])
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.problems.setText("\n".join(p.render(error_tr) for p in plan.problems))
        self.w.plan = plan
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and self.w.plan.ok


class BuildPage(QWizardPage):
    def __init__(self, wizard: DiscWizard) -> None:
        super().__init__()
        self.w = wizard
        self.job: Job | None = None
        self.setTitle(QCoreApplication.translate("DiscWizard", "Build the images"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DiscWizard",
                "Each disc becomes an ISO image (UDF, Joliet, Rock Ridge) holding a BagIt bag with "
                "the media, metadata sidecars, the catalogue, index.html and the signed audit "
                "checkpoint; every image is read back and checked.",
            )
        )
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(
            QCoreApplication.translate("DiscWizard", "Default: the discs folder of the data home")
        )
        browse = QPushButton(QCoreApplication.translate("DiscWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        self.build_button = QPushButton(QCoreApplication.translate("DiscWizard", "Build"))
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(QCoreApplication.translate("DiscWizard", "Cancel build"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.step = QLabel(QCoreApplication.translate("DiscWizard", "Not started."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.log = QPlainTextEdit(readOnly=True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DiscWizard", "Image folder"), folder_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(QCoreApplication.translate("DiscWizard", "Plan"), self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.log, 1)

    def initializePage(self) -> None:
        plan = self.w.plan
        self.build_button.setEnabled(self.w.built is None)
        if plan is not None:
            self.summary.setText(
                QCoreApplication.translate("DiscWizard", "{code}: {n} discs on {medium}, copies {copies}").format(
                    code=plan.archive_code, n=len(plan.discs), medium=plan.medium_label, copies="、".join(plan.copies)
                )
            )

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("DiscWizard", "Folder for the images"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def build(self) -> None:
        plan = self.w.plan
        if plan is None:
            return
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.log.appendPlainText(
            QCoreApplication.translate("DiscWizard", "Building {n} discs for {code}…").format(
                n=len(plan.discs), code=plan.archive_code
            )
        )
        folder = self.folder.text().strip() or None
        self.job = self.w.ctx.tasks.run(
            self._build,
            plan,
            folder,
            write=True,
            progress=True,
            owner=self,
            on_progress=self.progress,
            on_done=self.built,
            on_error=self.failed,
        )

    def _build(self, plan: DiscPlanView, folder: str | None, progress: Progress) -> DiscSetView:
        return discs.build_set(self.w.ctx.ws, self.w.ctx.actor, plan, folder, progress=progress)

    def progress(self, done: int, total: int, step: str) -> None:
        self.step.setText(step_text(step))
        self.bar.setValue(int(1000 * done / total) if total else 0)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.log.appendPlainText(QCoreApplication.translate("DiscWizard", "Cancelling…"))

    def built(self, view: DiscSetView) -> None:
        self.job = None
        self.cancel_button.setEnabled(False)
        self.bar.setValue(1000)
        self.w.built = view
        for d in view.discs:
            state = (
                QCoreApplication.translate("DiscWizard", "verified")
                if d.status == "verified"
                else QCoreApplication.translate("DiscWizard", "FAILED")
            )
            self.log.appendPlainText(
                QCoreApplication.translate("DiscWizard", "Disc {n} of {count}: {image} ({size}) — {state}").format(
                    n=d.number, count=d.count, image=d.image, size=human_size(d.image_size), state=state
                )
            )
        self.step.setText(
            QCoreApplication.translate("DiscWizard", "Done.")
            if view.ok
            else QCoreApplication.translate("DiscWizard", "Verification failed: nothing is registered as good.")
        )
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.job = None
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.step.setText(QCoreApplication.translate("DiscWizard", "Not built."))
        self.log.appendPlainText(error_text(exc))
        if isinstance(exc, discs.PlanOutdatedError):
            self.build_button.setEnabled(False)
            self.w.plan_page.forget_plan()
        if not (isinstance(exc, ArchiveError) and exc.code == "cancelled"):
            show_error(self, exc)

    def isComplete(self) -> bool:
        return self.w.built is not None


class VerifyPage(QWizardPage):
    def __init__(self, wizard: DiscWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("DiscWizard", "Verification"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DiscWizard",
                "Every file of every image was read back and compared with the vault's SHA-256 and SM3 digests.",
            )
        )
        self.table = QTableWidget(0, 5)
        show_full_text(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DiscWizard", "Disc"),
                QCoreApplication.translate("DiscWizard", "Volume label"),
                QCoreApplication.translate("DiscWizard", "Result"),
                QCoreApplication.translate("DiscWizard", "Files"),
                QCoreApplication.translate("DiscWizard", "Image SHA-256"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QPlainTextEdit(readOnly=True)
        self.problems.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        view = self.w.built
        if view is None:
            return
        self.table.setRowCount(len(view.discs))
        for row, d in enumerate(view.discs):
            ok = d.status == "verified"
            cells = [
                QCoreApplication.translate("DiscWizard", "{n} of {count}").format(n=d.number, count=d.count),
                d.volume_label,
                QCoreApplication.translate("DiscWizard", "Verified")
                if ok
                else QCoreApplication.translate("DiscWizard", "FAILED"),
                str(d.files_checked),
                d.image_sha256,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not ok:
                    item.setBackground(QBrush(QColor("#f8d7da")))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        lines = [f"{d.volume_label}: {p}" for d in view.discs for p in d.problems]
        self.problems.setPlainText(
            "\n".join(lines)
            if lines
            else QCoreApplication.translate("DiscWizard", "No problems: every disc may be burned.")
        )

    def isComplete(self) -> bool:
        return self.w.built is not None and self.w.built.ok


class BurnPage(QWizardPage):
    def __init__(self, wizard: DiscWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("DiscWizard", "Burn"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DiscWizard",
                "Burn each copy on a blank write-once disc; it is read back and compared with the "
                "image. Or keep the images and burn later.",
            )
        )
        self.drive = bounded_combo(QComboBox(), 24)
        self.target = QLineEdit()
        self.target.setPlaceholderText(
            QCoreApplication.translate("DiscWizard", "Folder for image-file copies (stdio:)")
        )
        self.target.setVisible(False)
        self.drive.currentIndexChanged.connect(lambda _i: self.target.setVisible(self.drive.currentData() == STDIO))
        self.table = QTableWidget(0, 4)
        show_full_text(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DiscWizard", "Disc"),
                QCoreApplication.translate("DiscWizard", "Copy"),
                QCoreApplication.translate("DiscWizard", "State"),
                QCoreApplication.translate("DiscWizard", "Drive"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.burn_button = QPushButton(QCoreApplication.translate("DiscWizard", "Burn selected copy"))
        self.burn_button.clicked.connect(self.burn_selected)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("DiscWizard", "Drive")))
        row.addWidget(self.drive, 1)
        row.addWidget(self.target, 1)
        row.addWidget(self.burn_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        self.copies: list[tuple[int, int, str]] = []  # (disc id, disc number, copy)
        self.states: dict[tuple[int, str], CopyView] = {}

    def initializePage(self) -> None:
        self.drive.clear()
        self.drive.addItem(QCoreApplication.translate("DiscWizard", "Image only — burn later"), IMAGE_ONLY)
        self.drive.addItem(QCoreApplication.translate("DiscWizard", "Image file (stdio:) for a test burn"), STDIO)
        self.w.ctx.tasks.run(disc_register.drives, owner=self, on_done=self._drives)
        view = self.w.built
        self.copies = [(d.id, d.number, c) for d in (view.discs if view else ()) for c in view.copies] if view else []
        self._fill()

    def _drives(self, drives: list[Drive]) -> None:
        for d in drives:
            self.drive.insertItem(0, str(d), d.path)
        self.drive.setCurrentIndex(0)

    def _fill(self) -> None:
        count = self.w.built.discs[0].count if self.w.built and self.w.built.discs else 0
        self.table.setRowCount(len(self.copies))
        for row, (disc_id, number, copy) in enumerate(self.copies):
            state = self.states.get((disc_id, copy))
            text = (
                QCoreApplication.translate("DiscWizard", "Not burned")
                if state is None
                else (
                    QCoreApplication.translate("DiscWizard", "Burned and read back")
                    if state.status == "burned"
                    else QCoreApplication.translate("DiscWizard", "Failed")
                )
            )
            cells = [
                QCoreApplication.translate("DiscWizard", "{n} of {count}").format(n=number, count=count),
                f"{copy}（{copy_role(copy)}）",
                text,
                state.drive if state else "",
            ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def burn_selected(self) -> None:
        row = self.table.currentRow()
        drive = self.drive.currentData()
        if row < 0 or drive == IMAGE_ONLY:
            return
        disc_id, number, copy = self.copies[row]
        if drive == STDIO:
            folder = Path(self.target.text().strip() or self.w.ctx.ws.paths.home / "burned")
            folder.mkdir(parents=True, exist_ok=True)
            drive = f"stdio:{folder / f'disc{disc_id}-{copy}.bin'}"
        elif (
            QMessageBox.question(
                self,
                QCoreApplication.translate("DiscWizard", "Insert a blank disc"),
                QCoreApplication.translate(
                    "DiscWizard", "Insert a blank disc for disc {n}, copy {copy}, into {drive}."
                ).format(n=number, copy=copy, drive=drive),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.burn_button.setEnabled(False)
        self.w.ctx.tasks.run(
            self._burn,
            disc_id,
            copy,
            drive,
            write=True,
            progress=True,
            owner=self,
            on_progress=lambda d, t, _s: self.bar.setValue(int(1000 * d / t) if t else 0),
            on_done=self._burned,
            on_error=self._failed,
        )

    def _burn(self, disc_id: int, copy: str, drive: str, progress: Progress) -> CopyView:
        return disc_register.burn_copy(self.w.ctx.ws, self.w.ctx.actor, disc_id, copy, drive, progress=progress)

    def _burned(self, view: CopyView) -> None:
        self.burn_button.setEnabled(True)
        self.states[(view.disc_id, view.copy)] = view
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.burn_button.setEnabled(True)
        show_error(self, exc)


class RegisterPage(QWizardPage):
    def __init__(self, wizard: DiscWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("DiscWizard", "Register the copies"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DiscWizard",
                "Where each copy is kept and how often it is read back (sealed copies every 12 "
                "months, copies in use every 6).",
            )
        )
        self.table = QTableWidget(0, 4)
        show_full_text(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DiscWizard", "Disc"),
                QCoreApplication.translate("DiscWizard", "Copy"),
                QCoreApplication.translate("DiscWizard", "Storage location"),
                QCoreApplication.translate("DiscWizard", "Re-check every (months)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        self.rows: list[tuple[int, str, QLineEdit, QSpinBox]] = []

    def initializePage(self) -> None:
        view = self.w.built
        discs_ = view.discs if view else ()
        self.rows = []
        self.table.setRowCount(sum(len(view.copies) for _ in discs_) if view else 0)
        row = 0
        for d in discs_:
            for copy in view.copies if view else ():
                location = QLineEdit()
                location.setPlaceholderText(
                    QCoreApplication.translate("DiscWizard", "e.g. archive room, cabinet 3, shelf A")
                )
                months = QSpinBox(minimum=1, maximum=60, value=discs.recheck_months_for(copy))
                self.table.setItem(
                    row,
                    0,
                    QTableWidgetItem(
                        QCoreApplication.translate("DiscWizard", "{n} of {count}").format(n=d.number, count=d.count)
                    ),
                )
                self.table.setItem(row, 1, QTableWidgetItem(f"{copy}（{copy_role(copy)}）"))
                self.table.setCellWidget(row, 2, location)
                self.table.setCellWidget(row, 3, months)
                self.rows.append((d.id, copy, location, months))
                row += 1

    def entries(self) -> list[tuple[int, str, str, int]]:
        return [
            (disc_id, copy, edit.text().strip(), spin.value())
            for disc_id, copy, edit, spin in self.rows
            if edit.text().strip()
        ]


class DiscWizard(QWizard):
    def __init__(self, ctx: UiContext, case_nos: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_nos = case_nos
        self.plan: DiscPlanView | None = None
        self.built: DiscSetView | None = None
        self.setWindowTitle(QCoreApplication.translate("DiscWizard", "Evidence discs (Art. 26)"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 620)
        self.plan_page = PlanPage(self)
        self.build_page = BuildPage(self)
        self.verify_page = VerifyPage(self)
        self.burn_page = BurnPage(self)
        self.register_page = RegisterPage(self)
        for page in (self.plan_page, self.build_page, self.verify_page, self.burn_page, self.register_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("DiscWizard", "Register"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def accept(self) -> None:
        entries = self.register_page.entries()
        if not entries:
            super().accept()
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ctx.tasks.run(
            self._register,
            entries,
            write=True,
            owner=self,
            on_done=lambda _r: super(DiscWizard, self).accept(),
            on_error=self._register_failed,
        )

    def _register(self, entries: list[tuple[int, str, str, int]]) -> list[CopyView]:
        return [
            disc_register.locate_copy(self.ctx.ws, self.ctx.actor, disc_id, copy, location, months)
            for disc_id, copy, location, months in entries
        ]

    def _register_failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, exc)
