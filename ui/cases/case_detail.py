"""The case page: the case's facts, its four stages with checklists and records (registered, corrected as new
versions, with their history), and findings beside them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import case_files, records
from archive_core.cases import labels as L
from archive_core.cases.compliance import SEVERITY_LABELS, Finding, Severity, chinese_number
from archive_core.cases.views import CaseDetail, ChecklistItemView, RecordView
from archive_core.spine import clock
from archive_core.spine.auth import Permission
from models.cases import STAGE_ARTICLE, STAGE_ORDER
from ui.cases.case_edit import CaseEditDialog, ItemLinkDialog, PeopleDialog
from ui.cases.case_forms import RecordDialog
from ui.cases.case_models import ChecklistModel, RecordsModel, chinese, code_label, tr
from ui.cases.record_history import RecordHistoryDialog
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.long_text import ElidedLabel
from ui.kit.tables import table_view

CARD_STYLE = {
    Severity.ERROR: ("#fdecea", "#b3261e"),
    Severity.WARNING: ("#fff6e0", "#8a5a00"),
    Severity.INFO: ("#eef2f6", "#4b5563"),
}


class StageTab(QWidget):
    """One stage: its checklist (Art. 8–11) above the records registered in it, every version of each."""

    def __init__(self, can_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.checklist = ChecklistModel(self)
        self.checklist_view = table_view(self.checklist)
        header = self.checklist_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(3, 240)
        self.records = RecordsModel(self)
        self.records_view = table_view(self.records)
        rh = self.records_view.horizontalHeader()
        rh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            rh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.records_label = QLabel()
        self.records_label.setObjectName("sectionLabel")
        self.checklist_label = QLabel()
        self.checklist_label.setObjectName("sectionLabel")
        self.can_write = can_write
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every version of the selected document: who, when, why and what "
                                               "changed"))
        self.link_button = QPushButton(self.tr("Link record…"))
        self.link_button.setToolTip(self.tr("Record the selected item with a document of the case (Art. 8–11)"))
        self.unlink_button = QPushButton(self.tr("Unlink…"))
        self.na_button = QPushButton(self.tr("Not applicable…"))
        self.na_button.setToolTip(self.tr("Mark the selected checklist item not applicable, with the reason "
                                          "(Art. 8–11)"))
        self.clear_na_button = QPushButton(self.tr("Undo not applicable"))
        checklist_bar = QHBoxLayout()
        checklist_bar.addWidget(self.checklist_label, 1)
        for button in (self.link_button, self.unlink_button, self.na_button, self.clear_na_button):
            checklist_bar.addWidget(button)
        records_bar = QHBoxLayout()
        records_bar.addWidget(self.records_label, 1)
        records_bar.addWidget(self.correct_button)
        records_bar.addWidget(self.history_button)
        layout.addLayout(checklist_bar)
        layout.addWidget(self.checklist_view, 3)
        layout.addLayout(records_bar)
        layout.addWidget(self.records_view, 2)
        self.records_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.records.modelReset.connect(self._update_buttons)
        self.checklist_view.selectionModel().selectionChanged.connect(self._update_item_buttons)
        self.checklist.modelReset.connect(self._update_item_buttons)
        self._update_buttons()
        self._update_item_buttons()

    def selected_item(self) -> ChecklistItemView | None:
        rows = self.checklist_view.selectionModel().selectedRows()
        return self.checklist.row_object(rows[0].row()) if rows else None

    def select_item(self, code: str) -> bool:
        for row in range(self.checklist.rowCount()):
            if self.checklist.row_object(row).code == code:
                self.checklist_view.selectRow(row)
                return True
        return False

    def _update_item_buttons(self) -> None:
        item = self.selected_item()
        linked = item is not None and bool(item.text_record_ids or item.media_record_ids)
        self.link_button.setEnabled(self.can_write and item is not None)
        self.unlink_button.setEnabled(self.can_write and linked)
        self.na_button.setEnabled(self.can_write and item is not None and item.status == "missing")
        self.clear_na_button.setEnabled(self.can_write and item is not None and item.status == "not_applicable")

    def selected_record(self) -> RecordView | None:
        rows = self.records_view.selectionModel().selectedRows()
        return self.records.row_object(rows[0].row()) if rows else None

    def select_record(self, record_id: int) -> bool:
        for row in range(self.records.rowCount()):
            if self.records.row_object(row).id == record_id:
                self.records_view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        r = self.selected_record()
        self.history_button.setEnabled(r is not None)
        self.correct_button.setEnabled(self.can_write and r is not None and r.is_current)
        self.correct_button.setToolTip(
            self.tr("This version was corrected already: correct the current version") if r and not r.is_current
            else self.tr("Correct the selected document: a new version with the reason; the current one stays in "
                         "the file (Art. 27)"))


class CaseDetailWidget(QWidget):
    back = Signal()
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.dialog: QWidget | None = None  # the correction or history dialog last opened
        self._select_after: int | None = None  # the new version, once the case is reloaded
        self._select_item: str | None = None  # the checklist item just changed, once the case is reloaded
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Case list"))
        self.back_button.clicked.connect(self.back)
        self.title = ElidedLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("#caseTitle { font-size: 15pt; font-weight: bold; color: #1f3b5a; }")
        self.badge = QLabel()
        self.add_button = QPushButton(self.tr("Register document…"))
        self.add_button.clicked.connect(self._add_record)
        self.edit_button = QPushButton(self.tr("Edit case…"))
        self.edit_button.setToolTip(self.tr("Stage, end of the action, title, source and the other facts"))
        self.edit_button.clicked.connect(self.edit_case)
        self.people_button = QPushButton(self.tr("Parties and officers…"))
        self.people_button.clicked.connect(self.edit_people)
        self.report_button = QPushButton(self.tr("Evaluation report…"))
        self.report_button.setToolTip(self.tr("Case-file evaluation report as PDF (Art. 30)"))
        self.report_button.clicked.connect(self._report)
        can_write = ctx.can(Permission.CASE_WRITE)
        for button in (self.add_button, self.edit_button, self.people_button):
            button.setEnabled(can_write)
        bar.addWidget(self.back_button)
        bar.addSpacing(8)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.badge)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.people_button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.report_button)
        outer.addLayout(bar)

        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(14)
        self.facts.setVerticalSpacing(3)
        facts_frame = QFrame()
        facts_frame.setObjectName("facts")
        facts_frame.setStyleSheet("#facts { background: #f4f6f9; border: 1px solid #d5dbe3; border-radius: 4px; }")
        facts_frame.setLayout(self.facts)
        outer.addWidget(facts_frame)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.stage_tabs = [StageTab(can_write) for _ in STAGE_ORDER]
        for tab in self.stage_tabs:
            self.tabs.addTab(tab, "")
            tab.correct_button.clicked.connect(lambda _checked=False, t=tab: self.correct(t.selected_record()))
            tab.history_button.clicked.connect(lambda _checked=False, t=tab: self.history(t.selected_record()))
            tab.records_view.doubleClicked.connect(lambda _index, t=tab: self.history(t.selected_record()))
            tab.link_button.clicked.connect(lambda _checked=False, t=tab: self.link(t.selected_item()))
            tab.unlink_button.clicked.connect(lambda _checked=False, t=tab: self.link(t.selected_item(), True))
            tab.na_button.clicked.connect(lambda _checked=False, t=tab: self._mark_na(t.selected_item()))
            tab.clear_na_button.clicked.connect(lambda _checked=False, t=tab: self.clear_na(t.selected_item()))
        split.addWidget(self.tabs)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("sectionLabel")
        side_layout.addWidget(self.findings_label)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(6)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 4, 0)
        holder_layout.addLayout(self.cards)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        side_layout.addWidget(scroll, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 480])
        outer.addWidget(split, 1)
        self.setStyleSheet("QLabel#sectionLabel { font-weight: bold; color: #1f3b5a; padding: 4px 0 2px 0; }")

    # --- loading ------------------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        self.ctx.tasks.run(case_files.case_detail, self.ctx.ws, self.ctx.actor, None, case_id,
                           on_done=self.show_detail, on_error=lambda exc: show_error(self, exc))

    def open_case_no(self, case_no: str) -> None:
        self.ctx.tasks.run(case_files.case_detail, self.ctx.ws, self.ctx.actor, case_no, None,
                           on_done=self.show_detail, on_error=lambda exc: show_error(self, exc))

    def reload(self) -> None:
        if self.detail is not None:
            self.open_case(self.detail.case.id)

    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        c = detail.case
        self.title.setText(f"{c.case_no}　{c.title}")
        state = code_label(L.COMPLIANCE, c.compliance_state)
        color = {"error": "#b3261e", "warning": "#8a5a00", "ok": "#1e6b34"}.get(c.compliance_state, "#6b7280")
        if c.compliance_state == "ok" and not detail.complete:
            state = self.tr("{count} items to record").format(count=len(detail.outstanding))
            color = "#3f5f8a"
        self.badge.setText(state)
        self.badge.setStyleSheet(f"color: white; background: {color}; border-radius: 3px; padding: 3px 8px;")
        self._fill_facts(detail)
        records_by_id = {r.id: r for r in detail.records}
        for stage, tab in zip(STAGE_ORDER, self.stage_tabs, strict=True):
            items = [i for i in detail.checklist if i.stage == stage.value]
            tab.checklist.records = records_by_id
            tab.checklist.set_rows(items)
            recs = _versions_together([r for r in detail.records if r.stage == stage.value])
            tab.records.set_rows(recs)
            # Missing items count once the stage is due (passed, or the action ended), as the rule sees it.
            due = c.action_ended_at is not None or STAGE_ORDER.index(stage) < [s.value for s in STAGE_ORDER].index(
                c.current_stage)
            missing = sum(1 for i in items if i.status == "missing" and i.required) if due else 0
            article = STAGE_ARTICLE[stage]
            tab.checklist_label.setText(self.tr("Checklist (Art. {article})").format(article=article)
                                        if not chinese() else f"记录事项（第{chinese_number(int(article))}条）")
            tab.records_label.setText(self.tr("Text records ({count})").format(count=len(recs)))
            text = code_label(L.STAGES, stage.value)
            if missing:
                text += self.tr(" · {count} missing").format(count=missing)
            self.tabs.setTabText(STAGE_ORDER.index(stage), text)
        current = STAGE_ORDER.index(next(s for s in STAGE_ORDER if s.value == c.current_stage))
        self.tabs.setCurrentIndex(current)
        if self._select_after is not None:
            for n, tab in enumerate(self.stage_tabs):
                if tab.select_record(self._select_after):
                    self.tabs.setCurrentIndex(n)
            self._select_after = None
        if self._select_item is not None:
            for n, tab in enumerate(self.stage_tabs):
                if tab.select_item(self._select_item):
                    self.tabs.setCurrentIndex(n)
            self._select_item = None
        self._fill_findings(detail)

    def _fill_facts(self, d: CaseDetail) -> None:
        while self.facts.count():
            item = self.facts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        c = d.case
        av = self.tr("Yes") if c.av_mandatory else self.tr("No")
        if c.av_reasons:
            av += "（" + "、".join(code_label(L.AV_REASONS, r) for r in c.av_reasons) + "）"
        pairs = [
            (self.tr("Type"), code_label(L.ENFORCEMENT_TYPES, c.enforcement_type)),
            (self.tr("Started"), code_label(L.INITIATIONS, c.initiation)),
            (self.tr("Source"), c.source or "—"),
            (self.tr("Agency"), c.agency or "—"),
            (self.tr("Parties"), "、".join(p.name for p in d.parties) or "—"),
            (self.tr("Officers"), "、".join(f"{o.name}（{o.certificate_no}）" for o in d.officers) or "—"),
            (self.tr("Opened"), clock.fmt_day(c.opened_on)),
            (self.tr("Action ended"), clock.fmt_day(c.action_ended_at, empty="—")),
            (self.tr("Archived (Art. 26)"), clock.fmt_day(c.archived_at, empty="—")),
            (self.tr("Status"), code_label(L.STATUSES, c.status)),
            (self.tr("Confidentiality"), code_label(L.CONFIDENTIALITY, c.confidentiality)),
            (self.tr("Whole-process A/V (Art. 20)"), av),
        ]
        if c.entrusting_agency:
            pairs.append((self.tr("Entrusted by (Art. 32)"), c.entrusting_agency))
        columns = 3
        for n, (label, value) in enumerate(pairs):
            row, col = divmod(n, columns)
            name = QLabel(label + self.tr(":"))
            name.setStyleSheet("color: #505a66;")
            text = ElidedLabel(value, lines=2)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(text, row, col * 2 + 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for col in range(columns):
            self.facts.setColumnStretch(col * 2 + 1, 1)

    def _fill_findings(self, detail: CaseDetail) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        findings = detail.findings
        if findings:
            text = self.tr("Findings: {count}").format(count=len(findings))
        elif detail.outstanding:
            text = self.tr("Findings: none so far — {count} checklist items still to record").format(
                count=len(detail.outstanding))
        else:
            text = self.tr("Findings: none — the case file meets every rule")
        self.findings_label.setText(text)
        for f in findings:
            self.cards.addWidget(self._card(f))
        if detail.outstanding:
            self.cards.addWidget(self._outstanding_card(detail.outstanding))

    def _outstanding_card(self, items: tuple[ChecklistItemView, ...]) -> QFrame:
        """The items still to record: not yet a finding while their stage runs, but the file is not complete."""
        fill, accent = CARD_STYLE[Severity.INFO]
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet(f"#card {{ background: {fill}; border-left: 4px solid {accent}; border-radius: 3px; }}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        head = QLabel(f"<b style='color:{accent}'>"
                      + self.tr("Still to record ({count})").format(count=len(items)) + "</b>")
        layout.addWidget(head)
        zh = chinese()
        for i in items:
            line = QLabel(f"{code_label(L.STAGES, i.stage)} · {i.code} {i.name_zh if zh else i.name}")
            line.setWordWrap(True)
            layout.addWidget(line)
        action = QLabel("→ " + self.tr("Link the record that documents each item, or mark it not applicable with a "
                                       "reason; an item becomes a finding once its stage is over."))
        action.setWordWrap(True)
        action.setStyleSheet("color: #374151;")
        layout.addWidget(action)
        return card

    def _card(self, f: Finding) -> QFrame:
        fill, accent = CARD_STYLE[f.severity]
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet(f"#card {{ background: {fill}; border-left: 4px solid {accent}; border-radius: 3px; }}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        head = QLabel(f"<b style='color:{accent}'>{f.label(tr)}</b>　"
                      f"<span style='color:{accent}'>{tr('compliance', SEVERITY_LABELS[f.severity])}</span>"
                      + (f"　<span style='color:#505a66'>{code_label(L.STAGES, f.stage)}</span>" if f.stage else ""))
        text = QLabel(f.text(tr))
        text.setWordWrap(True)
        action = QLabel("→ " + f.action_text(tr))
        action.setWordWrap(True)
        action.setStyleSheet("color: #374151;")
        layout.addWidget(head)
        layout.addWidget(text)
        layout.addWidget(action)
        return card

    # --- actions ------------------------------------------------------------------------------------------
    def _add_record(self) -> None:
        if self.detail is None:
            return
        stage = STAGE_ORDER[self.tabs.currentIndex()].value
        dialog = RecordDialog(self.ctx, self.detail.case.case_no, stage, self)
        dialog.saved.connect(lambda _view: (self.reload(), self.changed.emit()))
        dialog.open()

    def correct(self, record: RecordView | None) -> None:
        """Open the correction form prefilled with the current version (Art. 27)."""
        if self.detail is None or record is None:
            return
        dialog = RecordDialog(self.ctx, self.detail.case.case_no, record.stage, self, record=record)
        dialog.saved.connect(self._corrected)
        self.dialog = dialog
        dialog.open()

    def _corrected(self, view: RecordView) -> None:
        self._select_after = view.id
        self.reload()
        self.changed.emit()

    def history(self, record: RecordView | None) -> None:
        if record is None:
            return
        self.dialog = RecordHistoryDialog(self.ctx, record, self)
        self.dialog.open()

    def _mark_na(self, item: ChecklistItemView | None) -> None:
        if self.detail is None or item is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Not applicable"),
                                          self.tr("Why does item {code} not apply to this case?").format(
                                              code=item.code))
        if not ok:
            return
        self._item_change(item, records.mark_not_applicable, self.detail.case.case_no, item.code, reason)

    def clear_na(self, item: ChecklistItemView | None) -> None:
        """Undo a "not applicable" mark: the item is missing again until a record is linked."""
        if self.detail is not None and item is not None:
            self._item_change(item, records.clear_not_applicable, self.detail.case.case_no, item.code)

    def _item_change(self, item: ChecklistItemView, fn: Callable[..., Any], *args: Any) -> None:
        self._select_item = item.code
        self.ctx.tasks.run(fn, self.ctx.ws, self.ctx.actor, *args, write=True, owner=self,
                           on_done=self._case_changed, on_error=lambda exc: show_error(self, exc))

    def link(self, item: ChecklistItemView | None, unlink: bool = False) -> None:
        if self.detail is None or item is None:
            return
        self._select_item = item.code
        self._open_dialog(ItemLinkDialog(self.ctx, self.detail, item, unlink, self))

    def edit_case(self) -> None:
        if self.detail is not None:
            self._open_dialog(CaseEditDialog(self.ctx, self.detail.case, self))

    def edit_people(self) -> None:
        if self.detail is not None:
            self._open_dialog(PeopleDialog(self.ctx, self.detail, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.saved.connect(self._case_changed)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()

    def _case_changed(self, _result: object = None) -> None:
        self.reload()
        self.changed.emit()

    def _report(self) -> None:
        if self.detail is None:
            return
        from archive_core.cases.evaluation_report import write_case_evaluation

        name = f"{self.detail.case.case_no}-评查报告.pdf" if chinese() else f"{self.detail.case.case_no}-evaluation.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save evaluation report"), name, "PDF (*.pdf)")
        if not path:
            return
        language = "zh_CN" if chinese() else "en"
        self.ctx.tasks.run(write_case_evaluation, self.ctx.ws, self.ctx.actor, self.detail.case.case_no, Path(path),
                           language, write=True, on_error=lambda exc: show_error(self, exc),
                           on_done=lambda p: QMessageBox.information(
                               self, self.tr("Evaluation report"), self.tr("Saved to {path}").format(path=p)))


def _versions_together(recs: list[RecordView]) -> list[RecordView]:
    """The versions of a document one under the other, oldest first, where its first version stands."""
    first: dict[int, int] = {}
    for n, r in enumerate(recs):
        first.setdefault(r.lineage_id, n)
    return sorted(recs, key=lambda r: (first[r.lineage_id], r.version))
