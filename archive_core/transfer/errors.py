"""Errors of transfer and receipt, each saying what to do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from archive_core.spine.errors import QT_TRANSLATE_NOOP, IntegrityError, StorageError, ValidationError


class NothingToTransferError(ValidationError):
    code = "nothing_to_transfer"
    message = QT_TRANSLATE_NOOP("errors", "No filed volume of {year} matches: nothing to transfer.")
    hint = QT_TRANSLATE_NOOP("errors", "File the cases first, or name volumes of that year with --volume.")


class TransferTargetError(StorageError):
    code = "transfer_target"
    message = QT_TRANSLATE_NOOP("errors", "The package cannot be written to {path}: {reason}.")
    hint = QT_TRANSLATE_NOOP("errors", "Name a folder that does not exist yet, on a disk with room; nothing was "
                                       "written.")


class TransferChecksFailedError(ValidationError):
    code = "transfer_checks_failed"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "Volume {code} is not transferred: the four-properties checks found "
                                          "problems: {problems}")
    hint = QT_TRANSLATE_NOOP("errors", "Put the volume's content right (see its check report) and transfer again; "
                                       "nothing was written.")


class NotAPackageError(ValidationError):
    code = "not_a_package"
    message = QT_TRANSLATE_NOOP("errors", "{path} is not an archival package: {reason}.")
    hint = QT_TRANSLATE_NOOP("errors", "Name the package folder (the one holding bagit.txt); nothing was received.")


class PackageRefusedError(IntegrityError):
    """A package that failed a receipt check: the first problem in the message, every problem in ``problems``."""

    code = "package_refused"
    message = QT_TRANSLATE_NOOP("errors", "The package was refused: {problem} (check {check}; {count} "
                                          "problems in all).")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was received. Ask the sender for a sound package.")

    def __init__(self, problems: Sequence[Any], findings: Any = None) -> None:
        self.problems = list(problems)  # checks.Problem: check, file, message template, params
        self.findings = findings  # checks.Findings: every check's outcome, for a report of the refusal
        super().__init__(file=self.problems[0].file, check=self.problems[0].check, count=len(self.problems))

    def render(self, translate: Any = None) -> str:
        tr = translate or (lambda text: text)
        # a problem of the 四性 engine has its own context: the translator's, when ``translate`` is Translator.error
        translator = getattr(translate, "__self__", None)
        first = self.problems[0]
        problem = first.text(translator.translate if translator is not None else None)
        return tr(self.message).format(**self.params, problem=problem) + " " + tr(self.hint)


class UnknownKeyError(ValidationError):
    code = "sender_key_invalid"
    message = QT_TRANSLATE_NOOP("errors", "The key file {name} holds no public signing key.")
    hint = QT_TRANSLATE_NOOP("errors", "Use the sender-key.json from the sending workstation "
                                       "(archive-ws transfer key).")
