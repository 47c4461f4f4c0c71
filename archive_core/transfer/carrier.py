"""A package on a disc image: read out whole into a scratch folder of the home, and the carrier check (JS-DISC, 安全性)
that the disc holds the package and nothing else and that every byte of it was read back."""

from __future__ import annotations

import os
import shutil
import struct
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pycdlib

from archive_core.spine.errors import QT_TRANSLATE_NOOP
from archive_core.transfer import package as pkg
from archive_core.transfer.checks import Findings
from archive_core.transfer.errors import NotAPackageError, PackageRefusedError

ISO_SUFFIX = ".iso"
CHUNK = 1 << 20
PVD_OFFSET = 16 * 2048  # ISO 9660 §8.4: the primary volume descriptor, with the volume's size in blocks
# What a package holds beside its payload folder (RFC 8493: the declaration, bag-info and the manifests).
BAG_TAG_FILES = frozenset({"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sm3.txt",
                           "tagmanifest-sha256.txt"})


@dataclass
class ReadOut:
    """What reading an image gave: files outside the package, and files read back shorter than recorded."""

    image: Path
    extra: list[str] = field(default_factory=list)
    short: list[tuple[str, int, int]] = field(default_factory=list)  # (path, recorded size, bytes read)
    image_short: tuple[int, int] | None = None  # (volume size recorded, image size)


def is_image(path: Path) -> bool:
    return Path(path).suffix.lower() == ISO_SUFFIX and Path(path).is_file()


def _outside_package(path: str) -> bool:
    return not (path.startswith(f"{pkg.DATA}/") or path in BAG_TAG_FILES)


def _udf_files(iso: pycdlib.PyCdlib) -> dict[str, int]:
    files = {}
    for parent, _dirs, names in iso.walk(udf_path="/"):
        for name in names:
            full = f"{parent.rstrip('/')}/{name}"
            files[full.lstrip("/")] = int(iso.get_record(udf_path=full).get_data_length())
    return files


def _copy_out(iso: pycdlib.PyCdlib, path: str, target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    got = 0
    with iso.open_file_from_iso(udf_path="/" + path) as src, open(target, "xb") as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            got += len(chunk)
    return got


def _recorded_size(image: Path) -> int | None:
    """The image's size as its primary volume descriptor records it; None when it has none."""
    with open(image, "rb") as fh:
        fh.seek(PVD_OFFSET)
        pvd = fh.read(2048)
    if len(pvd) < 2048 or pvd[:6] != b"\x01CD001":
        return None
    blocks, block_size = struct.unpack_from("<I", pvd, 80)[0], struct.unpack_from("<H", pvd, 128)[0]
    return int(blocks * block_size)


def read_image(image: Path, into: Path) -> ReadOut:
    """Every file of ``image``'s UDF view copied into ``into`` (files outside the package are noted, not copied).
    An image shorter than its volume is not read: its file system's last structures are gone with its end."""
    found = ReadOut(image)
    not_image = NotAPackageError(path=str(image), reason=QT_TRANSLATE_NOOP("errors", "it is not a readable disc "
                                                                                     "image"))
    try:
        recorded, size = _recorded_size(image), os.path.getsize(image)
    except OSError as exc:
        raise not_image from exc
    if recorded is None:
        raise not_image
    if size < recorded:
        found.image_short = (recorded, size)
        return found
    iso = pycdlib.PyCdlib()
    try:
        iso.open(str(image))
    except (OSError, pycdlib.pycdlibexception.PyCdlibException) as exc:
        raise not_image from exc
    try:
        try:
            files = _udf_files(iso)
        except pycdlib.pycdlibexception.PyCdlibException as exc:
            raise NotAPackageError(path=str(image), reason=QT_TRANSLATE_NOOP(
                "errors", "the disc image has no readable UDF file system")) from exc
        for path, length in sorted(files.items()):
            if _outside_package(path):
                found.extra.append(path)
                continue
            try:
                got = _copy_out(iso, path, into / path)
            except (OSError, pycdlib.pycdlibexception.PyCdlibException):
                got = -1
            if got != length:
                found.short.append((path, length, max(got, 0)))
    finally:
        iso.close()
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep(scratch: Path) -> None:
    """Read-outs left by a process that ended without its cleanup (killed, power cut)."""
    for entry in scratch.glob("disc-*-*"):
        pid = entry.name.split("-")[1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def opened(path: Path, scratch: Path) -> Iterator[tuple[Path, ReadOut | None]]:
    """The package folder at ``path``, or for a disc image the package read out into a folder under ``scratch``,
    removed when done whatever happens."""
    if not is_image(path):
        yield Path(path), None
        return
    scratch.mkdir(parents=True, exist_ok=True, mode=0o700)
    _sweep(scratch)
    folder = scratch / f"disc-{os.getpid()}-{uuid.uuid4().hex}"
    folder.mkdir(mode=0o700)
    try:
        found = read_image(Path(path).expanduser().absolute(), folder)
        if found.image_short is not None:  # nothing could be read out: refused on the carrier check alone
            f = Findings()
            check_carrier(found, f)
            raise PackageRefusedError(f.problems, f)
        yield folder, found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_carrier(found: ReadOut | None, f: Findings) -> None:
    """JS-DISC: the disc holds the package only and reads back whole; not applicable to a folder."""
    if found is None:
        f.not_applicable["JS-DISC"] = QT_TRANSLATE_NOOP("transfer", "The package was read from a folder, not from "
                                                                    "a disc image.")
        return
    f.ran.add("JS-DISC")
    name = found.image.name
    for path in found.extra:
        f.add("JS-DISC", path, QT_TRANSLATE_NOOP("errors", "{file}: on the disc image {image} but not part of the "
                                                           "package."), file=path, image=name)
    if found.image_short is not None:
        f.add("JS-DISC", name, QT_TRANSLATE_NOOP("errors", "{file}: the disc image is cut short: {size} bytes of "
                                                           "the {recorded} its volume records."),
              file=name, size=found.image_short[1], recorded=found.image_short[0])
    for path, length, got in found.short:
        f.add("JS-DISC", path, QT_TRANSLATE_NOOP("errors", "{file}: read back {got} of its {size} bytes from the "
                                                           "disc image {image}."), file=path, got=got, size=length,
              image=name)
