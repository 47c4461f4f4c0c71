"""Every text the program marks for translation has Simplified Chinese: errors, audit action names, window texts."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from archive_core.spine.i18n import Translator
from resources import I18N

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("archive_core", "disc_burning", "models", "ui")
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _marked(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of QT_TRANSLATE_NOOP, QCoreApplication.translate and self.tr calls with literal text."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                fn, args = child.func, child.args
                name = getattr(fn, "id", None) or getattr(fn, "attr", None)
                owner = getattr(getattr(fn, "value", None), "id", None)
                pair: list[ast.expr] = []
                if name == "QT_TRANSLATE_NOOP" or (name == "translate" and owner == "QCoreApplication"):
                    pair = args[:2]
                elif name == "tr" and owner == "self" and cls and args:
                    pair = [ast.Constant(cls), args[0]]
                if len(pair) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in pair):
                    found.append((child.lineno, pair[0].value, pair[1].value))  # type: ignore[attr-defined]
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def _names(template: str) -> set[str]:
    """Placeholder names; a Chinese text may take the Chinese form of a value ({stage_name_zh} for {stage_name})."""
    return {re.sub(r"_zh$", "", p.strip("{}").split(":")[0]) for p in PLACEHOLDER.findall(template)}


def test_no_translation_source_has_unfinished_entries() -> None:
    unfinished = {ts.name: ts.read_text(encoding="utf-8").count('type="unfinished"')
                  for ts in sorted((Path(I18N) / "zh_CN").glob("*.ts"))}
    assert unfinished and not any(unfinished.values()), unfinished


@pytest.mark.parametrize("package", PACKAGES)
def test_every_marked_text_has_chinese(package: str) -> None:
    tr = Translator("zh_CN")
    missing = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, context, text in _marked(path):
            if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", text)):
                continue  # nothing to translate but placeholders and punctuation
            zh = tr.translate(context, text)
            if zh == text or not re.search(r"[\u4e00-\u9fff]", zh):
                missing.append(f"{path.relative_to(ROOT)}:{line} [{context}] {text}")
            elif _names(zh) != _names(text):
                missing.append(f"{path.relative_to(ROOT)}:{line} [{context}] placeholders differ: {zh}")
    assert not missing, "\n".join(missing)
