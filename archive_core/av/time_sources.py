"""What a clip's recording time rests on, in words for the window, the CLI and the disc (Art. 23, 24, 26)."""

from __future__ import annotations

from archive_core.spine.errors import QT_TRANSLATE_NOOP
from models.av import TimeSource

# Context "media"; {zone} is the zone a device clock reading was placed in.
LABELS = {
    TimeSource.FILENAME.value: QT_TRANSLATE_NOOP("media", "from the file name (device clock, {zone})"),
    TimeSource.METADATA.value: QT_TRANSLATE_NOOP("media", "from the file's creation time, read as the device "
                                                          "clock ({zone})"),
    TimeSource.METADATA_UTC.value: QT_TRANSLATE_NOOP("media", "from the file's creation time, read as UTC"),
    TimeSource.FILE_TIME.value: QT_TRANSLATE_NOOP("media", "file modification time only: not verified, set it by "
                                                           "hand"),
    TimeSource.MANUAL.value: QT_TRANSLATE_NOOP("media", "entered by hand: {note}"),
}
# Marks a guessed time wherever a time is shown in a list.
GUESSED_MARK = QT_TRANSLATE_NOOP("media", "(file time, not verified)")

# Discs are in Chinese whatever the workstation's language.
DISC_ZH = {
    TimeSource.FILENAME.value: "取自文件名（设备时钟，{zone}）",
    TimeSource.METADATA.value: "取自文件内创建时间，按设备时钟（{zone}）读取",
    TimeSource.METADATA_UTC.value: "取自文件内创建时间，按 UTC 读取",
    TimeSource.FILE_TIME.value: "仅为文件修改时间，未经核实，不能作为录制时间",
    TimeSource.MANUAL.value: "人工录入：{note}",
}


def describe(source: str, zone: str = "", note: str = "", *, translate: object = None) -> str:
    """The source in words, translated by ``translate(context, text)`` when given (Qt-free callers pass theirs)."""
    text = LABELS.get(source, source)
    if callable(translate):
        text = translate("media", text)
    return text.format(zone=zone or "?", note=note)


def disc_text(source: str, zone: str = "", note: str = "") -> str:
    return DISC_ZH.get(source, source).format(zone=zone or "?", note=note)
