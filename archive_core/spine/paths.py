"""The data home: where the catalogue, the vault, the signing key and backups live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "ARCHIVE_WS_HOME"


@dataclass(frozen=True)
class AppPaths:
    home: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = home or os.environ.get(HOME_ENV) or platformdirs.user_data_dir("archive-ws", appauthor=False)
        path = Path(chosen).expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
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
    def checkpoint_log(self) -> Path:
        """Signed checkpoints, appended outside the database so a rewrite of the catalogue cannot reach them."""
        return self.home / "audit-checkpoints.jsonl"
