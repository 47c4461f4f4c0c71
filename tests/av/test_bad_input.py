"""Bad input: each file gets a clear outcome with its reason, the program goes on, and nothing is lost.

Policy: whatever holds bytes is kept (a damaged recording may be all that is left): truncated and unreadable-as-media
files are stored and flagged as damaged. Empty files, links and non-files are rejected with the reason and left in
place. Unreadable, vanished, changing files and a full vault fail with the reason, leave no partial object, and can
be retried.
"""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_core.av import av_records, ingest
from archive_core.av.ingest_queue import render_error, retry
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import open_workstation
from models.av import MediaRecord
from models.av_ingest import IngestEntry
from tests.av.conftest import clip_name, recent
from tests.media_factory import make_empty, make_mp4, make_random_bytes, make_truncated_mp4


def _count(ws, actor, model=MediaRecord):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar()


def _entry(ws, actor, entry_id):
    with ws.unit(actor, write=False) as uow:
        e = uow.session.get(IngestEntry, entry_id)
        uow.session.expunge(e)
        return e


def test_truncated_mp4_is_kept_as_damaged_evidence(ws, archivist, dock):
    path = make_truncated_mp4(dock.path / clip_name(recent(2)), seconds=2, fps=5, size=(160, 120))
    data = path.read_bytes()
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert result.state == "done" and result.damage == "truncated"
    assert ws.vault.path_of(result.sha256).read_bytes() == data
    row = av_records.media_detail(ws, archivist, result.media_id).row
    assert row.damage == "truncated" and "incomplete" in row.damage_reason
    with pytest.raises(av_records.DamagedError, match="damaged and cannot be played"):
        av_records.open_for_playback(ws, archivist, result.media_id, "复核证据")


def test_random_bytes_named_mp4_are_kept_and_flagged(ws, archivist, dock):
    path = make_random_bytes(dock.path / clip_name(recent(2)))
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert result.ok and result.damage == "not_media"
    assert av_records.media_detail(ws, archivist, result.media_id).row.thumbnail_sha256 is None


def test_zero_byte_file_is_rejected_and_left_in_place(ws, archivist, dock):
    path = make_empty(dock.path / clip_name(recent(2)))
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert (result.state, result.error_code) == ("rejected", "empty")
    assert "empty (0 bytes)" in result.message and "dock the device again" in result.message
    assert path.exists() and _count(ws, archivist) == 0


def test_symlink_is_rejected_not_followed(ws, archivist, dock, tmp_path):
    target = make_mp4(tmp_path / "outside.mp4", seconds=1, fps=5, size=(160, 120))
    link = dock.path / clip_name(recent(2))
    link.symlink_to(target)
    [result] = ingest.ingest_paths(ws, archivist, [link], settle=0)
    assert (result.state, result.error_code) == ("rejected", "symlink")
    assert "symbolic link" in result.message
    assert _count(ws, archivist) == 0 and link.is_symlink() and target.exists()


def test_file_still_being_written_is_not_stored_until_complete(ws, archivist, dock, tmp_path):
    full = make_mp4(tmp_path / "full.mp4", seconds=3, fps=5, size=(160, 120)).read_bytes()
    path = dock.path / clip_name(recent(1))
    stop = threading.Event()

    def writer():
        with open(path, "wb") as fh:
            for i in range(0, len(full), 4096):
                fh.write(full[i:i + 4096])
                fh.flush()
                time.sleep(0.05)
                if stop.is_set():
                    break

    t = threading.Thread(target=writer)
    t.start()
    time.sleep(0.1)
    try:
        [result] = ingest.ingest_paths(ws, archivist, [path], settle=0.3)
    finally:
        t.join()
    assert (result.state, result.error_code) == ("failed", "changed")
    assert "still being written" in result.message
    assert _count(ws, archivist) == 0
    [again] = ingest.ingest_paths(ws, archivist, [path], settle=0.3)
    assert again.state == "done" and again.sha256 == hashlib.sha256(full).hexdigest()


def test_file_changing_during_the_copy_leaves_nothing(ws, archivist, dock):
    path = dock.clip(recent(1))

    grown = []

    def grow(done, total, text):
        if not grown:  # the camera appends once more after the copy started
            grown.append(done)
            with open(path, "ab") as fh:
                fh.write(b"\0" * 10)

    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0, progress=Progress(grow))
    assert (result.state, result.error_code) == ("failed", "changed")
    assert _count(ws, archivist) == 0
    assert list(ws.vault.tmp.iterdir()) == [] and list(ws.vault.objects.glob("*/*/*")) == []


def test_file_vanishing_mid_copy(ws, archivist, dock):
    path = dock.clip(recent(1))
    data = path.read_bytes()

    def vanish(done, total, text):
        path.unlink(missing_ok=True)

    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0, progress=Progress(vanish))
    # The open file was read to its end: the copy is whole, verified, and says what happened.
    assert result.state == "done" and "removed during the copy" in result.note
    assert ws.vault.path_of(result.sha256).read_bytes() == data


def test_file_vanishing_before_the_copy(ws, archivist, dock):
    path = dock.clip(recent(1))
    with ws.unit(archivist) as uow:
        from archive_core.av.ingest_queue import enqueue

        entry = enqueue(uow, path)
    path.unlink()
    [result] = ingest.run_queue(ws, archivist)
    assert (result.entry_id, result.state, result.error_code) == (entry.id, "failed", "vanished")
    assert "disappeared" in render_error(_entry(ws, archivist, entry.id).error_message)


def test_unreadable_file_fails_and_can_be_retried(ws, archivist, dock, monkeypatch):
    # Tests run as root, who reads any file whatever its mode: deny the open as the kernel would.
    import archive_core.av.probe as media_probe

    path = dock.clip(recent(1))
    real_open = open

    def deny(file, *args, **kwargs):
        if os.fsencode(file) == os.fsencode(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(media_probe, "open", deny, raising=False)
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert (result.state, result.error_code) == ("failed", "unreadable")
    assert "Permission denied" in result.message and path.exists()
    monkeypatch.undo()
    assert retry(ws, archivist, [result.entry_id]) == 1
    [again] = ingest.run_queue(ws, archivist)
    assert again.state == "done"


def test_long_chinese_names(ws, archivist, dock):
    # A single name is limited to 255 bytes (85 Chinese characters); 200 characters fit only in a path.
    with pytest.raises(OSError) as too_long:
        (dock.path / ("执" * 200 + ".mp4")).write_bytes(b"x")
    assert too_long.value.errno == errno.ENAMETOOLONG
    folder = dock.path / ("石家庄市市场监督管理局执法记录" * 4) / ("二〇二六年十一月现场检查录像" * 4)
    folder.mkdir(parents=True)
    name = "现场检查" * 20 + "录像.mp4"  # 82 characters, 246 bytes
    path = make_mp4(folder / name, seconds=1, fps=5, size=(160, 120))
    assert len(str(path.relative_to(dock.path))) > 200
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert result.state == "done"
    detail = av_records.media_detail(ws, archivist, result.media_id)
    assert detail.original_name == name and detail.source_path == str(path)


def test_name_that_is_not_utf8(ws, archivist, dock):
    raw = os.fsencode(dock.path) + b"/\xd6\xb4\xb7\xa8_gbk_0001.mp4"  # GBK bytes from an old card reader
    with open(raw, "wb") as fh:
        fh.write(dock.clip(recent(1)).read_bytes())
    [result] = [r for r in ingest.ingest_paths(ws, archivist, [raw], settle=0)]
    assert result.state == "done"
    name = av_records.media_detail(ws, archivist, result.media_id).original_name
    assert name == b"\xd6\xb4\xb7\xa8_gbk_0001.mp4".decode("utf-8", "backslashreplace")
    assert "\\xb7\\xa8_gbk_0001.mp4" in name
    name.encode("utf-8")


@pytest.fixture
def tiny_vault(tmp_path):
    home = tmp_path / "small-home"
    vault = home / "vault"
    vault.mkdir(parents=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(vault)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield home
    subprocess.run(["umount", str(vault)], check=False)


def test_full_vault_disk(tiny_vault, db_url, dock, security_admin):
    from archive_core.spine import users

    ws = open_workstation(tiny_vault, db_url.replace("catalogue.sqlite3", "small.sqlite3"), name="small")
    try:
        users.create_first_admin(ws, "sa2", "安全管理员", "Passw0rd!") if db_url.startswith("sqlite") else None
        admin = users.login(ws, "sa2" if db_url.startswith("sqlite") else "secadmin", "Passw0rd!")
        users.create_user(ws, admin, "arch2", "档案员", "Passw0rd!", {"archivist"})
        actor = users.login(ws, "arch2", "Passw0rd!")
        big = make_random_bytes(dock.path / clip_name(recent(1)), size=2 * 1024 * 1024)
        small = dock.clip(recent(2))
        assert big.stat().st_size > 1024 * 1024
        results = ingest.ingest_paths(ws, actor, [big, small], settle=0)
        by_name = {Path(r.path).name: r for r in results}
        full = by_name[big.name]
        assert (full.state, full.error_code) == ("failed", "storage_full")
        assert "vault disk is full" in full.message
        # refused before the copy, naming what it needs and what is free
        assert "it needs 2.0 MiB and" in full.message and "are free" in full.message
        assert by_name[small.name].state == "done", "the queue goes on after a full disk"
        assert big.exists() and list(ws.vault.tmp.iterdir()) == []
        assert _count(ws, actor) == 1
    finally:
        ws.close()


def _no_catalogue_rows(ws, actor):
    from models.vault import VaultObject

    return _count(ws, actor) == 0 and _count(ws, actor, VaultObject) == 0


def test_vault_copy_that_reads_back_different_is_refused(ws, archivist, dock, monkeypatch):
    """Art. 24, 27: what is catalogued is what was read; a copy whose read-back differs is not catalogued."""
    from models.audit import AuditEvent

    path = dock.clip(recent(1))
    real = ws.vault.digest_object
    read_back = []

    def corrupted(sha256, with_sm3=False):  # the disk returns other bytes than were written
        read_back.append(sha256)
        got = real(sha256, with_sm3)
        return type(got)("0" * 64, got.sm3, got.size)

    monkeypatch.setattr(ws.vault, "digest_object", corrupted)
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert read_back, "the ingest reads the vault copy back"
    assert (result.state, result.error_code) == ("failed", "verify_failed")
    assert result.message == (f"The vault copy of {path.name} does not match what was read. "
                              "Check the vault disk; retry the ingest.")
    assert _no_catalogue_rows(ws, archivist)
    with ws.unit(archivist, write=False) as uow:
        [event] = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "media.ingest_failed")
                                      ).scalars().all()
        assert event.outcome == "failed" and '"verify_failed"' in event.details
    assert path.exists(), "the source is kept"
    monkeypatch.undo()
    assert retry(ws, archivist, [result.entry_id]) == 1
    [again] = ingest.run_queue(ws, archivist)
    assert again.state == "done"


def test_vault_copy_corrupted_on_disk_before_the_read_back_is_refused(ws, archivist, dock, monkeypatch):
    path = dock.clip(recent(1), seq=7)
    real = ws.vault.digest_object

    def flip_then_read(sha256, with_sm3=False):  # a bit flips in the stored file between write and verify
        stored = ws.vault.path_of(sha256)
        data = bytearray(stored.read_bytes())
        data[len(data) // 2] ^= 0x01
        os.chmod(stored, 0o644)
        stored.write_bytes(bytes(data))
        os.chmod(stored, 0o444)
        return real(sha256, with_sm3)

    monkeypatch.setattr(ws.vault, "digest_object", flip_then_read)
    [result] = ingest.ingest_paths(ws, archivist, [path], settle=0)
    assert (result.state, result.error_code) == ("failed", "verify_failed")
    assert "does not match what was read" in result.message
    assert _no_catalogue_rows(ws, archivist)
