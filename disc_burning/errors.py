"""Typed disc errors: a code, an English message template and a hint, translated for display by the GUI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark text for Qt's translation tools without importing Qt."""
    return text


class DiscError(Exception):
    """Base of every disc error a user may see. ``message`` and ``hint`` are templates formatted with ``params``."""

    code = "disc_error"
    message = QT_TRANSLATE_NOOP("disc_errors", "The disc operation failed: {reason}")
    hint = ""

    def __init__(self, message: str | None = None, hint: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        tr = translate or (lambda text: text)
        text = tr(self.message).format(**self.params)
        if self.hint:
            text += " " + tr(self.hint).format(**self.params)
        return text


class InvalidRequestError(DiscError):
    code = "disc_invalid_request"
    message = QT_TRANSLATE_NOOP("disc_errors", "The disc request is invalid: {reason}")


class ItemTooLargeError(DiscError):
    code = "disc_item_too_large"
    message = QT_TRANSLATE_NOOP(
        "disc_errors", "File {name} ({size}) is larger than the usable capacity of one {medium} disc ({capacity})."
    )
    hint = QT_TRANSLATE_NOOP("disc_errors", "Choose a larger medium (DVD DL, BD, BD DL).")


class ImageTooLargeError(DiscError):
    code = "disc_image_too_large"
    message = QT_TRANSLATE_NOOP(
        "disc_errors", "Disc {disc} image is {size}, more than the {medium} capacity {capacity}."
    )
    hint = QT_TRANSLATE_NOOP("disc_errors", "Plan again with fewer files per disc or a larger medium.")


class BuildCancelledError(DiscError):
    code = "disc_build_cancelled"
    message = QT_TRANSLATE_NOOP("disc_errors", "Building the image {target} was cancelled; no image was kept.")


class VerifyCancelledError(DiscError):
    code = "disc_verify_cancelled"
    message = QT_TRANSLATE_NOOP("disc_errors", "Verifying the image {target} was cancelled; it is not verified.")


class ImageBuildError(DiscError):
    code = "disc_build_failed"
    message = QT_TRANSLATE_NOOP("disc_errors", "Building the image {target} failed: {reason}")
    hint = QT_TRANSLATE_NOOP("disc_errors", "Check that the source files exist and the target folder has free space.")


class ImageReadError(DiscError):
    code = "disc_image_unreadable"
    message = QT_TRANSLATE_NOOP("disc_errors", "The image {path} cannot be read: {reason}")


class NoDriveError(DiscError):
    code = "disc_no_drive"
    message = QT_TRANSLATE_NOOP("disc_errors", "No optical drive was found.")
    hint = QT_TRANSLATE_NOOP("disc_errors", "Connect a disc burner and check that this user may access it.")


class DriveUnavailableError(DiscError):
    code = "disc_drive_unavailable"
    message = QT_TRANSLATE_NOOP("disc_errors", "The drive {drive} cannot be used: {reason}")
    hint = QT_TRANSLATE_NOOP("disc_errors", "Check the drive is connected, closed and not used by another program.")


class NoBlankMediumError(DiscError):
    code = "disc_no_blank_medium"
    message = QT_TRANSLATE_NOOP("disc_errors", "The drive {drive} holds no blank disc (status: {status}).")
    hint = QT_TRANSLATE_NOOP("disc_errors", "Insert a blank, write-once disc and try again.")


class MediumTooSmallError(DiscError):
    code = "disc_medium_too_small"
    message = QT_TRANSLATE_NOOP(
        "disc_errors", "The disc in {drive} has {free} free, the image needs {needed}."
    )
    hint = QT_TRANSLATE_NOOP("disc_errors", "Insert a disc of the planned type ({medium}).")


class BurnFailedError(DiscError):
    code = "disc_burn_failed"
    message = QT_TRANSLATE_NOOP("disc_errors", "Burning to {drive} failed: {reason}")
    hint = QT_TRANSLATE_NOOP("disc_errors", "Discard this disc, insert a new blank disc and burn again.")


class ReadBackMismatchError(DiscError):
    code = "disc_readback_mismatch"
    message = QT_TRANSLATE_NOOP(
        "disc_errors", "The disc in {drive} does not match the image: read {read} bytes with SHA-256 {got}, "
        "expected {expected} bytes with SHA-256 {want}."
    )
    hint = QT_TRANSLATE_NOOP("disc_errors", "Do not archive this disc; burn a new one.")
