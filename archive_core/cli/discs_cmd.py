"""CLI: evidence discs (Art. 26) — plan, build and verify images, burn, and keep the disc register."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from archive_core.archiving import disc_register, discs
from archive_core.archiving.disc_register import HEALTH_LABELS, Health
from archive_core.cli import CliContext
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.progress import Progress
from disc_burning.burn import device_path
from disc_burning.plan import human_size
from models.archiving import CopyStatus, Disc, DiscCopy


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("disc", help="evidence discs (Art. 26): plan, build, verify, burn, list, recheck, locate")
    dsub = d.add_subparsers(dest="disc_command", metavar="ACTION", required=True)

    pl = dsub.add_parser("plan", help="how a case's evidence A/V falls onto discs (n of N)")
    pl.add_argument("--case", dest="cases", action="append", required=True, metavar="NO", help="case (repeatable)")
    pl.add_argument("--media", default="dvd", help="cd, dvd, dvd_dl, bd or bd_dl (default dvd)")
    pl.add_argument("--copies", type=int, default=2, help="copies of each disc (default 2: A sealed, B in use)")
    pl.set_defaults(handler=_plan)

    bu = dsub.add_parser("build", help="build and verify the images of a disc set, with labels and catalogues")
    bu.add_argument("--case", dest="cases", action="append", required=True, metavar="NO", help="case (repeatable)")
    bu.add_argument("--media", default="dvd")
    bu.add_argument("--copies", type=int, default=2)
    bu.add_argument("-o", "--output", type=Path, required=True, help="folder for the images (DIR)")
    bu.set_defaults(handler=_build)

    ve = dsub.add_parser("verify", help="check an image: its bag, and the registered digest")
    ve.add_argument("image", type=Path)
    ve.set_defaults(handler=_verify)

    br = dsub.add_parser("burn", help="burn a verified image to a drive and read it back")
    br.add_argument("image", type=Path)
    br.add_argument("--device", required=True, help="e.g. /dev/sr0, or stdio:/path/file")
    br.add_argument("--copy", default=None, help="copy letter (default: the first copy not yet burned)")
    br.set_defaults(handler=_burn)

    ls = dsub.add_parser("list", help="the disc register: every disc and copy, where it is kept, its re-checks")
    ls.add_argument("--case", default=None, metavar="NO")
    ls.add_argument("--attention", action="store_true", help="only discs with a failed, degrading or due copy")
    ls.set_defaults(handler=_list)

    rc = dsub.add_parser("recheck", help="read a copy back and compare it with its image digest")
    rc.add_argument("disc_id", type=int, metavar="ID")
    rc.add_argument("--copy", default="A")
    src = rc.add_mutually_exclusive_group(required=True)
    src.add_argument("--device", help="the drive holding the copy")
    src.add_argument("--image", help="an image file (stdio:/path as for a drive is accepted too)")
    rc.set_defaults(handler=_recheck)

    lo = dsub.add_parser("locate", help="record where a copy is kept")
    lo.add_argument("disc_id", type=int, metavar="ID")
    lo.add_argument("--copy", required=True)
    lo.add_argument("--location", required=True, help="e.g. 档案室 3 号柜 A 层")
    lo.add_argument("--recheck-months", type=int, default=None, help="read-back interval in months")
    lo.set_defaults(handler=_locate)

    dr = dsub.add_parser("drives", help="optical drives of this machine")
    dr.set_defaults(handler=_drives)


def _progress(ctx: CliContext) -> Progress | None:
    if ctx.args.json or not sys.stderr.isatty():
        return None
    last = {"step": ""}

    def show(done: int, total: int, step: str) -> None:
        pct = 100 * done // total if total else 0
        end = "\n" if done >= total and total else ""
        if step != last["step"] or end or done % (16 * 1024 * 1024) < 1024 * 1024:
            print(f"\r{step} {pct:3d}%", end=end, file=sys.stderr, flush=True)
        last["step"] = step

    return Progress(show)


def _plan(args: argparse.Namespace, ctx: CliContext) -> int:
    plan = discs.plan_for_cases(ctx.ws, ctx.actor, args.cases, args.media, discs.copies_for(args.copies))
    lines = [ctx.translate("cli", "Archive code {code}; medium {medium}; {n} discs; copies {copies}.").format(
        code=plan.archive_code, medium=plan.medium_label, n=len(plan.discs), copies="、".join(plan.copies))]
    for disc in plan.discs:
        lines.append(ctx.translate("cli", "Disc {n} of {count} ({label}): {items} files, {size}").format(
            n=disc.number, count=disc.count, label=disc.volume_label, items=len(disc.items),
            size=human_size(disc.payload_bytes)))
        lines += [f"  {i.case_number}  {i.original_name}  {human_size(i.size)}  {i.matter}"
                  for i in (view.item for view in disc.items)]
    lines += [ctx.translate("cli", "Problem") + ": " + p.render(ctx.tr.error) for p in plan.problems]
    ctx.emit(asdict(plan) | {"ok": plan.ok}, "\n".join(lines))
    return 0 if plan.ok else 2


def _set_json(view: discs.DiscSetView) -> dict[str, Any]:
    return asdict(view) | {"ok": view.ok}


def _build(args: argparse.Namespace, ctx: CliContext) -> int:
    plan = discs.plan_for_cases(ctx.ws, ctx.actor, args.cases, args.media, discs.copies_for(args.copies))
    view = discs.build_set(ctx.ws, ctx.actor, plan, args.output, progress=_progress(ctx))
    lines = [ctx.translate("cli", "Disc set {id} ({code}): {n} discs in {folder}.").format(
        id=view.id, code=view.archive_code, n=len(view.discs), folder=view.out_dir)]
    for d in view.discs:
        state = (ctx.translate("cli", "verified, {files} files").format(files=d.files_checked) if not d.problems
                 else ctx.translate("cli", "DAMAGED: {problems}").format(problems="; ".join(d.problems)))
        lines.append(ctx.translate("cli", "  disc {number} of {count}: {image} ({size:.1f} MB, {state})").format(
            number=d.number, count=d.count, image=d.image, size=d.image_size / 1e6, state=state))
    ctx.emit(_set_json(view), "\n".join(lines))
    return 0 if view.ok else 7


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    result = discs.verify_image_file(ctx.ws, ctx.actor, args.image, _progress(ctx))
    if result.ok and result.registered:
        text = ctx.translate("cli", "The image {image} is intact: {files} files checked.").format(
            image=result.image, files=result.files_checked)
    elif result.ok:
        text = ctx.translate("cli", "The image {image} reads back whole ({files} files checked), but it is not in "
                                    "the disc register: it is no registered evidence disc, so do not burn or "
                                    "archive it. Verify the registered image, or build the set again.").format(
            image=result.image, files=result.files_checked)
    elif result.registered:
        text = "\n".join([ctx.translate("cli", "The image {image} is damaged; the disc is marked failed:").format(
            image=result.image), *(f"  {p}" for p in result.problems)])
    else:
        text = "\n".join([ctx.translate("cli", "The image {image} is damaged, and it is not in the disc "
                                               "register:").format(image=result.image),
                          *(f"  {p}" for p in result.problems)])
    ctx.emit(asdict(result) | {"registered": result.registered}, text)
    if not result.ok:
        return 7
    return 0 if result.registered else 3


def _disc_of_image(ctx: CliContext, image: Path) -> tuple[int, str]:
    path = str(image.expanduser().resolve())
    with ctx.ws.unit(ctx.actor, write=False) as uow:
        disc = uow.session.execute(select(Disc).where(Disc.image_path == path).order_by(Disc.id.desc())
                                   .limit(1)).scalar_one_or_none()
        if disc is None:
            raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "registered disc image"), key=path)
        pending = uow.session.execute(select(DiscCopy.copy).where(
            DiscCopy.disc_id == disc.id, DiscCopy.status != CopyStatus.BURNED.value).order_by(DiscCopy.copy)
        ).scalars().first()
        return disc.id, pending or ""


def _burn(args: argparse.Namespace, ctx: CliContext) -> int:
    disc_id, pending = _disc_of_image(ctx, args.image)
    copy = args.copy or pending
    if not copy:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "every copy of this disc is already burned"))
    view = disc_register.burn_copy(ctx.ws, ctx.actor, disc_id, copy, args.device, progress=_progress(ctx))
    ctx.emit(asdict(view) | {"disc_id": disc_id}, ctx.translate(
        "cli", "Burned copy {copy} of disc {disc} to {drive} and read it back: identical. Next re-check {due}.").format(
        copy=view.copy, disc=disc_id, drive=args.device, due=view.next_check_due))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = disc_register.list_discs(ctx.ws, ctx.actor, case_no=args.case, attention=args.attention)
    lines = [ctx.translate("cli", "{n} discs").format(n=len(rows))]
    for r in rows:
        health = ctx.translate("archiving", HEALTH_LABELS[Health(r.health)])
        lines.append(f"#{r.id}\t{r.archive_code}\t{r.number}/{r.count}\t{r.volume_label}\t{health}\t"
                     + "  ".join(f"{c.copy}:{ctx.translate('archiving', HEALTH_LABELS[Health(c.health)])}"
                                 + (f"@{c.location}" if c.location else "") for c in r.copies))
    ctx.emit([asdict(r) for r in rows], "\n".join(lines))
    return 0


def _recheck(args: argparse.Namespace, ctx: CliContext) -> int:
    source = args.device or str(device_path(args.image).expanduser().resolve())
    view = disc_register.recheck_copy(ctx.ws, ctx.actor, args.disc_id, args.copy, source)
    check = view.last_check
    ok = check is not None and check.ok
    text = (ctx.translate("cli", "Copy {copy} of disc {disc} reads back correctly. Next re-check {due}.") if ok
            else ctx.translate("cli", "Copy {copy} of disc {disc} does NOT read back correctly: {problem}")).format(
        copy=view.copy, disc=args.disc_id, due=view.next_check_due, problem=check.problem if check else "")
    ctx.emit(asdict(view), text)
    return 0 if ok else 7


def _locate(args: argparse.Namespace, ctx: CliContext) -> int:
    view = disc_register.locate_copy(ctx.ws, ctx.actor, args.disc_id, args.copy, args.location, args.recheck_months)
    ctx.emit(asdict(view), ctx.translate("cli", "Copy {copy} of disc {disc} is kept at {location}.").format(
        copy=view.copy, disc=args.disc_id, location=view.location))
    return 0


def _drives(args: argparse.Namespace, ctx: CliContext) -> int:
    found = disc_register.drives()
    text = "\n".join(str(d) for d in found) or ctx.translate("cli", "No optical drive was found.")
    ctx.emit([asdict(d) for d in found], text)
    return 0
