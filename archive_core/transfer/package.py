"""The archival package's layout and its signed manifest: every file with its size, SHA-256 and SM3."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive_core.spine.signing import Signer, verify_signature

FORMAT = "archive-ws-transfer"
VERSION = 1
SIGNED_PREFIX = b"archive-ws-transfer-manifest|v1|"
DATA = "data"
MANIFEST = "data/signed-manifest.json"
SENDER_KEY = "data/sender-key.json"
CHECKPOINT = "data/audit-checkpoint.json"
LIST_PDF = "data/移交清单.pdf"
LIST_XML = "data/transfer-list.xml"
VOLUME_XML = "volume.xml"
CATALOGUE_PDF = "卷内目录.pdf"
HISTORY = "management-history.json"
_UNSAFE = re.compile(r'[\x00-\x1f/\\:*?"<>|]')


def safe_name(name: str, limit: int = 120) -> str:
    """A file name that is one path element everywhere (no separators, control or reserved characters)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "file"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix) > 8:
        return cleaned[:limit]
    return f"{stem[: limit - len(suffix) - 1]}.{suffix}"


def fingerprint(algorithm: str, public_key: str) -> str:
    """The key's fingerprint to compare by telephone or on paper: SHA-256 of it, in groups of four."""
    digest = hashlib.sha256(f"{algorithm}:{public_key}".encode()).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def key_document(signer: Signer, workstation: str, agency: str) -> dict[str, str]:
    return {"format": "archive-ws-sender-key", "algorithm": signer.algorithm, "public_key": signer.public_key,
            "workstation": workstation, "agency": agency,
            "fingerprint": fingerprint(signer.algorithm, signer.public_key)}


def canonical(body: dict[str, Any]) -> bytes:
    return SIGNED_PREFIX + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(body: dict[str, Any], signer: Signer) -> bytes:
    doc = {**body, "signature": {"algorithm": signer.algorithm, "public_key": signer.public_key,
                                 "value": signer.sign(canonical(body))}}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


@dataclass(frozen=True)
class SignedManifest:
    doc: dict[str, Any]

    @property
    def body(self) -> dict[str, Any]:
        return {k: v for k, v in self.doc.items() if k != "signature"}

    @property
    def key(self) -> tuple[str, str]:
        sig = self.doc.get("signature") or {}
        return (str(sig.get("algorithm", "")), str(sig.get("public_key", ""))) if isinstance(sig, dict) else ("", "")

    @property
    def signature_valid(self) -> bool:
        sig = self.doc.get("signature")
        if not isinstance(sig, dict):
            return False
        return verify_signature(str(sig.get("algorithm")), str(sig.get("public_key")), str(sig.get("value")),
                                canonical(self.body))

    @property
    def package_id(self) -> str:
        return str(self.doc.get("package", ""))

    @property
    def files(self) -> list[dict[str, Any]]:
        return [f for f in self.doc.get("files", []) if isinstance(f, dict)]

    @property
    def volumes(self) -> list[dict[str, Any]]:
        return [v for v in self.doc.get("volumes", []) if isinstance(v, dict)]


def read_manifest(folder: Path) -> SignedManifest | None:
    """The package's signed manifest; None when it is missing or not a transfer manifest."""
    try:
        doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    return SignedManifest(doc)
