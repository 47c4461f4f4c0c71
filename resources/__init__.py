"""Packaged resources: fonts, translations, default catalogues."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
CJK_FONT = ROOT / "fonts" / "wqy-microhei.ttc"
CATALOGUES = ROOT / "catalogues"
I18N = ROOT / "i18n"
METADATA_SCHEMA = ROOT / "schema" / "archival-metadata.xsd"
# Each version of the metadata documents by the schema attribute of their root; the current one is written.
METADATA_SCHEMAS = {"archive-ws-metadata/1": ROOT / "schema" / "archival-metadata-1.xsd",
                    "archive-ws-metadata/2": METADATA_SCHEMA}
