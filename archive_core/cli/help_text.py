"""The command line's --help in the chosen language: every help string, heading and usage line through the
translator (context ``cli_help``)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from archive_core.spine.errors import QT_TRANSLATE_NOOP

CONTEXT = "cli_help"
# argparse's own words (it translates them with gettext, which knows no Chinese here).
USAGE = QT_TRANSLATE_NOOP("cli_help", "usage: ")
POSITIONALS = QT_TRANSLATE_NOOP("cli_help", "positional arguments")
OPTIONS = QT_TRANSLATE_NOOP("cli_help", "options")
HELP = QT_TRANSLATE_NOOP("cli_help", "show this help message and exit")
ERROR = QT_TRANSLATE_NOOP("cli_help", "{prog}: error: {message}")
ARGPARSE_TITLES = {"positional arguments": POSITIONALS, "options": OPTIONS}
# argparse's commonest refusals, matched on its English wording and said again in the translator's words.
ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<args>.+)"),
     QT_TRANSLATE_NOOP("cli_help", "these arguments are required: {args}")),
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
     QT_TRANSLATE_NOOP("cli_help", "argument {arg}: {value} is not a choice; choose from {choices}")),
    (re.compile(r"argument (?P<arg>\S+): invalid \S+ value: (?P<value>.+)"),
     QT_TRANSLATE_NOOP("cli_help", "argument {arg}: the value {value} is not valid")),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"),
     QT_TRANSLATE_NOOP("cli_help", "argument {arg} needs a value")),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"),
     QT_TRANSLATE_NOOP("cli_help", "unknown arguments: {args}")),
)


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every subcommand's parser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def help_strings(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help and description text the parser tree shows."""
    for p in parsers(parser):
        if p.description:
            yield p.description
        for action in p._actions:
            if action.help and action.help != argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                yield from (a.help for a in action._choices_actions if a.help)


def localise(parser: argparse.ArgumentParser, translate: Callable[[str, str], str]) -> None:
    """Put the parser tree's texts into the translator's language, in place."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, tr(USAGE) if prefix is None else prefix)

    def error(self: argparse.ArgumentParser, message: str) -> Any:
        for pattern, template in ARGPARSE_ERRORS:
            m = pattern.fullmatch(message)
            if m:
                message = tr(template).format(**m.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, tr(ERROR).format(prog=self.prog, message=message) + "\n")

    for p in parsers(parser):
        p.formatter_class = Formatter
        p.error = error.__get__(p)  # type: ignore[method-assign]
        if p.description:
            p.description = tr(p.description)
        for group in p._action_groups:
            if group.title in ARGPARSE_TITLES:
                group.title = tr(ARGPARSE_TITLES[group.title])
        for action in p._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = tr(HELP)
            elif action.help and action.help != argparse.SUPPRESS:
                action.help = tr(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = tr(choice.help)
