"""A received package's volumes as 四性检测 subjects: the entries its signed manifest describes and the files
beside them, with the digests the receipt checks read once."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from archive_core.archiving.four_properties import service
from archive_core.archiving.four_properties.content import Digests, Facts
from archive_core.archiving.four_properties.engine import (
    CheckResult,
    Occasion,
    Settings,
    Subject,
    SubjectItem,
    TrailVerdict,
)
from archive_core.transfer import package as pkg
from archive_core.transfer.checks import Findings


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _history(root: Path, vol: dict[str, Any]) -> Counter[str]:
    try:
        events = json.loads((root / str(vol.get("history", ""))).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return Counter()
    return Counter(f"{e.get('object_type')}:{e.get('object_id')}" for e in events if isinstance(e, dict))


def _item(root: Path, raw: dict[str, Any], history: Counter[str]) -> SubjectItem:
    path = str(raw.get("file") or "")
    kind = str(raw.get("kind", ""))
    meta = {"title": raw.get("title"), "doc_no": raw.get("doc_no"), "item_date": _day(raw.get("item_date")),
            "pages": raw.get("pages") if kind == "document" else None,
            "seconds": raw.get("seconds") if kind == "media" else None, "format": raw.get("format")}
    content = root / path if path else None
    return SubjectItem(int(raw.get("number", 0)), kind, path or str(raw.get("title", "")), meta, content,
                       str(content) if content else "", str(raw.get("sha256") or ""), str(raw.get("sm3") or ""),
                       int(raw["size"]) if path and raw.get("size") is not None else None,
                       str(raw.get("format") or ""), history.get(str(raw.get("record", "")), 0))


def subject(root: Path, manifest: pkg.SignedManifest, vol: dict[str, Any], trail_problems: tuple[str, ...]) -> Subject:
    history = _history(root, vol)
    meta = {"archive_code": vol.get("archive_code"), "fonds": vol.get("fonds"), "year": vol.get("year"),
            "retention": vol.get("retention"), "seq": vol.get("seq"), "title": vol.get("title"),
            "filed_on": _day(vol.get("filed_on")), "action_ended_at": _day(vol.get("action_ended_at"))}
    items = tuple(_item(root, i, history) for i in vol.get("items", []) if isinstance(i, dict))
    verdict = TrailVerdict(trail_problems, (), sum(history.values()))
    return Subject("package", str(vol.get("archive_code", "")), meta, items, (), (), lambda: verdict)


def run(root: Path, manifest: pkg.SignedManifest, findings: Findings, settings: Settings,
        ) -> list[tuple[str, list[CheckResult]]]:
    """The receipt checks of the 四性 engine over each volume, reusing the digests already read."""
    trail = tuple(p.text() for p in findings.problems if p.check == "JS-TRAIL")
    out = []
    for vol in manifest.volumes:
        s = subject(root, manifest, vol, trail)
        facts = Facts(s.items, settings.decode_frames)
        for item in s.items:
            read = findings.digests.get(item.name)
            if item.electronic and read is not None and read.size >= 0:
                facts.of(item).digests = Digests(read.sha256, read.sm3, read.size)
        out.append((s.label, service.engine.run(s, Occasion.RECEIPT, settings, facts)))
    return out
