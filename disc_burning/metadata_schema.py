"""Validation of the archival metadata XML (DA/T 46 / DA/T 63 element names) against the shipped XSD."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from resources import METADATA_SCHEMA

# No network, no entities, no DTDs: a metadata file is data from outside.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(METADATA_SCHEMA), _PARSER))


def problems(data: bytes) -> list[str]:
    """What makes ``data`` invalid, one line each naming the element and the line; empty when it is valid."""
    try:
        doc = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    checker = schema()
    if checker.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]
