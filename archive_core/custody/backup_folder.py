"""A backup folder: objects by content address shared by every run, one folder per finished run, and its check."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive_core.custody import manifest
from archive_core.custody.manifest import Manifest
from archive_core.custody.snapshot import file_digest
from archive_core.spine import clock

RUNS = "runs"
PART = ".part"
CHECKPOINTS = "audit-checkpoints.jsonl"
KEYS = "keys.json"
PRIVATE_KEY = "private-key.enc"


def new_run_id() -> str:
    return f"{clock.now():%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class BackupFolder:
    root: Path

    @property
    def runs(self) -> Path:
        return self.root / RUNS

    def object_path(self, sha256: str) -> Path:
        return self.root / "objects" / sha256[:2] / sha256[2:4] / sha256

    def finished(self) -> list[Manifest]:
        """Every run whose manifest was written (a run folder gets its name only after that), oldest first."""
        if not self.runs.is_dir():
            return []
        found = []
        for entry in sorted(self.runs.iterdir()):
            if entry.is_dir() and not entry.name.endswith(PART):
                read = manifest.read(entry)
                found.append(read if read is not None else Manifest({}, entry))
        return found

    def run(self, run_id: str | None) -> Manifest | None:
        runs = self.finished()
        if run_id is None:
            return runs[-1] if runs else None
        return next((m for m in runs if m.folder.name == run_id), None)


@dataclass(frozen=True)
class CheckResult:
    run_id: str
    objects: int
    bytes: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_files(m: Manifest) -> list[str]:
    """The catalogue snapshot and the run's other files against their digests in the manifest."""
    problems = []
    for entry in [m.catalogue, *m.files]:
        path = m.folder / str(entry.get("file", ""))
        try:
            sha, size = file_digest(path)
        except OSError:
            problems.append(f"file {entry.get('file')} is missing")
            continue
        if sha != entry.get("sha256") or size != entry.get("size"):
            problems.append(f"file {entry.get('file')} was altered (its digest does not match the manifest)")
    return problems


def check_signature(m: Manifest, trusted: set[tuple[str, str]] | None) -> list[str]:
    if not m.doc:
        return ["the manifest is missing or unreadable"]
    if not m.signature_valid:
        return ["the manifest's signature does not match its content (the manifest was altered)"]
    if trusted is not None and m.key not in trusted:
        return ["the manifest is signed by a key this catalogue does not know"]
    return []


def check_run(folder: BackupFolder, m: Manifest, trusted: set[tuple[str, str]] | None,
              workers: int = 2) -> CheckResult:
    """Re-hash every object and file the manifest names and check its signature."""
    problems = check_signature(m, trusted)
    if problems and not m.doc:
        return CheckResult(m.run_id, 0, 0, problems)
    problems += check_files(m)

    def one(entry: dict[str, Any]) -> tuple[str | None, int]:
        sha = str(entry["sha256"])
        try:
            got, size = file_digest(folder.object_path(sha))
        except OSError:
            return f"object {sha} is missing", 0
        if got != sha or size != entry.get("size"):
            return f"object {sha} was altered (its content does not match its digest)", size
        return None, size

    total = 0
    with ThreadPoolExecutor(max(1, workers)) as pool:  # hashlib releases the GIL: one object per core
        for problem, size in pool.map(one, m.objects):
            total += size
            if problem:
                problems.append(problem)
    return CheckResult(m.run_id, len(m.objects), total, problems)
