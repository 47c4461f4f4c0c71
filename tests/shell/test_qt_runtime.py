"""The Qt binding in use keeps Python's reference counts straight (a leak on None aborts Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_do_not_leak_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 50


def test_the_project_refuses_the_binding_that_loses_none() -> None:
    """The program's own guard against it: the dependency excludes 6.12, and the binding in use is one it allows."""
    import tomllib
    from pathlib import Path

    import PySide6
    from packaging.requirements import Requirement

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    wanted = [Requirement(d) for d in tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]]
    [pyside] = [r for r in wanted if r.name == "PySide6"]
    assert not pyside.specifier.contains("6.12.0") and not pyside.specifier.contains("6.12.1")
    assert pyside.specifier.contains(PySide6.__version__)
