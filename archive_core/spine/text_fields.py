"""Typed text the catalogue keeps: no control characters, no more characters than its column holds, named by field."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError

# Tab and line breaks are allowed only where a field has several lines.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Columns of type Text have no length of their own: the longest summary or note a person writes.
TEXT_LIMIT = 5000


class FieldError(ValidationError):
    code = "invalid_field"
    translated_params = ("field", "reason")
    message = QT_TRANSLATE_NOOP("errors", "Invalid input in {field}: {reason}")

    def render(self, translate: Any = None) -> str:
        tr = translate or (lambda text: text)
        reason = tr(self.params["reason"]).format(**self.params)
        return str(tr(self.message).format(field=tr(self.params["field"]), reason=reason))


def column_limit(column: ColumnElement[Any]) -> int:
    """How many characters ``column`` keeps: what check_text allows, and what the window's fields take."""
    return getattr(column.type, "length", None) or TEXT_LIMIT


def check_text(value: str, column: ColumnElement[Any], field: str, *, multiline: bool = False) -> str:
    """``value`` unchanged if it fits ``column``; else a FieldError naming ``field`` (a text marked in "errors")."""
    found = (CONTROL if multiline else LINE_CONTROL).search(value)
    if found:
        raise FieldError(field=field, reason=QT_TRANSLATE_NOOP(
            "errors", "character {position} is a control character; remove it"), position=found.start() + 1)
    limit = column_limit(column)
    if len(value) > limit:
        raise FieldError(field=field, reason=QT_TRANSLATE_NOOP(
            "errors", "{length} characters, at most {limit} are kept; shorten it"), length=len(value), limit=limit)
    return value


# Words that stand for "nothing" rather than say why; a reason needs a few characters of its own.
_PLACEHOLDERS = frozenset({"无", "没有", "不适用", "不涉及", "略", "na", "n/a", "none", "null", "nil", "no",
                          "not applicable"})
_MIN_REASON = 4


def is_a_reason(reason: str) -> bool:
    """Whether ``reason`` says why (a few letters or characters), not just "无", "-" or "n/a"."""
    text = reason.strip()
    meaningful = [c for c in text if c.isalnum()]
    return len(meaningful) >= _MIN_REASON and text.lower() not in _PLACEHOLDERS
