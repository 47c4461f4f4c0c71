"""Vault put against the machine's ceiling for the same work, and fixity verify against openssl dgst -sha256, on the
same files in the same run.

The ceiling is the slower of the disk (cp + sync of the same files) and the CPU (SM3 and SHA-256 over the same bytes
with the program's SM3, on every core at once, from memory), measured in each round beside the put; the put's share
is the median over the rounds (target >= 0.7). The put must also be ahead of the same steps by standard tools (tee
into openssl dgst -sm3 and sha256sum, dd conv=fsync, two files at a time). Options (environment): BENCH_VAULT_MB
(1024), BENCH_VAULT_ROUNDS (3), BENCH_DIR (/var/tmp).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from archive_core.spine import users
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import StoredObject
from archive_core.spine.workstation import open_workstation
from bench import ceiling, summary
from disc_burning.sm3 import implementation

SIZE = int(os.environ.get("BENCH_VAULT_MB", "1024")) * 1024 * 1024
ROUNDS = int(os.environ.get("BENCH_VAULT_ROUNDS", "3"))
FILES = 16
TARGET_SHARE = 0.7


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _open(home: Path):  # type: ignore[no-untyped-def]
    ws = open_workstation(home, name="bench")
    users.create_first_admin(ws, "sec", "sec", "Bench1234")
    sec = users.login(ws, "sec", "Bench1234")
    users.create_user(ws, sec, "arch", "arch", "Bench1234", {"archivist"})
    return ws, users.login(ws, "arch", "Bench1234")


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="vault-bench-", dir=os.environ.get("BENCH_DIR", "/var/tmp")))
    try:
        src = root / "src"
        src.mkdir()
        block = os.urandom(8 * 1024 * 1024)
        for i in range(FILES):
            with open(src / f"clip{i:02d}.mp4", "wb") as fh:
                for j in range(SIZE // FILES // len(block)):
                    fh.write(block[:-1] + bytes([(i * 31 + j) % 256]))
        files = sorted(src.iterdir())
        total = sum(f.stat().st_size for f in files)
        mb = total / 1e6
        subprocess.run(["cat", *map(str, files)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache
        print(f"data: {FILES} files, {mb:.0f} MB, {ROUNDS} rounds; SM3 by {implementation()}", flush=True)
        rounds: list[tuple[float, float, float, str]] = []  # share, put MB/s, ceiling MB/s, its limit
        to_tools = []
        ws = arch = None
        for n in range(ROUNDS):
            subprocess.run(["sync"], check=True)
            t_disk = ceiling.disk_seconds(files, root / "cp")
            t_cpu = ceiling.cpu_seconds(total, [ceiling.SM3, ceiling.SHA256])
            t_tools = ceiling.tools_seconds(files, root / "tools", verify=False)
            if ws is not None:
                ws.close()
            shutil.rmtree(root / "home", ignore_errors=True)
            ws, arch = _open(root / "home")
            subprocess.run(["sync"], check=True)
            outcomes: list[object] = []
            t_put = _timed(lambda: outcomes.extend(fixity.store_files(ws, arch, files)))  # noqa: B023
            assert all(isinstance(o, StoredObject) and not o.already_present for o in outcomes)
            bound = max(t_disk, t_cpu)
            rounds.append((bound / t_put, mb / t_put, mb / bound, "disk" if t_disk >= t_cpu else "CPU"))
            to_tools.append(t_tools / t_put)
            print(f"round {n + 1}: put {mb / t_put:6.1f} MB/s; disk (cp + sync) {mb / t_disk:6.1f} MB/s, "
                  f"CPU (SM3 + SHA-256 on {ceiling.cores()} cores) {mb / t_cpu:6.1f} MB/s -> share "
                  f"{bound / t_put:.2f}; standard tools {mb / t_tools:6.1f} MB/s", flush=True)
        assert ws is not None and arch is not None
        objects = sorted(p for p in ws.vault.objects.rglob("*") if p.is_file())
        t_openssl = _timed(lambda: subprocess.run(["openssl", "dgst", "-sha256", *map(str, objects)],
                                                  stdout=subprocess.DEVNULL, check=True))
        report = None

        def verify() -> None:
            nonlocal report
            report = fixity.verify_vault(ws, arch)

        t_verify = _timed(verify)
        assert report is not None and report.ok and report.checked == FILES
        ws.close()
        share, put_mb_s, ceiling_mb_s, limit = sorted(rounds)[len(rounds) // 2]
        print(f"vault put: median share of the ceiling {share:.2f} (target >= {TARGET_SHARE}), "
              f"{statistics.median(to_tools):.2f}x standard tools; {fixity.PUT_WORKERS} files at a time")
        print(f"vault verify {mb / t_verify:.1f} MB/s, openssl dgst {mb / t_openssl:.1f} MB/s: "
              f"{t_openssl / t_verify:.2f}x (target >= 0.9x)")
        summary.throughput("vault put (SHA-256 + SM3 + fsync + catalogue)", put_mb_s, ceiling_mb_s, TARGET_SHARE,
                           f" ({limit})")
        summary.ratio("vault put vs standard tools", statistics.median(to_tools), 1.0, "tee+openssl+sha256sum+dd")
        summary.ratio("vault verify vs openssl dgst -sha256", t_openssl / t_verify, 0.9, "openssl dgst")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
