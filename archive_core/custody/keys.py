"""The private signing key in a backup, encrypted with a passphrase (scrypt, then AES-256-GCM)."""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from archive_core.custody.errors import PassphraseError, PassphraseMissingError

MIN_PASSPHRASE = 12
# scrypt cost: about a tenth of a second here, 64 MiB of memory, for every guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
FORMAT = "archive-ws-encrypted-key"


def _kdf(salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)


def encrypt(raw: bytes, algorithm: str, passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseMissingError(n=MIN_PASSPHRASE)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _kdf(salt).derive(passphrase.encode("utf-8"))
    sealed = AESGCM(key).encrypt(nonce, raw, algorithm.encode("ascii"))
    doc = {"format": FORMAT, "algorithm": algorithm, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
           "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
           "ciphertext": base64.b64encode(sealed).decode()}
    return json.dumps(doc, indent=1).encode()


def decrypt(data: bytes, passphrase: str) -> tuple[str, bytes]:
    """(algorithm, raw private key); PassphraseError when the passphrase is wrong."""
    doc = json.loads(data)
    salt, nonce = base64.b64decode(doc["salt"]), base64.b64decode(doc["nonce"])
    key = Scrypt(salt=salt, length=32, n=int(doc["n"]), r=int(doc["r"]), p=int(doc["p"])).derive(
        passphrase.encode("utf-8"))
    try:
        raw = AESGCM(key).decrypt(nonce, base64.b64decode(doc["ciphertext"]), doc["algorithm"].encode("ascii"))
    except InvalidTag as exc:
        raise PassphraseError() from exc
    return str(doc["algorithm"]), raw
