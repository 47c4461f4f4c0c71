"""SHA-256 and SM3 digests of streams, computed in one read with SM3 on a second core."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from disc_burning.sm3 import sm3_hasher

CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


@dataclass(frozen=True)
class Digests:
    size: int
    sha256: str
    sm3: str


def digest_bytes(data: bytes) -> Digests:
    sm3 = sm3_hasher()
    sm3.update(data)
    return Digests(len(data), hashlib.sha256(data).hexdigest(), sm3.hexdigest())


def digest_stream(
    fp: Readable, length: int | None = None, on_bytes: Callable[[int], None] | None = None, with_sm3: bool = True
) -> Digests:
    """Hash ``length`` bytes of ``fp`` (all of it when None). hashlib drops the GIL, so SM3 runs beside SHA-256.

    Without SM3 the result's sm3 is empty."""
    sha = hashlib.sha256()
    sm3 = sm3_hasher() if with_sm3 else None
    left = length
    done = 0
    pending: Future[None] | None = None
    with ThreadPoolExecutor(max_workers=1) as pool:
        while left is None or left > 0:
            chunk = fp.read(CHUNK if left is None else min(CHUNK, left))
            if not chunk:
                break
            if pending is not None:
                pending.result()
            if sm3 is not None:
                pending = pool.submit(sm3.update, chunk)
            sha.update(chunk)
            done += len(chunk)
            if left is not None:
                left -= len(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
        if pending is not None:
            pending.result()
    return Digests(done, sha.hexdigest(), sm3.hexdigest() if sm3 is not None else "")


def digest_file(path: Path) -> Digests:
    with open(path, "rb") as fp:
        return digest_stream(fp)


def sha256_prefix(path: Path | str, length: int, block_size: int = 2048) -> tuple[int, str]:
    """SHA-256 of exactly the first ``length`` bytes of a file or device; returns (bytes read, hex digest).

    Reads whole blocks (optical drives refuse partial-sector reads) and hashes only up to ``length``.
    """
    sha = hashlib.sha256()
    done = 0
    step = max(block_size, (CHUNK // block_size) * block_size)
    with open(path, "rb", buffering=0) as fp:
        while done < length:
            chunk = fp.read(min(step, -(-(length - done) // block_size) * block_size))
            if not chunk:
                break
            chunk = chunk[: length - done]
            sha.update(chunk)
            done += len(chunk)
    return done, sha.hexdigest()
