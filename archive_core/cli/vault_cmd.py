"""CLI: store files in the vault, check the fixity of every object or of the day's share, and repair objects from a
verified copy (Art. 7, 27)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.cli.audit_cmd import catalogue_json, catalogue_lines
from archive_core.custody import repair, storage
from archive_core.spine.errors import ArchiveError
from archive_core.spine.vault import fixity, schedule
from archive_core.spine.vault.store import StoredObject


def register(sub: argparse._SubParsersAction) -> None:
    vault = sub.add_parser("vault", help="the evidence vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    put = vsub.add_parser("put", help="store files; prints their SHA-256")
    put.add_argument("files", nargs="+", type=Path)
    put.set_defaults(handler=_put)
    fix = vsub.add_parser("repair", help="put back missing or altered objects from a backup or an evidence disc "
                                         "(system administrator); only copies matching the catalogue")
    where = fix.add_mutually_exclusive_group(required=True)
    where.add_argument("--from", dest="backup", type=Path, metavar="DIR", help="a backup folder")
    where.add_argument("--from-disc", dest="disc", metavar="IMAGE_OR_DRIVE",
                       help="an evidence disc image (.iso) or the drive holding the disc")
    fix.add_argument("objects", nargs="*", metavar="SHA256", help="only these objects (default: every damaged one)")
    fix.set_defaults(handler=_repair)
    run = vsub.add_parser("fixity-run", help="re-hash the objects checked least recently and run the storage "
                                             "four-properties checks of the volumes checked least recently, this "
                                             "run's share of the period; a failure raises the tamper alarm")
    run.add_argument("--budget-seconds", type=float, metavar="N", help="stop after about N seconds")
    run.add_argument("--period-days", type=int, default=schedule.PERIOD_DAYS, metavar="DAYS",
                     help=f"every object is checked within this many days (default {schedule.PERIOD_DAYS})")
    run.set_defaults(handler=_fixity_run)

    verify = sub.add_parser("verify", help="re-hash every vault object, list objects "
                            "without a catalogue entry, check the catalogue records against the trail; non-zero "
                            "exit names each bad one")
    verify.add_argument("--sm3", action="store_true", help="check the SM3 digests too (slower)")
    verify.set_defaults(handler=_verify)


def _put(args: argparse.Namespace, ctx: CliContext) -> int:
    results: list[dict[str, object]] = []

    def stored(path: Path, outcome: StoredObject | ArchiveError) -> None:
        if not ctx.args.json:  # as each file is done, so a long batch shows its progress
            if isinstance(outcome, ArchiveError):
                print(ctx.translate("cli", "Error") + ": " + outcome.render(ctx.tr.error), file=sys.stderr)
            else:
                print(f"{outcome.sha256}  {path}", file=ctx.out, flush=True)

    outcomes = fixity.store_files(ctx.ws, ctx.actor, args.files, on_stored=stored)
    for path, outcome in zip(args.files, outcomes, strict=True):
        if isinstance(outcome, ArchiveError):
            results.append({"file": str(path), "error": outcome.code, "message": outcome.render(ctx.tr.error)})
        else:
            results.append({"file": str(path), "sha256": outcome.sha256, "sm3": outcome.sm3, "size": outcome.size,
                            "duplicate": outcome.already_present})
    if ctx.args.json:
        ctx.emit(results)
    return max((o.exit_code for o in outcomes if isinstance(o, ArchiveError)), default=0)


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    report = fixity.verify_vault(ctx.ws, ctx.actor, with_sm3=args.sm3)
    lines = [ctx.translate("cli", "Checked {n} objects ({mb:.1f} MB).").format(n=report.checked, mb=report.bytes / 1e6)]
    lines += [ctx.translate("cli", "MISSING  {sha}").format(sha=s) for s in report.missing]
    lines += [ctx.translate("cli", "ALTERED  {sha}").format(sha=s) for s in report.mismatched]
    lines += [ctx.translate("cli", "not catalogued  {sha}").format(sha=s) for s in report.uncatalogued]
    if report.uncatalogued:
        lines.append(ctx.translate("cli", "Objects not catalogued were planted or left by an interrupted copy: "
                                          "a person must decide whether to keep them."))
    lines += catalogue_lines(ctx, report.catalogue)
    verdict = ctx.translate("cli", "Vault intact.") if report.ok else ctx.translate("cli", "Vault damaged (Art. 27).")
    lines.append(verdict)
    ctx.emit({"ok": report.ok, "checked": report.checked, "bytes": report.bytes, "missing": report.missing,
              "mismatched": report.mismatched, "uncatalogued": report.uncatalogued,
              "catalogue": catalogue_json(report.catalogue)}, "\n".join(lines))
    return 0 if report.ok else 7


def _repair(args: argparse.Namespace, ctx: CliContext) -> int:
    source = str(args.backup) if args.backup is not None else str(args.disc)
    opened = (repair.backup_copies(ctx.ws, ctx.actor, args.backup) if args.backup is not None
              else repair.disc_copies(ctx.ws, ctx.actor, args.disc))
    with opened as copies:
        report = repair.repair(ctx.ws, ctx.actor, copies, source, args.objects or None)
    was = {schedule.MISSING: ctx.translate("cli", "was missing"), schedule.ALTERED: ctx.translate("cli", "was altered")}
    lines = [ctx.translate("cli", "Checked {n} objects; {k} repaired from {source}.").format(
        n=report.checked, k=len(report.repaired), source=source)]
    for r in report.repaired:
        lines.append(f"  {r.sha256}  {was[r.was]}")
        if r.quarantined is not None:
            kept = ctx.translate("cli", "the damaged file was kept in {path}")
            lines.append("    " + kept.format(path=r.quarantined))
    ctx.emit({"source": source, "checked": report.checked,
              "repaired": [{"sha256": r.sha256, "was": r.was,
                            "quarantined": str(r.quarantined) if r.quarantined else None} for r in report.repaired]},
             "\n".join(lines))
    return 0


def _fixity_run(args: argparse.Namespace, ctx: CliContext) -> int:
    run = storage.scheduled_run(ctx.ws, ctx.actor, budget_seconds=args.budget_seconds, period_days=args.period_days)
    report, checks = run.fixity, run.checks
    lines = [ctx.translate("cli", "Checked {n} of {total} objects ({mb:.1f} MB); {due} were due.").format(
        n=report.checked, total=report.total, mb=report.bytes / 1e6, due=report.due)]
    labels = {schedule.MISSING: ctx.translate("cli", "MISSING  {sha}"),
              schedule.ALTERED: ctx.translate("cli", "ALTERED  {sha}")}
    lines += [labels[problem].format(sha=sha) for sha, problem in report.failed.items()]
    if report.left_due:
        lines.append(ctx.translate("cli", "{n} due objects were left for the next run (time budget spent).").format(
            n=report.left_due))
    if not report.ok:
        lines.append(ctx.translate("cli", "TAMPER ALARM: the alarm is in the audit trail. Tell the security "
                                          "auditor; the system administrator repairs the objects with "
                                          "\u201cvault repair\u201d."))
    lines.append(ctx.translate("cli", "Four-properties checks (storage): {n} of {total} volumes checked; {due} were "
                                      "due.").format(n=len(checks.reports), total=checks.total, due=checks.due))
    lines += [ctx.translate("cli", "FAILED  {code}: {n} check items, report {report}").format(
        code=r.archive_code, n=r.failed, report=r.id) for r in checks.failed]
    if checks.left_due:
        lines.append(ctx.translate("cli", "{n} due volumes were left for the next run (time budget spent).").format(
            n=checks.left_due))
    ctx.emit({"ok": run.ok, "checked": report.checked, "total": report.total, "due": report.due,
              "left_due": report.left_due, "bytes": report.bytes, "failed": report.failed,
              "volumes": {"checked": len(checks.reports), "total": checks.total, "due": checks.due,
                          "left_due": checks.left_due,
                          "failed": {r.archive_code: r.id for r in checks.failed}}}, "\n".join(lines))
    return 0 if run.ok else 7
