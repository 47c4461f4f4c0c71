"""Changing a case after it was registered: its facts, stage and end date; its parties and officers; the records
linked to a checklist item."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import case_files, records
from archive_core.cases import labels as L
from archive_core.cases.case_files import (
    OFFICER_LABELS,
    OFFICER_LIMITS,
    PARTY_LABELS,
    PARTY_LIMITS,
    OfficerInput,
    PartyInput,
)
from archive_core.cases.views import CaseDetail, CaseView, ChecklistItemView, RecordView
from archive_core.spine import clock
from models.cases import STAGE_ORDER
from ui.cases.case_forms import case_field
from ui.cases.case_models import chinese, code_label
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import show_inline
from ui.kit.long_text import bounded_combo, limit_length, show_full_text
from ui.kit.save_dialog import SaveDialog


def _qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


class CaseEditDialog(SaveDialog):
    """The case's descriptive fields, its current stage and the end of the enforcement action (执法终结日期);
    only what was changed is sent, and each change is audited with its old value."""

    def __init__(self, ctx: UiContext, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case = case
        self.setWindowTitle(self.tr("Edit case — {case_no}").format(case_no=case.case_no))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(case.title)
        self.stage = QComboBox()
        for s in STAGE_ORDER:
            self.stage.addItem(code_label(L.STAGES, s.value), s.value)
        self.stage.setCurrentIndex(max(0, self.stage.findData(case.current_stage)))
        self.ended = QCheckBox(self.tr("The enforcement action has ended, on"))
        self.ended_on = QDateEdit()
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setDisplayFormat(DAY_FORMAT)
        today = clock.today()
        self.ended_on.setMaximumDate(_qdate(today))  # an action cannot end in the future
        self.ended_on.setDate(_qdate(case.action_ended_at or today))
        self.ended.setChecked(case.action_ended_at is not None)
        self.ended_on.setEnabled(self.ended.isChecked())
        self.ended.toggled.connect(self.ended_on.setEnabled)
        ended_row = QHBoxLayout()
        ended_row.addWidget(self.ended)
        ended_row.addWidget(self.ended_on)
        ended_row.addStretch(1)
        self.source, self.agency = QLineEdit(case.source), QLineEdit(case.agency)
        self.entrusting = QLineEdit(case.entrusting_agency)
        self.confidentiality = QComboBox()
        for code in L.CONFIDENTIALITY:
            self.confidentiality.addItem(code_label(L.CONFIDENTIALITY, code), code)
        self.confidentiality.setCurrentIndex(max(0, self.confidentiality.findData(case.confidentiality)))
        self.av_mandatory = QCheckBox(self.tr("Required"))
        self.av_mandatory.setChecked(case.av_mandatory)
        self.av: dict[str, QCheckBox] = {}
        av_row = QHBoxLayout()
        av_row.addWidget(self.av_mandatory)
        for code in L.AV_REASONS:
            box = QCheckBox(code_label(L.AV_REASONS, code))
            box.setChecked(code in case.av_reasons)
            self.av[code] = box
            av_row.addWidget(box)
        av_row.addStretch(1)
        self.summary = QPlainTextEdit(case.summary)
        self.summary.setMaximumHeight(110)
        form.addRow(self.tr("Case number"), QLabel(case.case_no))
        form.addRow(self.tr("Title"), case_field(self.title_edit, "title"))
        form.addRow(self.tr("Current stage"), self.stage)
        form.addRow(self.tr("End of the action (Art. 26)"), ended_row)
        note = QLabel(self.tr("Filing is due within 30 days of the end of the action (Art. 26)."))
        note.setStyleSheet("color: #505a66;")
        form.addRow("", note)
        form.addRow(self.tr("Source"), case_field(self.source, "source"))
        form.addRow(self.tr("Agency"), case_field(self.agency, "agency"))
        form.addRow(self.tr("Entrusting agency (Art. 32)"), case_field(self.entrusting, "entrusting_agency"))
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        form.addRow(self.tr("Whole-process A/V (Art. 20)"), av_row)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def changes(self) -> dict[str, Any]:
        c = self.case
        now: dict[str, Any] = {
            "title": self.title_edit.text().strip(), "current_stage": self.stage.currentData(),
            "action_ended_at": self.ended_on.date().toPython() if self.ended.isChecked() else None,
            "source": self.source.text().strip(), "agency": self.agency.text().strip(),
            "entrusting_agency": self.entrusting.text().strip(),
            "confidentiality": self.confidentiality.currentData(), "av_mandatory": self.av_mandatory.isChecked(),
            "av_reasons": tuple(code for code, box in self.av.items() if box.isChecked()),
            "summary": self.summary.toPlainText().strip(),
        }
        return {k: v for k, v in now.items() if v != getattr(c, k)}

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            show_inline(self.message, self.tr("Nothing was changed: change a field first, or cancel."))
            return
        self.submit(partial(case_files.update_case, **changes), self.ctx.ws, self.ctx.actor, self.case.case_no)


class PeopleDialog(SaveDialog):
    """Add parties and officers to a case, or take them off; all in one step when saved."""

    def __init__(self, ctx: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_no = detail.case.case_no
        self.gone_parties: list[int] = []  # already on the case: taken off when saved
        self.gone_officers: list[int] = []
        self.setWindowTitle(self.tr("Parties and officers — {case_no}").format(case_no=self.case_no))
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        self.parties = QListWidget()
        show_full_text(self.parties)
        for p in detail.parties:
            self._row(self.parties, f"{p.name}　{code_label(L.PARTY_KINDS, p.kind)}　{p.id_number}".rstrip(), p.id)
        self.party_name, self.party_id_no = QLineEdit(), QLineEdit()
        self.party_name.setPlaceholderText(self.tr("Name"))
        self.party_id_no.setPlaceholderText(self.tr("ID or credit code (optional)"))
        self.party_kind = QComboBox()
        for code in L.PARTY_KINDS:
            self.party_kind.addItem(code_label(L.PARTY_KINDS, code), code)
        self.add_party_button = QPushButton(self.tr("Add party"))
        self.add_party_button.clicked.connect(self._add_party)
        self.remove_party_button = QPushButton(self.tr("Remove selected"))
        self.remove_party_button.clicked.connect(lambda: self._remove(self.parties, self.gone_parties))
        layout.addWidget(self._group(self.tr("Parties"), self.parties,
                                     [limit_length(self.party_name, PARTY_LIMITS["name"], PARTY_LABELS["name"]),
                                      self.party_kind,
                                      limit_length(self.party_id_no, PARTY_LIMITS["id_number"],
                                                   PARTY_LABELS["id_number"]), self.add_party_button],
                                     self.remove_party_button))

        self.officers = QListWidget()
        show_full_text(self.officers)
        for o in detail.officers:
            self._row(self.officers, f"{o.name}　{o.certificate_no}　{o.unit}".rstrip(), o.id)
        self.officer_name, self.officer_cert = QLineEdit(), QLineEdit()
        self.officer_name.setPlaceholderText(self.tr("Name"))
        self.officer_cert.setPlaceholderText(self.tr("Enforcement certificate number"))
        self.add_officer_button = QPushButton(self.tr("Add officer"))
        self.add_officer_button.clicked.connect(self._add_officer)
        self.remove_officer_button = QPushButton(self.tr("Remove selected"))
        self.remove_officer_button.clicked.connect(lambda: self._remove(self.officers, self.gone_officers))
        layout.addWidget(self._group(self.tr("Officers (Art. 9)"), self.officers,
                                     [limit_length(self.officer_name, OFFICER_LIMITS["name"], OFFICER_LABELS["name"]),
                                      limit_length(self.officer_cert, OFFICER_LIMITS["certificate_no"],
                                                   OFFICER_LABELS["certificate_no"]), self.add_officer_button],
                                     self.remove_officer_button))
        note = QLabel(self.tr("People taken off stay on record for their other cases. At least two officers "
                              "handle a case (Art. 9)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #505a66;")
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @staticmethod
    def _row(box: QListWidget, text: str, data: object) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        box.addItem(item)
        return item

    @staticmethod
    def _group(title: str, box: QListWidget, add: list[QWidget], remove: QPushButton) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        row = QHBoxLayout()
        row.addWidget(box, 1)
        side = QVBoxLayout()
        side.addWidget(remove)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        add_row = QHBoxLayout()
        for w in add:
            add_row.addWidget(w, 0 if isinstance(w, QPushButton | QComboBox) else 1)
        layout.addLayout(add_row)
        return group

    def _add_party(self) -> None:
        name = self.party_name.text().strip()
        if not name:
            show_inline(self.message, self.tr("Type the party's name first."))
            return
        data = PartyInput(name, self.party_kind.currentData(), self.party_id_no.text().strip())
        self._row(self.parties, self.tr("{text} (new)").format(text=f"{name}　{self.party_kind.currentText()}"),
                  data)
        self.party_name.clear()
        self.party_id_no.clear()
        self.message.hide()

    def _add_officer(self) -> None:
        name, cert = self.officer_name.text().strip(), self.officer_cert.text().strip()
        if not name or not cert:
            show_inline(self.message, self.tr("An officer needs a name and an enforcement certificate number."))
            return
        self._row(self.officers, self.tr("{text} (new)").format(text=f"{name}　{cert}"), OfficerInput(name, cert))
        self.officer_name.clear()
        self.officer_cert.clear()
        self.message.hide()

    @staticmethod
    def _remove(box: QListWidget, gone: list[int]) -> None:
        for item in box.selectedItems():
            data = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(data, int):
                gone.append(data)
            box.takeItem(box.row(item))

    def _new(self, box: QListWidget) -> list[Any]:
        items = (box.item(n).data(Qt.ItemDataRole.UserRole) for n in range(box.count()))
        return [d for d in items if not isinstance(d, int)]

    def save(self) -> None:
        parties, officers = self._new(self.parties), self._new(self.officers)
        gone_parties, gone_officers = list(self.gone_parties), list(self.gone_officers)
        if not (parties or officers or gone_parties or gone_officers):
            show_inline(self.message, self.tr("Nothing was changed: add or remove someone first, or cancel."))
            return
        self.submit(lambda: case_files.change_people(self.ctx.ws, self.ctx.actor, self.case_no, parties, officers,
                                                     gone_parties, gone_officers))


def record_label(r: RecordView) -> str:
    name = r.title or (r.type_name_zh if chinese() else r.type_name)
    return f"{code_label(L.STAGES, r.stage)} · {name}" + (f"（{r.doc_no}）" if r.doc_no else "")


class ItemLinkDialog(SaveDialog):
    """Link a current document of the case to a checklist item, or undo such a link (``unlink``)."""

    def __init__(self, ctx: UiContext, detail: CaseDetail, item: ChecklistItemView, unlink: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_no, self.item, self.unlink = detail.case.case_no, item, unlink
        name = item.name_zh if chinese() else item.name
        self.setWindowTitle((self.tr("Unlink a record — item {code}") if unlink
                             else self.tr("Link a record — item {code}")).format(code=item.code))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        label = QLabel(f"{item.code}　{name}")
        label.setWordWrap(True)
        form.addRow(self.tr("Checklist item"), label)
        self.choice = bounded_combo(QComboBox(), 40)
        by_id = {r.id: r for r in detail.records}
        if unlink:
            for rid in item.text_record_ids:
                self.choice.addItem(record_label(by_id[rid]) if rid in by_id else str(rid), ("text", rid))
            for mid in item.media_record_ids:
                self.choice.addItem(self.tr("A/V record {id}").format(id=mid), ("media", mid))
        else:
            ours = sorted((r for r in detail.records if r.is_current and r.id not in item.text_record_ids),
                          key=lambda r: (r.stage != item.stage, [s.value for s in STAGE_ORDER].index(r.stage)))
            for r in ours:
                self.choice.addItem(record_label(r), ("text", r.id))
        form.addRow(self.tr("Record"), self.choice)
        if not self.choice.count():
            self.save_button.setEnabled(False)
            show_inline(self.message, self.tr("No record is linked to this item.") if unlink else self.tr(
                "The case has no document to link yet: register it first (Register document…)."))
        form.addRow(self.message)
        form.addRow(self.buttons)

    def save(self) -> None:
        kind, rid = self.choice.currentData()
        key = "text_record_id" if kind == "text" else "media_record_id"
        fn = records.unlink_item if self.unlink else records.link_item
        self.submit(partial(fn, **{key: rid}), self.ctx.ws, self.ctx.actor, self.case_no, self.item.code)
