"""Compliance findings counted by article: a snapshot of every case (kept in stats_finding_counts) brought up to
date with a fresh evaluation of the cases changed since, so the dashboard never re-evaluates everything (Art. 30)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from archive_core.cases.compliance.engine import Finding, evaluate, store_summary
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import Workstation
from models.cases import Case
from models.stats import FindingCount, StatsSnapshot

SNAPSHOT = "findings"
# Above this many changed cases the dashboard shows the snapshot as it is and says how many changed since.
LIVE_LIMIT = 2000
CHUNK = 5000  # case ids per evaluation (keeps bound parameters well under every database's limit)


@dataclass(frozen=True)
class ArticleCounts:
    """Findings per article (keys "8" … "26") and severity, with how fresh they are."""

    by_article: dict[str, dict[str, int]]  # article -> severity -> findings
    cases_with_findings: int
    snapshot_at: datetime | None
    stale_cases: int  # cases changed since the snapshot and not re-evaluated here

    def total(self, severity: str | None = None) -> int:
        return sum(n for sev in self.by_article.values() for s, n in sev.items() if severity in (None, s))


def article_key(article: str) -> tuple[int, str]:
    return (int(article), "") if article.isdigit() else (999, article)


def evaluate_chunked(session: Session, case_ids: Sequence[int] | None, today: date | None = None
                     ) -> dict[int, list[Finding]]:
    """The engine's findings for these cases (None = every case), evaluated in chunks of CHUNK ids."""
    if case_ids is None:
        return evaluate(session, None, today)
    found: dict[int, list[Finding]] = {}
    ids = list(case_ids)
    for start in range(0, len(ids), CHUNK):
        found.update(evaluate(session, ids[start:start + CHUNK], today))
    return found


def count_by_article(found: dict[int, list[Finding]], case_ids: Iterable[int] | None = None) -> dict[
        str, dict[str, int]]:
    wanted = None if case_ids is None else set(case_ids)
    out: dict[str, Counter[str]] = {}
    for cid, fs in found.items():
        if wanted is not None and cid not in wanted:
            continue
        for f in fs:
            out.setdefault(f.article, Counter())[f.severity.value] += 1
    return {a: dict(out[a]) for a in sorted(out, key=article_key)}


def refresh_snapshot(ws: Workstation, actor: Actor, progress: Progress | None = None,
                     today: date | None = None) -> ArticleCounts:
    """Evaluate every case (as "check all cases" does), store each case's summary and the per-article counts."""
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        s = uow.session
        if progress:
            progress.report(0, 3, "")
        taken = clock.now()
        found = evaluate(s, None, today)
        if progress:
            progress.check()
            progress.report(1, 3, "")
        store_summary(s, found)
        s.execute(delete(FindingCount))
        rows = []
        for cid, fs in found.items():
            per = Counter((f.article, f.severity.value) for f in fs)
            rows += [{"case_id": cid, "article": a, "severity": sev, "count": n} for (a, sev), n in per.items()]
        for start in range(0, len(rows), 5000):
            s.execute(insert(FindingCount), rows[start:start + 5000])
        by_article = count_by_article(found)
        with_findings = sum(1 for fs in found.values() if fs)
        summary = {"cases_with_findings": with_findings, "by_article": by_article}
        snap = s.get(StatsSnapshot, SNAPSHOT)
        if snap is None:
            s.add(StatsSnapshot(kind=SNAPSHOT, taken_at=taken, taken_by=actor.username,
                                summary=json.dumps(summary)))
        else:
            snap.taken_at, snap.taken_by, snap.summary = taken, actor.username, json.dumps(summary)
        uow.audit("stats.findings_snapshot", "case", "*", summary)
        if progress:
            progress.report(3, 3, "")
        return ArticleCounts(by_article, with_findings, taken, 0)


def current_counts(session: Session, today: date | None = None) -> ArticleCounts:
    """The snapshot's counts, with cases checked or created since then evaluated afresh (up to LIVE_LIMIT)."""
    snap = session.get(StatsSnapshot, SNAPSHOT)
    if snap is None:
        changed = list(session.execute(select(Case.id)).scalars())
        snapshot_at = None
    else:
        snapshot_at = snap.taken_at
        changed = list(session.execute(select(Case.id).where(
            or_(Case.checked_at > snapshot_at, Case.created_at > snapshot_at))).scalars())
    live: dict[int, list[Finding]] = {}
    stale = 0
    if len(changed) <= LIVE_LIMIT:
        live = evaluate_chunked(session, changed, today) if changed else {}
        exclude = changed
    else:
        stale, exclude = len(changed), []
    totals: dict[str, Counter[str]] = {}
    q = select(FindingCount.article, FindingCount.severity, func.sum(FindingCount.count))
    cases_q = select(func.count(func.distinct(FindingCount.case_id)))
    if exclude:
        # Small by construction (<= LIVE_LIMIT ids).
        q = q.where(FindingCount.case_id.not_in(exclude))
        cases_q = cases_q.where(FindingCount.case_id.not_in(exclude))
    for article, severity, n in session.execute(q.group_by(FindingCount.article, FindingCount.severity)):
        totals.setdefault(article, Counter())[severity] += int(n)
    for article, per in count_by_article(live).items():
        totals.setdefault(article, Counter()).update(per)
    cases = int(session.execute(cases_q).scalar() or 0) + sum(1 for fs in live.values() if fs)
    return ArticleCounts({a: dict(totals[a]) for a in sorted(totals, key=article_key)}, cases, snapshot_at, stale)


def case_counts(session: Session, today: date | None = None) -> tuple[
        dict[int, Counter[tuple[str, str]]], datetime | None, int]:
    """Findings per case as (article, severity) counts: the snapshot with changed cases evaluated afresh, or every
    case evaluated when there is no snapshot. Returns the counts, the snapshot time and how many were live."""
    snap = session.get(StatsSnapshot, SNAPSHOT)
    if snap is None:
        found = evaluate(session, None, today)
        return ({cid: Counter((f.article, f.severity.value) for f in fs) for cid, fs in found.items() if fs},
                None, len(found))
    changed = list(session.execute(select(Case.id).where(
        or_(Case.checked_at > snap.taken_at, Case.created_at > snap.taken_at))).scalars())
    out: dict[int, Counter[tuple[str, str]]] = {}
    skip = set(changed)
    for cid, article, severity, n in session.execute(
            select(FindingCount.case_id, FindingCount.article, FindingCount.severity, FindingCount.count)):
        if cid not in skip:
            out.setdefault(cid, Counter())[(article, severity)] += n
    for cid, fs in evaluate_chunked(session, changed, today).items() if changed else ():
        if fs:
            out[cid] = Counter((f.article, f.severity.value) for f in fs)
    return out, snap.taken_at, len(changed)
