"""Vault put vs cp, and fixity verify vs openssl dgst -sha256, on the same files in the same run."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from archive_core.spine import users
from archive_core.spine.vault import fixity
from archive_core.spine.vault.store import StoredObject
from archive_core.spine.workstation import open_workstation

SIZE = int(os.environ.get("BENCH_VAULT_MB", "1024")) * 1024 * 1024
FILES = 16


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _on_every_core(command: list[str], files: list[Path]) -> None:
    """Run ``command`` over the files split across one process per core, and wait for all of them."""
    cores = len(os.sched_getaffinity(0))
    procs = [subprocess.Popen([*command, *map(str, files[i::cores])], stdout=subprocess.DEVNULL)
             for i in range(cores)]
    if any(p.wait() for p in procs):
        raise SystemExit(f"{command[0]} failed")


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
        subprocess.run(["cat", *map(str, files)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache

        cp_dir = root / "cp"
        cp_dir.mkdir()
        t_cp = _timed(lambda: subprocess.run(["cp", *map(str, files), str(cp_dir)], check=True))
        t_sync = _timed(lambda: subprocess.run(["sync", "-f", str(cp_dir)], check=True))
        t_sm3 = _timed(lambda: subprocess.run(["openssl", "dgst", "-sm3", *map(str, files)],
                                              stdout=subprocess.DEVNULL, check=True))
        t_sm3_all = _timed(lambda: _on_every_core(["openssl", "dgst", "-sm3"], files))
        t_sha = _timed(lambda: subprocess.run(["openssl", "dgst", "-sha256", *map(str, files)],
                                              stdout=subprocess.DEVNULL, check=True))
        shutil.rmtree(cp_dir)

        ws = open_workstation(root / "home", name="bench")
        users.create_first_admin(ws, "sec", "sec", "Bench1234")
        sec = users.login(ws, "sec", "Bench1234")
        users.create_user(ws, sec, "arch", "arch", "Bench1234", {"archivist"})
        arch = users.login(ws, "arch", "Bench1234")
        outcomes: list[object] = []
        t_put = _timed(lambda: outcomes.extend(fixity.store_files(ws, arch, files)))
        assert all(isinstance(o, StoredObject) for o in outcomes)

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

        mb = total / 1e6
        print(f"data: {FILES} files, {mb:.0f} MB")
        print(f"cp:                 {t_cp:6.2f} s  {mb / t_cp:7.1f} MB/s   (cp + sync: {t_cp + t_sync:.2f} s)")
        print(f"vault put:          {t_put:6.2f} s  {mb / t_put:7.1f} MB/s   SHA-256 + SM3 + fsync + catalogue")
        print(f"  ratio put/cp throughput:        {t_cp / t_put:.2f}x  (target >= 0.85x; "
              f"{fixity.PUT_WORKERS} files at a time)")
        print(f"  ratio put/(cp+sync) throughput: {(t_cp + t_sync) / t_put:.2f}x")
        shell = t_cp + t_sync + t_sha + t_sm3
        print(f"cp + sync + openssl sha256 + openssl sm3 (what put does, by hand): {shell:.2f} s "
              f"(sm3 alone {t_sm3:.2f} s = {mb / t_sm3:.0f} MB/s)")
        print(f"  ratio put/(by hand) throughput: {shell / t_put:.2f}x")
        cores = len(os.sched_getaffinity(0))
        bound = mb / t_sm3_all
        print(f"SM3 alone, openssl on all {cores} cores at once (a bound for any put with both digests): "
              f"{bound:.0f} MB/s "
              f"= {bound * t_cp / mb:.2f}x cp, {bound * (t_cp + t_sync) / mb:.2f}x cp + sync; "
              f"put reaches {mb / t_put / bound:.0%} of it")
        print(f"openssl dgst:       {t_openssl:6.2f} s  {mb / t_openssl:7.1f} MB/s")
        print(f"vault verify:       {t_verify:6.2f} s  {mb / t_verify:7.1f} MB/s   SHA-256, all objects")
        print(f"  ratio verify/openssl throughput: {t_openssl / t_verify:.2f}x  (target >= 0.9x)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
