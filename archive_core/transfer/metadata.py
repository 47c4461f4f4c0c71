"""The metadata XML (DA/T 46 / DA/T 63 element names) of a volume and its items in a package, and its check
against the shipped schema."""

from __future__ import annotations

from sqlalchemy.orm import Session

from archive_core.archiving import metadata_xml
from archive_core.archiving.metadata_xml import Locate
from archive_core.spine.vault.store import Vault
from disc_burning import metadata_schema
from models.archiving import VolumeItem


def volume_xml(session: Session, vault: Vault, volume_id: int, locate: Locate) -> bytes:
    return metadata_xml.volume_xml(session, vault, volume_id, locate)


def item_xml(session: Session, vault: Vault, line: VolumeItem, locate: Locate) -> bytes:
    if line.text_record_id is not None:
        return metadata_xml.text_record_xml(session, vault, line.text_record_id, locate)
    assert line.media_record_id is not None
    return metadata_xml.media_xml(session, vault, line.media_record_id, locate)


def problems(data: bytes) -> list[str]:
    """What makes ``data`` invalid against the schema, each naming the element and line; empty when valid."""
    return metadata_schema.problems(data)
