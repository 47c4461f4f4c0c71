"""Compliance with the regulation: rules register here; cases are evaluated one by one or all at once.

Other areas add rules from their own modules::

    from archive_core.cases.compliance import RuleContext, Severity, rule

    @rule("art24.ingest_deadline", article="24", severity=Severity.ERROR, title=QT_TRANSLATE_NOOP("compliance", …))
    def ingested_within_24h(ctx: RuleContext):
        for row in ctx.session.execute(select(...).where(ctx.scoped(MediaRecord.case_id), ...)):
            yield ctx.finding(row.case_id, QT_TRANSLATE_NOOP("compliance", "…{x}…"), QT_TRANSLATE_NOOP(…), x=…)

and list that module in ``RULE_MODULES`` (archive_core/cases/compliance/engine.py). A/V coverage for Art. 20 plugs in
with ``@av_coverage``: a function (ctx) -> SELECT of (case_id, stage) pairs that have A/V records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from archive_core.cases.compliance.engine import (
    RULE_MODULES,
    SEVERITY_LABELS,
    Finding,
    Rule,
    RuleContext,
    Severity,
    article_label,
    av_coverage,
    chinese_number,
    evaluate,
    refresh,
    rule,
    rules,
    state_of,
    store_summary,
)
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import NotFoundError
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import Workstation
from models.cases import Case, ComplianceState

__all__ = [
    "RULE_MODULES", "SEVERITY_LABELS", "BulkResult", "CaseCompliance", "Finding", "Rule", "RuleContext", "Severity",
    "article_label", "av_coverage", "chinese_number", "evaluate", "evaluate_all", "evaluate_case", "refresh", "rule",
    "rules", "state_of", "store_summary",
]


@dataclass(frozen=True)
class CaseCompliance:
    case_id: int
    case_no: str
    state: ComplianceState
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class BulkResult:
    cases: int
    by_state: dict[str, int]
    findings: int
    by_rule: dict[str, int]
    seconds: float


def evaluate_case(ws: Workstation, actor: Actor, case_no: str, today: date | None = None) -> CaseCompliance:
    """Findings for one case; its stored summary is refreshed on the way."""
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_READ, "case", case_no)
        case_id = uow.session.execute(select(Case.id).where(Case.case_no == case_no)).scalar_one_or_none()
        if case_id is None:
            raise NotFoundError(what="case", key=case_no)
        found = refresh(uow.session, [case_id], today).get(case_id, [])
        return CaseCompliance(case_id, case_no, state_of(found), tuple(found))


def evaluate_all(ws: Workstation, actor: Actor, progress: Progress | None = None,
                 today: date | None = None) -> BulkResult:
    """Evaluate every case set-wise (each rule runs once over all cases) and store each case's summary."""
    import time

    started = time.perf_counter()
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        report: Callable[[int, int, str], None] = progress.report if progress else (lambda *_: None)
        report(0, 2, "")
        found = evaluate(uow.session, None, today)
        report(1, 2, "")
        store_summary(uow.session, found)
        total = uow.session.execute(select(func.count(Case.id))).scalar_one()
        by_state: dict[str, int] = {s.value: 0 for s in ComplianceState if s is not ComplianceState.UNCHECKED}
        by_rule: dict[str, int] = {}
        for fs in found.values():
            by_state[state_of(fs).value] += 1
            for f in fs:
                by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
        by_state[ComplianceState.OK.value] = total - sum(v for k, v in by_state.items() if k != "ok")
        n = sum(len(fs) for fs in found.values())
        uow.audit("compliance.evaluate_all", "case", "*", {"cases": total, "findings": n, "by_state": by_state})
        report(2, 2, "")
    return BulkResult(total, by_state, n, by_rule, time.perf_counter() - started)
