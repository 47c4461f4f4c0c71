"""Backups against standard tools on the same files in the same run: a full backup against ``rsync -a`` (followed by
``sync -f``, so both end with the data on disk; target >= 0.8x), ``backup verify`` against ``sha256sum`` over the
backup's objects (target >= 0.9x), and an incremental backup of a vault of 10,000 objects with one new object (target
under 2 s). Options (environment): BENCH_BACKUP_MB (2048), BENCH_BACKUP_OBJECTS (200), BENCH_BACKUP_ROUNDS (3),
BENCH_INCREMENTAL_OBJECTS (10000), BENCH_DIR (/var/tmp)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from archive_core.custody import backup, verify
from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import StoredObject
from archive_core.spine.workstation import Workstation, open_workstation
from bench import summary
from disc_burning.sm3 import sm3_hasher

SIZE = int(os.environ.get("BENCH_BACKUP_MB", "2048")) * 1024 * 1024
OBJECTS = int(os.environ.get("BENCH_BACKUP_OBJECTS", "200"))
ROUNDS = int(os.environ.get("BENCH_BACKUP_ROUNDS", "3"))
INCREMENTAL = int(os.environ.get("BENCH_INCREMENTAL_OBJECTS", "10000"))
PASSWORD = "Bench1234"


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _open(home: Path) -> tuple[Workstation, Actor, Actor]:
    """A new home with an archivist (who stores) and a system administrator (who backs up)."""
    ws = open_workstation(home, name="bench")
    users.create_first_admin(ws, "sec", "sec", PASSWORD)
    sec = users.login(ws, "sec", PASSWORD)
    users.create_user(ws, sec, "arch", "arch", PASSWORD, {"archivist"})
    users.create_user(ws, sec, "sys", "sys", PASSWORD, {"system_admin"})
    return ws, users.login(ws, "arch", PASSWORD), users.login(ws, "sys", PASSWORD)


def _sync(path: Path) -> None:
    subprocess.run(["sync", "-f", str(path)], check=True)


def _rsync_seconds(source: Path, dest: Path) -> tuple[float, float]:
    """``rsync -a`` of the vault's objects, and the same with ``sync -f`` after it."""
    _sync(source)
    started = time.perf_counter()
    subprocess.run(["rsync", "-a", f"{source}/", str(dest)], check=True)
    copied = time.perf_counter() - started
    _sync(dest)
    return copied, time.perf_counter() - started


def full_backup_and_verify(root: Path) -> None:
    src = root / "src"
    src.mkdir()
    block = os.urandom(8 * 1024 * 1024)
    size = SIZE // OBJECTS
    for i in range(OBJECTS):
        with open(src / f"clip{i:03d}.mp4", "wb") as fh:
            left = size
            while left > 0:
                part = block[:min(left, len(block))]
                fh.write(part[:-1] + bytes([(i * 31 + left // len(block)) % 256]))
                left -= len(part)
    ws, arch, sysadmin = _open(root / "home")
    outcomes = fixity.store_files(ws, arch, sorted(src.iterdir()))
    assert all(isinstance(o, StoredObject) and not o.already_present for o in outcomes)
    shutil.rmtree(src)
    mb = sum(o.size for o in outcomes if isinstance(o, StoredObject)) / 1e6
    print(f"vault: {OBJECTS} objects, {mb:.0f} MB, {ROUNDS} rounds", flush=True)
    ratios, rsync_mb_s, backup_mb_s = [], [], []
    target = root / "backup"
    for n in range(ROUNDS):
        for leftover in (root / "rsync", target):
            shutil.rmtree(leftover, ignore_errors=True)
        _sync(root)
        copied, t_rsync = _rsync_seconds(ws.vault.objects, root / "rsync")
        shutil.rmtree(root / "rsync")
        _sync(root)
        result = None

        def run() -> None:
            nonlocal result
            result = backup.run_backup(ws, sysadmin, target)

        t_backup = _timed(run)
        assert result is not None and result.objects_copied == OBJECTS
        ratios.append(t_rsync / t_backup)
        rsync_mb_s.append(mb / t_rsync)
        backup_mb_s.append(mb / t_backup)
        print(f"round {n + 1}: backup {mb / t_backup:6.1f} MB/s; rsync -a + sync {mb / t_rsync:6.1f} MB/s "
              f"(rsync alone {mb / copied:6.1f} MB/s) -> {t_rsync / t_backup:.2f}x", flush=True)
    objects = sorted(p for p in (target / "objects").rglob("*") if p.is_file())
    t_sha256sum = _timed(lambda: subprocess.run(["sha256sum", *map(str, objects)], stdout=subprocess.DEVNULL,
                                                check=True))
    checked = None

    def check() -> None:
        nonlocal checked
        checked = verify.verify_backup(ws, sysadmin, target)

    t_verify = _timed(check)
    assert checked is not None and checked.ok and checked.objects == OBJECTS
    ws.close()
    ratio = statistics.median(ratios)
    print(f"full backup: median {ratio:.2f}x rsync -a + sync (target >= 0.8x)")
    print(f"backup verify {mb / t_verify:.1f} MB/s, sha256sum {mb / t_sha256sum:.1f} MB/s: "
          f"{t_sha256sum / t_verify:.2f}x (target >= 0.9x)")
    summary.ratio(f"full backup, {mb / 1e3:.1f} GB in {OBJECTS} objects ({statistics.median(backup_mb_s):.0f} MB/s)",
                  ratio, 0.8, f"rsync -a + sync ({statistics.median(rsync_mb_s):.0f} MB/s)")
    summary.ratio(f"backup verify ({mb / t_verify:.0f} MB/s)", t_sha256sum / t_verify, 0.9,
                  f"sha256sum ({mb / t_sha256sum:.0f} MB/s)")


def _plant_objects(ws: Workstation, n: int) -> None:
    """n small objects written straight into the vault with their catalogue rows (how they got there is not what
    this measures)."""
    rows = []
    for i in range(n):
        data = f"询问笔录 {i}\n".encode() * 200
        sha, sm3 = hashlib.sha256(data).hexdigest(), sm3_hasher()
        sm3.update(data)
        path = ws.vault.path_of(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rows.append((sha, sm3.hexdigest(), len(data), f"scan{i}.pdf", "2026-01-02 09:00:00.000000", "arch"))
    con = sqlite3.connect(ws.db.write_engine.url.database or "")
    con.executemany("INSERT INTO vault_objects (sha256, sm3, size, original_name, stored_at, stored_by) "
                    "VALUES (?,?,?,?,?,?)", rows)
    con.commit()
    con.close()
    _sync(ws.vault.root)


def incremental_backup(root: Path) -> None:
    ws, arch, sysadmin = _open(root / "home-many")
    _plant_objects(ws, INCREMENTAL)
    target = root / "backup-many"
    t_full = _timed(lambda: backup.run_backup(ws, sysadmin, target))
    new = root / "new-scan.pdf"
    new.write_bytes(os.urandom(200_000))
    fixity.store_file(ws, arch, new)
    result = None

    def run() -> None:
        nonlocal result
        result = backup.run_backup(ws, sysadmin, target)

    t_incremental = _timed(run)
    assert result is not None and (result.objects, result.objects_copied) == (INCREMENTAL + 1, 1)
    ws.close()
    print(f"incremental backup of {INCREMENTAL + 1:,} objects, 1 new: {t_incremental:.2f} s (target < 2 s); "
          f"the first, full, took {t_full:.1f} s")
    summary.limit(f"incremental backup, {INCREMENTAL + 1:,} objects, 1 new", t_incremental, "s", 2)


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="custody-bench-", dir=os.environ.get("BENCH_DIR", "/var/tmp")))
    try:
        full_backup_and_verify(root)
        incremental_backup(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
