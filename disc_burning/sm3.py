"""SM3 digests (GB/T 32905): libgcrypt's vectorised code where the system has it, else OpenSSL's."""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import weakref
from typing import Any

_GCRY_MD_SM3 = 326
# 1.10 is the first libgcrypt with SM3 in AVX/BMI2 assembly: about 1.4x OpenSSL's portable C on x86-64, and SM3 is
# what limits the ingest of evidence (one core can hash about 200 MB/s with OpenSSL).
_GCRYPT_MIN = b"1.10.0"


def _load_gcrypt() -> Any:
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("gcrypt") or "libgcrypt.so.20")
    except OSError:
        return None
    lib.gcry_check_version.restype = ctypes.c_char_p
    lib.gcry_check_version.argtypes = [ctypes.c_char_p]
    lib.gcry_md_open.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_uint]
    lib.gcry_md_write.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    lib.gcry_md_write.restype = None
    lib.gcry_md_read.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.gcry_md_read.restype = ctypes.POINTER(ctypes.c_ubyte * 32)
    lib.gcry_md_copy.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]
    lib.gcry_md_close.argtypes = [ctypes.c_void_p]
    lib.gcry_md_close.restype = None
    if lib.gcry_check_version(_GCRYPT_MIN) is None:  # also the library's documented initialisation
        return None
    probe = ctypes.c_void_p()
    if lib.gcry_md_open(ctypes.byref(probe), _GCRY_MD_SM3, 0) != 0:  # built without SM3
        return None
    lib.gcry_md_close(probe)
    return lib


_gcrypt = _load_gcrypt()


class GcryptSM3:
    """hashlib-style SM3 over one libgcrypt handle. ctypes drops the GIL during each call, so it runs beside other
    threads as hashlib does."""

    name = "sm3"
    digest_size = 32

    def __init__(self) -> None:
        handle = ctypes.c_void_p()
        if _gcrypt.gcry_md_open(ctypes.byref(handle), _GCRY_MD_SM3, 0) != 0:
            raise MemoryError("libgcrypt could not open an SM3 context")
        self._handle = handle
        weakref.finalize(self, _gcrypt.gcry_md_close, handle)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        if isinstance(data, bytes):
            _gcrypt.gcry_md_write(self._handle, data, len(data))
            return
        view = memoryview(data).cast("B")
        if not view:
            return
        if view.readonly:  # ctypes can only point into writable buffers or bytes
            view = memoryview(bytearray(view))
        window = (ctypes.c_char * len(view)).from_buffer(view)
        try:
            _gcrypt.gcry_md_write(self._handle, window, len(view))
        finally:
            del window  # hands the buffer back (a reader may reuse or close it)

    def digest(self) -> bytes:
        """The digest so far; like hashlib, more data may follow (reading finalises a copy)."""
        final = ctypes.c_void_p()
        if _gcrypt.gcry_md_copy(ctypes.byref(final), self._handle) != 0:
            raise MemoryError("libgcrypt could not copy an SM3 context")
        try:
            return bytes(_gcrypt.gcry_md_read(final, 0).contents)
        finally:
            _gcrypt.gcry_md_close(final)

    def hexdigest(self) -> str:
        return self.digest().hex()


class _CryptographySM3:
    def __init__(self) -> None:
        from cryptography.hazmat.primitives import hashes

        self._h = hashes.Hash(hashes.SM3())

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self._h.update(data)

    def hexdigest(self) -> str:
        return self._h.finalize().hex()


def sm3_hasher() -> Any:
    """A new SM3 hasher with ``update`` and ``hexdigest``, from the fastest implementation on this system."""
    if _gcrypt is not None:
        return GcryptSM3()
    try:
        return hashlib.new("sm3")
    except ValueError:  # OpenSSL built without SM3
        return _CryptographySM3()


def implementation() -> str:
    """Which library computes SM3 here (for the benchmark's report)."""
    if _gcrypt is not None:
        return "libgcrypt " + _gcrypt.gcry_check_version(None).decode()
    try:
        hashlib.new("sm3")
        return "OpenSSL"
    except ValueError:
        return "cryptography"
