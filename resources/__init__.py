"""Packaged resources: fonts, translations, default catalogues."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
CJK_FONT = ROOT / "fonts" / "wqy-microhei.ttc"
CATALOGUES = ROOT / "catalogues"
I18N = ROOT / "i18n"
METADATA_SCHEMA = ROOT / "schema" / "archival-metadata.xsd"
