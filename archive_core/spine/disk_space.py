"""Room on a disk before a long write starts: an ingest or a disc build that cannot fit is refused at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from archive_core.spine.errors import QT_TRANSLATE_NOOP, StorageFullError
from disc_burning.plan import human_size


class VaultNoRoomError(StorageFullError):
    """Same code as a disk that fills during the copy: to the queue it is the same failure, found sooner."""

    message = QT_TRANSLATE_NOOP("errors", "The vault disk is full for {name}: it needs {needed} and {free} are free.")


class FolderNoRoomError(StorageFullError):
    code = "no_room"
    message = QT_TRANSLATE_NOOP("errors", "The disc images need {needed} in {path}, which has {free} free.")
    hint = QT_TRANSLATE_NOOP("errors", "Nothing was built. Free space there or choose another folder, then build "
                                       "again.")


def _usage(path: Path) -> shutil._ntuple_diskusage:
    """Usage of the file system ``path`` is on (or would be, for a folder not made yet)."""
    here = path
    while not here.exists() and here != here.parent:
        here = here.parent
    return shutil.disk_usage(here)


def free_bytes(path: Path) -> int:
    return _usage(path).free


def require_vault_room(vault_root: Path, size: int, name: str) -> None:
    free = free_bytes(vault_root)
    if size > free:
        raise VaultNoRoomError(name=name, path=str(vault_root), needed=human_size(size), free=human_size(free))


def require_folder_room(folder: Path, size: int) -> None:
    free = free_bytes(folder)
    if size > free:
        raise FolderNoRoomError(path=str(folder), needed=human_size(size), free=human_size(free))


GIB = 1024 ** 3
# (share of the disk, absolute floor) below which free space warns, then alarms.
WARN_AT, ALARM_AT = (0.15, 20 * GIB), (0.05, 5 * GIB)


def space_level(path: Path) -> tuple[int, int]:
    """(free bytes, level): 0 fine, 1 warn, 2 alarm — by share of the disk or by the absolute floor, the stricter."""
    usage = _usage(path)
    for level, (share, floor) in ((2, ALARM_AT), (1, WARN_AT)):
        if usage.free < share * usage.total or usage.free < floor:
            return usage.free, level
    return usage.free, 0
