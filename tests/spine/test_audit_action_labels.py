"""Every audit action the code writes has a readable, translated name: the audit page never shows a raw code."""

from __future__ import annotations

import ast
from pathlib import Path

from archive_core.spine.audit.actions import ACTION_LABELS

ROOT = Path(__file__).resolve().parents[2]


def _written_actions() -> dict[str, str]:
    """Literal first arguments of ``….audit("area.what", …)`` calls, with where they are."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "archive_core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "audit" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_written_action_has_a_label() -> None:
    written = _written_actions()
    assert len(written) > 50  # the scan sees the code
    missing = [f"{where} {action}" for action, where in sorted(written.items()) if action not in ACTION_LABELS]
    assert not missing, "\n".join(missing)
