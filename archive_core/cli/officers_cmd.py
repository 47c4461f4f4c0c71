"""CLI: enforcement officers (执法人员) — add and list; the equipment room and cases share them."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from archive_core.cli import CliContext
from archive_core.spine import officers


def register(sub: argparse._SubParsersAction) -> None:
    o = sub.add_parser("officer", help="enforcement officers, by certificate number (执法证号)")
    osub = o.add_subparsers(dest="officer_command", metavar="ACTION", required=True)
    add = osub.add_parser("add", help="add an officer")
    add.add_argument("certificate_no")
    add.add_argument("--name", required=True)
    add.add_argument("--unit", default="")
    add.add_argument("--phone", default="")
    add.set_defaults(handler=_add)
    ls = osub.add_parser("list", help="list officers")
    ls.add_argument("--search", default="", help="part of a name or certificate number")
    ls.set_defaults(handler=_list)


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    ref = officers.add_officer(ctx.ws, ctx.actor, args.name, args.certificate_no, args.unit, args.phone)
    text = ctx.translate("cli", "Added officer {name} ({cert}).").format(name=ref.name, cert=ref.certificate_no)
    ctx.emit(asdict(ref), text)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    refs = officers.list_officers(ctx.ws, ctx.actor, args.search)
    ctx.emit([asdict(r) for r in refs], "\n".join(f"{r.certificate_no:<14} {r.name:<8} {r.unit}" for r in refs)
             or ctx.translate("cli", "No officers."))
    return 0
