"""CLI: transfer (移交) a year's volumes as an archival package, receive (接收) one, trust a sender's key, and the
transfer and receipt registers."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from archive_core.cli import CliContext
from archive_core.spine import clock
from archive_core.transfer import export, receipt, trust
from archive_core.transfer.errors import PackageRefusedError


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("transfer", help="transfer volumes to an archive (移交) and receive packages (接收)")
    tsub = t.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)

    ex = tsub.add_parser("export", help="write the filed volumes of a year as a signed BagIt package")
    ex.add_argument("--year", type=int, required=True)
    ex.add_argument("--volume", action="append", default=[], metavar="CODE", help="only this volume (repeatable)")
    ex.add_argument("--to", dest="recipient", required=True, metavar="ARCHIVE", help="the receiving archive")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="DIR_OR_ISO",
                    help="a new folder, or FILE.iso for a disc image")
    ex.set_defaults(handler=_export)

    rc = tsub.add_parser("receive", help="check a package and read it in when every check passes")
    rc.add_argument("package", type=Path, metavar="PACKAGE", help="the package folder, or its disc image (.iso)")
    rc.add_argument("--check-only", action="store_true", help="run the receipt checks, read nothing in")
    rc.set_defaults(handler=_receive)

    key = tsub.add_parser("key", help="write this workstation's public key for the receiving archive")
    key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    key.set_defaults(handler=_key)

    tr = tsub.add_parser("trust", help="the sending archives whose keys are trusted")
    trsub = tr.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    add = trsub.add_parser("add", help="trust a sender's key file (security administrator)")
    add.add_argument("key_file", type=Path, metavar="FILE.json")
    add.add_argument("--name", required=True, help="the sending archive's name")
    add.set_defaults(handler=_trust_add)
    trsub.add_parser("list", help="the trusted senders").set_defaults(handler=_trust_list)

    tsub.add_parser("list", help="the transfer register (移交登记)").set_defaults(handler=_list)
    tsub.add_parser("receipts", help="the receipt register (接收登记)").set_defaults(handler=_receipts)


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    view = export.export_package(ctx.ws, ctx.actor, args.year, args.output, args.recipient, args.volume)
    ctx.emit(asdict(view), ctx.translate("cli", "Transferred {n} volumes of {year} to {recipient}: package {id} "
                                                "at {target} ({files} files, {mb:.1f} MB).").format(
        n=len(view.volumes), year=view.year, recipient=view.recipient, id=view.package_id, target=view.target,
        files=view.files, mb=view.bytes / 1e6))
    return 0


def _print_results(ctx: CliContext, results: list[dict[str, object]]) -> list[str]:
    labels = {"pass": ctx.translate("cli", "pass"), "fail": ctx.translate("cli", "FAIL"),
              "not_checked": ctx.translate("cli", "not checked"),
              "not_applicable": ctx.translate("cli", "not applicable")}
    lines = []
    for r in results:
        lines.append(f"{r['code']}\t{labels.get(str(r['outcome']), r['outcome'])}\t{r['title']}")
        lines += [f"  - {p['message']}" for p in r["problems"]]  # type: ignore[attr-defined]
    return lines


def _receive(args: argparse.Namespace, ctx: CliContext) -> int:
    tr = ctx.tr.translate
    if args.check_only:
        found = receipt.inspect(ctx.ws, ctx.actor, args.package)
        results = found.findings.results(tr)
        ctx.emit({"ok": found.ok, "results": results}, "\n".join(_print_results(ctx, results)))
        return 0 if found.ok else PackageRefusedError.exit_code
    try:
        view = receipt.receive_package(ctx.ws, ctx.actor, args.package)
    except PackageRefusedError as refused:
        if args.json:
            print(json.dumps({"error": refused.code, "message": refused.render(ctx.tr.error),
                              "problems": [p.as_dict(tr) for p in refused.problems]}, ensure_ascii=False),
                  file=sys.stderr)
        else:
            print(ctx.translate("cli", "Error") + ": " + refused.render(ctx.tr.error), file=sys.stderr)
            for p in refused.problems:
                print(f"  - [{p.check}] {p.text(tr)}", file=sys.stderr)
        return refused.exit_code
    if view.already_received:
        text = ctx.translate("cli", "Package {id} was received already on {date}: nothing changed.").format(
            id=view.package_id, date=clock.fmt(view.received_at))
    else:
        text = ctx.translate("cli", "Received package {id} from {sender}: {n} volumes, {items} items, {files} "
                                    "files; every receipt check passed.").format(
            id=view.package_id, sender=view.sender, n=view.volumes, items=view.items, files=view.files)
    ctx.emit(asdict(view), text)
    return 0


def _key(args: argparse.Namespace, ctx: CliContext) -> int:
    path = trust.write_key(ctx.ws, ctx.actor, args.output)
    doc = json.loads(path.read_text(encoding="utf-8"))
    ctx.emit(doc, ctx.translate("cli", "Wrote the public key to {file}; fingerprint {fingerprint}.").format(
        file=path, fingerprint=doc["fingerprint"]))
    return 0


def _trust_add(args: argparse.Namespace, ctx: CliContext) -> int:
    view = trust.add(ctx.ws, ctx.actor, args.name, args.key_file)
    ctx.emit(asdict(view), ctx.translate("cli", "Packages signed by {name} (fingerprint {fingerprint}) are trusted.")
             .format(name=view.name, fingerprint=view.fingerprint))
    return 0


def _trust_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = trust.senders(ctx.ws, ctx.actor)
    ctx.emit([asdict(r) for r in rows], "\n".join(f"{r.name}\t{r.fingerprint}\t{clock.fmt(r.added_at)}"
                                                   for r in rows))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = export.transfers(ctx.ws, ctx.actor)
    ctx.emit([asdict(r) for r in rows], "\n".join(
        f"{clock.fmt(r.created_at)}\t{r.year}\t{'、'.join(r.volumes)}\t{r.recipient}\t{r.created_by}\t{r.target}"
        for r in rows))
    return 0


def _receipts(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = receipt.receipts(ctx.ws, ctx.actor)
    ctx.emit([asdict(r) for r in rows], "\n".join(
        f"{clock.fmt(r.received_at)}\t{r.sender}\t{r.year}\t{r.volumes}\t{r.items}\t{r.received_by}\t{r.package_id}"
        for r in rows))
    return 0
