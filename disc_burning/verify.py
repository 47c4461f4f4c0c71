"""Read an image back through its UDF view and check every file against the bag's manifests and the plan, and the
archival metadata XML against its schema."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pycdlib

from disc_burning import metadata_schema
from disc_burning.bag import ARCHIVAL_DIR, MANIFEST_ALGORITHMS, DiscLayout, parse_bag_info, parse_manifest
from disc_burning.digests import Digests, digest_bytes, digest_stream
from disc_burning.errors import VerifyCancelledError

Progress = Callable[[int, int], None]
VERIFY_THREADS = 2


@dataclass(frozen=True)
class VerifyProblem:
    path: str
    what: str
    expected: str = ""
    got: str = ""

    def __str__(self) -> str:
        detail = f": expected {self.expected}, got {self.got}" if self.expected or self.got else ""
        return f"{self.path}: {self.what}{detail}"


@dataclass(frozen=True)
class VerificationResult:
    image: Path
    files_checked: int
    bytes_checked: int
    problems: tuple[VerifyProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class _ExtentReader:
    """Sequential reads of one file's extent of the image by pread, so threads can share the descriptor."""

    def __init__(self, fd: int, offset: int) -> None:
        self._fd, self._pos = fd, offset

    def read(self, size: int) -> bytes:
        data = os.pread(self._fd, size, self._pos)
        self._pos += len(data)
        return data


def _udf_files(iso: pycdlib.PyCdlib) -> dict[str, int]:
    """Bag-relative path → size of every file in the UDF view."""
    files = {}
    for dirpath, _dirs, filenames in iso.walk(udf_path="/"):
        for name in filenames:
            full = f"{dirpath.rstrip('/')}/{name}"
            rec = iso.get_record(udf_path=full)
            files[full.lstrip("/")] = int(rec.get_data_length())
    return files


def verify_image(
    image: Path,
    expected: DiscLayout | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VerificationResult:
    """Hash every file of ``image`` as read through UDF and check the bag; with ``expected``, also check the image
    holds exactly the planned files with the planned digests (the vault's digests of the media).

    With ``expected`` the media are re-read with SHA-256 only: equal SHA-256 means equal bytes, so the SM3 that the
    vault computed for those bytes holds too, and the SM3 manifest is checked against it as text. Without a plan
    (a disc or image checked on its own) both digests are recomputed."""
    image = Path(image)
    problems: list[VerifyProblem] = []
    iso = pycdlib.PyCdlib()
    try:
        iso.open(str(image))
    except (OSError, pycdlib.pycdlibexception.PyCdlibException) as exc:
        return VerificationResult(image, 0, 0, (VerifyProblem(str(image), f"image cannot be read ({exc})"),))
    try:
        try:
            files = _udf_files(iso)
        except pycdlib.pycdlibexception.PyCdlibException as exc:
            return VerificationResult(image, 0, 0, (VerifyProblem(str(image), f"no readable UDF view ({exc})"),))
        total = sum(files.values())
        done = 0
        lock = threading.Lock()
        digests: dict[str, Digests] = {}
        texts: dict[str, str] = {}

        def advance(n: int) -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise VerifyCancelledError(target=str(image))
            with lock:
                done += n
                if progress is not None:
                    progress(done, total)

        media = []
        for path in sorted(files):
            if path.startswith(f"{ARCHIVAL_DIR}/") and path.endswith(".xml"):  # small: read whole and validated
                with iso.open_file_from_iso(udf_path="/" + path) as fp:
                    data = fp.read()
                digests[path] = digest_bytes(data)
                problems += [VerifyProblem(path, f"metadata not valid against the archival metadata schema: {p}")
                             for p in metadata_schema.problems(data)[:1]]
                advance(len(data))
                continue
            if "/" in path:
                ino = iso.get_record(udf_path="/" + path).inode
                media.append((path, ino.extent_location() * iso.logical_block_size if ino else 0))
                continue
            with iso.open_file_from_iso(udf_path="/" + path) as fp:  # the bag's tag files, all small
                data = fp.read()
            texts[path] = data.decode("utf-8", errors="replace")
            digests[path] = digest_bytes(data)
            advance(len(data))

        # The media are hashed two at a time, each through its own reads of the image, so both cores work.
        with open(image, "rb", buffering=0) as raw, ThreadPoolExecutor(VERIFY_THREADS) as pool:
            def media_digest(path: str, offset: int) -> Digests:
                return digest_stream(_ExtentReader(raw.fileno(), offset), files[path], advance,
                                     with_sm3=expected is None)

            futures = {path: pool.submit(media_digest, path, offset) for path, offset in media}
            for path, future in futures.items():
                digests[path] = future.result()
        for path, digest in digests.items():
            if digest.size != files[path]:
                problems.append(VerifyProblem(path, "short read", f"{files[path]} bytes", f"{digest.size}"))
    finally:
        iso.close()

    if expected is not None:
        planned_sm3 = {e.path: e.sm3 for e in expected.entries}
        digests = {p: d if d.sm3 else replace(d, sm3=planned_sm3.get(p, "")) for p, d in digests.items()}
    problems += _check_bag(files, digests, texts)
    if expected is not None:
        problems += _check_expected(expected, digests)
    return VerificationResult(image, len(files), done, tuple(problems))


def _check_bag(files: dict[str, int], digests: dict[str, Digests], texts: dict[str, str]) -> list[VerifyProblem]:
    problems = []
    if not texts.get("bagit.txt", "").startswith("BagIt-Version:"):
        problems.append(VerifyProblem("bagit.txt", "missing or not a BagIt declaration"))
    payload = {p for p in files if p.startswith("data/")}
    for alg in MANIFEST_ALGORITHMS:
        name = f"manifest-{alg}.txt"
        if name not in texts:
            problems.append(VerifyProblem(name, "manifest missing"))
            continue
        try:
            manifest = parse_manifest(texts[name])
        except ValueError as exc:
            problems.append(VerifyProblem(name, str(exc)))
            continue
        for path, want in manifest.items():
            if path not in digests:
                problems.append(VerifyProblem(path, f"listed in {name} but not on disc"))
            elif getattr(digests[path], alg) != want:
                problems.append(VerifyProblem(path, f"{alg} differs from {name}", want, getattr(digests[path], alg)))
        problems += [VerifyProblem(p, f"on disc but not listed in {name}") for p in sorted(payload - set(manifest))]

    if "tagmanifest-sha256.txt" not in texts:
        problems.append(VerifyProblem("tagmanifest-sha256.txt", "tag manifest missing"))
    else:
        for path, want in parse_manifest(texts["tagmanifest-sha256.txt"]).items():
            got = digests[path].sha256 if path in digests else "(missing)"
            if got != want:
                problems.append(VerifyProblem(path, "sha256 differs from tagmanifest-sha256.txt", want, got))

    oxum = parse_bag_info(texts.get("bag-info.txt", "")).get("Payload-Oxum", "")
    actual = f"{sum(files[p] for p in payload)}.{len(payload)}"
    if oxum != actual:
        problems.append(VerifyProblem("bag-info.txt", "Payload-Oxum does not match the payload", oxum, actual))
    return problems


def _check_expected(expected: DiscLayout, digests: dict[str, Digests]) -> list[VerifyProblem]:
    problems = []
    for entry in expected.entries:
        got = digests.get(entry.path)
        if got is None:
            problems.append(VerifyProblem(entry.path, "planned file missing from the image"))
            continue
        for what, want, have in (("size", str(entry.size), str(got.size)), ("sha256", entry.sha256, got.sha256),
                                 ("sm3", entry.sm3, got.sm3)):
            if want != have:
                problems.append(VerifyProblem(entry.path, f"{what} differs from the plan", want, have))
    planned = {e.path for e in expected.entries}
    problems += [VerifyProblem(p, "file on the image is not in the plan") for p in sorted(set(digests) - planned)]
    return problems
