"""The ingest monitor and the evidence page: real watcher, real catalogue, headless libvlc; models through
qtmodeltester; the embedded player under a real X server (xvfb)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from archive_core import ingest, media
from archive_core.ingest_monitor import queue_rows
from models.audit import AuditEvent
from tests.av.conftest import recent
from tests.media_factory import make_empty
from tests.ui.conftest import tasks  # noqa: F401
from ui.context import UiContext
from ui.evidence_models import EvidenceModel
from ui.ingest_models import QueueModel
from ui.pages.evidence_page import EvidencePage
from ui.pages.ingest_page import IngestPage
from ui.player_markers import Marker

WAIT = 20000


def _actions(ws, actor, action):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == action)).scalars().all()


def test_queue_model_shows_reasons_and_clocks(qtmodeltester, ws, archivist, dock):
    ok = dock.clip(recent(2))
    empty = make_empty(dock.path / "DSJ-A1B2C3_012345_20261127_080000.MP4")
    ingest.ingest_paths(ws, archivist, [ok, empty], settle=0)
    model = QueueModel()
    model.set_rows(queue_rows(ws, archivist))
    qtmodeltester.check(model)
    texts = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(5)]
             for r in range(model.rowCount())}
    assert texts[ok.name][1] == "Stored" and texts[ok.name][2] == "100%" and texts[ok.name][3] == "On time"
    assert texts[empty.name][1] == "Refused" and "empty (0 bytes)" in texts[empty.name][4]


def test_evidence_model_is_lazy_and_has_thumbnails(qtbot, qtmodeltester, tasks, ws, archivist, dock):  # noqa: F811
    ids = [r.media_id for r in ingest.ingest_paths(ws, archivist, [dock.clip(recent(2), seq=i) for i in range(3)],
                                                   settle=0)]
    model = EvidenceModel(tasks, ws, archivist)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.reload()
    assert model.rowCount() == 3
    qtbot.waitUntil(lambda: model.row_value(0) is not None, timeout=WAIT)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.id_at(0) in ids


def test_ingest_page_watches_a_dock(qtbot, tasks, ws, archivist, dock):  # noqa: F811
    page = IngestPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.activate()
    page.add_folder(str(dock.path), False)
    qtbot.waitUntil(lambda: page.docks.count() == 1, timeout=WAIT)
    page.start_watching()
    try:
        clip = dock.clip(recent(1))
        qtbot.waitUntil(lambda: any(page.model.row_at(i) and page.model.row_at(i).state == "done"
                                    and page.model.row_at(i).name == clip.name
                                    for i in range(page.model.rowCount())), timeout=WAIT)
        assert "Stored 1" in page.status.text()
    finally:
        page.stop_watching()
        tasks.wait(WAIT)
        qtbot.wait(100)
    assert page.watcher is None
    page.close()
    qtbot.wait(50)


def test_evidence_page_plays_with_purpose_and_keeps_markers(qtbot, tasks, ws, archivist, dock, case_no):  # noqa: F811
    [result] = ingest.ingest_paths(ws, archivist, [dock.clip(recent(2), seconds=3)], case_no=case_no,
                                   stage="investigation", settle=0)
    page = EvidencePage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.play_button.isEnabled(), timeout=WAIT)
    page.play("案件审核")
    qtbot.waitUntil(lambda: page.player is not None and page.player.state() == "playing", timeout=WAIT)
    assert any("案件审核" in d for d in _actions(ws, archivist, "media.play"))
    page.player.set_markers([Marker(500, "出示执法证件")])
    page.player.markers_changed.emit(page.player.markers())
    qtbot.waitUntil(lambda: media.media_detail(ws, archivist, result.media_id).markers != (), timeout=WAIT)
    assert media.media_detail(ws, archivist, result.media_id).markers[0].note == "出示执法证件"
    page.shutdown()


@pytest.mark.xvfb
def test_player_embedded_in_the_evidence_page(qtbot, tasks, ws, archivist, dock, tmp_path):  # noqa: F811
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: make test runs this under xvfb-run")
    ingest.ingest_paths(ws, archivist, [dock.clip(recent(2) - timedelta(minutes=1), seconds=4)], settle=0)
    page = EvidencePage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    page.play("复核")
    qtbot.waitUntil(lambda: page.player is not None and page.player.state() == "playing", timeout=WAIT)
    qtbot.waitUntil(lambda: page.player.position_ms() > 300, timeout=WAIT)
    with qtbot.waitSignal(page.player.snapshot_taken, timeout=WAIT):
        page.player.take_snapshot()
    qtbot.waitUntil(lambda: media.media_detail(ws, archivist, page.detail.row.id).snapshots != (), timeout=WAIT)
    page.shutdown()
