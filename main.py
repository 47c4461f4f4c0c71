"""Composition root: arguments → data home → catalogue and services → the window or the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from archive_core.cli import build_parser, language_of

    parser = build_parser(language_of(argv))
    args, _rest = parser.parse_known_args(argv)
    if args.command is None and not {"-h", "--help"} & set(argv):
        from ui.shell.app import run_gui

        return run_gui(args)
    from archive_core.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
