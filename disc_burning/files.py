"""Where a disc build writes: each disc's image, label and catalogue, and the temp image of a build under way."""

from __future__ import annotations

import os
from pathlib import Path

TEMP_SUFFIX = ".part"


def output_paths(out_dir: Path, volume_id: str) -> list[Path]:
    """The image, the label and the catalogue of the disc with this volume id."""
    return [out_dir / f"{volume_id}.iso", out_dir / f"{volume_id}-label.pdf", out_dir / f"{volume_id}-catalogue.pdf"]


def temp_path(target: Path) -> Path:
    """Where the image is written before it is complete: beside the target, hidden, never named like an image."""
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temp images left in ``folder`` by builds that were killed (their process is gone); returns them."""
    removed = []
    for part in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        pid = part.name[: -len(TEMP_SUFFIX)].rpartition(".")[2]
        if pid.isdigit() and not process_alive(int(pid)):
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (one we may not signal counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
