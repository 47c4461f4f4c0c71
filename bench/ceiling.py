"""The ceiling the hardware allows for a copy with digests, measured in the same run as the program it bounds: the
slower of the disk (``cp`` + fsync of the same files) and the CPU (the digests the program must compute over the same
bytes, with the SM3 implementation the program uses, on every core at once, from memory)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from disc_burning.sm3 import sm3_hasher

SHA256: Callable[[], object] = hashlib.sha256
SM3: Callable[[], object] = sm3_hasher


def cores() -> int:
    return len(os.sched_getaffinity(0))


def disk_seconds(files: list[Path], dest: Path, before: Callable[[], object] | None = None) -> float:
    """``cp`` of the files into ``dest`` (on the program's disk) and ``sync -f`` of it; ``before`` runs untimed first
    (e.g. dropping the page cache)."""
    dest.mkdir()
    try:
        if before is not None:
            before()
        started = time.perf_counter()
        subprocess.run(["cp", *map(str, files), str(dest)], check=True)
        subprocess.run(["sync", "-f", str(dest)], check=True)
        return time.perf_counter() - started
    finally:
        shutil.rmtree(dest)


def cpu_seconds(total: int, digests: list[Callable[[], object]]) -> float:
    """Seconds to compute each of ``digests`` over ``total`` bytes, split across every core (threads: hashlib and
    libgcrypt release the GIL), from memory."""
    block = bytearray(os.urandom(4 * 1024 * 1024))
    workers = cores()

    def share(n: int) -> None:
        hashers = [make() for make in digests]
        for _ in range(max(1, n // len(block))):
            for h in hashers:
                h.update(block)  # type: ignore[attr-defined]

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(share, [total // workers] * workers))
    return time.perf_counter() - started


# The same steps by standard tools, for one file: $1 the source, $2 the target folder, $3 "verify" to read the copy
# back with sha256sum. The file is read once through tee into both digests and dd, which fsyncs it.
TOOLS_SCRIPT = """
t="$2/$(basename "$1")"
tee < "$1" >(openssl dgst -sm3 > "$t.sm3") >(sha256sum > "$t.sha256") | dd of="$t" bs=4M conv=fsync status=none
if [ "$3" = verify ]; then sha256sum "$t" > "$t.check"; fi
"""


def tools_seconds(files: list[Path], dest: Path, verify: bool, workers: int = 2,
                  before: Callable[[], object] | None = None) -> float:
    dest.mkdir()
    try:
        if before is not None:
            before()
        started = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda f: subprocess.run(
                ["bash", "-c", TOOLS_SCRIPT, "tools", str(f), str(dest), "verify" if verify else ""], check=True),
                files))
        return time.perf_counter() - started
    finally:
        shutil.rmtree(dest)
