"""CLI: archive volumes (Art. 26) — file a case, list filing deadlines, write the volume catalogue and metadata."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path

from archive_core.archiving import metadata_xml, volume_catalogue, volumes
from archive_core.archiving.volumes import DEADLINE_LABELS, Deadline
from archive_core.cli import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("volume", help="archive volumes (案卷): filing within 30 days, archive codes, catalogues")
    vsub = v.add_subparsers(dest="volume_command", metavar="ACTION", required=True)

    fi = vsub.add_parser("file", help="file a case whose enforcement action has ended")
    fi.add_argument("case_no", metavar="NO")
    fi.add_argument("--fonds", default=None, help="fonds number (全宗号); default from the agency settings")
    fi.add_argument("--retention", default=None,
                    help="retention code (保管期限): Y (permanent), D30, D10; default: the agency's setting, else the "
                         "retention schedule's period for the case")
    fi.add_argument("--date", type=date.fromisoformat, default=None, help="filing date YYYY-MM-DD (default today)")
    fi.add_argument("--late-reason", default="", help="why the filing is later than 30 days")
    fi.add_argument("--checks-reason", default="", help="why to file although four-properties checks failed")
    fi.add_argument("--findings-reason", default="",
                    help="why the case is filed while compliance findings are still open (audited)")
    fi.set_defaults(handler=_file)

    ls = vsub.add_parser("list", help="cases whose action has ended, with their filing deadline")
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--due", action="store_true", help="not filed, due within 7 days or overdue")
    which.add_argument("--overdue", action="store_true", help="not filed, past the 30 days")
    ls.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    ls.set_defaults(handler=_list)

    ca = vsub.add_parser("catalogue", help="write the volume catalogue (卷内目录) as PDF")
    ca.add_argument("key", metavar="NO", help="case number or archive code")
    ca.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
    ca.set_defaults(handler=_catalogue)

    md = vsub.add_parser("metadata", help="write the volume's archival metadata (DA/T 46 / DA/T 63) as XML")
    md.add_argument("key", metavar="NO", help="case number or archive code")
    md.add_argument("-o", "--output", type=Path, required=True, help="FILE.xml")
    md.set_defaults(handler=_metadata)


def _file(args: argparse.Namespace, ctx: CliContext) -> int:
    view = volumes.file_volume(ctx.ws, ctx.actor, args.case_no, fonds=args.fonds, retention=args.retention,
                               filed_on=args.date, late_reason=args.late_reason,
                               checks_reason=args.checks_reason, findings_reason=args.findings_reason)
    text = ctx.translate("cli", "Filed {case_no} as volume {code} on {date}: {items} items.").format(
        case_no=view.case_no, code=view.archive_code, date=view.filed_on.isoformat(), items=len(view.items))
    if view.late_days:
        text += "\n" + ctx.translate("cli", "Filed {days} days after the 30-day limit (Art. 26).").format(
            days=view.late_days)
    ctx.emit(asdict(view), text)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    states = None
    if args.due:
        states = [Deadline.DUE_SOON, Deadline.OVERDUE]
    elif args.overdue:
        states = [Deadline.OVERDUE]
    rows = volumes.filing_rows(ctx.ws, ctx.actor, today=args.today, states=states)
    lines = [ctx.translate("cli", "{n} cases").format(n=len(rows))]
    for r in rows:
        state = ctx.translate("archiving", DEADLINE_LABELS[Deadline(r.state)])
        if r.archived_at is None:
            when = ctx.translate("cli", "due {due} ({days} days left)").format(due=r.due_on.isoformat(),
                                                                              days=r.days_left)
        else:
            when = ctx.translate("cli", "filed {date} as {code}").format(date=r.archived_at.isoformat(),
                                                                        code=r.archive_code)
        lines.append(f"{r.case_no}\t{state}\t{when}\t{r.title}")
    ctx.emit([asdict(r) for r in rows], "\n".join(lines))
    return 0


def _catalogue(args: argparse.Namespace, ctx: CliContext) -> int:
    path = volume_catalogue.write_catalogue(ctx.ws, ctx.actor, args.key, args.output)
    ctx.emit({"file": str(path), "size": path.stat().st_size},
             ctx.translate("cli", "Wrote the volume catalogue to {file}.").format(file=path))
    return 0


def _metadata(args: argparse.Namespace, ctx: CliContext) -> int:
    code, data = metadata_xml.volume_metadata(ctx.ws, ctx.actor, args.key)
    path = metadata_xml.write_metadata(ctx.ws, ctx.actor, data, args.output, object_type="archive_volume",
                                       object_id=code)
    ctx.emit({"file": str(path), "size": len(data), "archive_code": code},
             ctx.translate("cli", "Wrote the archival metadata to {file}.").format(file=path))
    return 0
