"""What goes on a disc: evidence items with their Art. 26 metadata, and the request for a disc set."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from disc_burning.errors import InvalidRequestError


class Stage(StrEnum):
    INITIATION = "initiation"
    INVESTIGATION = "investigation"
    DECISION = "decision"
    SERVICE_EXECUTION = "service_execution"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    Stage.INITIATION: "立案",
    Stage.INVESTIGATION: "调查取证",
    Stage.DECISION: "审查决定",
    Stage.SERVICE_EXECUTION: "送达执行",
}


@dataclass(frozen=True)
class Officer:
    name: str
    certificate_no: str

    def __str__(self) -> str:
        return f"{self.name}（{self.certificate_no}）"


@dataclass(frozen=True)
class DiscItem:
    """One evidence file: where it lives in the vault, its digests and what Art. 26 says must accompany it."""

    source: Path
    original_name: str
    size: int
    sha256: str
    sm3: str
    matter: str
    recorded_start: datetime
    recorded_end: datetime
    place: str
    method: str
    officers: tuple[Officer, ...]
    case_number: str
    case_title: str
    stage: Stage
    device_id: str = ""
    confidentiality: str = ""
    # What is wrong with a damaged file and since when it is known, in Chinese; "" for a whole one.
    damage: str = ""
    # Where the recording time comes from, in Chinese; a time that is only the file's own is not verified.
    time_source: str = ""
    time_verified: bool = True

    def __post_init__(self) -> None:
        if not self.original_name or "/" in self.original_name or "\x00" in self.original_name:
            raise InvalidRequestError(reason=f"bad file name {self.original_name!r}")
        if len(self.original_name) > 200:
            raise InvalidRequestError(reason=f"file name longer than 200 characters: {self.original_name[:40]}…")
        if self.size < 0:
            raise InvalidRequestError(reason=f"negative size for {self.original_name}")
        for when in (self.recorded_start, self.recorded_end):
            if when.tzinfo is None or when.utcoffset() is None:
                raise InvalidRequestError(reason=f"recording time of {self.original_name} has no time zone")
        if self.recorded_end < self.recorded_start:
            raise InvalidRequestError(reason=f"recording of {self.original_name} ends before it starts")
        if len(self.sha256) != 64 or len(self.sm3) != 64:
            raise InvalidRequestError(reason=f"digests of {self.original_name} must be 64 hex digits")


@dataclass(frozen=True)
class DiscRequest:
    """A disc set to build for one archive volume (档号)."""

    archive_code: str
    items: tuple[DiscItem, ...]
    agency_name: str
    audit_checkpoint: Mapping[str, Any]
    copies: tuple[str, ...] = ("A", "B")
    description: str = ""
    bagging_date: date = field(default_factory=date.today)
    # The standard archival metadata XML (DA/T 63 names) of each item, by its SHA-256: written beside the sidecars.
    metadata_xml: Mapping[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.archive_code.strip():
            raise InvalidRequestError(reason="archive code is empty")
        if not self.items:
            raise InvalidRequestError(reason="no items to put on disc")
        if not self.copies or len(set(self.copies)) != len(self.copies):
            raise InvalidRequestError(reason="copies must be distinct letters, e.g. A and B")
