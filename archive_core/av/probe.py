"""Read technical facts (duration, codecs, creation time) and thumbnails from audio-visual files with PyAV."""

from __future__ import annotations

import os
import re
import stat
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from typing import Any, BinaryIO

import av

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError

PathArg = str | bytes | os.PathLike[str] | os.PathLike[bytes]

# Top-level box types of ISO base media files (MP4, MOV, 3GP): enough to recognise the family from the first box.
_BMFF_BOXES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid", b"styp", b"moof", b"pdin"}
# FFmpeg demuxers that read still images; a file they open is valid but not audio-visual evidence.
_STILL_IMAGE_FORMATS = re.compile(r"^(image2|.*_pipe|gif|apng|webp|tiff|bmp)$")


class MediaProbeError(ArchiveError):
    """A file that cannot be probed; ``code`` says why (see ``ERRORS``), message and hint say what to do."""

    exit_code = 2
    translated_params = ("reason", "kind")

    def __init__(self, code: str, message: str, hint: str, **params: Any) -> None:
        self.code = code
        super().__init__(message, hint, **params)


ERRORS: dict[str, tuple[str, str]] = {
    "not_found": (
        QT_TRANSLATE_NOOP("errors", "{name}: no such file."),
        QT_TRANSLATE_NOOP("errors", "Check the path; the file may have been moved or the card removed."),
    ),
    "not_a_file": (
        QT_TRANSLATE_NOOP("errors", "{name} is not a regular file but a {kind}."),
        QT_TRANSLATE_NOOP("errors", "Choose a video or audio file."),
    ),
    "unreadable": (
        QT_TRANSLATE_NOOP("errors", "{name} cannot be read: {reason}."),
        QT_TRANSLATE_NOOP("errors", "Check the file's permissions or the card reader, then try again."),
    ),
    "empty": (
        QT_TRANSLATE_NOOP("errors", "{name} is empty (0 bytes)."),
        QT_TRANSLATE_NOOP(
            "errors", "The copy from the device probably failed: copy it again and keep the original until then."
        ),
    ),
    "not_media": (
        QT_TRANSLATE_NOOP("errors", "{name} is not a video or audio file that can be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check that this is the device's recording; if it is, the file is damaged: copy it again from the device.",
        ),
    ),
    "truncated": (
        QT_TRANSLATE_NOOP("errors", "{name} is incomplete and cannot be played: {reason}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Copy it again from the device (Art. 24: within 24 hours). If the device no longer holds it, "
            "keep this file and record the damage.",
        ),
    ),
    "no_video": (
        QT_TRANSLATE_NOOP("errors", "{name} has no picture to take a thumbnail from."),
        QT_TRANSLATE_NOOP("errors", "Audio recordings have no thumbnail; this is not an error in the file."),
    ),
    "decode_failed": (
        QT_TRANSLATE_NOOP("errors", "No picture could be decoded from {name} at {at:.1f} s: {reason}."),
        QT_TRANSLATE_NOOP("errors", "Try another time in the recording; if none works, the file is damaged."),
    ),
}


def _error(code: str, path: PathArg, **params: Any) -> MediaProbeError:
    message, hint = ERRORS[code]
    return MediaProbeError(code, message, hint, name=display_name(path), **params)


def display_name(path: PathArg) -> str:
    """The path as printable text, whatever bytes its name holds."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """Technical facts of one file. Creation time comes three ways because cameras often write local wall-clock
    time into a field meant for UTC (and FFmpeg shows MP4 times with a "Z" regardless): ``creation_time_raw`` is the
    value as stored, ``creation_time_naive`` its wall-clock reading with the zone dropped, and ``creation_time`` the
    aware value only when the stored text named a zone. Callers apply the device's configured clock zone to the
    naive value explicitly instead of trusting the label."""

    size_bytes: int
    is_media: bool
    container: str
    duration: float | None
    video_codec: str | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    audio_codec: str | None = None
    sample_rate: int | None = None
    audio_channels: int | None = None
    creation_time_raw: str | None = None
    creation_time_naive: datetime | None = None
    creation_time: datetime | None = None

    @property
    def has_video(self) -> bool:
        return self.video_codec is not None

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None


_TIME_RE = re.compile(
    r"^\s*(?P<date>\d{4}[-:/]\d{2}[-:/]\d{2})[T ](?P<time>\d{2}:\d{2}:\d{2})(?P<frac>\.\d+)?"
    r"\s*(?P<zone>Z|UTC|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)


def parse_creation_time(raw: str) -> tuple[datetime | None, datetime | None]:
    """(naive wall-clock value, aware value if ``raw`` names a zone); (None, None) if it is not a date-time."""
    m = _TIME_RE.match(raw)
    if not m:
        return None, None
    date = re.sub(r"[:/]", "-", m["date"])
    frac = (m["frac"] or ".0")[1:7].ljust(6, "0")
    try:
        naive = datetime.fromisoformat(f"{date}T{m['time']}.{frac}")
    except ValueError:
        return None, None
    zone = m["zone"]
    if zone is None:
        return naive, None
    if zone.upper() in ("Z", "UTC"):
        return naive, naive.replace(tzinfo=UTC)
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if offset >= timedelta(hours=24):
        return naive, None
    return naive, naive.replace(tzinfo=timezone(-offset if zone[0] == "-" else offset))


def _check_regular_file(path: PathArg) -> os.stat_result:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _error("not_found", path) from None
    except OSError as exc:
        raise _error("unreadable", path, reason=exc.strerror or exc) from None
    if not stat.S_ISREG(st.st_mode):
        # Opening a FIFO or a device would block or read forever: refuse before opening.
        kind = (QT_TRANSLATE_NOOP("errors", "folder") if stat.S_ISDIR(st.st_mode)
                else QT_TRANSLATE_NOOP("errors", "special file (device, pipe or socket)"))
        raise _error("not_a_file", path, kind=kind)
    if st.st_size == 0:
        raise _error("empty", path)
    return st


def _check_bmff(fh: BinaryIO, size: int, path: PathArg) -> None:
    """Walk the top-level boxes of an MP4/MOV file: a copy cut short loses its end, and with it either the index
    (moov, written last by most cameras) or part of the media data. Costs a few seeks, not a read of the file."""
    offset, seen = 0, set()
    while offset + 8 <= size:
        fh.seek(offset)
        header = fh.read(16)
        box_size, box_type = struct.unpack(">I4s", header[:8])
        if offset == 0 and box_type not in _BMFF_BOXES:
            return
        if box_size == 1 and len(header) == 16:
            box_size = struct.unpack(">Q", header[8:16])[0]
        elif box_size == 0:
            box_size = size - offset
        if box_size < 8:
            raise _error("truncated", path, reason=f"a damaged box header at byte {offset}")
        if offset + box_size > size:
            reason = f"it ends after {size} of {offset + box_size} bytes"
            if b"moov" not in seen and box_type != b"moov":
                reason += "; the index (moov box), which the device writes last, is lost"
            raise _error("truncated", path, reason=reason)
        seen.add(box_type)
        offset += box_size
    if b"moov" not in seen:
        raise _error("truncated", path, reason="the index (moov box) is missing")


@contextmanager
def _open_container(path: PathArg) -> Iterator[tuple[Any, int]]:
    st = _check_regular_file(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115  (closed below, after PyAV is done with it)
    except OSError as exc:
        raise _error("unreadable", path, reason=exc.strerror or exc) from None
    with fh:
        try:
            _check_bmff(fh, st.st_size, path)
            fh.seek(0)
        except OSError as exc:
            raise _error("unreadable", path, reason=exc.strerror or exc) from None
        try:
            # A Python file object, not the name: works for any bytes in the name and cannot race a rename.
            container = av.open(fh, "r")
        except av.error.FFmpegError as exc:
            raise _error("not_media", path, reason=exc.strerror or type(exc).__name__) from None
        except OSError as exc:
            raise _error("unreadable", path, reason=exc.strerror or exc) from None
        with container:
            yield container, st.st_size


def _creation_time_raw(container: Any) -> str | None:
    for tags in (container.metadata, *(s.metadata for s in container.streams)):
        for key in ("creation_time", "com.apple.quicktime.creationdate", "date"):
            if tags.get(key):
                return str(tags[key])
    return None


def _duration(container: Any) -> float | None:
    if container.duration:
        return container.duration / av.time_base
    durations = [float(s.duration * s.time_base) for s in container.streams if s.duration and s.time_base]
    return max(durations) if durations else None


def probe(path: PathArg) -> MediaInfo:
    """Facts of the file at ``path``; raises MediaProbeError for anything that is not a readable, complete file."""
    with _open_container(path) as (container, size):
        video = next((s for s in container.streams.video), None)
        audio = next((s for s in container.streams.audio), None)
        raw = _creation_time_raw(container)
        naive, aware = parse_creation_time(raw) if raw else (None, None)
        fmt = container.format.name
        rate = (video.average_rate or video.guessed_rate) if video is not None else None
        return MediaInfo(
            size_bytes=size,
            is_media=(video is not None or audio is not None) and not _STILL_IMAGE_FORMATS.match(fmt),
            container=fmt,
            duration=_duration(container),
            video_codec=video.codec_context.name if video is not None else None,
            width=video.codec_context.width if video is not None else None,
            height=video.codec_context.height if video is not None else None,
            fps=float(rate) if rate else None,
            audio_codec=audio.codec_context.name if audio is not None else None,
            sample_rate=audio.codec_context.sample_rate if audio is not None else None,
            audio_channels=audio.codec_context.channels if audio is not None else None,
            creation_time_raw=raw,
            creation_time_naive=naive,
            creation_time=aware,
        )


def _encode_image(frame: Any, fmt: str) -> bytes:
    if fmt == "png":
        ctx = av.CodecContext.create("png", "w")
        pix_fmt = "rgb24"
    elif fmt == "jpeg":
        ctx = av.CodecContext.create("mjpeg", "w")
        pix_fmt = "yuvj420p"
    else:
        raise ValueError(f"thumbnail format must be 'jpeg' or 'png', not {fmt!r}")
    ctx.width, ctx.height, ctx.pix_fmt = frame.width, frame.height, pix_fmt
    ctx.time_base = Fraction(1, 25)
    packets = ctx.encode(frame.reformat(format=pix_fmt)) + ctx.encode(None)
    return b"".join(bytes(p) for p in packets)


def thumbnail(path: PathArg, at_seconds: float = 0.0, *, fmt: str = "jpeg", max_width: int | None = None) -> bytes:
    """One decoded picture at ``at_seconds`` (clamped to the recording) as JPEG or PNG bytes."""
    with _open_container(path) as (container, _size):
        if not container.streams.video:
            raise _error("no_video", path)
        stream = container.streams.video[0]
        stream.thread_type = "NONE"
        duration = _duration(container) or 0.0
        at = min(max(at_seconds, 0.0), max(duration - 0.001, 0.0))
        picked = None
        try:
            if at > 0 and stream.time_base:
                container.seek(int(at / stream.time_base), stream=stream, backward=True)
            for frame in container.decode(stream):
                picked = frame
                if frame.time is None or frame.time >= at - 0.5 * float(1 / (stream.average_rate or 25)):
                    break
        except av.error.FFmpegError as exc:
            if picked is None:
                raise _error("decode_failed", path, at=at, reason=exc.strerror or type(exc).__name__) from None
        if picked is None:
            raise _error("decode_failed", path, at=at, reason="no picture in the stream")
        if max_width and picked.width > max_width:
            height = max(2, round(picked.height * max_width / picked.width / 2) * 2)
            picked = picked.reformat(width=max_width, height=height)
        return _encode_image(picked, fmt)
