"""The compliance engine: a registry of rules, each naming its article and item, evaluated set-wise over cases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from importlib import import_module
from typing import Any

from sqlalchemy import ColumnElement, Select, true, update
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from models.cases import Case, ComplianceState

CONTEXT = "compliance"
Translate = Callable[[str, str], str]


class Severity(StrEnum):
    ERROR = "error"      # the regulation is not met
    WARNING = "warning"  # likely a problem, or a deadline close
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("compliance", "Non-compliant"),
    Severity.WARNING: QT_TRANSLATE_NOOP("compliance", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("compliance", "Note"),
}

_ZH_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 as Chinese numerals (for article and item numbers)."""
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[ones] if ones else "")


def article_label(article: str, item: str, tr: Translate | None = None) -> str:
    """"Art. 9(2)" in English, "第九条第（二）项" in Chinese (through the translation of the template)."""
    tr = tr or (lambda _ctx, text: text)
    params = {"article": article, "item": item,
              "article_zh": chinese_number(int(article)) if article.isdigit() else article,
              "item_zh": chinese_number(int(item)) if item.isdigit() else item}
    if item:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("compliance", "Art. {article}({item})")).format(**params)
    return tr(CONTEXT, QT_TRANSLATE_NOOP("compliance", "Art. {article}")).format(**params)


@dataclass(frozen=True)
class Finding:
    """One breach on one case. message/action are English templates (context "compliance") over params."""

    case_id: int
    rule: str
    article: str
    item: str
    severity: Severity
    message: str
    action: str
    params: Mapping[str, Any] = field(default_factory=dict)
    stage: str = ""
    record_id: int | None = None

    def text(self, tr: Translate | None = None) -> str:
        tr = tr or (lambda _ctx, text: text)
        return tr(CONTEXT, self.message).format(**self.params)

    def action_text(self, tr: Translate | None = None) -> str:
        tr = tr or (lambda _ctx, text: text)
        return tr(CONTEXT, self.action).format(**self.params)

    def label(self, tr: Translate | None = None) -> str:
        return article_label(self.article, self.item, tr)

    def as_dict(self, tr: Translate | None = None) -> dict[str, Any]:
        return {"rule": self.rule, "article": self.article, "item": self.item, "label": self.label(tr),
                "severity": self.severity.value, "stage": self.stage, "record_id": self.record_id,
                "message": self.text(tr), "action": self.action_text(tr)}


@dataclass(frozen=True)
class Rule:
    code: str
    article: str
    item: str
    severity: Severity
    title: str
    fn: Callable[[RuleContext], Iterable[Finding]]
    module: str


@dataclass
class RuleContext:
    """What a rule gets: a session, the cases in scope (None = every case), today's date, and itself."""

    session: Session
    case_ids: Sequence[int] | None
    today: date
    rule: Rule

    def scoped(self, column: Any) -> ColumnElement[bool]:
        """A WHERE clause restricting ``column`` (a case id column) to the cases in scope."""
        return true() if self.case_ids is None else column.in_(self.case_ids)

    def finding(self, case_id: int, message: str, action: str, *, article: str | None = None,
                item: str | None = None, stage: str = "", record_id: int | None = None,
                severity: Severity | None = None, **params: Any) -> Finding:
        return Finding(case_id, self.rule.code, article or self.rule.article, self.rule.item if item is None else item,
                       severity or self.rule.severity, message, action, params, stage, record_id)


_RULES: dict[str, Rule] = {}
# Providers of A/V coverage (Art. 20): each returns a SELECT of (case_id, stage) pairs that have A/V records.
_AV_COVERAGE: list[Callable[[RuleContext], Select[int, str]]] = []

# Modules whose import registers rules. Other areas append their own module here (one line).
RULE_MODULES = [
    "archive_core.cases.rules",
    "archive_core.av.rules",
]
_loaded = False


def rule(code: str, *, article: str, item: str = "", severity: Severity = Severity.ERROR,
         title: str = "") -> Callable[[Callable[[RuleContext], Iterable[Finding]]],
                                      Callable[[RuleContext], Iterable[Finding]]]:
    """Register a rule: ``@rule("art14.seal_date", article="14", severity=Severity.ERROR, title=…)``.

    The function receives a RuleContext and yields ``ctx.finding(case_id, message, action, **params)`` for
    every breach among the cases in scope; it should query set-wise (``ctx.scoped(Table.case_id)``), never
    once per case, so that evaluating every case stays fast.
    """

    def register(fn: Callable[[RuleContext], Iterable[Finding]]) -> Callable[[RuleContext], Iterable[Finding]]:
        if code in _RULES and _RULES[code].fn is not fn:
            raise ValueError(f"compliance rule {code} is registered twice")
        _RULES[code] = Rule(code, article, item, severity, title or code, fn, fn.__module__)
        return fn

    return register


def av_coverage(fn: Callable[[RuleContext], Select[int, str]]) -> Callable[[RuleContext], Select[int, str]]:
    """Register a provider of (case_id, stage) pairs that have audio-visual records (used by the Art. 20 rule)."""
    if fn not in _AV_COVERAGE:
        _AV_COVERAGE.append(fn)
    return fn


def av_coverage_providers() -> list[Callable[[RuleContext], Select[int, str]]]:
    return list(_AV_COVERAGE)


def load_rules() -> None:
    global _loaded
    if not _loaded:
        for name in RULE_MODULES:
            import_module(name)
        _loaded = True


def rules() -> list[Rule]:
    load_rules()
    return sorted(_RULES.values(), key=lambda r: (_article_key(r.article), _article_key(r.item), r.code))


def _article_key(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (999, text)


def sort_key(f: Finding) -> tuple[Any, ...]:
    return (-f.severity.rank, _article_key(f.article), _article_key(f.item), f.record_id or 0, f.rule)


def evaluate(session: Session, case_ids: Sequence[int] | None = None, today: date | None = None,
             only: Iterable[str] | None = None) -> dict[int, list[Finding]]:
    """Run every rule (or the ``only`` codes) over the cases in scope; findings per case, most severe first."""
    today = today or clock.today()
    wanted = set(only) if only is not None else None
    found: dict[int, list[Finding]] = defaultdict(list)
    for r in rules():
        if wanted is not None and r.code not in wanted:
            continue
        ctx = RuleContext(session, case_ids, today, r)
        for f in r.fn(ctx):
            found[f.case_id].append(f)
    for items in found.values():
        items.sort(key=sort_key)
    return dict(found)


def state_of(findings: Sequence[Finding]) -> ComplianceState:
    if any(f.severity is Severity.ERROR for f in findings):
        return ComplianceState.ERROR
    if any(f.severity is Severity.WARNING for f in findings):
        return ComplianceState.WARNING
    return ComplianceState.OK


def store_summary(session: Session, found: Mapping[int, Sequence[Finding]],
                  case_ids: Sequence[int] | None = None) -> None:
    """Keep each case's compliance state and finding count on the case, for filtering the case list in SQL."""
    now = clock.now()
    base = update(Case).values(compliance_state=ComplianceState.OK.value, finding_count=0, checked_at=now)
    if case_ids is None:
        session.execute(base)
    else:
        for start in range(0, len(case_ids), 500):
            session.execute(base.where(Case.id.in_(case_ids[start:start + 500])))
    rows = [{"id": cid, "compliance_state": state_of(fs).value, "finding_count": len(fs)}
            for cid, fs in found.items() if fs]
    if rows:
        session.execute(update(Case), rows)  # bulk UPDATE by primary key (executemany)


def refresh(session: Session, case_ids: Sequence[int], today: date | None = None) -> dict[int, list[Finding]]:
    """Re-evaluate these cases after a change and store their summary (same transaction)."""
    session.flush()
    found = evaluate(session, case_ids, today)
    store_summary(session, found, case_ids)
    return found
