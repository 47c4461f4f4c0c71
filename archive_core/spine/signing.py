"""The workstation's signing key (Ed25519, or SM2 via gmalg) for audit checkpoints and disc manifests (Art. 7)."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519 = "ed25519"
SM2 = "sm2"
ALGORITHM_ENV = "ARCHIVE_WS_SIGNATURE"
SM2_UID = b"archive-ws"
SM2_PART = 32
PENDING = ".next"  # a rotation's new key until the catalogue has recorded the hand-over


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Signer:
    algorithm: str
    private_key: bytes
    public_key: str

    @classmethod
    def load_or_create(cls, key_dir: Path, algorithm: str | None = None) -> Signer:
        algorithm = algorithm or os.environ.get(ALGORITHM_ENV, ED25519)
        key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = key_file(key_dir, algorithm)
        if not path.exists():
            _write_private(path, _new_private_key(algorithm))
        return cls.from_file(path, algorithm)

    @classmethod
    def from_file(cls, path: Path, algorithm: str) -> Signer:
        raw = path.read_bytes()
        return cls(algorithm, raw, _public_key(algorithm, raw))

    @classmethod
    def create_pending(cls, key_dir: Path, algorithm: str) -> Signer:
        """A new key pair beside the one in use, which it replaces once the rotation is committed."""
        path = pending_file(key_dir, algorithm)
        _write_private(path, _new_private_key(algorithm))
        return cls.from_file(path, algorithm)

    @property
    def key_id(self) -> str:
        return key_id(self.algorithm, self.public_key)

    def sign(self, data: bytes) -> str:
        if self.algorithm == ED25519:
            return _b64(Ed25519PrivateKey.from_private_bytes(self.private_key).sign(data))
        from gmalg import SM2 as GmSM2  # optional dependency

        sm2 = GmSM2(self.private_key, SM2_UID, bytes.fromhex(self.public_key))
        r, s = sm2.sign(data)
        # r and s are 32-byte numbers; gmalg drops leading zero bytes (about one signature in 128)
        return _b64(r.rjust(SM2_PART, b"\0") + s.rjust(SM2_PART, b"\0"))


def key_file(key_dir: Path, algorithm: str) -> Path:
    return key_dir / f"workstation-{algorithm}.key"


def pending_file(key_dir: Path, algorithm: str) -> Path:
    return key_file(key_dir, algorithm).with_name(key_file(key_dir, algorithm).name + PENDING)


def install_pending(key_dir: Path, algorithm: str) -> None:
    """The pending key takes the key file's place; the retired private key is gone (its public key stays known)."""
    os.replace(pending_file(key_dir, algorithm), key_file(key_dir, algorithm))
    fd = os.open(key_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_state(path: Path) -> tuple[int, int] | None:
    """What tells a replaced key file from the one loaded (inode and modification time); None when missing."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns


def key_id(algorithm: str, public_key: str) -> str:
    """A short fingerprint naming a public key in the trail and on screen."""
    return f"{algorithm}:{hashlib.sha256(public_key.encode('ascii')).hexdigest()[:16]}"


def _write_private(path: Path, raw: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _new_private_key(algorithm: str) -> bytes:
    if algorithm == ED25519:
        return Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
    if algorithm == SM2:
        from gmalg import SM2 as GmSM2

        private, _public = GmSM2().generate_keypair()
        return bytes(private)
    raise ValueError(f"unknown signature algorithm {algorithm}")


def _public_key(algorithm: str, private: bytes) -> str:
    if algorithm == ED25519:
        pub = Ed25519PrivateKey.from_private_bytes(private).public_key()
        return _b64(pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    from gmalg import SM2 as GmSM2

    return bytes(GmSM2().generate_pk(private)).hex()


def verify_signature(algorithm: str, public_key: str, signature: str, data: bytes) -> bool:
    try:
        sig = base64.b64decode(signature)
        if algorithm == ED25519:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(sig, data)
            return True
        if algorithm == SM2:
            from gmalg import SM2 as GmSM2

            half = SM2_PART if len(sig) == 2 * SM2_PART else len(sig) // 2  # the latter: unpadded older ones
            return bool(GmSM2(pk=bytes.fromhex(public_key), uid=SM2_UID).verify(data, sig[:half], sig[half:]))
    except (InvalidSignature, ValueError):
        return False
    return False
