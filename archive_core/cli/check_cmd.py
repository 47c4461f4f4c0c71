"""CLI: the 四性检测 of filed volumes on demand (长期保存) — one volume or all, with the report's PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from archive_core.archiving import four_properties
from archive_core.archiving.four_properties import ReportView
from archive_core.cli import CliContext

EXIT_FAILED = 7  # an integrity failure, as for the vault's and the audit trail's checks


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("check", help="four-properties check (四性检测) of filed volumes; the report is kept")
    csub = c.add_subparsers(dest="check_command", metavar="ACTION", required=True)
    one = csub.add_parser("volume", help="check one volume")
    one.add_argument("key", metavar="CODE", help="archive code or case number")
    one.add_argument("--pdf", type=Path, default=None, help="also write the report (检测报告) to FILE.pdf")
    one.set_defaults(handler=_volume)
    every = csub.add_parser("all", help="check every filed volume")
    every.set_defaults(handler=_all)


def _lines(ctx: CliContext, view: ReportView) -> list[str]:
    r = view.report
    lines = [ctx.translate("cli", "{code}: {summary}").format(code=view.archive_code, summary=r["summary"])]
    for item in r["items"]:
        lines.append(f"  {item['code']} {item['outcome_label']}\t{item['title']}：{item['reason']}")
        lines += [f"      {p['message']}" for p in item["problems"]]
    return lines


def _volume(args: argparse.Namespace, ctx: CliContext) -> int:
    view = four_properties.check_volume(ctx.ws, ctx.actor, args.key)
    data = dict(view.report, report_id=view.id, json_sha256=view.json_sha256, pdf_sha256=view.pdf_sha256)
    lines = _lines(ctx, view)
    if args.pdf is not None:
        four_properties.report_pdf(ctx.ws, ctx.actor, view.id, args.pdf)
        data["pdf"] = str(args.pdf)
        lines.append(ctx.translate("cli", "Wrote the report to {file}.").format(file=args.pdf))
    ctx.emit(data, "\n".join(lines))
    return 0 if view.ok else EXIT_FAILED


def _all(args: argparse.Namespace, ctx: CliContext) -> int:
    views = four_properties.check_all(ctx.ws, ctx.actor)
    failed = [v for v in views if not v.ok]
    lines = [ctx.translate("cli", "{n} volumes checked, {failed} with failures.").format(n=len(views),
                                                                                          failed=len(failed))]
    for v in views:
        lines.append(f"{v.archive_code}\t{v.report['summary']}")
    ctx.emit([dict(v.report, report_id=v.id) for v in views], "\n".join(lines))
    return EXIT_FAILED if failed else 0
