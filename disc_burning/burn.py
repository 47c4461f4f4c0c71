"""Burning with xorriso: find drives, check the medium, burn an image as is, read it back and compare its blocks.

Drives are device paths (``/dev/sr0``) or xorriso ``stdio:`` pseudo-drives (``stdio:/path/file``); both take the
same path through this module, so tests burn to files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from disc_burning.digests import sha256_prefix
from disc_burning.errors import (
    BurnFailedError,
    DriveUnavailableError,
    MediumTooSmallError,
    NoBlankMediumError,
    NoDriveError,
    ReadBackMismatchError,
)
from disc_burning.plan import BLOCK, human_size

XORRISO = "xorriso"
STDIO = "stdio:"
_DEVICE_LINE = re.compile(r"^\s*\d+\s+-dev\s+'([^']+)'\s+(\S+)\s*:\s*'([^']*)'\s*'([^']*)'")
_PROGRESS = re.compile(r"(\d+)\s+of\s+(\d+)\s+MB written")
_REWRITABLE = ("overwriteable", "+RW", "-RAM", "BD-RE")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Drive:
    path: str
    vendor: str
    model: str
    access: str

    def __str__(self) -> str:
        return f"{self.vendor} {self.model} ({self.path})"


@dataclass(frozen=True)
class MediumStatus:
    drive: str
    media: str  # xorriso's "Media current", e.g. "BD-R sequential recording" or "stdio file, overwriteable"
    status: str  # xorriso's "Media status", e.g. "is blank"
    free_bytes: int

    @property
    def blank(self) -> bool:
        return "is blank" in self.status

    @property
    def rewritable(self) -> bool:
        return any(mark in self.media for mark in _REWRITABLE)


@dataclass(frozen=True)
class BurnResult:
    drive: str
    image: Path
    size: int
    sha256: str


def _xorriso() -> str:
    found = shutil.which(XORRISO)
    if found is None:
        raise NoDriveError(hint="Install xorriso (Debian: apt-get install xorriso).")
    return found


def _run(args: Sequence[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_xorriso(), *args], capture_output=True, text=True, timeout=timeout, check=False)


def parse_devices(output: str) -> list[Drive]:
    return [Drive(m[1], m[3].strip(), m[4].strip(), m[2]) for m in map(_DEVICE_LINE.match, output.splitlines()) if m]


def list_drives() -> list[Drive]:
    """Optical drives this user may open; empty when there are none."""
    proc = _run(["-devices"])
    return parse_devices(proc.stdout + proc.stderr)


def find_drive() -> Drive:
    drives = list_drives()
    if not drives:
        raise NoDriveError()
    return drives[0]


def parse_medium_status(drive: str, output: str) -> MediumStatus:
    fields: dict[str, str] = {}
    for line in output.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields.setdefault(key.strip(), value.strip())
    if "Media status" not in fields:
        reason = next((ln for ln in output.splitlines() if "FAILURE" in ln or "SORRY" in ln), "no medium status")
        raise DriveUnavailableError(drive=drive, reason=reason.strip())
    space = re.match(r"(\d+)s", fields.get("Media space", ""))
    return MediumStatus(drive, fields.get("Media current", ""), fields["Media status"],
                        int(space[1]) * BLOCK if space else 0)


def medium_status(drive: str) -> MediumStatus:
    proc = _run(["-outdev", drive, "-tell_media_space"])
    return parse_medium_status(drive, proc.stdout + proc.stderr)


def check_medium(status: MediumStatus, image_size: int, allow_overwrite: bool = False) -> None:
    """Raise unless the medium is blank (or rewritable and overwriting allowed) and has room for the image."""
    if not (status.blank or (allow_overwrite and status.rewritable)):
        raise NoBlankMediumError(drive=status.drive, status=f"{status.media}; {status.status}")
    if status.free_bytes < image_size:
        raise MediumTooSmallError(drive=status.drive, free=human_size(status.free_bytes),
                                  needed=human_size(image_size), medium=status.media or "?")


def device_path(drive: str) -> Path:
    return Path(drive[len(STDIO):] if drive.startswith(STDIO) else drive)


def read_back(drive: str, size: int, expected_sha256: str) -> str:
    """Hash exactly the image's ``size`` bytes from the start of the disc (the disc is longer: padding)."""
    try:
        read, got = sha256_prefix(device_path(drive), size)
    except OSError as exc:
        raise ReadBackMismatchError(drive=drive, read=0, got=f"unreadable ({exc})", expected=size,
                                    want=expected_sha256) from exc
    if read != size or got != expected_sha256:
        raise ReadBackMismatchError(drive=drive, read=read, got=got, expected=size, want=expected_sha256)
    return got


def burn_image(
    image: Path,
    drive: str,
    *,
    image_sha256: str | None = None,
    progress: Progress | None = None,
    allow_overwrite: bool = False,
    speed: str | None = None,
) -> BurnResult:
    """Check the medium, burn ``image`` as is (disc-at-once) and verify the disc by reading the image's bytes back.

    ``image_sha256`` (the digest of the whole image, known from building it) saves a pass over the image.
    """
    image = Path(image)
    size = image.stat().st_size
    if image_sha256 is None:
        image_sha256 = sha256_prefix(image, size)[1]
    check_medium(medium_status(drive), size, allow_overwrite)

    args = [_xorriso(), "-as", "cdrecord", "-v", f"dev={drive}", "-dao"]
    if speed:
        args.append(f"speed={speed}")
    args.append(str(image))
    tail: list[str] = []
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1) as proc:
        assert proc.stdout is not None
        for raw in proc.stdout:
            for line in raw.replace("\r", "\n").splitlines():
                m = _PROGRESS.search(line)
                if m and progress is not None:
                    progress(int(m[1]) * 1024 * 1024, int(m[2]) * 1024 * 1024)
                if line.strip():
                    tail = [*tail[-30:], line.strip()]
        rc = proc.wait()
    if rc != 0:
        reasons = [ln for ln in tail if "FAILURE" in ln or "SORRY" in ln or "FATAL" in ln] or tail[-3:]
        raise BurnFailedError(drive=drive, reason=f"xorriso exit {rc}: " + " | ".join(reasons[-3:]))
    if progress is not None:
        progress(size, size)
    read_back(drive, size, image_sha256)
    return BurnResult(drive, image, size, image_sha256)
