"""The player window of the evidence page, driven by clicks and keys with real libvlc: room for the seek bar and the
marker note at 1366×768, the purpose of viewing asked once per clip, snapshots confirmed and listed, errors said."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("vlc")

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from archive_core.av import ingest, snapshots
from archive_core.av.av_records import PlaybackTicket
from models.audit import AuditEvent
from tests.av.conftest import recent
from tests.media_factory import make_random_bytes
from ui.av.records_dialogs import PurposeDialog
from ui.av.records_page import EvidencePage
from ui.kit.context import UiContext
from ui.kit.errors import ERROR_STYLE

WAIT = 20000
CLICK = Qt.MouseButton.LeftButton


def _viewings(ws, actor) -> list[str]:
    with ws.unit(actor, write=False) as uow:
        return list(uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == "media.play")
                                        .order_by(AuditEvent.seq)).scalars())


def _page(qtbot, tasks, ws, actor, dock, *seconds: float) -> tuple[EvidencePage, list[int]]:
    start = recent(3)
    clips = [dock.clip(start + timedelta(minutes=10 * i), seconds=s, seq=i + 1) for i, s in enumerate(seconds)]
    ids = [r.media_id for r in ingest.ingest_paths(ws, actor, clips, settle=0)]
    page = EvidencePage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    qtbot.waitUntil(lambda: all(page.model.row_value(r) is not None for r in range(len(ids))), timeout=WAIT)
    return page, ids


def _choose(qtbot, page: EvidencePage, media_id: int) -> None:
    row = page.model.row_of(media_id)
    spot = page.table.visualRect(page.model.index(row, 1)).center()
    qtbot.mouseClick(page.table.viewport(), CLICK, pos=spot)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == media_id
                    and page.play_button.isEnabled(), timeout=WAIT)


def _purpose_dialog(qtbot, page: EvidencePage) -> PurposeDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, PurposeDialog) and page.dialog.isVisible(), timeout=WAIT)
    assert isinstance(page.dialog, PurposeDialog)
    return page.dialog


def _answer(qtbot, dialog: PurposeDialog, purpose: str) -> None:
    field = dialog.purpose.lineEdit()
    field.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(purpose)
    QApplication.sendEvent(field, typed)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, CLICK)


def _play(qtbot, page: EvidencePage, purpose: str | None = None) -> None:
    """Click 播放…; answer the purpose when ``purpose`` is given (it must then be asked), else it must not be."""
    qtbot.mouseClick(page.play_button, CLICK)
    if purpose is not None:
        _answer(qtbot, _purpose_dialog(qtbot, page), purpose)
    else:
        assert page.dialog is None
    qtbot.waitUntil(lambda: page.player is not None and page.player.state() == "playing", timeout=WAIT)


def test_purpose_is_asked_once_per_clip_and_every_viewing_is_logged(qtbot, tasks, ws, archivist, dock):
    page, (first, second) = _page(qtbot, tasks, ws, archivist, dock, 3, 3)
    _choose(qtbot, page, first)
    _play(qtbot, page, "案件审核")
    assert page.player_window is not None and page.player_window.isVisible()
    assert "案件审核" in page.player_window.windowTitle() and "案件审核" in page.notice.text()
    assert len(_viewings(ws, archivist)) == 1

    qtbot.mouseClick(page.player._stop, CLICK)
    qtbot.waitUntil(lambda: page.player.state() == "stopped", timeout=WAIT)
    _play(qtbot, page)  # the same clip again: not asked, still logged with its purpose
    qtbot.waitUntil(lambda: len(_viewings(ws, archivist)) == 2, timeout=WAIT)
    assert all("案件审核" in d for d in _viewings(ws, archivist))

    _choose(qtbot, page, second)
    qtbot.mouseClick(page.play_button, CLICK)
    dialog = _purpose_dialog(qtbot, page)  # another clip: asked again
    dialog.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    qtbot.keyClick(dialog.purpose.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    tasks.wait(WAIT)
    assert len(_viewings(ws, archivist)) == 2  # cancelled: nothing played, nothing logged
    page.shutdown()
    assert page.player._player is None and not page.player_window.isVisible()


def test_window_gives_the_seek_bar_and_the_note_room_and_keeps_snapshots(qtbot, tasks, ws, archivist, dock):
    page, (media_id,) = _page(qtbot, tasks, ws, archivist, dock, 4)
    _choose(qtbot, page, media_id)
    _play(qtbot, page, "法制审核")
    window, player = page.player_window, page.player
    assert window is not None and player is not None
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=WAIT)
    QApplication.processEvents()
    assert player._seek.width() >= 400, player._seek.width()
    assert player._marker_panel._note.width() >= 200, player._marker_panel._note.width()
    qtbot.waitUntil(lambda: window.snapshots._title.text() == "Snapshots (0)", timeout=WAIT)

    qtbot.waitUntil(lambda: player.position_ms() >= 500, timeout=WAIT)
    with qtbot.waitSignal(player.state_changed, timeout=WAIT, check_params_cb=lambda s: s == "paused"):
        qtbot.mouseClick(player._play, CLICK)
    qtbot.wait(200)
    qtbot.mouseClick(player._snapshot, CLICK)
    qtbot.waitUntil(lambda: "SHA-256" in window.message.text(), timeout=WAIT)
    [kept] = snapshots.list_snapshots(ws, archivist, media_id)
    assert window.message.text().startswith("Snapshot at 00:00:0") and kept.name in window.message.text()
    assert kept.sha256 in window.message.text() and str(kept.path) in window.message.toolTip()
    assert kept.path.read_bytes().startswith(b"\x89PNG")
    assert window.snapshots.count() == 1 and window.snapshots._title.text() == "Snapshots (1)"
    item = window.snapshots._list.item(0)
    assert item.text().startswith(f"00:00:0{kept.at_ms // 1000} · 李档案") and not item.icon().isNull()

    qtbot.keyClick(player._screen, Qt.Key.Key_S)  # the same paused frame once more: kept once
    qtbot.waitUntil(lambda: "nothing added" in window.message.text(), timeout=WAIT)
    assert len(snapshots.list_snapshots(ws, archivist, media_id)) == 1 and window.snapshots.count() == 1

    window.close()  # stops; the next play of this clip fills the list again in the background
    qtbot.waitUntil(lambda: player.state() == "stopped", timeout=WAIT)
    _play(qtbot, page)
    assert window.snapshots._title.text() in ("Snapshots", "Snapshots (1)")
    qtbot.waitUntil(lambda: window.snapshots.count() == 1, timeout=WAIT)
    page.shutdown()


def test_snapshot_after_the_end_says_what_to_do_in_chinese(qtbot, zh_ui, tasks, ws, archivist, dock):
    page, (media_id,) = _page(qtbot, tasks, ws, archivist, dock, 1)
    _choose(qtbot, page, media_id)
    _play(qtbot, page, "案件审核")
    player, window = page.player, page.player_window
    assert player is not None and window is not None
    qtbot.waitUntil(lambda: player.state() == "ended", timeout=WAIT)
    qtbot.mouseClick(player._snapshot, CLICK)
    text = window.message.text()
    assert "录像已播放完毕" in text and "单击进度条" in text and window.message.styleSheet() == ERROR_STYLE
    tasks.wait(WAIT)
    assert snapshots.list_snapshots(ws, archivist, media_id) == ()
    # What the message advises works: a click on the seek bar plays again.
    with qtbot.waitSignal(player.state_changed, timeout=WAIT, check_params_cb=lambda s: s == "playing"):
        qtbot.mouseClick(player._seek, CLICK, pos=player._seek.rect().center())
    page.shutdown()


@pytest.mark.parametrize("kind", ["missing", "noise"])
def test_a_file_that_cannot_be_opened_is_reported_in_chinese(qtbot, zh_ui, tasks, ws, archivist, tmp_path: Path,
                                                              kind):
    from ui.av.player_window import PlayerWindow

    path = tmp_path / "0123abcd"
    if kind == "noise":
        make_random_bytes(path)
    window = PlayerWindow(UiContext(ws, archivist, tasks))
    qtbot.addWidget(window)
    window.show()
    window.open(PlaybackTicket(1, path, "DSJ-A1B2C3_20261203_150300.MP4", ()), "案件审核")
    qtbot.waitUntil(lambda: window.player.state() == "error", timeout=WAIT)
    assert window.player.shows_problem() and window.message.isHidden()  # said once, in the video area
    text = window.player._message.text()
    assert "DSJ-A1B2C3_20261203_150300.MP4" in text and window.player._message.isVisible()
    expected = r"无法打开录像.*不存在.*重新播放" if kind == "missing" else r"无法播放录像.*导出"
    assert re.search(expected, text), text
    if window.player._snapshot.isEnabled():  # the damaged file is loaded, the missing one is not
        with qtbot.waitSignal(window.player.playback_error, timeout=WAIT):
            qtbot.mouseClick(window.player._snapshot, CLICK)
    assert window.message.isHidden() and window.player.shows_problem()
    window.shutdown()


@pytest.mark.xvfb
def test_window_opens_over_the_whole_screen_with_the_video_shown(qtbot, tasks, ws, archivist, dock):
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: make test runs this under xvfb-run at 1366×768")
    page, (media_id,) = _page(qtbot, tasks, ws, archivist, dock, 3)
    _choose(qtbot, page, media_id)
    _play(qtbot, page, "案件审核")
    window, player = page.player_window, page.player
    assert window is not None and player is not None
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: window.width() >= available.width() - 16, timeout=WAIT)
    QApplication.processEvents()
    assert player._seek.width() >= 400 and player._marker_panel._note.width() >= 200
    assert player._screen.currentWidget() is player._video and player._video.height() >= 400
    page.shutdown()
