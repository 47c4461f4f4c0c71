"""Where the evidence clips of a case come from: the A/V area's records with their Art. 26 metadata."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class EvidenceClip:
    """One A/V record used as evidence: its vault object and what Art. 26 says must go with it on disc."""

    media_record_id: int
    case_id: int
    sha256: str
    sm3: str
    size: int
    original_name: str
    recorded_start: datetime
    recorded_end: datetime
    matter: str
    place: str
    method: str
    officers: tuple[tuple[str, str], ...]  # (name, certificate number)
    stage: str
    device_id: str = ""
    confidentiality: str = ""
    duration: float | None = None  # seconds


ClipSource = Callable[[Session, Sequence[int]], Iterable[EvidenceClip]]
# Providers of evidence clips per case (the A/V area registers its query here).
_SOURCES: list[ClipSource] = []


def clip_source(fn: ClipSource) -> ClipSource:
    """Register a provider: ``fn(session, case_ids)`` yields the evidence clips of those cases."""
    if fn not in _SOURCES:
        _SOURCES.append(fn)
    return fn


def remove_clip_source(fn: ClipSource) -> None:
    if fn in _SOURCES:
        _SOURCES.remove(fn)


def evidence_clips(session: Session, case_ids: Sequence[int]) -> list[EvidenceClip]:
    """Every evidence clip of the cases, in recording order, each once."""
    found: dict[int, EvidenceClip] = {}
    for source in _SOURCES:
        for clip in source(session, case_ids):
            found.setdefault(clip.media_record_id, clip)
    return sorted(found.values(), key=lambda c: (c.case_id, c.recorded_start, c.media_record_id))
