"""The metadata XML of a volume and its items in a package, and its check against the schema."""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as ET

from sqlalchemy.orm import Session

from archive_core.spine.vault.store import Vault
from models.archiving import ArchiveVolume, VolumeItem

Locate = Callable[[str], str]
ROOT = "档案元数据"


def _doc(fields: dict[str, object]) -> bytes:
    root = ET.Element(ROOT)
    for key, value in fields.items():
        ET.SubElement(root, key).text = "" if value is None else str(value)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def volume_xml(session: Session, vault: Vault, volume_id: int, locate: Locate) -> bytes:
    vol = session.get(ArchiveVolume, volume_id)
    assert vol is not None
    return _doc({"档号": vol.archive_code, "题名": vol.title, "年度": vol.year, "保管期限": vol.retention})


def item_xml(session: Session, vault: Vault, line: VolumeItem, locate: Locate) -> bytes:
    return _doc({"件号": line.number, "题名": line.title, "存储位置": locate(line.sha256) if line.sha256 else ""})


def problems(data: bytes) -> list[str]:
    """What makes ``data`` invalid; empty when it is valid."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    return [] if root.tag == ROOT else [f"the root element is {root.tag}, not {ROOT}"]
