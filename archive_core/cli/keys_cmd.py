"""CLI: replace the workstation's signing key (security administrator, Art. 7)."""

from __future__ import annotations

import argparse

from archive_core.cli import CliContext
from archive_core.spine import key_rotation
from archive_core.spine.audit.rotations import Rotation


def register(sub: argparse._SubParsersAction) -> None:
    key = sub.add_parser("key", help="the workstation's signing key (security administrator)")
    ksub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    rotate = ksub.add_parser("rotate", help="replace the signing key with a new one; the old key signs the hand-over "
                                            "unless it is lost, and its checkpoints keep verifying")
    rotate.add_argument("--reason", required=True, help="why: lost, compromised, routine replacement, …")
    rotate.add_argument("--lost", action="store_true",
                        help="the old key is lost or compromised: it signs nothing more, not even the hand-over")
    rotate.set_defaults(handler=_rotate)


def rotation_json(r: Rotation) -> dict[str, object]:
    return {"seq": r.seq, "at": r.at, "workstation": r.workstation, "reason": r.reason, "lost": r.lost,
            "old_key": r.old_key_id, "new_key": r.new_key_id, "signed_by_old_key": r.signed_by_old,
            "problems": r.problems()}


def _rotate(args: argparse.Namespace, ctx: CliContext) -> int:
    r = key_rotation.rotate(ctx.ws, ctx.actor, args.reason, lost=args.lost)
    if r.signed_by_old:
        text = ctx.translate("cli", "Signing key replaced: {old} → {new} (event #{seq}); the old key signed the "
                                    "hand-over.")
    else:
        text = ctx.translate("cli", "Signing key replaced: {old} → {new} (event #{seq}); the old key did NOT sign "
                                    "the hand-over (lost or compromised).")
    ctx.emit(rotation_json(r), text.format(old=r.old_key_id, new=r.new_key_id, seq=r.seq))
    return 0
