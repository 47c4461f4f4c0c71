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
