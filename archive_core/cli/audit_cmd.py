"""CLI: browse, verify, checkpoint and export the audit trail (Art. 5, 27, 31)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.cli.keys_cmd import rotation_json
from archive_core.spine import clock
from archive_core.spine.audit import records, service
from archive_core.spine.audit.rotations import Rotation, instant


def register(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("audit", help="the tamper-evident audit trail")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", help="recompute the hash chain, check every signed checkpoint and the signed head, "
                                       "and check the catalogue records against the trail")
    v.add_argument("--checkpoints", type=Path, action="append", default=[],
                   help="an exported file whose checkpoints must still hold (repeatable)")
    v.set_defaults(handler=_verify)
    e = asub.add_parser("export", help="write events and signed checkpoints to a file")
    e.add_argument("-o", "--output", type=Path, required=True)
    e.set_defaults(handler=_export)
    asub.add_parser("checkpoint", help="sign a checkpoint at the current head").set_defaults(handler=_checkpoint)
    ls = asub.add_parser("list", help="list events, newest first")
    ls.add_argument("--actor", default="")
    ls.add_argument("--action", default="", help="action prefix, e.g. vault.")
    ls.add_argument("--object", default="")
    ls.add_argument("--since", type=datetime.fromisoformat)
    ls.add_argument("--until", type=datetime.fromisoformat)
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(handler=_list)


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    result = service.verify(ctx.ws, ctx.actor, args.checkpoints)
    lines = [ctx.translate("cli", "{n} events, {c} signed checkpoints.").format(n=result.events, c=result.checkpoints)]
    if result.ok:
        lines.append(ctx.translate("cli", "Audit trail intact."))
    else:
        lines.append(ctx.translate("cli", "Audit trail TAMPERED (Art. 27); first bad event: #{seq}").format(
            seq=result.first_bad_seq))
        lines += [f"  - {p}" for p in result.problems]
    lines += rotation_lines(ctx, result.rotations)
    lines += catalogue_lines(ctx, result.catalogue)
    ctx.emit({"ok": result.ok, "events": result.events, "checkpoints": result.checkpoints,
              "first_bad_seq": result.first_bad_seq, "problems": result.problems,
              "key_rotations": [rotation_json(r) for r in result.rotations],
              "catalogue": catalogue_json(result.catalogue)}, "\n".join(lines))
    return 0 if result.ok else 7


def rotation_lines(ctx: CliContext, rotations: Sequence[Rotation]) -> list[str]:
    """Each signing-key rotation in words: when, why, old key → new key, and whether the old key signed it."""
    tr = ctx.translate
    lines = []
    for r in rotations:
        if r.signed_by_old:
            signed = tr("cli", "signed by the old key")
        elif r.old_signature:
            signed = tr("cli", "the old key's signature does NOT verify")
        else:
            signed = tr("cli", "not signed by the old key (lost or compromised)")
        lines.append(tr("cli", "Key rotation (event #{seq}, {at}, workstation {workstation}): {old} → {new}, {signed}; "
                               "reason: {reason}. Checkpoints up to then verify with the old key, later ones with "
                               "the new key.").format(
            seq=r.seq, at=clock.fmt(instant(r.at), clock.SECOND), workstation=r.workstation, old=r.old_key_id,
            new=r.new_key_id, signed=signed, reason=r.reason))
    return lines


def catalogue_lines(ctx: CliContext, report: records.CatalogueReport) -> list[str]:
    """The catalogue check in words: rows changed outside the program by table, id and field; rows not covered."""
    tr = ctx.translate
    lines = [tr("cli", "{n} catalogue records checked against the trail.").format(n=report.checked)]
    for p in report.problems:
        if p.problem == "altered":
            line = tr("cli", "CHANGED OUTSIDE THE PROGRAM  {table} #{id} field {field} (last recorded by event "
                             "#{seq})")
        elif p.problem == "deleted":
            line = tr("cli", "DELETED OUTSIDE THE PROGRAM  {table} #{id} (last recorded by event #{seq})")
        else:
            line = tr("cli", "PRESENT ALTHOUGH DELETED  {table} #{id} (deletion recorded by event #{seq})")
        lines.append(line.format(table=p.table, id=p.record_id, field=p.field, seq=p.seq))
    for table, ids in report.not_covered.items():
        lines.append(tr("cli", "not covered yet (no recorded state; covered at their next change): {table} {n} "
                               "rows, e.g. #{ids}").format(table=table, n=len(ids), ids=", #".join(ids[:5])))
    return lines


def catalogue_json(report: records.CatalogueReport) -> dict[str, object]:
    return {"ok": report.ok, "checked": report.checked,
            "problems": [{"table": p.table, "id": p.record_id, "field": p.field, "problem": p.problem,
                          "seq": p.seq} for p in report.problems],
            "not_covered": report.not_covered}


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    events, checkpoints = service.export(ctx.ws, ctx.actor, args.output)
    ctx.emit({"file": str(args.output), "events": events, "checkpoints": checkpoints},
             ctx.translate("cli", "Wrote {n} events and {c} checkpoints to {file}.").format(
                 n=events, c=checkpoints, file=args.output))
    return 0


def _checkpoint(args: argparse.Namespace, ctx: CliContext) -> int:
    cp = service.make_checkpoint(ctx.ws, ctx.actor)
    data = {"seq": cp.seq, "head_hash": cp.head_hash} if cp else {}
    ctx.emit(data, f"#{cp.seq} {cp.head_hash}" if cp else "-")
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    flt = service.AuditFilter(args.actor, args.action, args.object, args.since, args.until)
    seqs = service.event_seqs(ctx.ws, ctx.actor, flt)[: args.limit]
    events = service.events_by_seq(ctx.ws, ctx.actor, seqs)
    text = "\n".join(f"#{e.seq:<6} {e.at:%Y-%m-%d %H:%M:%S} {e.actor:<12} {e.action:<24} {e.outcome:<8} "
                     f"{e.object_type}:{e.object_id}" for e in events)
    ctx.emit([e.__dict__ for e in events], text)
    return 0
