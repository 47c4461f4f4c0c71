"""Forms of the case pages: a new case, and a document (registered or corrected) whose required fields follow its
type and service method."""

from __future__ import annotations

from dataclasses import fields
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_core.cases import case_files, records
from archive_core.cases import labels as L
from archive_core.cases.case_files import CASE_LIMITS, FIELD_LABELS, CaseInput, OfficerInput, PartyInput
from archive_core.cases.item_catalogue import document_types
from archive_core.cases.records import RecordInput, ServiceInput
from archive_core.cases.rules import SERVICE_FIELDS
from archive_core.cases.views import DocumentTypeView, RecordView
from archive_core.spine import clock
from archive_core.spine.errors import ValidationError
from models.cases import STAGE_ORDER, EnforcementType
from ui.cases.case_models import chinese, code_label
from ui.kit import dates
from ui.kit.context import UiContext
from ui.kit.dates import DAY_FORMAT
from ui.kit.errors import error_label, show_error, show_inline
from ui.kit.long_text import ElidedLabel, limit_length

# What a correction may change: everything the form shows except the document type (Art. 27: a new version).
CORRECTABLE = tuple(f.name for f in fields(RecordInput) if f.name not in ("doc_type", "checklist", "file_sha256",
                                                                          "file_name"))


DAY_HINT = "2026年12月2日"


def case_field(edit: QLineEdit, name: str) -> QWidget:
    """A typed field of the case taking no more than the catalogue keeps, with the hint naming it at the limit."""
    return limit_length(edit, CASE_LIMITS[name], FIELD_LABELS[name])


class RecordDialog(QDialog):
    """Register a document, or correct one (``record``). Fields the regulation requires for its type (and service
    method) are marked with their article; saving with some of them empty is allowed (the original may lack them)
    after a warning, and the compliance findings then show what is missing.

    A correction starts from the current version, needs a reason and sends only the fields that were changed; the
    service keeps the old version and records the new one (Art. 27)."""

    saved = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: UiContext, case_no: str, stage: str, parent: QWidget | None = None,
                 record: RecordView | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_no, self.record = ctx, case_no, record
        self.types: list[DocumentTypeView] = []
        self.file: Path | None = None
        self.baseline: RecordInput | None = None  # a correction: the form as prefilled from the current version
        title = self.tr("Correct document — {case_no}") if record else self.tr("Register document — {case_no}")
        self.setWindowTitle(title.format(case_no=case_no))
        self.resize(640, 680)
        outer = QVBoxLayout(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.reason = QLineEdit()
        if record is not None:
            outer.addWidget(self._correction_box(record))

        common = QFormLayout()
        self.type_box = QComboBox()
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.stage_box = QComboBox()
        for s in STAGE_ORDER:
            self.stage_box.addItem(code_label(L.STAGES, s.value), s.value)
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(stage)))
        self.doc_no = QLineEdit()
        self.title_edit = QLineEdit()
        self.issued = QLineEdit()
        self.issued.setPlaceholderText(DAY_HINT)
        self.pages = QLineEdit("1")
        file_row = QHBoxLayout()
        self.file_label = ElidedLabel(self.tr("No scan chosen"))
        choose = QPushButton(self.tr("Choose scan…"))
        choose.clicked.connect(self._choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        common.addRow(self.tr("Document type"), self.type_box)
        common.addRow(self.tr("Stage"), self.stage_box)
        common.addRow(self.tr("Document number"), self.doc_no)
        common.addRow(self.tr("Title"), self.title_edit)
        self.issued_label = QLabel(self.tr("Issue date"))
        common.addRow(self.issued_label, self.issued)
        common.addRow(self.tr("Pages"), self.pages)
        common.addRow(self.tr("Scan (stored in the vault)"), file_row)
        layout.addLayout(common)

        # Art. 14
        self.issued_group = QGroupBox(self.tr("Issued to the party (Art. 14)"))
        g = QFormLayout(self.issued_group)
        self.sealed = QCheckBox(self.tr("Bears the agency seal"))
        g.addRow(self.sealed)
        layout.addWidget(self.issued_group)

        # Art. 15
        self.sign_group = QGroupBox(self.tr("Party signature (Art. 15)"))
        g = QFormLayout(self.sign_group)
        self.party_signed = QCheckBox(self.tr("Signed by the party"))
        self.refusal = QLineEdit()
        self.refusal.setPlaceholderText(self.tr("If the party refused: the note the officers made"))
        self.witnesses = QLineEdit()
        self.witnesses.setPlaceholderText(self.tr("Certificate numbers of the officers who signed, separated by ;"))
        self.cross_page = QCheckBox(self.tr("Cross-page fingerprint or seal of the party (a record of several pages)"))
        self.altered = QCheckBox(self.tr("The record has alterations"))
        self.alterations_marked = QCheckBox(self.tr("The party's fingerprint or seal at each alteration"))
        self.altered.toggled.connect(self.alterations_marked.setEnabled)
        self.alterations_marked.setEnabled(False)
        g.addRow(self.party_signed)
        g.addRow(self.cross_page)
        g.addRow(self.altered)
        g.addRow(self.alterations_marked)
        g.addRow(self.tr("Refusal note"), self.refusal)
        g.addRow(self.tr("Officers signing the note (≥ 2)"), self.witnesses)
        layout.addWidget(self.sign_group)

        # Art. 16
        self.approval_group = QGroupBox(self.tr("Approval opinions, each with its date (Art. 16)"))
        g = QFormLayout(self.approval_group)
        self.opinion_form = g
        self.opinions: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.opinion_rows: dict[str, QHBoxLayout] = {}
        for role, label in (("handler", self.tr("Handler")), ("reviewer", self.tr("Reviewer")),
                            ("approver", self.tr("Approver"))):
            opinion, signed = QLineEdit(), QLineEdit()
            signed.setPlaceholderText(DAY_HINT)
            signed.setMaximumWidth(130)
            row = QHBoxLayout()
            row.addWidget(opinion, 1)
            row.addWidget(QLabel(self.tr("signed on")))
            row.addWidget(signed)
            g.addRow(label, row)
            self.opinions[role] = (opinion, signed)
            self.opinion_rows[role] = row
            if role == "handler":
                self.handler_reasons = QLineEdit()
                self.handler_reasons.setPlaceholderText(self.tr("The reasons for the handler's opinion"))
                g.addRow(self.tr("Handler's reasons"), self.handler_reasons)
        layout.addWidget(self.approval_group)

        # Art. 17
        self.hearing_group = QGroupBox(self.tr("Hearing participants (Art. 17) — tick those who signed"))
        g = QVBoxLayout(self.hearing_group)
        self.participants = QTableWidget(4, 1)
        self.participants.horizontalHeader().hide()
        self.participants.horizontalHeader().setStretchLastSection(True)
        self.participants.verticalHeader().hide()
        self.participants.setMaximumHeight(130)
        for row in range(4):
            item = QTableWidgetItem("")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.setItem(row, 0, item)
        g.addWidget(self.participants)
        layout.addWidget(self.hearing_group)

        # Art. 18
        self.service_group = QGroupBox(self.tr("Service (Art. 18)"))
        self.service_form = QFormLayout(self.service_group)
        self.method = QComboBox()
        for code in L.SERVICE_METHODS:
            self.method.addItem(code_label(L.SERVICE_METHODS, code), code)
        self.method.currentIndexChanged.connect(self._update_fields)
        self.service_form.addRow(self.tr("Method"), self.method)
        self.service_fields: dict[str, QWidget] = {
            "served_document": QLineEdit(), "recipient": QLineEdit(), "served_at": QLineEdit(),
            "place": QLineEdit(), "server_name": QLineEdit(), "server_signed": QCheckBox(self.tr("Server signed")),
            "recipient_signed": QCheckBox(self.tr("Recipient signed")), "entrust_reason": QLineEdit(),
            "receipt_kept": QCheckBox(self.tr("Postal receipt or notice kept in the file")),
            "lien_circumstances": QPlainTextEdit(), "witness_name": QLineEdit(),
            "witness_signed": QCheckBox(self.tr("Witness signed")),
        }
        self.service_fields["served_at"].setPlaceholderText(DAY_HINT + " 09:30")  # type: ignore[attr-defined]
        self.service_fields["lien_circumstances"].setMaximumHeight(60)
        self.service_labels = {
            "served_document": self.tr("Document served"), "recipient": self.tr("Recipient"),
            "served_at": self.tr("Time of service"), "place": self.tr("Place"), "server_name": self.tr("Server"),
            "server_signed": "", "recipient_signed": "", "entrust_reason": self.tr("Reason for entrusting"),
            "receipt_kept": "", "lien_circumstances": self.tr("Circumstances of the lien"),
            "witness_name": self.tr("Witness"), "witness_signed": "",
        }
        self.service_label_widgets: dict[str, QLabel] = {}
        for key, widget in self.service_fields.items():
            label = QLabel(self.service_labels[key])
            self.service_label_widgets[key] = label
            self.service_form.addRow(label, widget)
        layout.addWidget(self.service_group)
        layout.addStretch(1)
        self.pages.textChanged.connect(self._update_fields)  # the cross-page seal is due from two pages (Art. 15)

        self.hint = QLabel(self.tr("Fields marked ★ are required by the article named; a document whose original "
                                   "lacks them can still be registered and is then reported as a finding."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #505a66;")
        outer.addWidget(self.hint)
        self.message = error_label()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the document types are loaded (and a correction prefilled)
        outer.addWidget(buttons)
        ctx.tasks.run(document_types, ctx.ws, ctx.actor, record is not None, on_done=self._set_types,
                      on_error=self._failed, owner=self)

    def _correction_box(self, record: RecordView) -> QGroupBox:
        box = QGroupBox(self.tr("Correction (Art. 27)"))
        form = QFormLayout(box)
        note = QLabel(self.tr("Version {version} stays in the file, marked as corrected; the corrected document "
                              "becomes version {next}. Only the fields you change are recorded.")
                      .format(version=record.version, next=record.version + 1))
        note.setWordWrap(True)
        note.setStyleSheet("color: #505a66;")
        self.reason.setPlaceholderText(self.tr("Why the document is corrected, e.g. checked against the original"))
        form.addRow(note)
        form.addRow(self.tr("Reason ★"), self.reason)
        return box

    def _set_types(self, types: list[DocumentTypeView]) -> None:
        self.types = types
        self.type_box.blockSignals(True)
        zh = chinese()
        for t in types:
            self.type_box.addItem(t.name_zh if zh else t.name, t.code)
        self.type_box.blockSignals(False)
        if self.record is not None:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(self.record.doc_type)))
            self.type_box.setEnabled(False)  # a different type is a different document, not a correction
            self._type_changed()
            self._prefill(self.record)
            self.baseline = self._value()
        else:
            stage = self.stage_box.currentData()
            first = next((i for i, t in enumerate(types) if t.stage == stage), 0)
            self.type_box.setCurrentIndex(first)
            self._type_changed()
        self.save_button.setEnabled(bool(types))

    def _prefill(self, r: RecordView) -> None:
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(r.stage)))
        self.doc_no.setText(r.doc_no)
        self.title_edit.setText(r.title)
        self.issued.setText(clock.fmt_day(r.issued_on))
        self.pages.setText(str(r.pages))
        self.file_label.setText(self.tr("Current scan: {name}").format(name=r.file_name) if r.file_name
                                else self.tr("No scan chosen"))
        self.sealed.setChecked(r.sealed)
        self.party_signed.setChecked(r.party_signed)
        self.cross_page.setChecked(r.cross_page_sealed)
        self.altered.setChecked(r.has_alterations)
        self.alterations_marked.setChecked(r.alterations_marked)
        self.handler_reasons.setText(r.handler_reasons)
        self.refusal.setText(r.refusal_note)
        self.witnesses.setText("; ".join(s.name for s in r.signatures if s.role == "refusal_witness"))
        for role, (opinion, signed) in self.opinions.items():
            opinion.setText(getattr(r, f"{role}_opinion"))
            day = getattr(r, f"{role}_signed_on")
            signed.setText(clock.fmt_day(day))
        people = [s for s in r.signatures if s.role == "participant"]
        self.participants.setRowCount(max(4, len(people) + 1))
        for row in range(self.participants.rowCount()):
            item = QTableWidgetItem(people[row].name if row < len(people) else "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            signed_ = row < len(people) and people[row].signed
            item.setCheckState(Qt.CheckState.Checked if signed_ else Qt.CheckState.Unchecked)
            self.participants.setItem(row, 0, item)
        s = r.service
        if s is not None:
            self.method.setCurrentIndex(max(0, self.method.findData(s.method)))
            for key, widget in self.service_fields.items():
                value = getattr(s, key)
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif key == "served_at":
                    widget.setText(clock.fmt(value, clock.READ_MINUTE))  # type: ignore[attr-defined]
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)  # type: ignore[attr-defined]

    def current_type(self) -> DocumentTypeView | None:
        i = self.type_box.currentIndex()
        return self.types[i] if 0 <= i < len(self.types) else None

    def required(self) -> list[str]:
        t = self.current_type()
        return records.required_fields(t, self.method.currentData()) if t else []

    def _type_changed(self) -> None:
        t = self.current_type()
        if t is not None:
            self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(t.stage)))
        self._update_fields()

    def _update_fields(self) -> None:
        t = self.current_type()
        if t is None:
            return
        self.issued_group.setVisible(t.issued_to_party)
        self.sign_group.setVisible(t.party_signature)
        self.approval_group.setVisible(bool(t.opinions))
        self.approval_group.setTitle(self.tr("Approval opinions, each with its date (Art. 16)") if t.category ==
                                     "approval" else self.tr("Opinions, each with its date"))
        for role, row in self.opinion_rows.items():
            self.opinion_form.setRowVisible(row, role in t.opinions)
        self.opinion_form.setRowVisible(self.handler_reasons, "handler" in t.opinions)
        self.cross_page.setText(self.tr("Cross-page fingerprint or seal of the party (a record of several pages)")
                                + (" ★" if (int(self.pages.text()) if self.pages.text().isdigit() else 1) > 1 else ""))
        self.hearing_group.setVisible(t.category == "hearing")
        self.service_group.setVisible(t.category == "service")
        self.issued_label.setText(self.tr("Issue date") + (" ★" if t.issued_to_party else ""))
        self.sealed.setText(self.tr("Bears the agency seal") + " ★")
        method = self.method.currentData()
        needed = {f for f, _ in SERVICE_FIELDS.get(method, ())}
        for key, widget in self.service_fields.items():
            shown = key in needed or key in ("server_name",)
            widget.setVisible(shown)
            self.service_label_widgets[key].setVisible(shown)
            star = " ★" if key in needed else ""
            if isinstance(widget, QCheckBox):
                widget.setText(widget.text().rstrip(" ★") + star)
            else:
                self.service_label_widgets[key].setText(self.service_labels[key] + star)
        # The footnote explains the ★ marks: shown only while a field carries one.
        marked: list[QLabel | QCheckBox] = [self.issued_label, self.sealed, self.cross_page,
                                            *self.service_label_widgets.values(),
                                            *(w for w in self.service_fields.values() if isinstance(w, QCheckBox))]
        self.hint.setVisible(any("★" in w.text() and w.isVisibleTo(self) for w in marked))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose scan"), "",
                                              self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
        if path:
            self.file = Path(path)
            self.file_label.setText(self.file.name)

    def _value(self) -> RecordInput:
        t = self.current_type()
        assert t is not None
        service = None
        if t.category == "service":
            f = self.service_fields
            served_text = f["served_at"].text().strip()  # type: ignore[attr-defined]
            served = clock.parse_wall_time(served_text, records.SERVED_AT_LABEL)

            def text(key: str) -> str:
                w = f[key]
                return w.toPlainText().strip() if isinstance(w, QPlainTextEdit) else w.text().strip()  # type: ignore[attr-defined]

            def tick(key: str) -> bool:
                return f[key].isVisibleTo(self) and f[key].isChecked()  # type: ignore[attr-defined]

            service = ServiceInput(
                method=self.method.currentData(), served_document=text("served_document"),
                recipient=text("recipient"), served_at=served, place=text("place"), server_name=text("server_name"),
                server_signed=tick("server_signed"), recipient_signed=tick("recipient_signed"),
                entrust_reason=text("entrust_reason"), receipt_kept=tick("receipt_kept"),
                lien_circumstances=text("lien_circumstances"), witness_name=text("witness_name"),
                witness_signed=tick("witness_signed"))
        participants = []
        if t.category == "hearing":
            for row in range(self.participants.rowCount()):
                item = self.participants.item(row, 0)
                if item and item.text().strip():
                    participants.append((item.text().strip(), item.checkState() == Qt.CheckState.Checked))
        opinions: dict[str, Any] = {}
        for role in t.opinions:
            opinion, signed = self.opinions[role]
            opinions[f"{role}_opinion"] = opinion.text().strip()
            label = records.DATE_LABELS[f"{role}_signed_on"]
            opinions[f"{role}_signed_on"] = clock.parse_day(signed.text(), label)
        if "handler" in t.opinions:
            opinions["handler_reasons"] = self.handler_reasons.text().strip()
        witnesses = tuple(w.strip() for w in self.witnesses.text().replace("；", ";").split(";") if w.strip())
        pages = self.pages.text().strip() or "1"
        issued = clock.parse_day(self.issued.text(), records.DATE_LABELS["issued_on"])
        return RecordInput(
            doc_type=t.code, stage=self.stage_box.currentData(), doc_no=self.doc_no.text().strip(),
            title=self.title_edit.text().strip(), issued_on=issued,
            sealed=t.issued_to_party and self.sealed.isChecked(), pages=int(pages) if pages.isdigit() else 0,
            party_signed=t.party_signature and self.party_signed.isChecked(),
            cross_page_sealed=t.party_signature and self.cross_page.isChecked(),
            has_alterations=t.party_signature and self.altered.isChecked(),
            alterations_marked=t.party_signature and self.altered.isChecked() and self.alterations_marked.isChecked(),
            refusal_note=self.refusal.text().strip() if t.party_signature else "",
            refusal_witnesses=witnesses if t.party_signature else (), participants=tuple(participants),
            service=service, file=self.file, **opinions)

    def _missing(self, data: RecordInput) -> list[str]:
        missing = []
        t = self.current_type()
        if t and t.issued_to_party:
            if data.issued_on is None:
                missing.append(self.tr("issue date"))
            if not data.sealed:
                missing.append(self.tr("agency seal"))
        if t and t.party_signature and not data.party_signed and not data.refusal_note:
            missing.append(self.tr("party signature or refusal note"))
        if t and t.party_signature and not data.refusal_note:
            if data.pages > 1 and not data.cross_page_sealed:
                missing.append(self.tr("cross-page fingerprint or seal"))
            if data.has_alterations and not data.alterations_marked:
                missing.append(self.tr("fingerprint or seal at the alterations"))
        parts = [f"{role}_{part}" for role in (t.opinions if t else ()) for part in ("opinion", "signed_on")]
        if "handler_opinion" in parts:
            parts.append("handler_reasons")
        if not all(getattr(data, p) for p in parts):
            missing.append(self.tr("an opinion, its reasons or its date"))
        if t and t.category == "hearing" and (not data.participants or not all(s for _, s in data.participants)):
            missing.append(self.tr("participants' signatures"))
        if data.service is not None:
            for key, _names in SERVICE_FIELDS.get(data.service.method, ()):
                if getattr(data.service, key) in (None, "", False):
                    missing.append(self.service_labels[key] or self.service_fields[key].text().rstrip(" ★"))  # type: ignore[attr-defined]
        return missing

    def changes(self, data: RecordInput) -> dict[str, Any]:
        """A correction's changed fields: the form now against the form as prefilled."""
        assert self.baseline is not None
        return {k: getattr(data, k) for k in CORRECTABLE if getattr(data, k) != getattr(self.baseline, k)}

    def save(self) -> None:
        self.message.hide()
        try:
            data = self._value()
        except ValidationError as exc:
            show_inline(self.message, exc)
            return
        if self.record is not None:
            changes = self.changes(data)
            if not changes:
                show_inline(self.message, self.tr("Nothing was changed: correct a field first, or cancel."))
                return
            self.save_button.setEnabled(False)
            self.ctx.tasks.run(partial(records.correct_record, **changes), self.ctx.ws, self.ctx.actor,
                               self.record.id, self.reason.text(), write=True, on_done=self._done,
                               on_error=self._failed, owner=self)
            return
        missing = self._missing(data)
        if missing:
            answer = QMessageBox.question(
                self, self.tr("Required facts missing"),
                self.tr("Missing: {missing}.\nRegister the document as it is? It will be reported as a finding.")
                .format(missing="、".join(missing) if chinese() else ", ".join(missing)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(records.add_record, self.ctx.ws, self.ctx.actor, self.case_no, data, write=True,
                           on_done=self._done, on_error=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        """The service's refusal stays next to what was typed; nothing was stored."""
        self.save_button.setEnabled(bool(self.types))
        show_inline(self.message, exc)
        self.failed.emit(exc)

    def _done(self, view: object) -> None:
        self.saved.emit(view)
        self.accept()


class CaseDialog(QDialog):
    """Register a new case with its parties and officers (Art. 2, 9, 20, 32)."""

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New case"))
        self.resize(560, 560)
        form = QFormLayout(self)
        self.case_no, self.title_edit = QLineEdit(), QLineEdit()
        self.type_box = QComboBox()
        for t in EnforcementType:
            self.type_box.addItem(code_label(L.ENFORCEMENT_TYPES, t.value), t.value)
        self.initiation = QComboBox()
        for code in L.INITIATIONS:
            self.initiation.addItem(code_label(L.INITIATIONS, code), code)
        self.opened = QDateEdit(dates.today())
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat(DAY_FORMAT)
        self.source, self.agency, self.entrusting = QLineEdit(), QLineEdit(), QLineEdit()
        self.confidentiality = QComboBox()
        for code in L.CONFIDENTIALITY:
            self.confidentiality.addItem(code_label(L.CONFIDENTIALITY, code), code)
        self.confidentiality.setCurrentIndex(1)
        self.av: dict[str, QCheckBox] = {code: QCheckBox(code_label(L.AV_REASONS, code)) for code in L.AV_REASONS}
        av_row = QHBoxLayout()
        for box in self.av.values():
            av_row.addWidget(box)
        self.parties = QPlainTextEdit()
        self.parties.setPlaceholderText(self.tr("One per line: name;person or organisation;ID number"))
        self.officers = QPlainTextEdit()
        self.officers.setPlaceholderText(self.tr("One per line: name;enforcement certificate number"))
        form.addRow(self.tr("Case number"), case_field(self.case_no, "case_no"))
        form.addRow(self.tr("Title"), case_field(self.title_edit, "title"))
        form.addRow(self.tr("Enforcement type (Art. 2)"), self.type_box)
        form.addRow(self.tr("How it started (Art. 8)"), self.initiation)
        form.addRow(self.tr("Opened"), self.opened)
        form.addRow(self.tr("Source"), case_field(self.source, "source"))
        form.addRow(self.tr("Agency"), case_field(self.agency, "agency"))
        form.addRow(self.tr("Entrusting agency (Art. 32)"), case_field(self.entrusting, "entrusting_agency"))
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        note = QLabel(self.tr("State secrets do not belong in this system (Art. 25)."))
        note.setStyleSheet("color: #505a66;")
        form.addRow("", note)
        form.addRow(self.tr("Whole-process A/V (Art. 20)"), av_row)
        form.addRow(self.tr("Parties"), self.parties)
        form.addRow(self.tr("Officers (Art. 9)"), self.officers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _save(self) -> None:
        parties = []
        for line in self.parties.toPlainText().splitlines():
            parts = [*(p.strip() for p in line.replace("；", ";").split(";")), "", ""]
            if parts[0]:
                kind = "organisation" if parts[1] in ("organisation", "单位", "组织") else "person"
                parties.append(PartyInput(parts[0], kind, parts[2]))
        officers = []
        for line in self.officers.toPlainText().splitlines():
            parts = [*(p.strip() for p in line.replace("；", ";").split(";")), ""]
            if parts[0]:
                officers.append(OfficerInput(parts[0], parts[1]))
        data = CaseInput(
            case_no=self.case_no.text().strip(), title=self.title_edit.text().strip(),
            enforcement_type=self.type_box.currentData(), initiation=self.initiation.currentData(),
            opened_on=self.opened.date().toPython(), source=self.source.text(), agency=self.agency.text(),
            entrusting_agency=self.entrusting.text(), confidentiality=self.confidentiality.currentData(),
            av_reasons=tuple(code for code, box in self.av.items() if box.isChecked()),
            parties=tuple(parties), officers=tuple(officers))
        self.ctx.tasks.run(case_files.create_case, self.ctx.ws, self.ctx.actor, data, write=True,
                           on_done=self._done, on_error=lambda exc: show_error(self, exc))

    def _done(self, view: object) -> None:
        self.saved.emit(view)
        self.accept()
