"""The signed backup manifest: every object with its digests, the catalogue snapshot's digest and the audit head."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive_core.spine.signing import Signer, verify_signature

FORMAT = "archive-ws-backup"
VERSION = 1
MANIFEST = "manifest.json"
SIGNED_PREFIX = b"archive-ws-backup-manifest|v1|"


def canonical(body: dict[str, Any]) -> bytes:
    return SIGNED_PREFIX + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(body: dict[str, Any], signer: Signer) -> dict[str, Any]:
    return {**body, "signature": {"algorithm": signer.algorithm, "public_key": signer.public_key,
                                  "value": signer.sign(canonical(body))}}


@dataclass(frozen=True)
class Manifest:
    """A manifest as read from a run folder; ``signature_valid`` says whether its body is the one signed."""

    doc: dict[str, Any]
    folder: Path

    @property
    def body(self) -> dict[str, Any]:
        return {k: v for k, v in self.doc.items() if k != "signature"}

    @property
    def run_id(self) -> str:
        return str(self.doc.get("run", self.folder.name))

    @property
    def key(self) -> tuple[str, str]:
        sig = self.doc.get("signature") or {}
        return str(sig.get("algorithm", "")), str(sig.get("public_key", ""))

    @property
    def signature_valid(self) -> bool:
        sig = self.doc.get("signature")
        if not isinstance(sig, dict):
            return False
        return verify_signature(str(sig.get("algorithm")), str(sig.get("public_key")), str(sig.get("value")),
                                canonical(self.body))

    @property
    def objects(self) -> list[dict[str, Any]]:
        return list(self.doc.get("objects", []))

    @property
    def files(self) -> list[dict[str, Any]]:
        return list(self.doc.get("files", []))

    @property
    def catalogue(self) -> dict[str, Any]:
        return dict(self.doc.get("catalogue", {}))

    @property
    def audit_head(self) -> tuple[int, str]:
        head = self.doc.get("audit_head", {})
        return int(head.get("seq", 0)), str(head.get("hash", ""))


def write(folder: Path, doc: dict[str, Any]) -> Path:
    path = folder / MANIFEST
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False, sort_keys=True))  # no indent: json's C encoder, for 10,000s
        fh.flush()
        os.fsync(fh.fileno())
    return path


def read(folder: Path) -> Manifest | None:
    """The manifest of a finished run folder; None when it has none or it is not JSON (a hand-damaged file)."""
    try:
        doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    return Manifest(doc, folder)
