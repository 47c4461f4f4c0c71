"""CLI: store files in the vault and check the fixity of every object (Art. 7, 27)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.cli.audit_cmd import catalogue_json, catalogue_lines
from archive_core.spine.errors import ArchiveError
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import StoredObject


def register(sub: argparse._SubParsersAction) -> None:
    vault = sub.add_parser("vault", help="the evidence vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    put = vsub.add_parser("put", help="store files; prints their SHA-256")
    put.add_argument("files", nargs="+", type=Path)
    put.set_defaults(handler=_put)

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
