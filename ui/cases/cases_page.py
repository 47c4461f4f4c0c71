"""Case files page: the searchable case list and, on opening a case, its stages, records and findings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import compliance, importing
from archive_core.cases import labels as L
from archive_core.cases.case_files import CaseQuery
from archive_core.spine.auth import Permission
from models.cases import EnforcementType, Stage
from ui.cases.case_detail import CaseDetailWidget
from ui.cases.case_forms import CaseDialog
from ui.cases.case_models import CaseListModel, code_label
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.long_text import show_full_text
from ui.kit.page import Page


class CasesPage(Page):
    order = 10
    icon = QStyle.StandardPixmap.SP_DirIcon
    permissions = (Permission.CASE_READ,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CasesPage", "Case files")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page = QWidget()
        self._build_list(self.list_page)
        self.detail = CaseDetailWidget(ctx)
        self.detail.back.connect(lambda: self.stack.setCurrentWidget(self.list_page))
        self.detail.changed.connect(self.model.reload)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.detail)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._apply_filters)
        self._loaded = False
        self.dialog: CaseDialog | None = None  # the new-case form last opened

    def show_filtered(self, **criteria: object) -> bool:
        """A dashboard figure opens the case list narrowed to one compliance state."""
        state = criteria.get("compliance")
        index = self.compliance_filter.findData(state) if state else -1
        if index < 0:
            return False
        self.stack.setCurrentWidget(self.list_page)
        self.compliance_filter.setCurrentIndex(index)
        return True

    def _combo(self, all_text: str, items: dict[str, str]) -> QComboBox:
        box = QComboBox()
        box.addItem(all_text, None)
        for code in items:
            box.addItem(code_label(items, code), code)
        box.currentIndexChanged.connect(self._apply_filters)
        return box

    def _build_list(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by any part of the case number, title, party or officer"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.field = QComboBox()
        for code, text in (("all", self.tr("All fields")), ("case_no", self.tr("Case number")),
                           ("title", self.tr("Title")), ("party", self.tr("Party")),
                           ("officer", self.tr("Officer"))):
            self.field.addItem(text, code)
        self.field.currentIndexChanged.connect(self._apply_filters)
        self.type_filter = self._combo(self.tr("All types"), {t.value: L.ENFORCEMENT_TYPES[t.value]
                                                              for t in EnforcementType})
        self.status_filter = self._combo(self.tr("All statuses"), L.STATUSES)
        self.stage_filter = self._combo(self.tr("All stages"), {s.value: L.STAGES[s.value] for s in Stage})
        self.compliance_filter = self._combo(self.tr("Any compliance"), L.COMPLIANCE)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.field)
        for box in (self.type_filter, self.status_filter, self.stage_filter, self.compliance_filter):
            bar.addWidget(box)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.count = QLabel()
        self.check_result = QLabel()  # the last check's result: its own label, so the list's count never hides it
        self.check_result.setStyleSheet("color: #2e7d32;")
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.clicked.connect(self._new_case)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Cases, parties, officers and documents from the case-handling "
                                              "system (JSON or CSV)"))
        self.import_button.clicked.connect(self._import)
        self.check_button = QPushButton(self.tr("Check all cases"))
        self.check_button.setToolTip(self.tr("Evaluate every case against the regulation"))
        self.check_button.clicked.connect(self._check_all)
        self.new_button.setEnabled(self.ctx.can(Permission.CASE_WRITE))
        self.import_button.setEnabled(self.ctx.can(Permission.CASE_IMPORT))
        actions.addWidget(self.count)
        actions.addWidget(self.check_result, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.check_button)
        layout.addLayout(actions)

        self.model = CaseListModel(self.ctx, self)
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("{count} cases").format(count=n)))
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in enumerate((190, 300, 92, 170, 120, 110, 80, 126, 100)):  # 2026年11月29日 whole
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.reload()

    def refresh(self) -> None:
        self._loaded = True
        self.model.reload()
        if self.stack.currentWidget() is self.detail:
            self.detail.reload()

    def search_field(self) -> QWidget | None:
        return self.search

    def focus_search(self) -> bool:
        self.stack.setCurrentWidget(self.list_page)
        return super().focus_search()

    def create_new(self) -> bool:
        return self.press(self.new_button)

    def print_view(self) -> QAbstractItemView | None:
        return self.table if self.stack.currentWidget() is self.list_page else None

    def _apply_filters(self) -> None:
        self.model.query = CaseQuery(self.search.text(), self.field.currentData(), self.type_filter.currentData(),
                                     self.status_filter.currentData(), self.stage_filter.currentData(),
                                     self.compliance_filter.currentData())
        self.model.reload()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.id_at(index.row()))

    def open_case(self, case_id: int) -> None:
        self.detail.open_case(case_id)
        self.stack.setCurrentWidget(self.detail)

    def open_case_no(self, case_no: str) -> None:
        """A case named elsewhere (a dashboard list)."""
        self.detail.open_case_no(case_no)
        self.stack.setCurrentWidget(self.detail)

    def _new_case(self) -> None:
        dialog = self.dialog = CaseDialog(self.ctx, self)
        dialog.saved.connect(lambda view: (self.model.reload(), self.open_case(view.id)))
        dialog.open()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import cases"), "",
                                              self.tr("Case exports (*.json *.csv)"))
        if not path:
            return
        tr_error = lambda text: QCoreApplication.translate("errors", text)  # noqa: E731
        self.ctx.tasks.run(importing.import_file, self.ctx.ws, self.ctx.actor, Path(path), None, tr_error,
                           write=True, on_done=self._imported, on_error=lambda exc: show_error(self, exc))

    def _imported(self, report: importing.ImportReport) -> None:
        self.model.reload()
        text = self.tr("{rows} rows: {cases} cases and {documents} documents created, {unchanged} unchanged, "
                       "{errors} rejected.").format(rows=report.rows, cases=report.created["cases"],
                                                    documents=report.created["documents"],
                                                    unchanged=report.unchanged, errors=len(report.errors))
        details = "\n".join(self.tr("Line {line}: {reason}").format(line=e.line, reason=e.reason)
                            for e in report.errors[:30])
        box = QMessageBox(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
                          self.tr("Import finished"), text, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    def _check_all(self) -> None:
        self.check_button.setEnabled(False)
        self.check_result.clear()

        def done(result: compliance.BulkResult) -> None:
            self.check_button.setEnabled(True)
            self.model.reload()
            self.check_result.setText(self.tr("{cases} cases checked: {ok} compliant, {error} non-compliant, {warning} "
                                       "with warnings").format(cases=result.cases, **result.by_state))

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run(compliance.evaluate_all, self.ctx.ws, self.ctx.actor, write=True, progress=True,
                           on_done=done, on_error=failed)
