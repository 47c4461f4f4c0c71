"""The 检测报告: the results of one run as JSON and as a Chinese PDF/A with the CJK font embedded."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Spacer

from archive_core.archiving.four_properties.engine import (
    CONTEXT,
    OCCASION_LABELS,
    OUTCOME_LABELS,
    PROPERTY_LABELS,
    CheckResult,
    Occasion,
    Outcome,
    Translate,
)
from archive_core.spine import clock, pdf
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from disc_burning import pdfa

FORMAT = "four-properties-report/1"
OUTCOME_FILL = {Outcome.FAIL: colors.HexColor("#f8d7d7"), Outcome.NOT_CHECKED: colors.HexColor("#fff1c2")}
T = {
    "title": QT_TRANSLATE_NOOP("four_properties", "Four-properties check report"),
    "subject": QT_TRANSLATE_NOOP("four_properties", "Archive code"),
    "case": QT_TRANSLATE_NOOP("four_properties", "Case"),
    "occasion": QT_TRANSLATE_NOOP("four_properties", "Occasion"),
    "at": QT_TRANSLATE_NOOP("four_properties", "Checked at"),
    "by": QT_TRANSLATE_NOOP("four_properties", "Checked by"),
    "result": QT_TRANSLATE_NOOP("four_properties", "Result"),
    "override": QT_TRANSLATE_NOOP("four_properties", "Filed despite failures, because"),
    "code": QT_TRANSLATE_NOOP("four_properties", "Code"),
    "property": QT_TRANSLATE_NOOP("four_properties", "Property"),
    "item": QT_TRANSLATE_NOOP("four_properties", "Check"),
    "outcome": QT_TRANSLATE_NOOP("four_properties", "Outcome"),
    "reason": QT_TRANSLATE_NOOP("four_properties", "Reason"),
    "summary": QT_TRANSLATE_NOOP("four_properties", "{passed} passed, {failed} failed, {na} not applicable, "
                                                    "{unchecked} not checked"),
}


@dataclass(frozen=True)
class Report:
    label: str
    case_no: str
    occasion: Occasion
    results: tuple[CheckResult, ...]
    checked_at: datetime
    checked_by: str
    override_reason: str = ""

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome is outcome for r in self.results)

    @property
    def ok(self) -> bool:
        return not self.count(Outcome.FAIL)

    def summary(self, tr: Translate) -> str:
        return tr(CONTEXT, T["summary"]).format(
            passed=self.count(Outcome.PASS), failed=self.count(Outcome.FAIL),
            na=self.count(Outcome.NOT_APPLICABLE), unchecked=self.count(Outcome.NOT_CHECKED))

    def as_dict(self, tr: Translate) -> dict[str, Any]:
        return {"format": FORMAT, "archive_code": self.label, "case_no": self.case_no,
                "occasion": self.occasion.value, "occasion_label": tr(CONTEXT, OCCASION_LABELS[self.occasion]),
                "checked_at": self.checked_at.isoformat(), "checked_by": self.checked_by, "ok": self.ok,
                "summary": self.summary(tr), "override_reason": self.override_reason,
                "items": [r.as_dict(tr) for r in self.results]}

    def to_json(self, tr: Translate) -> bytes:
        return json.dumps(self.as_dict(tr), ensure_ascii=False, indent=1, sort_keys=True).encode()


def _reason(result: CheckResult, tr: Translate) -> str:
    lines = [result.reason.text(tr)]
    lines += [p.text(tr) for p in result.problems[:50]]
    if len(result.problems) > 50:
        lines.append(f"… +{len(result.problems) - 50}")
    return "\n".join(lines)


def render(report: Report, tr: Translate, checked_by_name: str = "") -> bytes:
    """The report as PDF/A-2b."""
    st = pdf.styles()
    title = tr(CONTEXT, T["title"])

    def t(key: str) -> str:
        return tr(CONTEXT, T[key])

    pairs: list[tuple[str, Any]] = [
        (t("subject"), report.label), (t("case"), report.case_no),
        (t("occasion"), tr(CONTEXT, OCCASION_LABELS[report.occasion])),
        (t("at"), clock.fmt(report.checked_at, clock.READ_MINUTE)),
        (t("by"), checked_by_name or report.checked_by), (t("result"), report.summary(tr)),
    ]
    if report.override_reason:
        pairs.append((t("override"), report.override_reason))
    rows: list[Sequence[Any]] = [[t("code"), t("property"), t("item"), t("outcome"), t("reason")]]
    fills = []
    for n, r in enumerate(report.results, start=1):
        rows.append([r.code, tr(CONTEXT, PROPERTY_LABELS[r.property]), tr(CONTEXT, r.title),
                     tr(CONTEXT, OUTCOME_LABELS[r.outcome]), _reason(r, tr)])
        if r.outcome in OUTCOME_FILL:
            fills.append((n, OUTCOME_FILL[r.outcome]))
    story = [pdf.para(title, st["title"]), pdf.key_value(pairs), Spacer(1, 8),
             pdf.table(rows, [0.08, 0.09, 0.22, 0.09, 0.52], row_colors=fills)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pdf.PAGE, leftMargin=pdf.MARGIN, rightMargin=pdf.MARGIN,
                            topMargin=pdf.MARGIN, bottomMargin=pdf.MARGIN, title=title, author="archive-ws",
                            initialFontName=pdf.FONT, initialFontSize=9.5, initialLeading=14, invariant=True)
    doc.build(story)
    return pdfa.archival(out.getvalue(), title=f"{title} {report.label}", created=clock.local(report.checked_at))
