"""The libvlc player widget with real libvlc: headless (dummy video output) and, under xvfb, embedded in a window."""

from __future__ import annotations

import os
import time
from pathlib import Path

import av
import pytest

vlc = pytest.importorskip("vlc")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QAbstractSlider, QApplication  # noqa: E402

from tests.media_factory import make_mp4, make_random_bytes  # noqa: E402
from ui.av.player import SPEEDS, VideoPlayer  # noqa: E402
from ui.av.player_markers import Marker, format_ms  # noqa: E402

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    return make_mp4(tmp_path_factory.mktemp("player") / "clip.mp4", seconds=8.0, fps=10)


@pytest.fixture
def player(qtbot):
    widget = VideoPlayer(vlc_args=["--aout=dummy"])
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def playing(qtbot, player: VideoPlayer, clip: Path) -> VideoPlayer:
    with qtbot.waitSignal(player.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "playing"):
        player.load(clip)
    qtbot.waitUntil(lambda: player.duration_ms() > 0, timeout=WAIT_MS)
    return player


def decode_png(path: str | Path):
    with av.open(str(path)) as container:
        return next(container.decode(video=0))


def test_plays_and_position_advances(qtbot, player, clip):
    playing(qtbot, player, clip)
    assert player.duration_ms() == pytest.approx(8000, abs=200)
    qtbot.waitUntil(lambda: player.position_ms() >= 400, timeout=WAIT_MS)
    assert player._time.text().endswith(f" / {format_ms(player.duration_ms())}")
    assert player._seek.maximum() == player.duration_ms()


def test_seek_pause_and_speed(qtbot, player, clip):
    playing(qtbot, player, clip)
    player.seek(5000)
    qtbot.waitUntil(lambda: player.position_ms() >= 5000, timeout=WAIT_MS)
    with qtbot.waitSignal(player.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "paused"):
        player.pause()
    held = player.position_ms()
    qtbot.wait(400)
    assert player.position_ms() == held

    player.seek(0)
    player.set_rate(4.0)
    assert player._speed.currentText() == "4×"
    assert player._player.get_rate() == pytest.approx(4.0)
    start_ms, start = player.position_ms(), time.monotonic()
    with qtbot.waitSignal(player.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "playing"):
        player.play()
    qtbot.waitUntil(lambda: player.position_ms() - start_ms >= 3000, timeout=WAIT_MS)
    # At 1× this would take three seconds of wall-clock time (plus libvlc's coarse time updates).
    assert time.monotonic() - start < 2.5
    with pytest.raises(ValueError):
        player.set_rate(3.0)
    assert 0.25 in SPEEDS and 4.0 in SPEEDS


def test_seek_bar_page_step_seeks(qtbot, player, clip):
    playing(qtbot, player, clip)
    player.pause()
    start = player.position_ms()
    player._seek.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    qtbot.waitUntil(lambda: player.position_ms() >= start + 4500, timeout=WAIT_MS)


def test_snapshot_emits_png_path(qtbot, player, clip):
    playing(qtbot, player, clip)
    qtbot.waitUntil(lambda: player.position_ms() > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(player.snapshot_taken, timeout=WAIT_MS) as taken:
        returned = player.take_snapshot()
    path, at_ms = taken.args
    try:
        assert path == returned
        assert Path(path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        frame = decode_png(path)
        assert (frame.width, frame.height) == (320, 240)
        assert 0 <= at_ms <= player.duration_ms()
    finally:
        os.unlink(path)


def test_next_frame_shows_the_next_picture(qtbot, player, clip):
    playing(qtbot, player, clip)
    with qtbot.waitSignal(player.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "paused"):
        player.pause()
    qtbot.wait(200)
    before_ms = player.position_ms()
    first = player.take_snapshot()
    assert first
    pictures = [bytes(decode_png(first).planes[0])]
    os.unlink(first)
    # libvlc 3 sometimes shows an already queued picture on the first step after a pause: allow up to three steps.
    steps = 0
    while steps < 3 and pictures[-1] == pictures[0]:
        steps += 1
        player.next_frame()
        qtbot.wait(300)
        shot = player.take_snapshot()
        assert shot
        pictures.append(bytes(decode_png(shot).planes[0]))
        os.unlink(shot)
    assert player.state() == "paused"
    # The white box moves every frame: a different picture proves a real step.
    assert pictures[-1] != pictures[0]
    assert player.position_ms() == before_ms + 100 * steps  # 10 fps


def test_markers_come_out_through_signals_and_jump(qtbot, player, clip):
    playing(qtbot, player, clip)
    qtbot.waitUntil(lambda: player.position_ms() > 0, timeout=WAIT_MS)
    with (
        qtbot.waitSignal(player.marker_added, timeout=WAIT_MS) as added,
        qtbot.waitSignal(player.markers_changed, timeout=WAIT_MS) as changed,
    ):
        marker = player.add_marker("当事人出示证件")
    assert marker is not None and marker.note == "当事人出示证件"
    assert added.args == [marker] and changed.args == [[marker]]
    player.add_marker("查封现场", at_ms=6000)
    assert [m.note for m in player.markers()] == ["当事人出示证件", "查封现场"]

    player.set_markers([Marker(7000, "b"), Marker(1000, "a")])
    assert [m.at_ms for m in player.markers()] == [1000, 7000]
    panel_list = player._marker_panel._list
    assert panel_list.item(1).text() == "00:00:07  b"
    player.pause()
    spot = panel_list.visualItemRect(panel_list.item(1)).center()
    qtbot.mouseClick(panel_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: player.position_ms() >= 7000, timeout=WAIT_MS)


def test_volume_round_trip(player, clip):
    player.load(clip, autoplay=False)
    player.set_volume(35)
    assert player.volume() == 35 and player._volume.value() == 35


@pytest.mark.parametrize("kind", ["missing", "noise"])
def test_unplayable_file_says_so(qtbot, player, tmp_path, kind):
    path = tmp_path / "bad.mp4"
    if kind == "noise":
        make_random_bytes(path)
    with qtbot.waitSignal(player.playback_error, timeout=WAIT_MS) as failed:
        player.load(path)
    assert failed.args[0]
    qtbot.waitUntil(lambda: player.state() == "error", timeout=WAIT_MS)
    assert player._screen.currentWidget() is player._message


def test_nothing_loaded_and_shutdown(qtbot, player, clip):
    assert not player._play.isEnabled()
    assert player.add_marker("x") is None
    with qtbot.waitSignal(player.playback_error, timeout=WAIT_MS):
        assert player.take_snapshot() is None
    playing(qtbot, player, clip)
    player.shutdown()
    player.shutdown()
    assert player._player is None and not player._play.isEnabled()
    player.play()
    assert player.position_ms() == 0


def test_shared_instance_is_not_released(qtbot, clip):
    instance = vlc.Instance(["--no-xlib", "--vout=dummy", "--aout=dummy", "--quiet"])
    try:
        for _ in range(2):
            widget = VideoPlayer(instance=instance)
            qtbot.addWidget(widget)
            playing(qtbot, widget, clip)
            widget.shutdown()
    finally:
        instance.release()


@pytest.mark.xvfb
def test_embedded_video_is_visible(qtbot, tmp_path):
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: run with xvfb-run -a and QT_QPA_PLATFORM=xcb")
    clip = make_mp4(tmp_path / "green.mp4", seconds=3.0, pattern="solid", colour=(20, 200, 40), with_audio=False)
    widget = VideoPlayer(vlc_args=["--aout=dummy"])
    qtbot.addWidget(widget)
    # Away from the origin, where libvlc would open a window of its own if embedding failed.
    widget.setGeometry(420, 240, 800, 480)
    widget.show()
    qtbot.waitExposed(widget)
    playing(qtbot, widget, clip)
    qtbot.waitUntil(lambda: widget.position_ms() >= 500, timeout=WAIT_MS)
    widget.pause()
    qtbot.wait(300)
    QApplication.processEvents()
    video = widget._video
    origin = video.mapToGlobal(video.rect().topLeft())
    shot = video.screen().grabWindow(0, origin.x(), origin.y(), video.width(), video.height()).toImage()
    centre = shot.pixelColor(shot.width() // 2, shot.height() // 2)
    widget.shutdown()
    assert centre.green() > 120 and centre.red() < 100, f"video area shows {centre.name()}, not the green clip"
