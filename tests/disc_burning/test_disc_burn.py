"""Burning through xorriso's stdio: pseudo-drive takes the same path as a real drive, read-back included."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from disc_burning.bag import build_layout
from disc_burning.burn import (
    MediumStatus,
    burn_image,
    check_medium,
    medium_status,
    parse_devices,
    parse_medium_status,
    read_back,
)
from disc_burning.digests import sha256_prefix
from disc_burning.errors import (
    BurnFailedError,
    DriveUnavailableError,
    MediumTooSmallError,
    NoBlankMediumError,
    NoDriveError,
    ReadBackMismatchError,
)
from disc_burning.iso import ImageResult, build_image
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.plan import BD, plan_discs
from disc_burning.verify import verify_image

pytestmark = pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")

DEVICES = """xorriso 1.5.4 : RockRidge filesystem manipulator, libburnia project.

Beginning to scan for devices ...
Full drive scan done.
-----------------------------------------------------------------------------
0  -dev '/dev/sr0' rwrw-- :  'HL-DT-ST' 'BD-RE  WH16NS60 '
1  -dev '/dev/sr1' rwrw-- :  'ASUS    ' 'DRW-24D5MT      '
-----------------------------------------------------------------------------
"""

BLANK_BD = """Drive current: -outdev '/dev/sr0'
Media current: BD-R sequential recording
Media status : is blank
Media summary: 0 sessions, 0 data blocks, 0 data, 23.3g free
Media space  : 12219392s
After commit : 12219392s
"""

WRITTEN_CD = BLANK_BD.replace("BD-R sequential recording", "CD-R").replace("is blank", "is written , is closed")


@pytest.fixture
def image(make_item: Callable[..., DiscItem], make_request: Callable[..., DiscRequest], tmp_path: Path) -> ImageResult:
    plan = plan_discs(make_request([make_item(size=2_000_000), make_item("第二段.mp4", 500_000)]), BD)
    return build_image(build_layout(plan, plan.discs[0]), tmp_path / "disc.iso")


def test_parse_devices() -> None:
    drives = parse_devices(DEVICES)
    assert [(d.path, d.vendor, d.model) for d in drives] == [
        ("/dev/sr0", "HL-DT-ST", "BD-RE  WH16NS60"), ("/dev/sr1", "ASUS", "DRW-24D5MT")]
    assert parse_devices("xorriso : SORRY : No drives found\n") == []


def test_medium_checks() -> None:
    blank = parse_medium_status("/dev/sr0", BLANK_BD)
    assert blank.blank and blank.free_bytes == 12219392 * 2048
    check_medium(blank, 20 * 1024**3)
    with pytest.raises(MediumTooSmallError) as too_small:
        check_medium(blank, 24 * 1024**3)
    assert "/dev/sr0" in str(too_small.value) and "24.0 GiB" in str(too_small.value)
    with pytest.raises(NoBlankMediumError, match="is closed"):
        check_medium(parse_medium_status("/dev/sr0", WRITTEN_CD), 1000, allow_overwrite=True)
    with pytest.raises(DriveUnavailableError):
        parse_medium_status("/dev/sr9", "xorriso : FAILURE : Cannot acquire drive '/dev/sr9'\n")


def test_burn_to_stdio_file_and_read_back(image: ImageResult, tmp_path: Path) -> None:
    target = tmp_path / "burned.bin"
    drive = f"stdio:{target}"
    assert medium_status(drive).blank
    seen: list[tuple[int, int]] = []
    result = burn_image(image.path, drive, progress=lambda d, t: seen.append((d, t)))
    assert result.size == image.size and seen[-1] == (image.size, image.size)
    assert target.stat().st_size >= image.size  # the medium is padded beyond the image
    assert result.sha256 == sha256_prefix(image.path, image.size)[1]
    assert sha256_prefix(target, image.size) == (image.size, result.sha256)
    # the burned "disc" reads back as a valid disc
    assert verify_image(target).ok

    with pytest.raises(NoBlankMediumError):
        burn_image(image.path, drive)
    burn_image(image.path, drive, allow_overwrite=True)


def test_read_back_mismatch_is_reported(image: ImageResult, tmp_path: Path) -> None:
    target = tmp_path / "burned.bin"
    burn_image(image.path, f"stdio:{target}")
    data = bytearray(target.read_bytes())
    data[image.size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    want = sha256_prefix(image.path, image.size)[1]
    with pytest.raises(ReadBackMismatchError) as info:
        read_back(f"stdio:{target}", image.size, want)
    assert want in str(info.value) and info.value.code == "disc_readback_mismatch"
    target.write_bytes(bytes(data[: image.size // 2]))
    with pytest.raises(ReadBackMismatchError, match=f"read {image.size // 2} bytes"):
        read_back(f"stdio:{target}", image.size, want)


def test_burn_failure_is_typed(image: ImageResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import disc_burning.burn as burn

    drive = f"stdio:{tmp_path / 'burned.bin'}"
    blank = MediumStatus(drive, "stdio file, overwriteable", "is blank", 10**12)
    monkeypatch.setattr(burn, "medium_status", lambda d: blank)
    # xorriso cannot write into a directory: the burn itself fails after the medium check passed
    (tmp_path / "burned.bin").mkdir()
    with pytest.raises(BurnFailedError) as info:
        burn_image(image.path, drive)
    assert "xorriso exit" in str(info.value) and info.value.hint


def test_no_drive_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    import disc_burning.burn as burn

    no_drives = subprocess.CompletedProcess([], 32, "", "xorriso : SORRY : No drives found\n")
    monkeypatch.setattr(burn, "_run", lambda args, timeout=120: no_drives)
    with pytest.raises(NoDriveError) as info:
        burn.find_drive()
    assert info.value.code == "disc_no_drive" and info.value.hint
    with_drive = subprocess.CompletedProcess([], 0, DEVICES, "")
    monkeypatch.setattr(burn, "_run", lambda args, timeout=120: with_drive)
    assert burn.find_drive().path == "/dev/sr0"
