"""Real watchdog observers (inotify and polling) on dock folders: complete files only, each once, rescans."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest
from sqlalchemy import func, select

from archive_core.av.dock_watch import DockWatcher, WatchedDock, needs_polling
from models.av import MediaRecord
from models.av_ingest import IngestEntry
from tests.av.conftest import clip_name, recent
from tests.media_factory import make_mp4


def _wait(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _done(ws, actor):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(IngestEntry.source_path, IngestEntry.state, IngestEntry.sha256)).all()


@pytest.mark.parametrize("polling", [False, True], ids=["inotify", "polling"])
def test_watcher_ingests_each_complete_file_once(ws, archivist, dock, tmp_path, polling):
    before = dock.clip(recent(3), seq=1)  # already there when watching starts: found by the first scan
    results = []
    watcher = DockWatcher(ws, archivist, [WatchedDock(str(dock.path), polling)], settle_s=1.0, rescan_s=2.0,
                          poll_interval=0.2, on_result=results.append)
    watcher.start()
    try:
        # A clip written slowly, as a docking station copies: it must not be taken before it is complete.
        full = make_mp4(tmp_path / "src.mp4", seconds=3, fps=5, size=(160, 120), colour=(1, 2, 3),
                        pattern="solid").read_bytes()
        slow = dock.path / clip_name(recent(2), seq=2)
        with open(slow, "wb") as fh:
            for i in range(0, len(full), 2048):
                fh.write(full[i:i + 2048])
                fh.flush()
                time.sleep(0.12 if polling else 0.02)
        sub = dock.path / "20261127"
        sub.mkdir()
        nested = dock.clip(recent(1), seq=3)
        nested.rename(sub / nested.name)
        (dock.path / "notes.txt").write_text("not a recording")
        assert _wait(lambda: len([r for r in results if r.ok]) >= 3), results
        time.sleep(1.0)
    finally:
        watcher.stop()
    rows = _done(ws, archivist)
    assert sorted(state for _, state, _ in rows) == ["done", "done", "done"], rows
    shas = {path.rsplit("/", 1)[1]: sha for path, _, sha in rows}
    assert shas[slow.name] == hashlib.sha256(full).hexdigest()
    assert before.name in shas and nested.name in shas
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(MediaRecord)).scalar() == 3
    assert not watcher.running


def test_rescan_finds_files_added_while_not_watching(ws, archivist, dock):
    results = []
    watcher = DockWatcher(ws, archivist, [WatchedDock(str(dock.path))], settle_s=0.2, rescan_s=0.5,
                          on_result=results.append)
    watcher.start()
    watcher._observers[0].stop()  # events are lost from here on …
    watcher._observers[0].join()
    watcher._observers = []
    try:
        dock.clip(recent(1))
        assert _wait(lambda: any(r.ok for r in results), 20)  # … the rescan still finds the file
    finally:
        watcher.stop()


def test_stop_is_prompt_and_start_again_is_idempotent(ws, archivist, dock):
    dock.clip(recent(1))
    first = DockWatcher(ws, archivist, [WatchedDock(str(dock.path))], settle_s=0.2, rescan_s=1.0)
    first.start()
    assert _wait(lambda: [s for _, s, _ in _done(ws, archivist)] == ["done"])
    started = time.monotonic()
    first.stop()
    assert time.monotonic() - started < 5
    again = DockWatcher(ws, archivist, [WatchedDock(str(dock.path))], settle_s=0.2, rescan_s=1.0)
    again.start()
    time.sleep(1.5)
    again.stop()
    assert len(_done(ws, archivist)) == 1
    assert threading.active_count() < 20


def test_polling_chosen_for_network_and_usb_mounts():
    assert needs_polling("/proc") is False
    assert needs_polling("/") is False
