"""A case-number field that offers matching cases while one types part of the number, title, party or officer."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from archive_core.cases import case_files
from archive_core.cases.views import CaseRow
from ui.kit.context import UiContext
from ui.kit.long_text import show_full_text

CASE_NO_ROLE = Qt.ItemDataRole.UserRole + 1
SEPARATORS = re.compile(r"[、,，;；]")


class CasePicker(QLineEdit):
    """Type any part of a case's number, title, party or officer and choose it from the list; ``multiple`` keeps a list
    of numbers separated by 、 and completes the last one. The search runs on the task runner."""

    picked = Signal(str)  # the case number chosen from the list

    def __init__(self, ctx: UiContext, text: str = "", multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.ctx, self.multiple = ctx, multiple
        self.choices = QStandardItemModel(self)
        self.completer_ = QCompleter(self.choices, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(CASE_NO_ROLE)
        self.completer_.setWidget(self)
        show_full_text(self.completer_.popup())  # a long title or party: cut, and whole in a wrapped tooltip
        self.completer_.activated[str].connect(self._chosen)
        self.setPlaceholderText(QCoreApplication.translate(
            "CasePicker", "Type part of the case number, title, party or officer, then choose"))
        self.setClearButtonEnabled(True)
        self._asked = ""  # the text of the search in flight; older answers are dropped
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._search)
        self.textEdited.connect(lambda _text: self._debounce.start())

    def case_no(self) -> str:
        return self.text().strip()

    def case_nos(self) -> list[str]:
        return [part.strip() for part in SEPARATORS.split(self.text()) if part.strip()]

    def _term(self) -> str:
        return SEPARATORS.split(self.text())[-1].strip() if self.multiple else self.text().strip()

    def _search(self) -> None:
        term = self._term()
        self._asked = term
        if not term:
            self.choices.clear()
            self.completer_.popup().hide()
            return
        self.ctx.tasks.run(case_files.find_cases, self.ctx.ws, self.ctx.actor, term,
                           on_done=lambda found, t=term: self._show(t, found), owner=self)

    def _show(self, term: str, found: list[CaseRow]) -> None:
        if term != self._asked:
            return
        kept = self.case_nos()[:-1] if self.multiple else []
        self.choices.clear()
        for row in found:
            text = f"{row.case_no}　{row.title}" + (f"（{row.parties}）" if row.parties else "")
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setData("、".join([*kept, row.case_no]), CASE_NO_ROLE)
            item.setData(row.case_no, Qt.ItemDataRole.UserRole)
            self.choices.appendRow(item)
        if found:
            self.completer_.popup().setMinimumWidth(max(self.width(), 520))
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _chosen(self, text: str) -> None:
        self.setText(text)
        self._asked = ""
        self.picked.emit(self.case_nos()[-1] if self.case_nos() else "")
