"""ISO images with pycdlib: ISO 9660 level 3 + Joliet + Rock Ridge 1.09 + UDF 2.60, written atomically."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pycdlib

from disc_burning.bag import DiscEntry, DiscLayout
from disc_burning.errors import BuildCancelledError, ImageBuildError, ImageTooLargeError
from disc_burning.files import temp_path
from disc_burning.names import JOLIET_VOLUME_ID_MAX, ascii_id, iso9660_dir, iso9660_names, joliet_names, volume_id
from disc_burning.plan import human_size

WRITE_BLOCK = 1024 * 1024
COPY_STEP = 64 * 1024 * 1024
FILE_MODE = 0o100444
DIR_MODE = 0o040555

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImageResult:
    path: Path
    size: int
    volume_id: str


@dataclass(frozen=True)
class _Paths:
    iso: str
    joliet: str
    full: str  # Rock Ridge and UDF


class _MediaLater(io.BytesIO):
    """Stands in for a media file while pycdlib writes the image's structures. It is empty, which pycdlib takes as
    a short file and moves on, so the file's extent is left for _copy_media to fill in the kernel."""

    def __init__(self, source: Path) -> None:
        super().__init__()
        self.source = source


def _plan_paths(entries: tuple[DiscEntry, ...]) -> tuple[dict[str, _Paths], dict[str, _Paths]]:
    """ISO 9660, Joliet and full paths of every directory and file, names made unique per directory."""
    dirs: dict[str, _Paths] = {"": _Paths("", "", "")}
    children: dict[str, list[str]] = {}
    for entry in entries:
        parts = PurePosixPath(entry.path).parts
        for depth in range(1, len(parts)):
            parent, name = "/".join(parts[: depth - 1]), "/".join(parts[:depth])
            if name not in dirs:
                p = dirs[parent]
                leaf = parts[depth - 1]
                dirs[name] = _Paths(f"{p.iso}/{iso9660_dir(leaf)}", f"{p.joliet}/{joliet_names([leaf])[0]}",
                                    f"{p.full}/{leaf}")
        children.setdefault("/".join(parts[:-1]), []).append(parts[-1])

    files: dict[str, _Paths] = {}
    for parent, names in children.items():
        p = dirs[parent]
        for name, iso_name, joliet_name in zip(names, iso9660_names(names), joliet_names(names), strict=True):
            key = f"{parent}/{name}" if parent else name
            files[key] = _Paths(f"{p.iso}/{iso_name}", f"{p.joliet}/{joliet_name}", f"{p.full}/{name}")
    del dirs[""]
    return dirs, files


@dataclass(frozen=True)
class ImageSpec:
    """What an image holds and is called: its files, its volume ids, and the medium it must fit."""

    entries: tuple[DiscEntry, ...]
    volume_id: str       # ASCII, up to 32 characters (the primary descriptor)
    joliet_id: str       # up to 16
    set_id: str
    medium_label: str
    capacity: int
    disc_label: str      # "n of N", for the too-large error

    @classmethod
    def of(cls, layout: DiscLayout) -> ImageSpec:
        disc, request = layout.disc, layout.plan.request
        return cls(layout.entries, layout.volume_id,
                   volume_id(request.archive_code, disc.number, disc.count, JOLIET_VOLUME_ID_MAX),
                   ascii_id(request.archive_code)[:128] or layout.volume_id, layout.plan.medium.label,
                   layout.plan.medium.capacity, disc.bag_count)


def folder_entries(root: Path) -> tuple[DiscEntry, ...]:
    """Every file under ``root`` as an image entry at its relative path (digests are not needed for an image)."""
    return tuple(DiscEntry(p.relative_to(root).as_posix(), p.stat().st_size, "", "", source=p)
                 for p in sorted(root.rglob("*")) if p.is_file())


def _new_iso(spec: ImageSpec) -> pycdlib.PyCdlib:
    iso = pycdlib.PyCdlib()
    iso.new(
        interchange_level=3, vol_ident=spec.joliet_id, vol_set_ident=spec.set_id,
        app_ident_str="ARCHIVE_WS DISC_BURNING", joliet=3, rock_ridge="1.09", udf="2.60",
    )
    # The primary descriptor holds 32 characters; pycdlib only takes the 16 that fit the Joliet descriptor.
    iso.pvd.volume_identifier = spec.volume_id.encode("ascii").ljust(32, b" ")
    dirs, files = _plan_paths(spec.entries)
    for key in sorted(dirs, key=lambda k: k.count("/")):
        d = dirs[key]
        iso.add_directory(d.iso, rr_name=key.rpartition("/")[2], joliet_path=d.joliet, udf_path=d.full,
                          file_mode=DIR_MODE)
    for entry in spec.entries:
        f = files[entry.path]
        rr_name = f.full.rpartition("/")[2]
        if entry.source is not None:
            try:
                actual = entry.source.stat().st_size
            except OSError as exc:
                raise ImageBuildError(target=spec.volume_id, reason=f"{entry.path}: {exc}") from exc
            if actual != entry.size:
                raise ImageBuildError(
                    target=spec.volume_id, reason=f"{entry.source} has {actual} bytes, the plan says {entry.size}"
                )
            iso.add_fp(_MediaLater(entry.source), entry.size, f.iso, rr_name=rr_name, joliet_path=f.joliet,
                       udf_path=f.full, file_mode=FILE_MODE)
        else:
            data = entry.data or b""
            iso.add_fp(io.BytesIO(data), len(data), f.iso, rr_name=rr_name, joliet_path=f.joliet, udf_path=f.full,
                       file_mode=FILE_MODE)
    return iso


def image_size(iso: pycdlib.PyCdlib) -> int:
    return int(iso.pvd.space_size) * int(iso.logical_block_size)


def build_image(
    layout: DiscLayout | ImageSpec, target: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImageResult:
    """Write the disc image to ``target``. Until it is complete it lives in a temp file beside the target,
    removed on any failure or cancel, so a file at ``target`` is always a whole image."""
    spec = layout if isinstance(layout, ImageSpec) else ImageSpec.of(layout)
    target = Path(target)
    temp = temp_path(target)
    iso = None
    try:
        iso = _new_iso(spec)
        size = image_size(iso)
        if size > spec.capacity:
            raise ImageTooLargeError(disc=spec.disc_label, size=human_size(size), medium=spec.medium_label,
                                     capacity=human_size(spec.capacity))

        media = sum(e.size for e in spec.entries if e.source is not None)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise BuildCancelledError(target=str(target))
            done += n
            if progress is not None:
                progress(done, size)

        def structures(_done: int, _total: int, _opaque: object) -> None:
            advance(0)

        with open(temp, "wb") as out, ThreadPoolExecutor(1, thread_name_prefix="image-flush") as flusher:
            iso.write_fp(out, blocksize=WRITE_BLOCK, progress_cb=structures)
            out.flush()
            advance(size - media)
            # Each copied file starts on its way to the disk while the next one is copied, so the final fsync
            # waits only for the last.
            flushing: Future[None] | None = None
            for ino in iso.inodes:
                if isinstance(ino.data_fp, _MediaLater):
                    _copy_media(ino.data_fp.source, out.fileno(), ino.extent_location() * iso.logical_block_size,
                                ino.data_length, advance)
                    if flushing is None or flushing.done():
                        if flushing is not None:
                            flushing.result()
                        flushing = flusher.submit(os.fdatasync, out.fileno())
            if flushing is not None:
                flushing.result()
            os.ftruncate(out.fileno(), size)  # the last file's padding, when it ends the image
            os.fsync(out.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
        return ImageResult(target, size, spec.volume_id)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError | pycdlib.pycdlibexception.PyCdlibException):
            raise ImageBuildError(target=str(target), reason=str(exc)) from exc
        raise
    finally:
        if iso is not None:
            iso.close()


def _copy_media(source: Path, out_fd: int, offset: int, length: int, advance: Callable[[int], None]) -> None:
    """Copy a media file into its extent of the image; copy_file_range keeps the bytes in the kernel."""
    with open(source, "rb") as src:
        copied, in_kernel = 0, True
        while copied < length:
            step = min(COPY_STEP, length - copied)
            if in_kernel:
                try:
                    n = os.copy_file_range(src.fileno(), out_fd, step, copied, offset + copied)
                except OSError as exc:
                    if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                        raise
                    in_kernel = False
                    continue
            else:
                n = os.pwrite(out_fd, os.pread(src.fileno(), min(step, WRITE_BLOCK), copied), offset + copied)
            if n == 0:
                raise OSError(errno.EIO, f"{source} ended after {copied} of {length} bytes")
            copied += n
            advance(n)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
