"""Evidence clips as disc items: the A/V area's clips with their codes put into Chinese, their times into CST."""

from __future__ import annotations

from archive_core.av import time_sources
from archive_core.av.av_records import EvidenceClip
from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from disc_burning.items import DiscItem, Officer, Stage
from models.av import TRUSTED_TIME_SOURCES

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


class NoRecordingTimeError(ValidationError):
    code = "clip_without_time"
    message = QT_TRANSLATE_NOOP("errors", "The evidence clip {name} of case {case_no} has no recording time, which "
                                          "Art. 26 requires on the disc.")
    hint = QT_TRANSLATE_NOOP("errors", "Enter the clip's recording time on the A/V page, then plan again.")


def _stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        return Stage.INVESTIGATION


def disc_item(clip: EvidenceClip) -> DiscItem:
    """What goes onto the disc for this clip: its vault object and the Art. 26 elements, in Chinese."""
    if clip.recorded_start is None:
        raise NoRecordingTimeError(name=clip.original_name, case_no=clip.case_no)
    start = clock.local(clip.recorded_start)
    return DiscItem(
        source=clip.vault_path, original_name=clip.original_name, size=clip.size, sha256=clip.sha256, sm3=clip.sm3,
        matter=clip.matter or clip.original_name, recorded_start=start,
        recorded_end=clock.local(clip.recorded_end) if clip.recorded_end else start, place=clip.place,
        method=METHOD_ZH.get(clip.method, clip.method) or DEFAULT_METHOD,
        officers=tuple(Officer(o.name, o.certificate_no) for o in clip.officers), case_number=clip.case_no,
        case_title=clip.case_title, stage=_stage(clip.stage), device_id=clip.device_id,
        confidentiality=CONFIDENTIALITY_ZH.get(clip.confidentiality, clip.confidentiality),
        damage=_damage(clip), time_source=time_sources.disc_text(clip.time_source, clip.time_zone, clip.time_note),
        time_verified=clip.time_source in TRUSTED_TIME_SOURCES,
    )


DAMAGE_ZH = {
    "truncated": "文件不完整（已截断），只能播放开头部分或无法播放",
    "not_media": "不是可播放的音视频文件",
}


def _damage(clip: EvidenceClip) -> str:
    if not clip.damage:
        return ""
    text = DAMAGE_ZH.get(clip.damage, clip.damage)
    if clip.damage_found_at:
        text += f"；入库时（{clock.local(clip.damage_found_at):%Y-%m-%d %H:%M}）发现"
    return text
