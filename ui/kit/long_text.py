"""Long user-entered text that never widens the window: elided cells and labels with the whole text as tooltip,
combo boxes of a bounded width, and typed fields limited to what the catalogue keeps."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
TOOLTIP = Qt.ItemDataRole.ToolTipRole
# A tooltip longer than this is shown as a wrapped paragraph; a plain one would run off the screen in one line.
WRAP_TIP_AT = 40
HINT_STYLE = "color: #8a5a00;"


def tip_text(text: str) -> str:
    """``text`` as a tooltip: long plain text as a paragraph Qt wraps, line breaks kept."""
    if len(text) <= WRAP_TIP_AT or text.lstrip().startswith("<"):
        return text
    return f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>"


class FullTextDelegate(QStyledItemDelegate):
    """Cells draw elided as usual; hovering one shows the model's tooltip, or else the whole text when it was cut."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = index.data(TOOLTIP)
        if not tip:
            tip = self._cut_text(view, option, index)
        if isinstance(tip, str) and tip:
            QToolTip.showText(event.globalPos(), tip_text(tip), view)
            return True
        QToolTip.hideText()
        event.ignore()
        return False

    def _cut_text(self, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> str | None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        if not text:
            return None
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view).width()
        widest = max(opt.fontMetrics.horizontalAdvance(line) for line in text.splitlines() or [text])  # type: ignore[attr-defined]
        return text if widest > room else None


def show_full_text(view: QAbstractItemView) -> QAbstractItemView:
    """Set ``view`` up for long text: one line per cell, elided at the end, the whole text on hover."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(FullTextDelegate(view))
    if hasattr(view, "setWordWrap"):
        view.setWordWrap(False)
    return view



class ElidedLabel(QLabel):
    """A label showing as much of its text as fits in ``lines`` lines, ending in "…" when cut, with the whole text as
    its tooltip. Its minimum width does not depend on the text, so no text can widen the window it is in."""

    def __init__(self, text: str = "", lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = max(1, lines)
        self._cut = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._fit()

    def text(self) -> str:
        """The whole text, not the part shown."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return self._cut

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        margins = self.contentsMargins()
        natural = fm.horizontalAdvance(self._full.replace("\n", " ")) + margins.left() + margins.right() + 2
        return QSize(min(natural, 24 * fm.height()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(3 * self.fontMetrics().height(), super().sizeHint().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        text = self._full.replace("\n", " ")
        width = max(1, self.contentsRect().width())
        fm = self.fontMetrics()
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        shown: list[str] = []
        cut = False
        layout.beginLayout()
        while len(shown) < self._lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            if len(shown) == self._lines - 1:
                rest = text[start:]
                last = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                cut = last != rest
                shown.append(last)
                break
            shown.append(text[start:start + line.textLength()])
        layout.endLayout()
        self._cut = cut
        super().setText("\n".join(shown))
        self.setToolTip(tip_text(self._full) if cut else "")


def bounded_combo(box: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box as wide as ``chars`` characters whatever its items say; the popup shows them elided."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def limit_length(edit: QLineEdit, limit: int, field: str) -> QWidget:
    """``edit`` taking at most ``limit`` characters, what the catalogue keeps for ``field`` (the service's name of the
    field, a text of the "errors" context), in a box with a hint under it naming the field once the limit is reached."""
    edit.setMaxLength(limit)
    name = QCoreApplication.translate("errors", field)
    hint = QLabel(QCoreApplication.translate("LongText", "The {field} keeps at most {limit} characters: nothing more "
                                                         "can be typed.").format(field=name, limit=limit))
    hint.setObjectName("lengthHint")
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    edit.textChanged.connect(lambda text: hint.setVisible(len(text) >= limit))
    edit.inputRejected.connect(lambda: hint.setVisible(len(edit.text()) >= limit))
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit)
    layout.addWidget(hint)
    hint.setVisible(len(edit.text()) >= limit)
    return box
