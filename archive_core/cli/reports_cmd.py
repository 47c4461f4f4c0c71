"""report stats | violations | dashboard: the statistics pack (Art. 28), the Art. 31 register, the dashboard."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.stats import dashboard, findings, statistics, statistics_pack, violations, violations_report


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help="statistics pack, Art. 31 violation register, dashboard figures")
    rsub = r.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    st = rsub.add_parser("stats", help="the Art. 28 statistics pack for a period as PDF, CSV or XLSX")
    st.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="first day YYYY-MM-DD")
    st.add_argument("--to", dest="end", type=date.fromisoformat, required=True, help="last day YYYY-MM-DD")
    st.add_argument("--unit", default="", help="only cases of this unit (the case's agency)")
    st.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf, FILE.csv or FILE.xlsx")
    st.set_defaults(handler=_stats)

    vi = rsub.add_parser("violations", help="the Art. 31 register of the five liabilities, with evidence")
    vi.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    vi.add_argument("-o", "--output", type=Path, default=None,
                    help="also write the register to FILE.pdf (for printing), FILE.xlsx or FILE.csv")
    vi.set_defaults(handler=_violations)

    da = rsub.add_parser("dashboard", help="the dashboard's figures for the signed-in user's roles")
    da.add_argument("--refresh", action="store_true",
                    help="re-evaluate every case first and store the findings snapshot")
    da.set_defaults(handler=_dashboard)


def _stats(args: argparse.Namespace, ctx: CliContext) -> int:
    pack = statistics.statistics_pack(ctx.ws, ctx.actor, args.start, args.end, args.unit)
    path = statistics_pack.write(ctx.ws, ctx.actor, pack, args.output, ctx.tr)
    ctx.emit({"file": str(path), **pack.as_dict()},
             ctx.translate("cli", "Wrote {file}: {cases} cases from {start} to {end}.").format(
                 file=path, cases=pack.cases, start=args.start, end=args.end))
    return 0


def _violations(args: argparse.Namespace, ctx: CliContext) -> int:
    reg = violations.register(ctx.ws, ctx.actor, today=args.today)
    tr = ctx.translate
    lines = []
    for number, title in violations.LIABILITIES.items():
        items = [v for v in reg.items if v.liability == number]
        lines.append(tr("cli", "({n}) {title}: {count}").format(n=number, title=tr("violations", title),
                                                               count=len(items)))
        for v in items[:50]:
            evidence = ", ".join(f"{e.kind}:{e.value}" for e in v.evidence[:4])
            lines.append(f"    {v.text(tr)}  [{evidence}]")
        if len(items) > 50:
            lines.append("    " + tr("cli", "… and {more} more (use --json for all)").format(more=len(items) - 50))
    data = reg.as_dict(tr)
    if args.output is not None:
        path = violations_report.write(ctx.ws, ctx.actor, reg, args.output, tr)
        data["file"] = str(path)
        lines.append(tr("cli", "Wrote {file}.").format(file=path))
    ctx.emit(data, "\n".join(lines))
    return 1 if reg.items else 0


def _dashboard(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.refresh:
        findings.refresh_snapshot(ctx.ws, ctx.actor)
    data = dashboard.dashboard(ctx.ws, ctx.actor)
    tr = ctx.translate
    lines = []
    for t in data.tiles:
        spec = dashboard.SPECS[t.key]
        lines.append(tr("dashboard", spec.title))
        lines += [f"    {tr('dashboard', spec.figures[k])}: {v}" for k, v in t.figures.items()]
    ctx.emit(data.as_dict(), "\n".join(lines))
    return 0
