"""Disc errors for the window and the command line: a DiscError carried as an ArchiveError, translated as "errors".

disc_burning marks its templates in its own context; they are marked again here in the "errors" context, where
the window and the CLI look up error texts (a test keeps the two lists equal).
"""

from __future__ import annotations

from typing import Any

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError
from disc_burning.errors import DiscError

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "The disc operation failed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "The disc request is invalid: {reason}"),
    QT_TRANSLATE_NOOP("errors", "File {name} ({size}) is larger than the usable capacity of one {medium} disc "
                                "({capacity})."),
    QT_TRANSLATE_NOOP("errors", "Choose a larger medium (DVD DL, BD, BD DL)."),
    QT_TRANSLATE_NOOP("errors", "Disc {disc} image is {size}, more than the {medium} capacity {capacity}."),
    QT_TRANSLATE_NOOP("errors", "Plan again with fewer files per disc or a larger medium."),
    QT_TRANSLATE_NOOP("errors", "Building the image {target} was cancelled; no image was kept."),
    QT_TRANSLATE_NOOP("errors", "Verifying the image {target} was cancelled; it is not verified."),
    QT_TRANSLATE_NOOP("errors", "Building the image {target} failed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Check that the source files exist and the target folder has free space."),
    QT_TRANSLATE_NOOP("errors", "The image {path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("errors", "No optical drive was found."),
    QT_TRANSLATE_NOOP("errors", "Connect a disc burner and check that this user may access it."),
    QT_TRANSLATE_NOOP("errors", "Install xorriso (Debian: apt-get install xorriso)."),
    QT_TRANSLATE_NOOP("errors", "The drive {drive} cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Check the drive is connected, closed and not used by another program."),
    QT_TRANSLATE_NOOP("errors", "The drive {drive} holds no blank disc (status: {status})."),
    QT_TRANSLATE_NOOP("errors", "Insert a blank, write-once disc and try again."),
    QT_TRANSLATE_NOOP("errors", "The disc in {drive} has {free} free, the image needs {needed}."),
    QT_TRANSLATE_NOOP("errors", "Insert a disc of the planned type ({medium})."),
    QT_TRANSLATE_NOOP("errors", "Burning to {drive} failed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Discard this disc, insert a new blank disc and burn again."),
    QT_TRANSLATE_NOOP("errors", "The disc in {drive} does not match the image: read {read} bytes with SHA-256 {got}, "
                                "expected {expected} bytes with SHA-256 {want}."),
    QT_TRANSLATE_NOOP("errors", "Do not archive this disc; burn a new one."),
)


class DiscFailure(ArchiveError):
    """A disc error seen by a user: same code, message, hint and parameters as the DiscError it carries."""

    exit_code = 8
    translated_params = ()

    def __init__(self, error: DiscError) -> None:
        self.error = error
        self.code = error.code
        super().__init__(error.message, error.hint, **error.params)

    def render(self, translate: Any = None) -> str:
        return self.error.render(translate)


def as_archive_error(exc: DiscError) -> DiscFailure:
    return DiscFailure(exc)
