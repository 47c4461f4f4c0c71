"""Validation of the archival metadata XML (DA/T 46 / DA/T 63 element names) against the shipped XSD."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from resources import METADATA_SCHEMA, METADATA_SCHEMAS

# No network, no entities, no DTDs: a metadata file is data from outside.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@lru_cache(maxsize=len(METADATA_SCHEMAS))
def schema(version: str = "") -> etree.XMLSchema:
    """The schema of that version (the document's ``schema`` attribute); the current one for any other."""
    return etree.XMLSchema(etree.parse(str(METADATA_SCHEMAS.get(version, METADATA_SCHEMA)), _PARSER))


def problems(data: bytes) -> list[str]:
    """What makes ``data`` invalid against the schema of its version (documents written before keep theirs), one
    line each naming the element and the line; empty when it is valid."""
    try:
        doc = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    checker = schema(str(doc.get("schema", "")))
    if checker.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]
