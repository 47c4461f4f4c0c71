"""The command line's --help speaks Chinese by default, like the rest of it; --lang en keeps English."""

from __future__ import annotations

import re

import pytest

from archive_core.cli import build_parser, help_text, run
from archive_core.spine.i18n import Translator

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_help_text_has_chinese() -> None:
    tr = Translator("zh_CN")
    texts = list(dict.fromkeys(help_text.help_strings(build_parser("en"))))
    assert len(texts) > 150  # the walk reaches every subcommand
    words = [t for t in texts if re.search(r"[a-z]{2}", re.sub(r"\b[A-Z-]+\b|\.[a-z]+\b", "", t))]  # not FILE.pdf
    missing = [t for t in words if not CJK.search(tr.translate("cli_help", t))]
    assert not missing, "\n".join(missing)


def test_help_is_chinese_by_default(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARCHIVE_WS_LANG", raising=False)
    with pytest.raises(SystemExit):
        run(["device", "add", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：archive-ws device add")
    assert "选项" in out and "显示本帮助并退出" in out and "资产编号（条码内容）" in out
    assert "usage:" not in out and "options:" not in out and "asset tag" not in out


def test_subcommand_list_and_errors_are_chinese(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARCHIVE_WS_LANG", raising=False)
    with pytest.raises(SystemExit):
        run(["--help"])
    assert "登记案件" not in capsys.readouterr().out  # a subcommand's own texts stay on its page
    with pytest.raises(SystemExit) as exit_:
        run(["audit", "lst"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "用法：" in err and "archive-ws audit：错误：参数 ACTION：'lst' 不是可选值" in err


def test_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["--lang", "en", "device", "add", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: ") and "asset tag (what the barcode encodes)" in out
