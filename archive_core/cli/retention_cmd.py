"""CLI: retention schedule and due list, legal holds, disposal requests, approvals and execution (Art. 25, 27)."""

from __future__ import annotations

import argparse
from datetime import date

from archive_core.cli import CliContext
from archive_core.cli.times import shown
from archive_core.retention import disposal, holds, schedule
from archive_core.retention.schedule import RetentionFilter
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (e.g. 2026-12-31)") from None


def _months(text: str) -> int | None:
    if text.lower() in ("permanent", "none", "永久"):
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"months or 'permanent', not {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("retention", help="retention schedule and what reaches its end (Art. 25, 27)")
    rsub = r.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    ls = rsub.add_parser("list", help="case files and A/V records whose retention ends before a date")
    ls.add_argument("--due-before", type=_day, default=None, help="YYYY-MM-DD (default: every record)")
    ls.add_argument("--category", choices=("case", "media"), default="")
    held = ls.add_mutually_exclusive_group()
    held.add_argument("--held", dest="held", action="store_const", const=True, default=None,
                      help="only records under a legal hold")
    held.add_argument("--not-held", dest="held", action="store_const", const=False)
    ls.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    ls.set_defaults(handler=_list)
    rules = rsub.add_parser("rules", help="the retention schedule")
    rules.set_defaults(handler=_rules)
    rs = rsub.add_parser("rule-set", help="change a rule (system administrator)")
    rs.add_argument("code")
    rs.add_argument("--months", type=_months, default=schedule.UNCHANGED, help="months, or 'permanent'")
    act = rs.add_mutually_exclusive_group()
    act.add_argument("--active", dest="active", action="store_const", const=True, default=None)
    act.add_argument("--inactive", dest="active", action="store_const", const=False)
    rs.set_defaults(handler=_rule_set)
    st = rsub.add_parser("status", help="where one case file or A/V record stands")
    which = st.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", dest="case_no")
    which.add_argument("--media", dest="media_id", type=int)
    st.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    st.set_defaults(handler=_status)

    h = sub.add_parser("hold", help="legal holds: stop every retention clock of a case or an A/V record")
    hsub = h.add_subparsers(dest="hold_command", metavar="ACTION", required=True)
    add = hsub.add_parser("add", help="place a hold")
    which = add.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", dest="case_no")
    which.add_argument("--media", dest="media_id", type=int)
    add.add_argument("--reason", required=True)
    add.set_defaults(handler=_hold_add)
    rm = hsub.add_parser("remove", help="release a hold (by hold id, or every hold on a case or A/V record)")
    rm.add_argument("hold_id", nargs="?", type=int)
    rm.add_argument("--case", dest="case_no")
    rm.add_argument("--media", dest="media_id", type=int)
    rm.add_argument("--reason", required=True)
    rm.set_defaults(handler=_hold_remove)
    hl = hsub.add_parser("list", help="holds (active ones unless --all)")
    hl.add_argument("--all", action="store_true")
    hl.set_defaults(handler=_hold_list)

    d = sub.add_parser("dispose", help="disposal at the end of retention, with a second person's approval")
    dsub = d.add_subparsers(dest="dispose_command", metavar="ACTION", required=True)
    rq = dsub.add_parser("request", help="request disposal of due records")
    rq.add_argument("--media", dest="media_ids", type=int, nargs="+", default=[])
    rq.add_argument("--case", dest="case_nos", nargs="+", default=[])
    rq.add_argument("--reason", required=True)
    rq.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    rq.set_defaults(handler=_request)
    ap = dsub.add_parser("approve", help="approve a request (not your own)")
    ap.add_argument("--opinion", required=True, help="the approver's opinion (审批意见), kept with the request")
    ap.add_argument("request_id", type=int)
    ap.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    ap.set_defaults(handler=_approve)
    rj = dsub.add_parser("reject", help="reject a request")
    rj.add_argument("request_id", type=int)
    rj.add_argument("--reason", required=True)
    rj.set_defaults(handler=_reject)
    ex = dsub.add_parser("execute", help="carry out an approved request (or finish an interrupted one)")
    ex.add_argument("request_id", type=int)
    ex.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    ex.set_defaults(handler=_execute)
    dl = dsub.add_parser("list", help="disposal requests")
    dl.add_argument("--state", nargs="*", default=[], choices=[s.value for s in disposal.STATE_LABELS])
    dl.set_defaults(handler=_dispose_list)
    sh = dsub.add_parser("show", help="one request with its items and removed objects")
    sh.add_argument("request_id", type=int)
    sh.set_defaults(handler=_dispose_show)


def _state_text(ctx: CliContext, state: str) -> str:
    return ctx.translate("retention", schedule.STATE_LABELS[schedule.RetentionState(state)])


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    items = schedule.due_list(ctx.ws, ctx.actor, RetentionFilter(args.due_before, args.category, args.held),
                               today=args.today)
    lines = [f"{i.kind:5} {i.id:>6}  {i.end.isoformat() if i.end else '—':10}  {_state_text(ctx, i.state):8}  "
             f"{i.label}  {i.title}" for i in items]
    lines.append(ctx.translate("cli", "{n} records").format(n=len(items)))
    ctx.emit([i.as_dict() for i in items], "\n".join(lines))
    return 0


def _rules(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = schedule.rules(ctx.ws, ctx.actor)
    permanent = ctx.translate("cli", "permanent")
    text = "\n".join(f"{r.code:22} {r.category:5} {r.enforcement_type or '*':10} {r.risk or '*':8} "
                     f"{str(r.months) if r.months else permanent:>9}  {'' if r.active else '(-) '}{r.name_zh}"
                     for r in rows)
    ctx.emit([r.as_dict() for r in rows], text)
    return 0


def _rule_set(args: argparse.Namespace, ctx: CliContext) -> int:
    rule = schedule.edit_rule(ctx.ws, ctx.actor, args.code, months=args.months, active=args.active)
    ctx.emit(rule.as_dict(), ctx.translate("cli", "Rule {code} changed.").format(code=rule.code))
    return 0


def _status(args: argparse.Namespace, ctx: CliContext) -> int:
    item = schedule.item_status(ctx.ws, ctx.actor, case_no=args.case_no, media_id=args.media_id, today=args.today)
    ctx.emit(item.as_dict(), f"{item.label}: {_state_text(ctx, item.state)} "
                             f"{item.end.isoformat() if item.end else ''} {item.rule_code}".rstrip())
    return 0


def _hold_text(h: holds.HoldView) -> str:
    what = h.case_no or f"#{h.media_id} {h.media_name}"
    released = f"  ⇢ {shown(h.released_at)} {h.released_by}: {h.release_reason}" if h.released_at else ""
    return f"{h.id:>5}  {what}  {shown(h.placed_at)} {h.placed_by}: {h.reason}{released}"


def _hold_add(args: argparse.Namespace, ctx: CliContext) -> int:
    hold = holds.add_hold(ctx.ws, ctx.actor, case_no=args.case_no, media_id=args.media_id, reason=args.reason)
    ctx.emit(hold.as_dict(), ctx.translate("cli", "Hold {id} placed.").format(id=hold.id))
    return 0


def _hold_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.hold_id is not None:
        ids = [args.hold_id]
    elif args.case_no or args.media_id is not None:
        ids = [h.id for h in holds.find_hold(ctx.ws, ctx.actor, case_no=args.case_no, media_id=args.media_id)]
        if not ids:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "there is no active legal hold on it"))
    else:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name a hold id, --case or --media"))
    released = [holds.release_hold(ctx.ws, ctx.actor, i, args.reason) for i in ids]
    ctx.emit([h.as_dict() for h in released],
             ctx.translate("cli", "{n} holds released.").format(n=len(released)))
    return 0


def _hold_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = holds.list_holds(ctx.ws, ctx.actor, active_only=not args.all)
    ctx.emit([h.as_dict() for h in rows], "\n".join(_hold_text(h) for h in rows))
    return 0


def _request_text(ctx: CliContext, r: disposal.RequestView) -> str:
    state = ctx.translate("disposal", disposal.STATE_LABELS[disposal.DisposalState(r.state)])
    head = f"{r.id:>5}  {state}  {shown(r.requested_at)} {r.requested_by}: {r.reason}"
    if r.decided_by:
        head += f"  / {r.decided_by} {shown(r.decided_at)} {r.decision_reason}".rstrip()
    items = [f"       {i.kind} {i.id} {i.label} ({i.retention_end or '—'})" for i in r.items]
    objects = [f"       − {o.sha256[:16]}… {o.size} {o.name}" for o in r.objects]
    return "\n".join([head, *items, *objects])


def _request(args: argparse.Namespace, ctx: CliContext) -> int:
    req = disposal.request_disposal(ctx.ws, ctx.actor, reason=args.reason, media_ids=args.media_ids,
                                    case_nos=args.case_nos, today=args.today)
    ctx.emit(req.as_dict(), ctx.translate("cli", "Disposal request {id} filed; another person must approve it.")
             .format(id=req.id))
    return 0


def _approve(args: argparse.Namespace, ctx: CliContext) -> int:
    req = disposal.approve(ctx.ws, ctx.actor, args.request_id, opinion=args.opinion, today=args.today)
    ctx.emit(req.as_dict(), ctx.translate("cli", "Disposal request {id} approved.").format(id=req.id))
    return 0


def _reject(args: argparse.Namespace, ctx: CliContext) -> int:
    req = disposal.reject(ctx.ws, ctx.actor, args.request_id, args.reason)
    ctx.emit(req.as_dict(), ctx.translate("cli", "Disposal request {id} rejected.").format(id=req.id))
    return 0


def _execute(args: argparse.Namespace, ctx: CliContext) -> int:
    req = disposal.execute(ctx.ws, ctx.actor, args.request_id, today=args.today)
    ctx.emit(req.as_dict(), ctx.translate("cli", "Disposal request {id} executed: {n} objects removed.")
             .format(id=req.id, n=len(req.objects)))
    return 0


def _dispose_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = disposal.list_requests(ctx.ws, ctx.actor, args.state)
    ctx.emit([r.as_dict() for r in rows], "\n".join(_request_text(ctx, r) for r in rows))
    return 0


def _dispose_show(args: argparse.Namespace, ctx: CliContext) -> int:
    req = disposal.get_request(ctx.ws, ctx.actor, args.request_id)
    ctx.emit(req.as_dict(), _request_text(ctx, req))
    return 0
