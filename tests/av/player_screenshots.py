"""Screenshots of the player window at 1366×768, in Chinese: a clip with its markers and snapshots, a snapshot just
kept (the confirmation and the list), a snapshot asked for after the end, and a recording whose file is missing.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/av/player_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWidget  # noqa: E402

from archive_core.av import av_records, ingest  # noqa: E402
from archive_core.av.av_records import PlaybackTicket  # noqa: E402
from archive_core.equipment import devices, loans  # noqa: E402
from tests.av.conftest import clip_name  # noqa: E402
from tests.av.evidence_screenshots import wait_for  # noqa: E402
from tests.av.screenshots import pump, sample_case, start_app  # noqa: E402
from tests.media_factory import make_mp4  # noqa: E402
from ui.av.records_page import EvidencePage  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402


def screen_shot(window: QWidget, path: Path) -> None:
    # libvlc draws the video into a native window: grab the screen, not the widget tree.
    top = window.mapToGlobal(window.rect().topLeft())
    window.screen().grabWindow(0, top.x(), top.y(), window.width(), window.height()).save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="player-shots-"))
    app, ws, actor = start_app(work)
    case = sample_case(ws, actor)
    start = (datetime.now(UTC) - timedelta(hours=5)).replace(second=0, microsecond=0)
    devices.add_device(ws, actor, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", model="DSJ-V9",
                       now=start - timedelta(days=10))
    loans.checkout(ws, actor, "ZF-0001", "13010001", start + timedelta(hours=10), now=start - timedelta(hours=1))
    dock = work / "采集站01"
    dock.mkdir()
    long_clip = make_mp4(dock / clip_name(start, officer="13010001", seq=1), seconds=12, fps=10, size=(640, 360),
                         colour=(40, 80, 200), pattern="bars")
    short_clip = make_mp4(dock / clip_name(start + timedelta(minutes=15), officer="13010001", seq=2), seconds=2,
                          fps=10, size=(640, 360), colour=(40, 160, 60), pattern="solid")
    done = ingest.ingest_paths(ws, actor, [long_clip, short_clip], case_no=case.case_no, stage="investigation",
                               settle=0)
    first, second = (r.media_id for r in done)
    av_records.save_markers(ws, actor, first, [(1000, "执法人员出示执法证件"), (3500, "现场查见烟花爆竹12箱"),
                                               (8200, "当事人在现场笔录上签名")])

    tasks = TaskRunner()
    page = EvidencePage(UiContext(ws, actor, tasks))
    page.resize(1366, 720)
    page.show()
    page.activate()
    wait_for(app, lambda: page.model.rowCount() == 2 and page.model.row_value(1) is not None)

    def play(media_id: int) -> None:
        page.table.selectRow(page.model.row_of(media_id))
        wait_for(app, lambda: page.detail is not None and page.detail.row.id == media_id)
        page.play("案件审核")
        wait_for(app, lambda: page.player is not None and page.player.state() == "playing")

    def pause_at(ms: int) -> None:
        assert page.player is not None
        page.player.seek(ms)
        wait_for(app, lambda: page.player is not None and page.player.position_ms() >= ms)
        page.player.pause()
        wait_for(app, lambda: page.player is not None and page.player.state() == "paused")

    def snapshot() -> None:
        window = page.player_window
        assert window is not None and page.player is not None
        page.player.take_snapshot()
        wait_for(app, lambda: "SHA-256" in window.message.text())

    # An earlier viewing kept one snapshot; this one opens the clip again: markers and the snapshot are listed.
    play(first)
    pause_at(2000)
    snapshot()
    assert page.player_window is not None
    window = page.player_window
    window.close()
    play(first)
    wait_for(app, lambda: window.snapshots.count() == 1)
    pause_at(4500)
    screen_shot(window, out / "player-clip.png")

    pause_at(6800)
    snapshot()
    wait_for(app, lambda: window.snapshots.count() == 2)
    screen_shot(window, out / "player-snapshot.png")

    play(second)
    wait_for(app, lambda: page.player is not None and page.player.state() == "ended")
    assert page.player is not None
    page.player.take_snapshot()
    pump(app, 0.5)
    screen_shot(window, out / "player-error-end.png")

    # The vault's network share is not connected: the clip's file cannot be found.
    missing = ws.vault.path_of("0" * 64)
    window.open(PlaybackTicket(second, missing, short_clip.name, ()), "案件审核")
    wait_for(app, lambda: window.player.state() == "error")
    screen_shot(window, out / "player-error-file.png")

    page.shutdown()
    page.close()
    tasks.wait(60000)
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/player-shots"))
