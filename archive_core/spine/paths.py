"""The data home: where the catalogue, the vault, the signing key and backups live, readable by its owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from archive_core.spine.errors import DataHomeError

HOME_ENV = "ARCHIVE_WS_HOME"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_OTHERS = 0o077  # the group and other permission bits


def private_dir(path: Path, below: Path | None = None) -> Path:
    """Create ``path`` and its missing parents (up to ``below``) as folders only their owner may enter."""
    missing = []
    for parent in (path, *path.parents):
        if parent.exists() or parent == below:
            break
        missing.append(parent)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass  # made by another thread or process meanwhile
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty, readable and writable by its owner only, unless it exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    return path


def strip_others(path: Path) -> tuple[int, int] | None:
    """Remove the group's and others' permissions from a file or folder (never through a symbolic link); the modes
    before and after when they changed."""
    st = path.lstat()
    mode = stat.S_IMODE(st.st_mode)
    if stat.S_ISLNK(st.st_mode) or not mode & _OTHERS:
        return None
    os.chmod(path, mode & ~_OTHERS)
    return mode, mode & ~_OTHERS


def repair_modes(home: Path, extra: Iterable[Path] = ()) -> list[str]:
    """Take the group's and others' permissions off the home, everything in it and the ``extra`` paths (a catalogue
    kept elsewhere); what changed, one line per path. Of the vault's object tree only its top folder is repaired:
    nobody else can pass it, and visiting every object at each start would cost minutes on a large vault."""
    objects = home / "vault" / "objects"
    changed: list[str] = []

    def repair(path: Path) -> None:
        try:
            modes = strip_others(path)
        except (FileNotFoundError, PermissionError):
            return  # gone meanwhile, or another user's: left as it is
        if modes is not None:
            changed.append(f"{path}: {modes[0]:o} -> {modes[1]:o}")

    repair(home)
    for root, dirs, files in os.walk(home):
        folder = Path(root)
        for name in (*dirs, *files):
            repair(folder / name)
        dirs[:] = [d for d in dirs if folder / d != objects]
    for path in extra:
        repair(path)
    return changed


@dataclass(frozen=True)
class AppPaths:
    home: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = home or os.environ.get(HOME_ENV) or platformdirs.user_data_dir("archive-ws", appauthor=False)
        path = Path(chosen).expanduser().resolve()
        if path.exists() and not path.is_dir():
            raise DataHomeError(path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            private_dir(path)
        except (FileExistsError, NotADirectoryError) as exc:
            raise DataHomeError(path=str(path)) from exc
        return cls(path)

    @property
    def database_file(self) -> Path:
        return self.home / "catalogue.sqlite3"

    @property
    def default_db_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    @property
    def vault(self) -> Path:
        return self.home / "vault"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def discs(self) -> Path:
        """Disc images built without a folder of their own."""
        return self.home / "discs"

    @property
    def scratch(self) -> Path:
        """Working copies that live only while a command runs, such as a package read out of a disc image."""
        return self.home / "scratch"

    @property
    def quarantine(self) -> Path:
        """Vault objects that no longer matched the catalogue, moved aside by a repair: kept, never deleted."""
        return self.home / "quarantine"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def checkpoint_log(self) -> Path:
        """Signed checkpoints, appended outside the database so a rewrite of the catalogue cannot reach them."""
        return self.home / "audit-checkpoints.jsonl"
