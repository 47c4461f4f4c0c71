"""SM3: the fast libgcrypt path gives the standard's digests, the same as OpenSSL, for every kind of buffer."""

from __future__ import annotations

import hashlib
import mmap
import os

import pytest

from disc_burning import sm3

# GB/T 32905-2016, appendix A.
VECTORS = {
    b"abc": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
    b"abcd" * 16: "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
}


def test_this_machine_uses_libgcrypt():
    # Debian 12 ships libgcrypt 1.10 (make installs libgcrypt20): the ingest's speed depends on it.
    assert sm3.implementation().startswith("libgcrypt 1.")


@pytest.mark.parametrize("message", list(VECTORS))
def test_standard_vectors(message):
    h = sm3.sm3_hasher()
    h.update(message)
    assert h.hexdigest() == VECTORS[message]


def test_every_buffer_kind_and_chunking_agrees_with_openssl(tmp_path):
    data = os.urandom(3 * 1024 * 1024 + 17)
    reference = hashlib.new("sm3", data).hexdigest()
    ring = mmap.mmap(-1, len(data))
    ring[:] = data
    for pieces in (
        [data],
        [bytearray(data)],
        [memoryview(ring)],
        [memoryview(data)[:1000], memoryview(data)[1000:]],  # read-only slices
        [b"", data[:64], bytearray(data[64:65]), memoryview(ring)[65:]],
    ):
        h = sm3.sm3_hasher()
        for piece in pieces:
            h.update(piece)
        assert h.hexdigest() == reference
        for piece in pieces:
            if isinstance(piece, memoryview):
                piece.release()
    del piece, pieces
    ring.close()  # the hasher kept no hold on the buffers: closing would raise BufferError


def test_reading_the_digest_does_not_end_the_hash():
    h = sm3.sm3_hasher()
    h.update(b"ab")
    assert h.hexdigest() == hashlib.new("sm3", b"ab").hexdigest()
    h.update(b"c")
    assert h.hexdigest() == VECTORS[b"abc"]


# What the program does on a system without the fast library, or with one too old for it (the test above only says
# which library this machine has).

class _FakeGcrypt:
    """Stands for a libgcrypt found on the system; ``version`` is what gcry_check_version answers."""

    def __init__(self, version: bytes | None, sm3_opens: bool = True) -> None:
        def check_version(wanted):
            return version

        def md_open(handle, algo, flags):
            return 0 if sm3_opens else 1

        # Plain functions as attributes: they take restype and argtypes as ctypes functions do.
        self.gcry_check_version, self.gcry_md_open = check_version, md_open
        for name in ("gcry_md_write", "gcry_md_read", "gcry_md_copy", "gcry_md_close"):
            setattr(self, name, lambda *args: None)


def test_libgcrypt_is_used_only_when_new_enough_and_built_with_sm3(monkeypatch):
    import ctypes

    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeGcrypt(b"1.10.1"))
    assert sm3._load_gcrypt() is not None
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeGcrypt(None))  # older than 1.10
    assert sm3._load_gcrypt() is None
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeGcrypt(b"1.10.1", sm3_opens=False))
    assert sm3._load_gcrypt() is None

    def missing(name):
        raise OSError("libgcrypt.so.20: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert sm3._load_gcrypt() is None


@pytest.mark.parametrize("message", list(VECTORS))
def test_without_libgcrypt_openssl_gives_the_same_digests(monkeypatch, message):
    monkeypatch.setattr(sm3, "_gcrypt", None)
    assert sm3.implementation() == "OpenSSL"
    h = sm3.sm3_hasher()
    assert not isinstance(h, sm3.GcryptSM3)
    h.update(message)
    assert h.hexdigest() == VECTORS[message]


@pytest.mark.parametrize("message", list(VECTORS))
def test_without_libgcrypt_or_openssl_sm3_cryptography_gives_the_same_digests(monkeypatch, message):
    real_new = hashlib.new

    def no_sm3(name, *args, **kwargs):
        if name == "sm3":
            raise ValueError("unsupported hash type sm3")
        return real_new(name, *args, **kwargs)

    monkeypatch.setattr(sm3, "_gcrypt", None)
    monkeypatch.setattr(sm3.hashlib, "new", no_sm3)
    assert sm3.implementation() == "cryptography"
    h = sm3.sm3_hasher()
    h.update(message[:1])
    h.update(memoryview(message)[1:])
    assert h.hexdigest() == VECTORS[message]
