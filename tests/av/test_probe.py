"""Probe and thumbnails on real generated media, and every kind of bad input."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from archive_core.av.probe import MediaProbeError, display_name, parse_creation_time, probe, thumbnail
from tests.media_factory import (
    make_empty,
    make_mp4,
    make_png,
    make_random_bytes,
    make_truncated_mp4,
)


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("media") / "clip.mp4"
    return make_mp4(path, seconds=2.0, fps=10, creation_time=datetime(2026, 11, 27, 1, 30, 15, tzinfo=UTC))


def test_probe_reads_duration_codecs_and_size(clip):
    info = probe(clip)
    assert info.is_media
    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert "mp4" in info.container
    assert (info.video_codec, info.width, info.height) == ("h264", 320, 240)
    assert info.fps == pytest.approx(10.0)
    assert (info.audio_codec, info.sample_rate, info.audio_channels) == ("aac", 48000, 1)
    assert info.size_bytes == clip.stat().st_size


def test_creation_time_round_trip_keeps_raw_and_naive(clip):
    info = probe(clip)
    assert info.creation_time_raw is not None and info.creation_time_raw.startswith("2026-11-27T01:30:15")
    assert info.creation_time_naive == datetime(2026, 11, 27, 1, 30, 15)
    assert info.creation_time == datetime(2026, 11, 27, 1, 30, 15, tzinfo=UTC)


def test_camera_local_time_is_kept_as_wall_clock(tmp_path):
    # A camera set to Beijing time writes 09:30:15 into the UTC field: the naive value is what the caller re-zones.
    info = probe(make_mp4(tmp_path / "local.mp4", seconds=0.5, creation_time=datetime(2026, 11, 27, 9, 30, 15)))
    beijing = timezone(timedelta(hours=8))
    assert info.creation_time_naive is not None
    assert info.creation_time_naive.replace(tzinfo=beijing) == datetime(2026, 11, 27, 1, 30, 15, tzinfo=UTC)


def test_audio_only_and_no_creation_time(tmp_path):
    path = make_mp4(tmp_path / "silent.mp4", seconds=1.0, with_audio=False)
    info = probe(path)
    assert info.is_media and info.has_video and not info.has_audio
    assert info.creation_time_raw is None and info.creation_time_naive is None and info.creation_time is None


def test_still_image_opens_but_is_not_media(tmp_path):
    info = probe(make_png(tmp_path / "photo.png"))
    assert not info.is_media


@pytest.mark.parametrize(
    ("raw", "naive", "aware"),
    [
        (
            "2026-11-27T09:30:15.000000Z",
            datetime(2026, 11, 27, 9, 30, 15),
            datetime(2026, 11, 27, 9, 30, 15, tzinfo=UTC),
        ),
        ("2026-11-27 09:30:15", datetime(2026, 11, 27, 9, 30, 15), None),
        ("2026:11:27 09:30:15", datetime(2026, 11, 27, 9, 30, 15), None),
        (
            "2026-11-27T09:30:15+0800",
            datetime(2026, 11, 27, 9, 30, 15),
            datetime(2026, 11, 27, 1, 30, 15, tzinfo=UTC),
        ),
        (
            "2026-11-27T09:30:15.5-05:00",
            datetime(2026, 11, 27, 9, 30, 15, 500000),
            datetime(2026, 11, 27, 14, 30, 15, 500000, tzinfo=UTC),
        ),
        ("yesterday", None, None),
        ("2026-13-45T09:30:15Z", None, None),
    ],
)
def test_parse_creation_time(raw, naive, aware):
    got_naive, got_aware = parse_creation_time(raw)
    assert got_naive == naive
    assert got_aware == aware
    if got_aware is not None:
        assert got_aware.tzinfo is not None


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda d: make_empty(d / "empty.mp4"), "empty", "0 bytes"),
        (lambda d: make_random_bytes(d / "noise.mp4"), "not_media", "not a video or audio file"),
        (lambda d: make_truncated_mp4(d / "cut.mp4", seconds=1.0), "truncated", "index (moov box)"),
        (lambda d: make_truncated_mp4(d / "cutfast.mp4", seconds=1.0, faststart=True), "truncated", "cannot be played"),
        (lambda d: d / "missing.mp4", "not_found", "no such file"),
        (lambda d: d, "not_a_file", "folder"),
    ],
)
def test_bad_input_raises_typed_error(tmp_path, make, code, words):
    path = make(tmp_path)
    with pytest.raises(MediaProbeError) as caught:
        probe(path)
    assert caught.value.code == code
    assert words in str(caught.value)
    assert caught.value.hint, "every error says what to do"


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    with pytest.raises(MediaProbeError) as caught:
        probe(fifo)
    assert caught.value.code == "not_a_file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of their mode")
def test_unreadable_file(tmp_path, clip):
    locked = tmp_path / "locked.mp4"
    locked.write_bytes(clip.read_bytes())
    locked.chmod(0)
    with pytest.raises(MediaProbeError) as caught:
        probe(locked)
    assert caught.value.code == "unreadable"


def test_open_failure_maps_to_unreadable(tmp_path, clip, monkeypatch):
    import archive_core.av.probe as media_probe

    def deny(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(media_probe, "open", deny, raising=False)
    with pytest.raises(MediaProbeError) as caught:
        probe(clip)
    assert caught.value.code == "unreadable"
    assert "Permission denied" in str(caught.value)


def test_odd_names_are_probed_and_shown(tmp_path, clip):
    raw = os.fsencode(tmp_path) + "/执法记录_".encode() + b"\xff\xfe.mp4"
    with open(raw, "wb") as fh:
        fh.write(clip.read_bytes())
    assert probe(raw).is_media
    assert probe(os.fsdecode(raw)).is_media
    assert display_name(raw).endswith("执法记录_\\xff\\xfe.mp4")
    os.remove(raw)
    with pytest.raises(MediaProbeError) as caught:
        probe(raw)
    str(caught.value).encode("utf-8")  # printable: no lone surrogates in the message


def test_probe_is_fast(clip):
    probe(clip)
    start = time.perf_counter()
    for _ in range(20):
        probe(clip)
    assert (time.perf_counter() - start) / 20 < 0.05


@pytest.mark.parametrize(("fmt", "magic"), [("jpeg", b"\xff\xd8\xff"), ("png", b"\x89PNG\r\n\x1a\n")])
def test_thumbnail_encodes_an_image(clip, fmt, magic):
    data = thumbnail(clip, 1.0, fmt=fmt)
    assert data.startswith(magic)
    assert len(data) > 500


def test_thumbnail_decodes_the_picture_at_the_time(clip, tmp_path):
    import av

    def first_frame(data: bytes):
        path = tmp_path / "thumb.png"
        path.write_bytes(data)
        with av.open(str(path)) as container:
            return next(container.decode(video=0))

    start = first_frame(thumbnail(clip, 0.0, fmt="png"))
    later = first_frame(thumbnail(clip, 1.5, fmt="png"))
    assert (start.width, start.height) == (320, 240)
    # The white box moves with time: the two pictures differ.
    assert bytes(start.to_rgb().planes[0]) != bytes(later.to_rgb().planes[0])
    small = first_frame(thumbnail(clip, 99.0, fmt="png", max_width=160))
    assert (small.width, small.height) == (160, 120)


def test_thumbnail_of_audio_only_file(tmp_path):
    from fractions import Fraction

    import av

    path = tmp_path / "voice.m4a"
    with av.open(str(path), "w", format="mp4") as out:
        stream = out.add_stream("aac", rate=48000, layout="mono")
        frame = av.AudioFrame(format="fltp", layout="mono", samples=1024)
        frame.planes[0].update(bytes(4096))
        frame.sample_rate, frame.pts, frame.time_base = 48000, 0, Fraction(1, 48000)
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    assert probe(path).has_audio
    with pytest.raises(MediaProbeError) as caught:
        thumbnail(path)
    assert caught.value.code == "no_video"


def test_thumbnail_rejects_bad_input_like_probe(tmp_path):
    with pytest.raises(MediaProbeError) as caught:
        thumbnail(make_random_bytes(tmp_path / "noise.mp4"))
    assert caught.value.code == "not_media"
