"""The evidence clips of cases as the archive needs them: the A/V area's query, with its codes put into Chinese."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_core.av import av_records
from archive_core.spine import clock
from models.cases import Case

# Art. 26 "method" of recording, from the kind of device when the clip is not annotated.
METHOD_ZH = {
    "body_worn_camera": "执法记录仪录音录像",
    "camera": "照相机拍摄",
    "audio_recorder": "录音笔录音",
    "camcorder": "摄像机录像",
    "surveillance": "监控设备录像",
}
DEFAULT_METHOD = "录音录像"
# Times on discs and in catalogues are China Standard Time, the zone of the agencies this serves.
CONFIDENTIALITY_ZH = {"public": "公开", "internal": "内部", "personal_privacy": "个人隐私",
                      "commercial_secret": "商业秘密"}


@dataclass(frozen=True)
class DiscClip:
    """One evidence clip: its vault object and what Art. 26 says must go with it on disc."""

    media_record_id: int
    case_id: int
    sha256: str
    sm3: str
    size: int
    original_name: str
    source: Path
    recorded_start: datetime | None
    recorded_end: datetime | None
    matter: str
    place: str
    method: str
    officers: tuple[tuple[str, str], ...]  # (name, certificate number)
    stage: str
    device_id: str
    confidentiality: str
    duration: float | None  # seconds


def evidence_clips(session: Session, vault_root: Path, case_ids: Sequence[int]) -> list[DiscClip]:
    """Every evidence clip of the cases, by case and in recording order."""
    if not case_ids:
        return []
    ids: dict[str, int] = {no: cid for no, cid in session.execute(
        select(Case.case_no, Case.id).where(Case.id.in_(list(case_ids))))}
    out = []
    for c in av_records.evidence_clips_in(session, vault_root, case_ids=list(case_ids)):
        method = METHOD_ZH.get(c.method, c.method) or DEFAULT_METHOD
        out.append(DiscClip(
            c.media_id, ids[c.case_no], c.sha256, c.sm3, c.size, c.original_name, c.vault_path,
            clock.local(c.recorded_start) if c.recorded_start else None,
            clock.local(c.recorded_end) if c.recorded_end else None, c.matter, c.place, method,
            tuple((o.name, o.certificate_no) for o in c.officers), c.stage,
            c.device_code or c.device_asset_tag, CONFIDENTIALITY_ZH.get(c.confidentiality, c.confidentiality),
            c.duration))
    return out
