"""CLI: the equipment room — device register, check-out/in, maintenance, stock-taking, history, reports."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from archive_core.cli import CliContext
from archive_core.cli.times import shown, when
from archive_core.equipment import devices, loans, maintenance, reports, settings, stock_taking
from archive_core.equipment.devices import (
    CONTAINER_TIMES,
    DEVICE_KINDS,
    LOCATION_KINDS,
    MAINTENANCE_KINDS,
    DeviceFilter,
)
from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("device", help="recording devices: register, check-out/in, maintenance, stock-taking")
    dsub = d.add_subparsers(dest="device_command", metavar="ACTION", required=True)

    add = dsub.add_parser("add", help="register a device")
    add.add_argument("tag", help="asset tag (what the barcode encodes)")
    add.add_argument("--type", dest="kind", required=True, choices=DEVICE_KINDS)
    add.add_argument("--code", default=None, help="identifier the device writes into file names, e.g. DSJ-A1B2C3")
    add.add_argument("--serial", default="")
    add.add_argument("--model", default="")
    add.add_argument("--manufacturer", default="")
    add.add_argument("--capabilities", default="", help="comma-separated: explosion_proof,night_vision,positioning")
    add.add_argument("--location-kind", default="equipment_room", choices=LOCATION_KINDS)
    add.add_argument("--location", default="")
    add.add_argument("--purchased", type=date.fromisoformat, default=None, help="purchase date YYYY-MM-DD")
    add.add_argument("--clock-zone", default=clock.DEFAULT_ZONE, help="zone of the device clock")
    add.add_argument("--container-time", default="local", choices=CONTAINER_TIMES,
                     help="how the device writes a file's creation time: its local wall clock (most body-worn "
                          "cameras) or real UTC")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=_add)

    ed = dsub.add_parser("edit", help="change a registered device's details (audited with before and after)")
    ed.add_argument("tag", help="asset tag, device code or serial number")
    ed.add_argument("--type", dest="kind", default=None, choices=DEVICE_KINDS)
    ed.add_argument("--code", default=None, help="identifier in file names; '' removes it")
    ed.add_argument("--serial", default=None)
    ed.add_argument("--model", default=None)
    ed.add_argument("--manufacturer", default=None)
    ed.add_argument("--capabilities", default=None,
                    help="the full set, comma-separated: explosion_proof,night_vision,positioning ('' for none)")
    ed.add_argument("--location-kind", default=None, choices=LOCATION_KINDS)
    ed.add_argument("--location", default=None)
    ed.add_argument("--purchased", type=date.fromisoformat, default=None, help="purchase date YYYY-MM-DD")
    ed.add_argument("--clock-zone", default=None, help="zone of the device clock, e.g. Asia/Shanghai")
    ed.add_argument("--container-time", default=None, choices=CONTAINER_TIMES,
                    help="how the device writes a file's creation time: local wall clock or real UTC")
    ed.add_argument("--notes", default=None)
    ed.set_defaults(handler=_edit)

    se = dsub.add_parser("settings", help="show or change the equipment room's settings")
    se.add_argument("--day-end", default=None,
                    help="end of the working day (agency time), the default expected return, e.g. 18:00")
    se.set_defaults(handler=_settings)

    ls = dsub.add_parser("list", help="list devices")
    ls.add_argument("--search", default="", help="tag, code, serial, model or location")
    ls.add_argument("--status", default=None)
    ls.add_argument("--overdue", action="store_true", help="devices out past their expected return")
    ls.add_argument("--maintenance-due", action="store_true", help="planned maintenance due (or soon)")
    ls.add_argument("--now", type=when, default=None, help=argparse.SUPPRESS)
    ls.set_defaults(handler=_list)

    co = dsub.add_parser("checkout", help="issue a device to an officer")
    co.add_argument("tag")
    co.add_argument("--officer", required=True, help="certificate number (执法证号)")
    co.add_argument("--due", type=when, default=None, help="expected return (default: the end of the working day, "
                                                                 "or of the next one after it)")
    co.add_argument("--condition", default="good", choices=devices.CONDITIONS)
    co.add_argument("--notes", default="", help="battery, accessories")
    co.set_defaults(handler=_checkout)

    ci = dsub.add_parser("checkin", help="take a device back")
    ci.add_argument("tag")
    ci.add_argument("--condition", default="good", choices=devices.CONDITIONS)
    ci.add_argument("--docked", action="store_true", help="the footage was imported (已导入)")
    ci.add_argument("--notes", default="")
    ci.set_defaults(handler=_checkin)

    mt = dsub.add_parser("maintain", help="record maintenance")
    mt.add_argument("tag")
    mt.add_argument("--kind", choices=MAINTENANCE_KINDS)
    mt.add_argument("--note", default="", help="what was done")
    mt.add_argument("--technician", default="")
    mt.add_argument("--result", default="")
    mt.add_argument("--open", action="store_true", help="work goes on: the device stays in maintenance")
    mt.add_argument("--finish", action="store_true", help="close open maintenance; the device is available again")
    mt.set_defaults(handler=_maintain)

    pl = dsub.add_parser("plan", help="add a recurring maintenance plan, or list plans")
    pl.add_argument("--kind", choices=MAINTENANCE_KINDS)
    pl.add_argument("--every", type=int, help="interval in days")
    target = pl.add_mutually_exclusive_group()
    target.add_argument("--device", default=None, help="tag of one device")
    target.add_argument("--model", default=None, help="every device of this model")
    pl.add_argument("--remind", type=int, default=7, help="days ahead to remind")
    pl.add_argument("--note", default="")
    pl.set_defaults(handler=_plan)

    au = dsub.add_parser("audit", help="stock-taking (盘点)")
    au.add_argument("step", choices=("start", "scan", "finish", "run", "list"),
                    help="start; scan TAG…; finish; run (one-shot: tags from --file or stdin); list. "
                         "finish and run exit with 8 when devices are missing")
    au.add_argument("tags", nargs="*")
    au.add_argument("--file", type=Path, default=None, help="one scanned tag per line ('-' for stdin)")
    au.add_argument("--note", default="")
    au.add_argument("--next", type=when, default=None, help="date of the next stock-taking (default: +90 days)")
    au.set_defaults(handler=_audit)

    hi = dsub.add_parser("history", help="loans, maintenance and stock-taking of a device")
    hi.add_argument("tag")
    hi.add_argument("--limit", type=int, default=None)
    hi.set_defaults(handler=_history)

    st = dsub.add_parser("status", help="mark a device lost, retired, or found again (available)")
    st.add_argument("tag")
    st.add_argument("status", choices=("lost", "retired", "available"))
    st.add_argument("--reason", required=True)
    st.set_defaults(handler=_status)

    rp = dsub.add_parser("report", help="device register, check-out log, maintenance log, stock-taking result or "
                                        "overdue list as PDF or CSV")
    rp.add_argument("--kind", required=True, choices=reports.KINDS)
    rp.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.csv")
    rp.add_argument("--since", type=when, default=None)
    rp.add_argument("--until", type=when, default=None)
    rp.add_argument("--audit", type=int, default=None, help="stock-taking number (default: the latest finished)")
    rp.add_argument("--now", type=when, default=None, help=argparse.SUPPRESS)
    rp.set_defaults(handler=_report)


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    values: dict[str, Any] = {c: True for c, on in _capabilities(args.capabilities).items() if on}
    view = devices.add_device(
        ctx.ws, ctx.actor, args.tag, args.kind, device_code=args.code, serial_no=args.serial, model=args.model,
        manufacturer=args.manufacturer, location_kind=args.location_kind, location=args.location,
        purchase_date=args.purchased, clock_zone=args.clock_zone, container_time=args.container_time,
        notes=args.notes, **values)
    ctx.emit(view.to_json(), ctx.translate("cli", "Registered device {tag}.").format(tag=view.asset_tag))
    return 0


def _capabilities(text: str) -> dict[str, bool]:
    caps = {c.strip() for c in text.split(",") if c.strip()}
    unknown = caps - set(devices.CAPABILITIES)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: unknown capabilities {names}; known: {known}."),
            names=", ".join(sorted(unknown)), known=", ".join(devices.CAPABILITIES))
    return {c: c in caps for c in devices.CAPABILITIES}


def _edit(args: argparse.Namespace, ctx: CliContext) -> int:
    given = {"kind": args.kind, "device_code": args.code, "serial_no": args.serial, "model": args.model,
             "manufacturer": args.manufacturer, "location_kind": args.location_kind, "location": args.location,
             "purchase_date": args.purchased, "clock_zone": args.clock_zone, "container_time": args.container_time,
             "notes": args.notes}
    values: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
    if args.capabilities is not None:
        values.update(_capabilities(args.capabilities))
    if not values:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: name at least one field to change, e.g. --location or --container-time."))
    before = devices.lookup_device(ctx.ws, ctx.actor, args.tag)
    view = devices.update_device(ctx.ws, ctx.actor, before.id, **values)
    changed = [k for k in devices.EDITABLE if getattr(before, k) != getattr(view, k)]
    text = ctx.translate("cli", "Device {tag} changed: {fields}.").format(tag=view.asset_tag, fields=", ".join(
        f"{k} {getattr(before, k)!s} → {getattr(view, k)!s}" for k in changed)) if changed else ctx.translate(
        "cli", "Device {tag}: nothing to change.").format(tag=view.asset_tag)
    ctx.emit({"device": view.to_json(), "changed": changed}, text)
    return 0


def _settings(args: argparse.Namespace, ctx: CliContext) -> int:
    end = (settings.set_day_end(ctx.ws, ctx.actor, args.day_end) if args.day_end is not None
           else settings.day_end(ctx.ws))
    ctx.emit({"day_end": end.strftime("%H:%M")}, ctx.translate(
        "cli", "End of the working day (default expected return): {at}").format(at=end.strftime("%H:%M")))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.overdue:
        rows = loans.overdue_loans(ctx.ws, ctx.actor, now=args.now)
        text = "\n".join(f"{x.asset_tag:<14} {x.officer_name:<8} {x.officer_cert:<12} "
                         f"{ctx.translate('cli', 'due')} {shown(x.due_at)}" for x in rows)
        ctx.emit([asdict(x) for x in rows], text or ctx.translate("cli", "No overdue devices."))
        return 0
    if args.maintenance_due:
        due = maintenance.maintenance_due(ctx.ws, ctx.actor, now=args.now)
        text = "\n".join(f"{x.asset_tag:<14} {ctx.translate('devices', devices.MAINTENANCE_LABELS[x.kind]):<8} "
                         f"{shown(x.next_due_at)}{'  ' + ctx.translate('cli', 'overdue') if x.overdue else ''}"
                         for x in due)
        ctx.emit([asdict(x) for x in due], text or ctx.translate("cli", "No maintenance due."))
        return 0
    views = devices.list_devices(ctx.ws, ctx.actor, DeviceFilter(search=args.search, status=args.status))
    text = "\n".join(f"{v.asset_tag:<14} {ctx.translate('devices', devices.KIND_LABELS[v.kind]):<10} {v.model:<12} "
                     f"{ctx.translate('devices', devices.STATUS_LABELS[v.status]):<6} {v.holder_name} {v.location}"
                     for v in views)
    ctx.emit([v.to_json() for v in views], text or ctx.translate("cli", "No devices."))
    return 0


def _checkout(args: argparse.Namespace, ctx: CliContext) -> int:
    due = args.due or settings.default_due_for(ctx.ws)
    loan = loans.checkout(ctx.ws, ctx.actor, args.tag, args.officer, due, condition=args.condition, notes=args.notes)
    ctx.emit(asdict(loan), ctx.translate("cli", "{tag} checked out to {officer} ({cert}), due {due}.").format(
        tag=loan.asset_tag, officer=loan.officer_name, cert=loan.officer_cert, due=shown(loan.due_at)))
    return 0


def _checkin(args: argparse.Namespace, ctx: CliContext) -> int:
    loan = loans.checkin(ctx.ws, ctx.actor, args.tag, condition=args.condition, docked=args.docked, notes=args.notes)
    ctx.emit(asdict(loan), ctx.translate("cli", "{tag} returned by {officer}.").format(
        tag=loan.asset_tag, officer=loan.officer_name))
    return 0


def _maintain(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.finish:
        done = maintenance.finish_maintenance(ctx.ws, ctx.actor, args.tag, args.result)
        ctx.emit([asdict(r) for r in done], ctx.translate("cli", "Maintenance finished; {tag} is available.").format(
            tag=args.tag))
        return 0
    if not args.kind:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name the kind of maintenance with --kind"))
    record = maintenance.record_maintenance(ctx.ws, ctx.actor, args.tag, args.kind, args.note,
                                            technician=args.technician, result=args.result, keep_open=args.open)
    ctx.emit(asdict(record), ctx.translate("cli", "Maintenance recorded for {tag}.").format(tag=record.asset_tag))
    return 0


def _plan(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.kind is None and args.every is None:
        plans = maintenance.list_plans(ctx.ws, ctx.actor)
        text = "\n".join(f"#{p.id} {p.asset_tag or p.model} {p.kind} {p.interval_days}d "
                         f"{'' if p.active else '(inactive)'}" for p in plans)
        ctx.emit([asdict(p) for p in plans], text or ctx.translate("cli", "No maintenance plans."))
        return 0
    if args.kind is None or args.every is None:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a plan needs --kind and --every"))
    plan = maintenance.add_plan(ctx.ws, ctx.actor, args.kind, args.every, device_key=args.device, model=args.model,
                                remind_days=args.remind, note=args.note)
    ctx.emit(asdict(plan), ctx.translate("cli", "Maintenance plan #{id} added.").format(id=plan.id))
    return 0


def _read_tags(args: argparse.Namespace) -> list[str]:
    """Tags on the command line, plus those in --file, or on stdin when neither is given (or --file -)."""
    if args.file is not None and str(args.file) != "-":
        return args.tags + args.file.read_text(encoding="utf-8-sig").split()
    if args.file is not None or not args.tags:
        return args.tags + sys.stdin.read().split()
    return list(args.tags)


def _audit_text(ctx: CliContext, report: stock_taking.AuditReport) -> str:
    lines = [ctx.translate("cli", "Found {n}, missing {m}, on loan {l}.").format(
        n=len(report.found), m=len(report.missing), l=len(report.on_loan))]
    if report.missing:
        lines.append(ctx.translate("cli", "Missing: {tags}").format(tags=", ".join(report.missing)))
    if report.discrepancies:
        lines.append(ctx.translate("cli", "Found but registered as out, lost or retired: {tags}").format(
            tags=", ".join(report.discrepancies)))
    if report.unknown:
        lines.append(ctx.translate("cli", "Unknown tags: {tags}").format(tags=", ".join(report.unknown)))
    lines.append(ctx.translate("cli", "Next stock-taking: {at}").format(at=shown(report.audit.next_audit_at)))
    return "\n".join(lines)


def _audit(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.step == "start":
        view = stock_taking.start_audit(ctx.ws, ctx.actor, args.note)
        ctx.emit(asdict(view), ctx.translate("cli", "Stock-taking #{id} started.").format(id=view.id))
    elif args.step == "scan":
        results = [stock_taking.scan(ctx.ws, ctx.actor, tag) for tag in _read_tags(args)]
        ctx.emit([asdict(r) for r in results], "\n".join(
            f"{r.asset_tag} {'!' if r.discrepancy else '✓'}" for r in results))
    elif args.step in ("finish", "run"):
        report = (stock_taking.finish_audit(ctx.ws, ctx.actor, next_audit_at=args.next) if args.step == "finish"
                  else stock_taking.run_audit(ctx.ws, ctx.actor, _read_tags(args), args.note,
                                               next_audit_at=args.next))
        ctx.emit(asdict(report), _audit_text(ctx, report))
        return 8 if report.missing else 0
    else:
        views = stock_taking.audits(ctx.ws, ctx.actor)
        ctx.emit([asdict(v) for v in views], "\n".join(
            f"#{v.id} {shown(v.started_at)} → {shown(v.finished_at)} {v.scanned} {v.note}" for v in views))
    return 0


def _history(args: argparse.Namespace, ctx: CliContext) -> int:
    h = devices.history(ctx.ws, ctx.actor, args.tag, limit=args.limit)
    lines = [f"{h.device.asset_tag} {ctx.translate('devices', devices.KIND_LABELS[h.device.kind])} {h.device.model} "
             f"{ctx.translate('devices', devices.STATUS_LABELS[h.device.status])} {h.device.holder_name}"]
    for e in h.entries:
        who = f"{e.officer_name} {e.officer_cert}".strip()
        lines.append(f"{shown(e.at)}  {ctx.translate('devices', devices.EVENT_LABELS[e.event]):<6} {who:<20} {e.kind} "
                     f"{e.condition} {e.notes} [{e.by}]")
    ctx.emit({"device": h.device.to_json(), "entries": [asdict(e) for e in h.entries]}, "\n".join(lines))
    return 0


def _status(args: argparse.Namespace, ctx: CliContext) -> int:
    view = devices.set_status(ctx.ws, ctx.actor, args.tag, args.status, args.reason)
    ctx.emit(view.to_json(), ctx.translate("cli", "{tag} is now {status}.").format(
        tag=view.asset_tag, status=ctx.translate("devices", devices.STATUS_LABELS[view.status])))
    return 0


def _report(args: argparse.Namespace, ctx: CliContext) -> int:
    result = reports.write_report(ctx.ws, ctx.actor, args.kind, args.output, since=args.since,
                                  until=args.until, tr=ctx.translate, audit_id=args.audit, now=args.now)
    ctx.emit({"file": str(result.path), "kind": result.kind, "rows": result.rows},
             ctx.translate("cli", "Wrote {file} ({rows} rows).").format(file=result.path, rows=result.rows))
    return 0
