"""Every disc error and archiving text has Simplified Chinese, in the context where the window and CLI look."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from archive_core.archiving.disc_errors import TEMPLATES, DiscFailure
from archive_core.spine.i18n import Translator
from disc_burning import burn, errors


def disc_templates() -> set[str]:
    found = set()
    for _name, cls in inspect.getmembers(errors, inspect.isclass):
        if issubclass(cls, errors.DiscError):
            found |= {t for t in (cls.message, cls.hint) if t}
    # hints passed when raising (e.g. xorriso missing)
    source = Path(burn.__file__).read_text(encoding="utf-8")
    found |= set(re.findall(r'hint="([^"]+)"', source))
    return found


def test_disc_templates_are_marked_in_the_errors_context():
    assert set(TEMPLATES) == disc_templates()


def test_every_disc_error_has_chinese():
    tr = Translator("zh_CN")
    for text in TEMPLATES:
        zh = tr.translate("errors", text)
        assert zh != text and re.search(r"[\u4e00-\u9fff]", zh), text
        assert set(re.findall(r"\{\w+\}", zh)) == set(re.findall(r"\{\w+\}", text)), text


def test_disc_failure_renders_in_chinese():
    exc = DiscFailure(errors.NoDriveError())
    assert exc.code == "disc_no_drive" and exc.exit_code == 8
    zh = exc.render(Translator("zh_CN").error)
    assert zh == "未找到光盘刻录机。 请连接刻录机，并确认当前系统用户有权访问该设备。"
    assert str(exc).startswith("No optical drive was found.")
