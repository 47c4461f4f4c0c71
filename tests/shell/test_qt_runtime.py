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
