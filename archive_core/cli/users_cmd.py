"""CLI: first administrator and user management (Art. 25)."""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict

from archive_core.cli import CliContext
from archive_core.spine import users
from archive_core.spine.errors import ArchiveError

PASSWORD_ENV = "ARCHIVE_WS_PASSWORD"
NEW_PASSWORD_ENV = "ARCHIVE_WS_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="create the first (security) administrator; password from ARCHIVE_WS_PASSWORD")
    init.add_argument("--admin", required=True)
    init.add_argument("--display-name", default="")
    init.set_defaults(handler=_init)

    own = sub.add_parser("password", help="change your own password (required after a reset): the current one in "
                                          "ARCHIVE_WS_PASSWORD, the new one in ARCHIVE_WS_NEW_PASSWORD")
    own.set_defaults(handler=_own_password)

    user = sub.add_parser("user", help="manage users (security administrator)")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    usub.add_parser("list", help="list users").set_defaults(handler=_list)
    add = usub.add_parser("add", help="add a user; the new password comes from ARCHIVE_WS_NEW_PASSWORD")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--roles", required=True, help="comma-separated: archivist,equipment_clerk,supervisor,…")
    add.set_defaults(handler=_add)
    roles = usub.add_parser("roles", help="set a user's roles")
    roles.add_argument("username")
    roles.add_argument("--roles", required=True)
    roles.set_defaults(handler=_roles)
    pw = usub.add_parser("passwd", help="reset a user's password to ARCHIVE_WS_NEW_PASSWORD; its owner must change it "
                                        "at the next sign-in")
    pw.add_argument("username")
    pw.set_defaults(handler=_passwd)
    for name, handler in (("unlock", _unlock), ("disable", _disable), ("enable", _enable)):
        p = usub.add_parser(name, help=f"{name} a user")
        p.add_argument("username")
        p.set_defaults(handler=handler)


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password:
        raise ArchiveError("Set the new password in ARCHIVE_WS_NEW_PASSWORD.")
    return password


def _init(args: argparse.Namespace, ctx: CliContext) -> int:
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise ArchiveError("Set the password in ARCHIVE_WS_PASSWORD.")
    view = users.create_first_admin(ctx.ws, args.admin, args.display_name, password)
    ctx.emit(asdict(view), ctx.translate("cli", "Created the first administrator {user}.").format(user=view.username))
    return 0


def _own_password(args: argparse.Namespace, ctx: CliContext) -> int:
    username, current = ctx.credentials()
    actor = users.change_password(ctx.ws, username, current, _new_password())
    ctx.emit({"username": actor.username, "password_changed": True},
             ctx.translate("cli", "Password changed for {user}.").format(user=actor.username))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    views = users.list_users(ctx.ws, ctx.actor)
    text = "\n".join(
        f"{v.username:<16} {v.display_name:<12} {','.join(v.roles):<30} "
        f"{'active' if v.active else 'disabled'}{' locked' if v.locked_until else ''}"
        f"{' must-change-password' if v.must_change_password else ''}"
        for v in views
    )
    ctx.emit([asdict(v) for v in views], text)
    return 0


def _roles_arg(text: str) -> set[str]:
    return {r.strip() for r in text.split(",") if r.strip()}


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    view = users.create_user(ctx.ws, ctx.actor, args.username, args.name, _new_password(), _roles_arg(args.roles))
    ctx.emit(asdict(view), ctx.translate("cli", "Created user {user}.").format(user=view.username))
    return 0


def _roles(args: argparse.Namespace, ctx: CliContext) -> int:
    view = users.set_roles(ctx.ws, ctx.actor, args.username, _roles_arg(args.roles))
    ctx.emit(asdict(view), ", ".join(view.roles))
    return 0


def _passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    users.reset_password(ctx.ws, ctx.actor, args.username, _new_password())
    ctx.emit({"username": args.username, "password_reset": True}, ctx.translate("cli", "Done."))
    return 0


def _unlock(args: argparse.Namespace, ctx: CliContext) -> int:
    users.unlock(ctx.ws, ctx.actor, args.username)
    ctx.emit({"username": args.username, "unlocked": True}, ctx.translate("cli", "Done."))
    return 0


def _disable(args: argparse.Namespace, ctx: CliContext) -> int:
    users.set_active(ctx.ws, ctx.actor, args.username, False)
    ctx.emit({"username": args.username, "active": False}, ctx.translate("cli", "Done."))
    return 0


def _enable(args: argparse.Namespace, ctx: CliContext) -> int:
    users.set_active(ctx.ws, ctx.actor, args.username, True)
    ctx.emit({"username": args.username, "active": True}, ctx.translate("cli", "Done."))
    return 0
