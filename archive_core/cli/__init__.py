"""The archive-ws command line: global options, sign-in from the environment, subcommand dispatch."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from archive_core.cli import help_text
from archive_core.cli.commands import COMMAND_MODULES
from archive_core.spine import bug_log
from archive_core.spine.auth import Actor
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError, PasswordChangeRequiredError
from archive_core.spine.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator
from archive_core.spine.paths import AppPaths
from archive_core.spine.workstation import Workstation, open_workstation

PASSWORD_ENV = "ARCHIVE_WS_PASSWORD"
USER_ENV = "ARCHIVE_WS_USER"
CHANGE_PASSWORD_HINT = QT_TRANSLATE_NOOP(
    "errors", "Run archive-ws --user {username} password with the reset password in ARCHIVE_WS_PASSWORD and your new "
              "one in ARCHIVE_WS_NEW_PASSWORD.")

Handler = Callable[[argparse.Namespace, "CliContext"], int]


@dataclass
class CliContext:
    args: argparse.Namespace
    tr: Translator
    _ws: Workstation | None = None
    _actor: Actor | None = None
    out: Any = field(default_factory=lambda: sys.stdout)

    @property
    def ws(self) -> Workstation:
        if self._ws is None:
            from archive_core.archiving.disc_recovery import recover_interrupted_builds

            self._ws = open_workstation(self.args.home, self.args.db)
            recover_interrupted_builds(self._ws)
        return self._ws

    @property
    def actor(self) -> Actor:
        """Sign in as --user (or ARCHIVE_WS_USER) with the password in ARCHIVE_WS_PASSWORD."""
        if self._actor is None:
            from archive_core.spine.users import login

            username, password = self.credentials()
            try:
                self._actor = login(self.ws, username, password)
            except PasswordChangeRequiredError as exc:
                raise PasswordChangeRequiredError(hint=CHANGE_PASSWORD_HINT, **exc.params) from None
        return self._actor

    def credentials(self) -> tuple[str, str]:
        """--user (or ARCHIVE_WS_USER) and the password in ARCHIVE_WS_PASSWORD, else asked at the terminal."""
        username = self.args.user or os.environ.get(USER_ENV)
        password = os.environ.get(PASSWORD_ENV)
        if not username:
            raise ArchiveError(self.translate("cli", "Name a user with --user (or ARCHIVE_WS_USER)."))
        if password is None:
            if not sys.stdin.isatty():
                raise ArchiveError(self.translate("cli", "Set the password in ARCHIVE_WS_PASSWORD."))
            import getpass

            password = getpass.getpass(self.translate("cli", "Password for {user}: ").format(user=username))
        return username, password

    def translate(self, context: str, text: str) -> str:
        return self.tr.translate(context, text)

    def emit(self, data: Any, text: str | None = None) -> None:
        """Print JSON with --json, else the human text (or the JSON when no text is given)."""
        if self.args.json or text is None:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str), file=self.out)
        else:
            print(text, file=self.out)

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, its help in ``language`` (default: the program's)."""
    parser = argparse.ArgumentParser(
        prog="archive-ws",
        description="执法全过程记录归档工作站 — enforcement-record archive workstation. "
                    "Without a subcommand the window opens.",
    )
    parser.add_argument("--home", help="data home (or ARCHIVE_WS_HOME; default: the user data folder)")
    parser.add_argument("--db", help="catalogue URL, e.g. postgresql://user@host/db (default: SQLite in the home)")
    parser.add_argument("--user", help="sign in as this user; the password comes from ARCHIVE_WS_PASSWORD")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="interface language (default zh_CN)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:  # handlers take (args, CliContext) and return an exit code
        import_module(name).register(sub)
    help_text.localise(parser, Translator(language or DEFAULT_LANGUAGE).translate)
    return parser


def language_of(argv: Sequence[str]) -> str:
    """--lang before the parser exists: the help it prints is already in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    return os.environ.get("ARCHIVE_WS_LANG") or DEFAULT_LANGUAGE


def run(argv: Sequence[str]) -> int:
    tr = Translator(language_of(argv))
    parser = build_parser(tr.language)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    home = _data_home(args.home)
    if home is not None:
        bug_log.setup(home)
    ctx = CliContext(args, tr)
    try:
        code = handler(args, ctx)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        error = bug_log.user_error(exc)
        message = error.render(tr.error)
        if args.json:
            print(json.dumps({"error": error.code, "message": message}, ensure_ascii=False), file=sys.stderr)
        else:
            print(tr.translate("cli", "Error") + ": " + message, file=sys.stderr)
        return error.exit_code
    finally:
        ctx.close()


def _data_home(home: str | None) -> Path | None:
    try:
        return AppPaths.resolve(home).home
    except (OSError, ArchiveError):
        return None  # the command says why when it opens the workstation


def _quiet_stdout() -> None:
    """Python's advice for a reader that went away (``| head``): point stdout at devnull so the flush at exit cannot
    fail again, and end without a traceback."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
