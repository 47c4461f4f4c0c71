"""The player's Chinese translation: complete, and really used when installed."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "zh_CN" / "player.ts"
SOURCES = [ROOT / "ui" / "av" / name for name in ("player.py", "player_markers.py", "player_snapshots.py",
                                                  "player_window.py")]
CJK = re.compile(r"[\u4e00-\u9fff]")


def ts_messages() -> dict[str, str]:
    messages = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished or obsolete: {message.findtext('source')}"
        messages[message.findtext("source") or ""] = translation.text or ""
    return messages


def tr_texts(path: Path) -> list[str]:
    """The literal texts given to self.tr() (adjacent literals joined, as Python joins them)."""
    return [node.args[0].value for node in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


def test_every_ui_string_has_a_chinese_translation():
    messages = ts_messages()
    used = {text for path in SOURCES for text in tr_texts(path)}
    assert used, "the player's strings go through self.tr()"
    assert used <= set(messages), f"run pyside6-lupdate: missing {sorted(used - set(messages))}"
    for source, translation in messages.items():
        assert CJK.search(translation), f"no Chinese for {source!r}"
        assert re.findall(r"\{\w+\}", source) == re.findall(r"\{\w+\}", translation), f"placeholders of {source!r}"


def test_installed_translation_reaches_the_widget(qtbot, tmp_path):
    venv_bin = str(Path(sys.executable).parent)
    lrelease = shutil.which("pyside6-lrelease", path=venv_bin) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "player.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(qm)], check=True, capture_output=True)

    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.av.player import VideoPlayer

    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        widget = VideoPlayer(vlc_args=["--aout=dummy"])
        qtbot.addWidget(widget)
        assert widget._stop.toolTip() == "停止"
        assert widget._marker_panel._add.text() == "添加标记"
        widget.shutdown()
    finally:
        QCoreApplication.removeTranslator(translator)
