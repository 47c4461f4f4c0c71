"""Copying a vault object into a package in one pass: the copy is whole, both digests are the copy's own, and the
vault's SM3 stands for the copy's only when the copy's SHA-256 proves the same bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive_core.transfer import copying
from disc_burning.digests import digest_file


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(copying, "COPY_CHUNK", 64 * 1024)  # several buffers, both ring slots used
    path = tmp_path / "scan.pdf"
    path.write_bytes(os.urandom(5 * 64 * 1024 + 123))
    return path


def test_without_the_vaults_digests_both_are_computed_over_the_bytes_copied(source: Path, tmp_path: Path) -> None:
    found = copying.copy_hashing(source, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == source.read_bytes()
    assert found == digest_file(source)


def test_the_vaults_sm3_stands_for_the_copy_only_when_sha256_proves_the_same_bytes(source: Path,
                                                                                    tmp_path: Path) -> None:
    real = digest_file(source)
    vault = type(real)(real.size, real.sha256, "5" * 64)  # a stand-in SM3 shows which one is reported
    assert copying.copy_hashing(source, tmp_path / "a.pdf", vault) == vault
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0x01  # the vault's file changed since it was stored
    source.write_bytes(bytes(data))
    found = copying.copy_hashing(source, tmp_path / "b.pdf", vault)
    assert found == digest_file(source) and found.sha256 != real.sha256 and found.sm3 != vault.sm3


def test_an_existing_target_is_never_overwritten(source: Path, tmp_path: Path) -> None:
    (tmp_path / "copy.pdf").write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        copying.copy_hashing(source, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == b"kept"
