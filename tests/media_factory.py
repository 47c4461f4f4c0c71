"""Generate small real media files (H.264 + AAC in MP4, broken variants) with PyAV for tests."""

from __future__ import annotations

import atexit
import math
import os
import random
import shutil
import tempfile
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av

# Eight vertical bars, like a test card: white, yellow, cyan, green, magenta, red, blue, black.
BARS = [
    (235, 235, 235),
    (235, 235, 16),
    (16, 235, 235),
    (16, 235, 16),
    (235, 16, 235),
    (235, 16, 16),
    (16, 16, 235),
    (16, 16, 16),
]
SAMPLE_RATE = 48000


def _row(width: int, pattern: str, colour: tuple[int, int, int]) -> bytes:
    if pattern == "solid":
        return bytes((*colour, 255)) * width
    if pattern == "bars":
        return b"".join(bytes((*BARS[x * len(BARS) // width], 255)) for x in range(width))
    raise ValueError(f"unknown pattern {pattern!r}; use 'bars' or 'solid'")


def _frame_rgba(index: int, fps: int, size: tuple[int, int], row: bytes) -> bytes:
    """One RGBA frame: the pattern plus a white box that moves one step per frame, so frames differ."""
    width, height = size
    box = max(8, height // 8)
    x0 = (index * 4 * box // max(fps, 1)) % max(width - box, 1)
    y0 = (height - box) // 2
    box_row = row[: x0 * 4] + b"\xff" * (box * 4) + row[(x0 + box) * 4 :]
    return row * y0 + box_row * box + row * (height - y0 - box)


def _tone(start: int, count: int, hz: float = 440.0) -> bytes:
    """Planar float32 mono sine samples (what the AAC encoder wants)."""
    import array

    samples = array.array("f", (0.2 * math.sin(2 * math.pi * hz * (start + i) / SAMPLE_RATE) for i in range(count)))
    return samples.tobytes()


def _stamp(creation_time: datetime) -> str:
    """FFmpeg's MP4 muxer stores creation_time as UTC seconds; naive values are written as they are (like a camera
    that writes local wall-clock time into a field meant for UTC)."""
    if creation_time.tzinfo is not None:
        creation_time = creation_time.astimezone(UTC).replace(tzinfo=None)
    return creation_time.strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def make_mp4(
    path: str | os.PathLike[str],
    seconds: float = 2.0,
    fps: int = 10,
    size: tuple[int, int] = (320, 240),
    creation_time: datetime | None = None,
    with_audio: bool = True,
    pattern: str = "bars",
    colour: tuple[int, int, int] = (200, 30, 30),
    faststart: bool = False,
) -> Path:
    """Write an H.264 (+ AAC) MP4 with a test pattern; returns the path. The encoder is deterministic, so a clip made
    before with the same arguments is copied instead of encoded again."""
    path = Path(path)
    key = (seconds, fps, tuple(size), creation_time, with_audio, pattern, tuple(colour), faststart)
    made = _made.get(key)
    if made is None:
        made = _made[key] = _encode_mp4(_cache_dir() / f"{len(_made)}.mp4", seconds, fps, size, creation_time,
                                        with_audio, pattern, colour, faststart)
    shutil.copyfile(made, path)
    return path


_made: dict[tuple[object, ...], Path] = {}
_cache: list[Path] = []


def _cache_dir() -> Path:
    if not _cache:
        _cache.append(Path(tempfile.mkdtemp(prefix="archive-ws-test-media-")))
        atexit.register(shutil.rmtree, _cache[0], True)
    return _cache[0]


def _encode_mp4(path: Path, seconds: float, fps: int, size: tuple[int, int], creation_time: datetime | None,
                with_audio: bool, pattern: str, colour: tuple[int, int, int], faststart: bool) -> Path:
    row = _row(size[0], pattern, colour)
    options = {"movflags": "+faststart"} if faststart else {}
    with av.open(str(path), "w", format="mp4", options=options) as out:
        if creation_time is not None:
            out.metadata["creation_time"] = _stamp(creation_time)
        video = out.add_stream("libx264", rate=fps)
        video.width, video.height = size
        video.pix_fmt = "yuv420p"
        # Deterministic, quick, and a key frame every second so seeking lands near the target.
        video.options = {"preset": "ultrafast", "tune": "zerolatency", "g": str(fps), "threads": "1"}
        audio = out.add_stream("aac", rate=SAMPLE_RATE, layout="mono") if with_audio else None

        for index in range(round(seconds * fps)):
            frame = av.VideoFrame.from_bytes(_frame_rgba(index, fps, size, row), size[0], size[1], format="rgba")
            frame = frame.reformat(format="yuv420p")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            out.mux(video.encode(frame))
        out.mux(video.encode(None))

        if audio is not None:
            chunk = 1024
            total = round(seconds * SAMPLE_RATE)
            for start in range(0, total, chunk):
                count = min(chunk, total - start)
                aframe = av.AudioFrame(format="flt", layout="mono", samples=count)
                aframe.planes[0].update(_tone(start, count))
                aframe.sample_rate = SAMPLE_RATE
                aframe.pts = start
                aframe.time_base = Fraction(1, SAMPLE_RATE)
                out.mux(audio.encode(aframe))
            out.mux(audio.encode(None))
    return path


def make_truncated_mp4(path: str | os.PathLike[str], keep: float = 0.6, faststart: bool = False, **kwargs) -> Path:
    """An MP4 cut off after ``keep`` of its bytes, as after an interrupted copy. Without faststart the index (moov),
    written last, is lost; with faststart the index survives but the media data ends early."""
    path = make_mp4(path, faststart=faststart, **kwargs)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def make_random_bytes(path: str | os.PathLike[str], size: int = 64 * 1024, seed: int = 19) -> Path:
    """Noise under a media-like name."""
    path = Path(path)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def make_empty(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    path.write_bytes(b"")
    return path


def make_png(path: str | os.PathLike[str], size: tuple[int, int] = (64, 48)) -> Path:
    """A still image: a valid file FFmpeg can open that is not audio-visual evidence."""
    path = Path(path)
    with av.open(str(path), "w", format="image2") as out:
        stream = out.add_stream("png", rate=1)
        stream.width, stream.height = size
        stream.pix_fmt = "rgb24"
        rgba = _row(size[0], "bars", (0, 0, 0)) * size[1]
        frame = av.VideoFrame.from_bytes(rgba, size[0], size[1], "rgba").reformat(format="rgb24")
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
