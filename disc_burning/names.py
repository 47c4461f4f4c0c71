"""File names on disc: full names for UDF/Rock Ridge and the bag, short forms for ISO 9660 and Joliet, volume ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

# UDF file identifiers hold 126 UTF-16 units (253 when every character is Latin-1); Linux and most filesystems a
# disc is copied to allow 255 UTF-8 bytes. Leave room for the ".json" sidecar suffix.
UDF_MAX_UNITS = 126
UDF_MAX_LATIN1 = 253
NAME_MAX_BYTES = 255
SIDECAR_SUFFIX_ROOM = len(".json")
# pycdlib checks the Joliet limit (64 UCS-2 characters) against the UTF-8 length of the name.
JOLIET_MAX_BYTES = 64
VOLUME_ID_MAX = 32
# pycdlib stores the volume id in the Joliet descriptor as UCS-2 in 32 bytes and reuses it for UDF.
JOLIET_VOLUME_ID_MAX = 16

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_NOT_D_CHAR = re.compile(r"[^A-Z0-9_]")
_JOLIET_UNSAFE = re.compile(r"[;*/:?\\]")


def _fits_udf(name: str) -> bool:
    try:
        name.encode("latin-1")
    except UnicodeEncodeError:
        return len(name.encode("utf-16-be")) // 2 <= UDF_MAX_UNITS
    return len(name) <= UDF_MAX_LATIN1


def _fits_disc(name: str) -> bool:
    padded = name + "x" * SIDECAR_SUFFIX_ROOM
    return _fits_udf(padded) and len(padded.encode("utf-8")) <= NAME_MAX_BYTES


def split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 8 or not ext.isascii():
        return name, ""
    return stem, "." + ext


def _truncate(name: str, fits: Callable[[str], bool], suffix: str = "") -> str:
    """Shorten the stem on a character boundary, keeping the extension and appending ``suffix``."""
    stem, ext = split_ext(name)
    while stem and not fits(stem + suffix + ext):
        stem = stem[:-1]
    return stem + suffix + ext


def disc_names(original_names: Iterable[str]) -> list[str]:
    """Names for files in one folder of the bag: the original name where it fits, otherwise shortened; unique."""
    used: set[str] = set()
    out = []
    for original in original_names:
        # "%" must be percent-encoded in manifests (RFC 8493), which most BagIt tools get wrong (bagit-python
        # issue 157); the full-width sign reads the same and keeps the bag valid everywhere.
        name = unicodedata.normalize("NFC", _UNSAFE.sub("_", original).replace("%", "％")).strip() or "_"
        if name in (".", ".."):
            name = "_"
        candidate = _truncate(name, _fits_disc)
        n = 1
        while candidate.casefold() in used:
            n += 1
            candidate = _truncate(name, _fits_disc, f" ({n})")
        used.add(candidate.casefold())
        out.append(candidate)
    return out


def joliet_names(names: Iterable[str]) -> list[str]:
    """Joliet names: within pycdlib's byte limit, cut on a character boundary, extension kept, unique."""

    def fits(n: str) -> bool:
        return len(n.encode("utf-8")) <= JOLIET_MAX_BYTES

    used: set[str] = set()
    out = []
    for name in names:
        clean = _JOLIET_UNSAFE.sub("_", name)
        candidate = _truncate(clean, fits)
        n = 1
        while candidate.casefold() in used:
            n += 1
            candidate = _truncate(clean, fits, f"~{n}")
        used.add(candidate.casefold())
        out.append(candidate)
    return out


def iso9660_names(names: Iterable[str]) -> list[str]:
    """ISO 9660 file identifiers: short ASCII names kept as they are (upper case), all others mangled to F0001.EXT."""
    used: set[str] = set()
    out = []
    for index, name in enumerate(names, start=1):
        stem, ext = split_ext(name)
        iso_ext = _NOT_D_CHAR.sub("_", ext[1:].upper())[:3]
        iso_stem = _NOT_D_CHAR.sub("_", stem.upper())
        if not (stem.isascii() and 0 < len(iso_stem) <= 8) or iso_stem + iso_ext in used:
            iso_stem = f"F{index:04d}"
        used.add(iso_stem + iso_ext)
        out.append(f"{iso_stem}.{iso_ext};1")
    return out


def iso9660_dir(name: str) -> str:
    return _NOT_D_CHAR.sub("_", name.upper())[:31]


def ascii_id(text: str) -> str:
    """Upper-case d-characters of ``text`` (full-width forms folded to ASCII); runs of others become one underscore."""
    return re.sub("_+", "_", _NOT_D_CHAR.sub("_", unicodedata.normalize("NFKC", text).upper())).strip("_")


def volume_id(archive_code: str, disc_no: int, disc_count: int, max_len: int = VOLUME_ID_MAX) -> str:
    """ASCII volume id of d-characters from the archive code, ending in the disc number when a set has several.

    Where the whole code does not fit, its leading levels go first: the item number and "n OF N" are what tell the
    discs of a set apart in a drive list (Joliet and UDF labels hold 16 characters)."""
    parts = (ascii_id(archive_code) or "ARCHIVE").split("_")
    suffix = f"_{disc_no}OF{disc_count}" if disc_count > 1 else ""
    kept: list[str] = []
    for part in reversed(parts):
        if len("_".join([part, *kept]) + suffix) > max_len:
            break
        kept.insert(0, part)
    if not kept:
        kept = [parts[-1][len(parts[-1]) + len(suffix) - max_len:]]
    return "_".join(kept) + suffix
