"""Transfer and receipt (移交与接收): write a year's filed volumes as a signed package with progress, the transfer
register; check and receive a package from another archive with every check's outcome shown, the receipt register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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

from archive_core.spine import clock
from archive_core.spine.auth import Permission
from archive_core.spine.progress import Progress
from archive_core.transfer import checks, export, receipt
from archive_core.transfer.errors import PackageRefusedError
from archive_core.transfer.export import TransferView
from archive_core.transfer.receipt import Inspection, ReceiptView
from ui.kit.context import UiContext
from ui.kit.errors import error_label, show_error, show_inline
from ui.kit.page import Page
from ui.kit.tables import table_view
from ui.kit.tasks import Job
from ui.transfer.transfer_models import BAD, GOOD, CheckModel, ReceiptModel, TransferModel, size_text

P = Permission


class TransferPage(Page):
    """The records room transfers its filed volumes to the archives; the archives room receives them."""

    order = 750
    icon = QStyle.StandardPixmap.SP_ArrowRight
    permissions = (P.TRANSFER_EXPORT, P.TRANSFER_RECEIVE)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TransferPage", "Transfer and receipt")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.export_box = self._export_box()
        self.receive_box = self._receive_box()
        layout.addWidget(self.export_box, 1)
        layout.addWidget(self.receive_box, 1)
        self.export_box.setVisible(ctx.can(P.TRANSFER_EXPORT))
        self.receive_box.setVisible(ctx.can(P.TRANSFER_RECEIVE))

    # --- transfer ----------------------------------------------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Transfer (移交) to an archive"))
        rows = QVBoxLayout(box)
        line = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(1949, clock.today().year)
        self.year.setValue(clock.today().year - 1)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("The receiving archive, e.g. the county archives"))
        line.addWidget(QLabel(self.tr("Year:")))
        line.addWidget(self.year)
        line.addWidget(QLabel(self.tr("To:")))
        line.addWidget(self.recipient, 1)
        rows.addLayout(line)
        line = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("A new folder for the package, or FILE.iso for a disc"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_target)
        line.addWidget(QLabel(self.tr("Write to:")))
        line.addWidget(self.target, 1)
        line.addWidget(choose)
        rows.addLayout(line)
        line = QHBoxLayout()
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                         self.tr("Write the package"))
        self.export_button.clicked.connect(self.run_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.hide()
        line.addWidget(self.export_button)
        line.addWidget(self.cancel_button)
        line.addWidget(self.progress, 1)
        rows.addLayout(line)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_message = error_label()
        rows.addWidget(self.export_status)
        rows.addWidget(self.export_message)
        rows.addWidget(QLabel(self.tr("Transfer register (移交登记)")))
        self.transfer_model = TransferModel(self)
        self.transfer_view = table_view(self.transfer_model)
        for column, width in enumerate((120, 50, 200, 130, 70, 90, 200)):
            self.transfer_view.setColumnWidth(column, width)
        rows.addWidget(self.transfer_view, 1)
        return box

    def choose_target(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"), self.target.text())
        if path:
            self.target.setText(str(Path(path) / f"移交-{self.year.value()}"))

    def run_export(self) -> None:
        text, recipient = self.target.text().strip(), self.recipient.text().strip()
        if not recipient:
            show_inline(self.export_message, self.tr("Name the receiving archive first."))
            return
        if not text:
            show_inline(self.export_message, self.tr("Choose where to write the package first."))
            return
        ws, actor, year, target = self.ctx.ws, self.ctx.actor, self.year.value(), Path(text)

        def job(progress: Progress) -> TransferView:
            return export.export_package(ws, actor, year, target, recipient, progress=progress)

        self.export_message.hide()
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_status.setText(self.tr("Checking the volumes (四性检测) and writing the package…"))
        self.job = self.ctx.tasks.run(job, write=True, progress=True, on_progress=self._progressed,
                                      on_done=self._exported, on_error=self._export_failed, owner=self)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _export_done(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self.load()

    def _exported(self, view: TransferView) -> None:
        self._export_done()
        self.export_status.setText(self.tr("Package {id} written to {target}: {n} volumes, {files} files ({size})."
                                           ).format(id=view.package_id, target=view.target, n=len(view.volumes),
                                                    files=view.files, size=size_text(view.bytes)))

    def _export_failed(self, exc: BaseException) -> None:
        self._export_done()
        self.export_status.clear()
        show_inline(self.export_message, exc)

    # --- receipt -----------------------------------------------------------------------------------------------
    def _receive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt (接收) of a package"))
        rows = QVBoxLayout(box)
        line = QHBoxLayout()
        self.package = QLineEdit()
        self.package.setPlaceholderText(self.tr("The package folder (the one holding bagit.txt), or its disc image "
                                                "(.iso)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_package)
        choose_image = QPushButton(self.tr("Disc image…"))
        choose_image.clicked.connect(self.choose_image)
        line.addWidget(QLabel(self.tr("Package:")))
        line.addWidget(self.package, 1)
        line.addWidget(choose)
        line.addWidget(choose_image)
        rows.addLayout(line)
        line = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check only"))
        self.check_button.clicked.connect(lambda: self.run_receive(check_only=True))
        self.receive_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                          self.tr("Check and receive"))
        self.receive_button.clicked.connect(lambda: self.run_receive(check_only=False))
        self.receive_progress = QProgressBar()
        self.receive_progress.hide()
        line.addWidget(self.check_button)
        line.addWidget(self.receive_button)
        line.addWidget(self.receive_progress, 1)
        rows.addLayout(line)
        self.receive_status = QLabel()
        self.receive_status.setWordWrap(True)
        self.receive_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows.addWidget(self.receive_status)
        self.check_model = CheckModel(self)
        self.check_view = table_view(self.check_model)
        for column, width in enumerate((64, 56, 170, 120, 56)):
            self.check_view.setColumnWidth(column, width)
        rows.addWidget(self.check_view, 2)
        rows.addWidget(QLabel(self.tr("Receipt register (接收登记)")))
        self.receipt_model = ReceiptModel(self)
        self.receipt_view = table_view(self.receipt_model)
        for column, width in enumerate((120, 170, 50, 90, 80, 240)):
            self.receipt_view.setColumnWidth(column, width)
        rows.addWidget(self.receipt_view, 1)
        return box

    def choose_package(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Package folder"), self.package.text())
        if path:
            self.package.setText(path)

    def choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Disc image of a package"), self.package.text(),
                                                    self.tr("Disc images (*.iso)"))
        if path:
            self.package.setText(path)

    def run_receive(self, check_only: bool) -> None:
        text = self.package.text().strip()
        if not text:
            self._status(self.tr("Choose the package folder first."), BAD)
            return
        ws, actor, path = self.ctx.ws, self.ctx.actor, Path(text)

        def job(progress: Progress) -> Inspection | ReceiptView:
            if check_only:
                return receipt.inspect(ws, actor, path, progress)
            return receipt.receive_package(ws, actor, path, progress)

        self.check_button.setEnabled(False)
        self.receive_button.setEnabled(False)
        self.receive_progress.setRange(0, 0)
        self.receive_progress.show()
        self._status(self.tr("Checking the package: bag, signature, digests, metadata, formats, 四性检测…"), None)
        self.ctx.tasks.run(job, write=not check_only, progress=True, on_progress=self._receive_progressed,
                           on_done=self._received, on_error=self._receive_failed, owner=self)

    def _receive_progressed(self, done: int, total: int, _text: str) -> None:
        self.receive_progress.setRange(0, max(total, 1))
        self.receive_progress.setValue(done)

    def _receive_done(self) -> None:
        self.check_button.setEnabled(True)
        self.receive_button.setEnabled(True)
        self.receive_progress.hide()

    def _status(self, text: str, colour: str | None) -> None:
        self.receive_status.setStyleSheet(f"color: {colour};" if colour else "")
        self.receive_status.setText(text)

    def _received(self, result: Inspection | ReceiptView) -> None:
        self._receive_done()
        if isinstance(result, Inspection):
            self.check_model.set_rows(result.findings.results(checks.translator()))
            if result.ok:
                self._status(self.tr("Every check passed: the package can be received."), GOOD)
            else:
                self._status(self.tr("{n} problems found: the package would be refused.").format(
                    n=len(result.findings.problems)), BAD)
            return
        if result.already_received:
            self._status(self.tr("This package was received already on {date}: nothing changed.").format(
                date=clock.fmt(result.received_at)), GOOD)
        else:
            self._status(self.tr("Received {n} volumes ({items} items) from {sender}; the check report is kept "
                                 "with the receipt.").format(n=result.volumes, items=result.items,
                                                             sender=result.sender), GOOD)
        self.ctx.tasks.run(receipt.report_of, self.ctx.ws, self.ctx.actor, result.id,
                           on_done=lambda report: self.check_model.set_rows(report["results"]), owner=self)
        self.load()

    def _receive_failed(self, exc: BaseException) -> None:
        self._receive_done()
        if isinstance(exc, PackageRefusedError):
            results = exc.findings.results(checks.translator()) if exc.findings is not None else []
            self.check_model.set_rows(sorted(results, key=lambda r: r["outcome"] != "fail"))
            self._status(self.tr("The package was refused: {n} problems. Nothing was received.").format(
                n=len(exc.problems)), BAD)
            return
        self._status("", None)
        show_error(self, exc)

    # --- registers ---------------------------------------------------------------------------------------------
    def print_view(self) -> QAbstractItemView | None:
        return self.transfer_view if self.ctx.can(P.TRANSFER_EXPORT) else self.receipt_view

    def activate(self) -> None:
        self.load()

    def load(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        if self.ctx.can(P.TRANSFER_EXPORT):
            self.ctx.tasks.run(export.transfers, ws, actor, on_done=self.transfer_model.set_rows,
                               on_error=lambda exc: show_error(self, exc), owner=self)
        if self.ctx.can(P.TRANSFER_RECEIVE):
            self.ctx.tasks.run(receipt.receipts, ws, actor, on_done=self.receipt_model.set_rows,
                               on_error=lambda exc: show_error(self, exc), owner=self)
