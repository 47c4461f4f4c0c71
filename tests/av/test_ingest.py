"""Ingest: copy with both digests and verification, facts from PyAV and the file name, officer from the loan,
duplicates linked, the persistent queue, the case link, source deletion only when configured."""

from __future__ import annotations

import errno
import hashlib
import time
from datetime import timedelta

from sqlalchemy import func, select

from archive_core.av import av_records, ingest, settings
from archive_core.av.ingest_queue import claim, recover, worker_id
from archive_core.spine.vault import store
from disc_burning.sm3 import sm3_hasher
from models.audit import AuditEvent
from models.av import MediaDerivative, MediaRecord
from models.av_ingest import EntryState, IngestEntry
from models.vault import VaultObject
from tests.av.conftest import CST, DEVICE_CODE, recent


def _digests(path):
    data = path.read_bytes()
    sm3 = sm3_hasher()
    sm3.update(data)
    return hashlib.sha256(data).hexdigest(), sm3.hexdigest()


def test_ingest_stores_verified_copy_with_facts(ws, archivist, dock, loaned_device):
    start = recent(3)
    loaned_device(start - timedelta(hours=1))
    clip = dock.clip(start, seconds=2.0)
    sha, sm3 = _digests(clip)
    [result] = ingest.ingest_paths(ws, archivist, [clip], settle=0)
    assert result.state == "done" and result.sha256 == sha
    assert ws.vault.path_of(sha).read_bytes() == clip.read_bytes()
    assert clip.exists(), "the source is kept unless the agency turns deletion on"
    with ws.unit(archivist, write=False) as uow:
        obj = uow.session.get(VaultObject, sha)
        assert obj is not None and obj.sm3 == sm3
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert detail.row.device_code == DEVICE_CODE
    # The name's wall-clock time is read in the device's zone (Asia/Shanghai), not as UTC.
    assert detail.row.recorded_start == start
    assert abs((detail.row.recorded_end - start).total_seconds() - 2.0) < 0.3
    assert detail.time_source == "filename"
    assert detail.video_codec == "h264" and detail.width == 160 and detail.audio_codec == "aac"
    assert [(o.certificate_no, o.source) for o in detail.row.officers] == [("13010001", "loan")]
    assert detail.row.clock_state == "on_time"
    assert detail.row.thumbnail_sha256 and ws.vault.exists(detail.row.thumbnail_sha256)
    assert av_records.thumbnails(ws, archivist, [result.media_id])[result.media_id][:2] == b"\xff\xd8"


def test_duplicate_is_linked_not_stored_twice(ws, archivist, dock, tmp_path):
    clip = dock.clip(recent(2))
    copy = tmp_path / "card" / clip.name
    copy.parent.mkdir()
    copy.write_bytes(clip.read_bytes())
    first = ingest.ingest_paths(ws, archivist, [clip], settle=0)[0]
    second = ingest.ingest_paths(ws, archivist, [copy], settle=0)[0]
    assert (first.state, second.state) == ("done", "duplicate")
    assert second.media_id == first.media_id
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(MediaRecord)).scalar() == 1
        assert uow.session.execute(select(func.count()).select_from(MediaDerivative)).scalar() == 1
    # Ingesting the very same file again finds it in the queue: nothing new happens.
    again = ingest.ingest_paths(ws, archivist, [clip], settle=0)[0]
    assert again.entry_id == first.entry_id and again.state == "done"


def test_metadata_time_in_camera_zone_when_name_says_nothing(ws, archivist, tmp_path):
    wall = recent(5).astimezone(CST).replace(tzinfo=None)
    from tests.media_factory import make_mp4

    path = make_mp4(tmp_path / "VID_0001.mp4", seconds=1, fps=5, size=(160, 120), creation_time=wall)
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert detail.time_source == "metadata"
    assert detail.creation_time_raw.endswith("Z")  # the label lies: it is local time
    assert detail.row.recorded_start == wall.replace(tzinfo=CST)
    assert detail.row.officers == ()


def test_ingest_with_case_and_stage(ws, archivist, dock, case_no):
    clip = dock.clip(recent(1))
    [result] = ingest.ingest_paths(ws, archivist, [clip], case_no=case_no, stage="investigation", settle=0)
    row = av_records.media_detail(ws, archivist, result.media_id).row
    assert (row.case_no, row.stage) == (case_no, "investigation")


def test_officer_from_file_name_when_no_loan(ws, archivist, dock, case_no):
    clip = dock.clip(recent(1), officer="13010002")
    [result] = ingest.ingest_paths(ws, archivist, [clip], settle=0)
    officers = av_records.media_detail(ws, archivist, result.media_id).row.officers
    assert [(o.name, o.source) for o in officers] == [("李明", "filename")]


def test_source_deleted_only_when_enabled_and_verified(ws, archivist, dock, make_actor):
    admin = make_actor("system_admin")
    keep = dock.clip(recent(2), seq=1)
    ingest.ingest_paths(ws, archivist, [keep], settle=0)
    assert keep.exists()
    settings.change_setting(ws, admin, "delete_source", True)
    gone = dock.clip(recent(2), seq=2)
    data = gone.read_bytes()
    [result] = ingest.ingest_paths(ws, archivist, [gone], settle=0)
    assert result.state == "done" and not gone.exists()
    assert ws.vault.path_of(result.sha256).read_bytes() == data
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(IngestEntry, result.entry_id).source_deleted
        actions = set(uow.session.execute(select(AuditEvent.action)).scalars())
    assert {"media.source_deleted", "media.setting_changed", "media.ingest"} <= actions


def test_claims_of_a_dead_worker_are_recovered(ws, archivist, dock):
    clip = dock.clip(recent(1))
    with ws.unit(archivist) as uow:
        from archive_core.av.ingest_queue import enqueue

        entry = enqueue(uow, clip)
    assert claim(ws, "ghost|" + worker_id(ws).split("|")[1] + "|999999") == entry.id
    assert claim(ws, worker_id(ws)) is None  # claimed entries are not handed out twice
    assert recover(ws, archivist) == [entry.id]
    results = ingest.run_queue(ws, archivist)
    assert [r.state for r in results] == ["done"]
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(IngestEntry, entry.id).state == EntryState.DONE.value


def test_copy_through_reused_read_buffers_keeps_every_byte(ws, archivist, dock, monkeypatch):
    # Small chunks, so the clip passes through the reader's ring of buffers several times over.
    monkeypatch.setattr(ingest._GuardedReader, "CHUNK", 4096)
    monkeypatch.setattr(ingest._GuardedReader, "DEPTH", 2)

    class SlowSM3:  # the reader runs well ahead: a buffer handed back too early would be overwritten meanwhile
        def __init__(self):
            self._h = sm3_hasher()

        def update(self, data):
            time.sleep(0.005)
            self._h.update(data)

        def hexdigest(self):
            return self._h.hexdigest()

    monkeypatch.setattr(store, "sm3_hasher", SlowSM3)
    clip = dock.clip(recent(1), seconds=6.0, pattern="bars")
    assert clip.stat().st_size > 8 * 4096
    sha, sm3 = _digests(clip)
    [result] = ingest.ingest_paths(ws, archivist, [clip], settle=0)
    assert result.state == "done" and result.sha256 == sha
    assert ws.vault.path_of(sha).read_bytes() == clip.read_bytes()
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(VaultObject, sha).sm3 == sm3


def test_copy_through_the_page_cache_where_direct_reads_are_refused(ws, archivist, dock, monkeypatch):
    import fcntl
    import os

    real_readv = os.readv
    refused = []

    def readv(fd, buffers):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:  # as a file system that accepts the flag but not the read
            refused.append(fd)
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_readv(fd, buffers)

    monkeypatch.setattr(os, "readv", readv)
    first, second = dock.clip(recent(2)), dock.clip(recent(1))
    [a] = ingest.ingest_paths(ws, archivist, [first], settle=0)
    monkeypatch.setattr(ingest, "_DIRECT", 0)  # and a file system that refuses it at open
    [b] = ingest.ingest_paths(ws, archivist, [second], settle=0)
    assert refused, "the first copy was tried with O_DIRECT"
    assert (a.state, a.sha256) == ("done", _digests(first)[0])
    assert (b.state, b.sha256) == ("done", _digests(second)[0])
