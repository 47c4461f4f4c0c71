"""Evidence vault: content addressing, write-once, crash safety, fixity (Art. 7, 24, 27)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from archive_core.spine.errors import StorageError, StorageFullError
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import open_workstation
from disc_burning.sm3 import sm3_hasher

ROOT = Path(__file__).resolve().parents[2]


def test_put_names_object_by_sha256_with_sm3_and_read_only(tmp_path: Path) -> None:
    data = os.urandom(5 * 1024 * 1024 + 17)  # spans several chunks
    src = tmp_path / "执法记录仪_片段.mp4"
    src.write_bytes(data)
    vault = Vault(tmp_path / "vault")
    stored = vault.put_file(src)
    sm3 = sm3_hasher()
    sm3.update(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.sm3 == sm3.hexdigest()
    assert stored.path == vault.objects / stored.sha256[:2] / stored.sha256[2:4] / stored.sha256
    assert stored.path.read_bytes() == data
    assert not os.access(stored.path, os.W_OK) or os.geteuid() == 0
    assert stored.path.stat().st_mode & 0o222 == 0
    # only the record of the put stays, until a catalogue entry settles it
    assert list(vault.tmp.iterdir()) == [stored.intent]
    again = vault.put_file(src)
    assert again.already_present and again.sha256 == stored.sha256


def test_writeback_is_started_for_every_part_of_the_copy_once(tmp_path: Path, monkeypatch) -> None:
    from archive_core.spine.vault import store as vault_module

    started: list[tuple[int, int]] = []
    real = vault_module.start_writeback

    def record(fd: int, offset: int, length: int) -> None:
        started.append((offset, length))
        real(fd, offset, length)

    monkeypatch.setattr(vault_module, "WRITEBACK_STEP", vault_module.CHUNK * 2)
    monkeypatch.setattr(vault_module, "start_writeback", record)
    data = os.urandom(vault_module.CHUNK * 5 + 99)
    src = tmp_path / "clip.mp4"
    src.write_bytes(data)
    stored = Vault(tmp_path / "vault").put_file(src)
    assert stored.path.read_bytes() == data
    # Handed over in order, without gaps or overlaps, each piece at least a step; the rest goes with the fsync.
    assert started == [(0, vault_module.CHUNK * 2), (vault_module.CHUNK * 2, vault_module.CHUNK * 2)]


def test_unreadable_and_non_regular_sources_store_nothing(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with pytest.raises(StorageError) as err:
        vault.put_file(tmp_path / "missing.mp4")
    assert "missing.mp4" in str(err.value)
    with pytest.raises(StorageError) as err:
        vault.put_file(tmp_path)
    assert tmp_path.name in str(err.value) and "Nothing was stored" in str(err.value)
    assert list(vault.objects.rglob("*")) == [] and list(vault.tmp.iterdir()) == []


def test_full_disk_leaves_no_partial_object(tmp_path: Path) -> None:
    """A tiny tmpfs stands in for a full vault disk."""
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        vault = Vault(mount / "vault")
        src = tmp_path / "big.mp4"
        src.write_bytes(os.urandom(3 * 1024 * 1024))
        with pytest.raises(StorageFullError) as err:
            vault.put_file(src)
        assert "big.mp4" in err.value.render() and "Nothing was stored" in err.value.render()
        assert list(vault.tmp.iterdir()) == []
        assert [p for p in vault.objects.rglob("*") if p.is_file()] == []
        assert src.stat().st_size == 3 * 1024 * 1024  # the source is untouched
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_sigkill_mid_put_leaves_no_object_and_next_start_sweeps(tmp_path: Path) -> None:
    home = tmp_path / "home"
    Vault(home / "vault")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from archive_core.spine.vault.store import Vault
        class Slow:
            def __init__(self): self.n = 0
            def read(self, size):
                self.n += 1
                if self.n == 3:
                    print("writing", flush=True)
                    time.sleep(60)
                return b"x" * size
        Vault(__import__("pathlib").Path({str(home / "vault")!r})).put_stream(Slow(), "clip.mp4")
    """)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    leftovers = list((home / "vault" / "tmp").iterdir())
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 0
    assert [p for p in (home / "vault" / "objects").rglob("*") if p.is_file()] == []
    ws = open_workstation(home, f"sqlite:///{tmp_path / 'c.sqlite3'}", name="t")
    try:
        assert list(ws.vault.tmp.iterdir()) == []
    finally:
        ws.close()


def test_sweep_keeps_temp_files_of_live_processes(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        live = vault.tmp / f"{vault._host}-{sleeper.pid}-abc.part"
        live.write_bytes(b"in progress")
        foreign = vault.tmp / "otherhost-123-abc.part"
        foreign.write_bytes(b"other workstation")
        old = vault.tmp / "otherhost-456-def.part"
        old.write_bytes(b"stale")
        os.utime(old, (time.time() - 2 * 86400,) * 2)
        removed = vault.sweep_temp()
        assert removed == [old]
        assert live.exists() and foreign.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_verify_reports_flipped_byte_and_deleted_object(ws, archivist, auditor, tmp_path: Path) -> None:
    files = []
    for i in range(3):
        f = tmp_path / f"clip{i}.mp4"
        f.write_bytes(os.urandom(100_000 + i))
        files.append(fixity.store_file(ws, archivist, f))
    assert fixity.verify_vault(ws, auditor).ok

    flipped, deleted, good = files
    os.chmod(flipped.path, 0o644)
    with open(flipped.path, "r+b") as fh:
        fh.seek(5000)
        byte = fh.read(1)
        fh.seek(5000)
        fh.write(bytes([byte[0] ^ 0x01]))
    deleted.path.unlink()

    report = fixity.verify_vault(ws, auditor)
    assert not report.ok
    assert report.mismatched == [flipped.sha256]
    assert report.missing == [deleted.sha256]
    assert good.sha256 not in report.mismatched + report.missing
    from archive_core.spine.audit import service

    seqs = service.event_seqs(ws, auditor, service.AuditFilter(action="vault.verify"))
    latest = service.events_by_seq(ws, auditor, seqs[:1])[0]
    assert latest.outcome == "failed" and flipped.sha256 in latest.details and deleted.sha256 in latest.details


def test_batch_put_stores_two_at_a_time_and_reports_each_file(ws, archivist, tmp_path: Path) -> None:
    long_name = "执法记录仪现场视频" * 9 + ".mp4"  # 85 characters, 247 bytes: near the 255-byte limit of a name
    good = [tmp_path / f"clip{i}.mp4" for i in range(4)] + [tmp_path / long_name]
    for i, f in enumerate(good):
        f.write_bytes(os.urandom(3_000_000 + i))
    twin = tmp_path / "same-bytes-again.mp4"
    twin.write_bytes(good[0].read_bytes())
    missing = tmp_path / "nope.mp4"
    paths = [*good[:2], missing, *good[2:], twin]
    seen: list[Path] = []
    outcomes = fixity.store_files(ws, archivist, paths, on_stored=lambda p, _o: seen.append(p))

    assert sorted(seen) == sorted(paths)
    assert isinstance(outcomes[2], StorageError) and "nope.mp4" in outcomes[2].render()
    stored = [o for o in outcomes if not isinstance(o, StorageError)]
    assert [o.sha256 for o in stored] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in [*good, twin]]
    assert stored[-1].already_present and stored[-1].sha256 == stored[0].sha256
    for obj in stored:
        sm3 = sm3_hasher()
        sm3.update(obj.path.read_bytes())
        assert obj.sm3 == sm3.hexdigest()
    assert sorted(ws.vault.iter_object_digests()) == sorted({o.sha256 for o in stored})
    assert list(ws.vault.tmp.iterdir()) == []
    assert all(p.exists() for p in good)  # the sources are left alone
    assert fixity.verify_vault(ws, archivist).checked == 5


def test_the_copy_reaches_the_disk_before_it_takes_its_name(tmp_path: Path, monkeypatch) -> None:
    """fsync of the temp file, then the rename, then fsync of the folder: a power cut leaves the whole object or
    none (a renamed file whose data is still in the page cache could be empty after a crash)."""
    import stat

    from archive_core.spine.vault import store as vault_module

    events: list[str] = []
    real_fsync, real_rename = os.fsync, os.rename

    def fsync(fd: int) -> None:
        events.append("fsync file" if stat.S_ISREG(os.fstat(fd).st_mode) else "fsync folder")
        real_fsync(fd)

    def rename(src, dst) -> None:  # type: ignore[no-untyped-def]
        events.append("rename")
        real_rename(src, dst)

    monkeypatch.setattr(vault_module.os, "fsync", fsync)
    monkeypatch.setattr(vault_module.os, "rename", rename)
    src = tmp_path / "clip.mp4"
    src.write_bytes(os.urandom(100_000))
    Vault(tmp_path / "vault").put_file(src)
    # the second file fsynced is the record of the put, which must be on disk before the object has its name
    assert events == ["fsync file", "fsync file", "rename", "fsync folder"]


def test_planted_object_is_listed_by_verify_for_a_person_to_decide(ws, auditor, home, db_url, capsys,
                                                                   monkeypatch, tmp_path: Path) -> None:
    from tests.conftest import PASSWORD, run_cli

    data = b"planted by hand"
    sha = hashlib.sha256(data).hexdigest()
    target = ws.vault.path_of(sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    report = fixity.verify_vault(ws, auditor)
    assert not report.ok and report.uncatalogued == [sha]
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, words = run_cli(home, db_url, auditor.username, capsys, "verify", as_json=False)
    assert code == 7 and sha in str(words)
    assert target.exists()  # nothing removes it: a person decides


def _put_cut_before_commit(ws, tmp_path: Path, data: bytes):  # type: ignore[no-untyped-def]
    """What a SIGKILL between the rename and the commit leaves: the object and the record of its put."""
    src = tmp_path / "执法记录仪_中断.mp4"
    src.write_bytes(data)
    stored = ws.vault.put_file(src)
    assert stored.intent is not None and stored.intent.exists()
    return stored


def test_start_adopts_the_whole_object_of_an_interrupted_put(ws, archivist, auditor, home, db_url,
                                                             tmp_path: Path) -> None:
    from sqlalchemy import select

    from models.audit import AuditEvent
    from models.vault import VaultObject

    stored = _put_cut_before_commit(ws, tmp_path, os.urandom(70_000))
    assert fixity.verify_vault(ws, auditor).uncatalogued == [stored.sha256]
    again = open_workstation(home, db_url, name="test-ws")  # the next start (the put's process counts as ended)
    try:
        with again.db.reader() as s:
            row = s.get(VaultObject, stored.sha256)
            assert row is not None and row.original_name == "执法记录仪_中断.mp4" and row.sm3 == stored.sm3
            actions = s.execute(select(AuditEvent.action).where(AuditEvent.object_id == stored.sha256)).scalars()
            assert list(actions) == ["vault.orphan_adopted"]
        assert not stored.intent.exists()
        assert fixity.verify_vault(again, auditor).ok
    finally:
        again.close()


def test_start_reports_an_interrupted_put_whose_object_does_not_match(ws, auditor, home, db_url,
                                                                      tmp_path: Path) -> None:
    from sqlalchemy import select

    from models.audit import AuditEvent

    stored = _put_cut_before_commit(ws, tmp_path, os.urandom(50_000))
    os.chmod(stored.path, 0o644)
    stored.path.write_bytes(b"swapped")  # not what the put stored: not adopted
    again = open_workstation(home, db_url, name="test-ws")
    try:
        with again.db.reader() as s:
            outcomes = s.execute(select(AuditEvent.action, AuditEvent.outcome)
                                 .where(AuditEvent.object_id == stored.sha256)).all()
        assert [tuple(o) for o in outcomes] == [("vault.orphan_found", "failed")]
        assert fixity.verify_vault(again, auditor).uncatalogued == [stored.sha256]
    finally:
        again.close()


def test_a_committed_put_leaves_no_record_behind(ws, archivist, tmp_path: Path) -> None:
    src = tmp_path / "clip.mp4"
    src.write_bytes(os.urandom(10_000))
    fixity.store_file(ws, archivist, src)
    assert list(ws.vault.tmp.iterdir()) == []
