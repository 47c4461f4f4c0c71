"""Qt-free reading of the Qt translation sources (.ts), so the CLI speaks the same language as the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from resources import I18N

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    folder = Path(I18N) / language
    if not folder.is_dir():
        return table
    for ts in sorted(folder.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source and node is not None and node.text and node.get("type") not in ("unfinished", "obsolete"):
                    table[(name, source)] = node.text
    return table


class Translator:
    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language

    def translate(self, context: str, text: str) -> str:
        return _catalogue(self.language).get((context, text), text)

    __call__ = translate

    def error(self, text: str) -> str:
        return self.translate("errors", text)
