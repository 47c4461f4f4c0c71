"""CLI: back up to a second place, check backups, list the backup register, and restore into a new home."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.custody import backup, backup_register, restore, verify
from archive_core.custody import settings as custody_settings
from archive_core.custody.errors import PassphraseMissingError
from archive_core.custody.keys import MIN_PASSPHRASE
from archive_core.spine import clock
from archive_core.spine.auth import Permission

PASSPHRASE_ENV = "ARCHIVE_WS_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help="back up the vault, catalogue and keys to another disk (备份)")
    bsub = b.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    run = bsub.add_parser("run", help="copy what is new to DIR and write a signed manifest")
    run.add_argument("--to", type=Path, required=True, metavar="DIR")
    run.add_argument("--with-private-key", action="store_true",
                     help=f"include the signing key, encrypted with the passphrase in {PASSPHRASE_ENV} "
                          "(security administrator)")
    run.set_defaults(handler=_run)
    check = bsub.add_parser("verify", help="re-hash a backup against its signed manifest")
    check.add_argument("folder", type=Path, metavar="DIR")
    check.add_argument("--run", help="the run to check (default: the newest)")
    check.set_defaults(handler=_verify)
    listing = bsub.add_parser("list", help="the backup register, newest first")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=_list)
    conf = bsub.add_parser("settings", help="show or change when the dashboard warns of an old backup")
    conf.add_argument("--max-age-days", metavar="N",
                      help=f"warn after N days without a good backup, alarm after twice N (default "
                           f"{custody_settings.DEFAULT_MAX_AGE_DAYS}; system administrator)")
    conf.set_defaults(handler=_settings)

    r = sub.add_parser("restore", help="build a new home from a backup (never over an existing one)")
    r.add_argument("--from", dest="source", type=Path, required=True, metavar="DIR")
    r.add_argument("--home", dest="new_home", type=Path, required=True, metavar="NEW",
                   help="a new or empty folder")
    r.add_argument("--db", dest="new_db", metavar="URL", help="an empty PostgreSQL database for the catalogue")
    r.add_argument("--run", help="the run to restore (default: the newest)")
    r.set_defaults(handler=_restore)


def _passphrase(ctx: CliContext, required: bool) -> str | None:
    text = os.environ.get(PASSPHRASE_ENV)
    if text is None and sys.stdin.isatty():
        import getpass

        text = getpass.getpass(ctx.translate("cli", "Passphrase for the signing key: ")) or None
    if text is None and required:
        raise PassphraseMissingError(n=MIN_PASSPHRASE)
    return text


def _run(args: argparse.Namespace, ctx: CliContext) -> int:
    passphrase = None
    if args.with_private_key:  # without the right, the service refuses (and audits it) before asking for a passphrase
        passphrase = _passphrase(ctx, required=True) if ctx.actor.can(Permission.BACKUP_KEY) else ""
    result = backup.run_backup(ctx.ws, ctx.actor, args.to, passphrase=passphrase)
    text = ctx.translate("cli", "Backup {run} written to {folder}: {n} objects ({new} new, {mb:.1f} MB copied), "
                                "audit trail up to event #{seq}.").format(
        run=result.run_id, folder=result.folder, n=result.objects, new=result.objects_copied,
        mb=result.bytes_copied / 1e6, seq=result.audit_seq)
    ctx.emit({"run": result.run_id, "folder": str(result.folder), "objects": result.objects,
              "objects_copied": result.objects_copied, "bytes": result.bytes, "bytes_copied": result.bytes_copied,
              "audit_seq": result.audit_seq, "audit_hash": result.audit_hash,
              "private_key": result.with_private_key}, text)
    return 0


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    result = verify.verify_backup(ctx.ws, ctx.actor, args.folder, args.run)
    lines = [ctx.translate("cli", "Backup {run}: checked {n} objects ({mb:.1f} MB).").format(
        run=result.run_id, n=result.objects, mb=result.bytes / 1e6)]
    lines += [f"  - {p}" for p in result.problems]
    lines.append(ctx.translate("cli", "Backup intact.") if result.ok else ctx.translate("cli", "Backup DAMAGED."))
    ctx.emit({"ok": result.ok, "run": result.run_id, "objects": result.objects, "bytes": result.bytes,
              "problems": result.problems}, "\n".join(lines))
    return 0 if result.ok else 7


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    runs = backup_register.list_runs(ctx.ws, ctx.actor, args.limit)
    text = "\n".join(
        f"{r.run_id}  {clock.fmt(r.started_at)}  {r.result:<11} {r.objects:>6} ({r.objects_copied} new)  "
        f"#{r.audit_seq or '-'}  {r.verify_result or '-'} {clock.fmt(r.verified_at)}  {r.target}" for r in runs)
    ctx.emit([r.__dict__ for r in runs], text or ctx.translate("cli", "No backups yet."))
    return 0


def _settings(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.max_age_days is None:
        days = custody_settings.read_max_age_days(ctx.ws, ctx.actor)
    else:
        days = custody_settings.set_backup_max_age(ctx.ws, ctx.actor, args.max_age_days)
    ctx.emit({"max_age_days": days}, ctx.translate(
        "cli", "The dashboard warns after {n} days without a good backup and alarms after {twice}.").format(
        n=days, twice=2 * days))
    return 0


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    report = restore.restore(args.source, args.new_home, args.new_db, run_id=args.run,
                             passphrase=_passphrase(ctx, required=False))
    lines = [ctx.translate("cli", "Restored backup {run} into {home}: {n} objects, audit trail up to event #{seq} "
                                  "({hash}).").format(run=report.run_id, home=report.home, n=report.objects,
                                                      seq=report.audit_seq, hash=report.audit_hash)]
    if report.db_url:
        lines.append(ctx.translate("cli", "Open it with --db {url}").format(url=report.db_url))
    if not report.key_restored:
        lines.append(ctx.translate("cli", "The signing key was not restored: the new home signs with a new key; "
                                          "the old key's checkpoints still verify."))
    ctx.emit({"run": report.run_id, "home": str(report.home), "db": report.db_url, "objects": report.objects,
              "bytes": report.bytes, "audit_seq": report.audit_seq, "audit_hash": report.audit_hash,
              "key_restored": report.key_restored, "signed_by": report.signed_by}, "\n".join(lines))
    return 0
