"""The PDF catalogue and labels embed the CJK font and render to images."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from disc_burning.bag import DiscLayout, build_layout
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.label import labels_for
from disc_burning.plan import BD, plan_discs
from tests.pdf_checks import assert_pdfa

pytestmark = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftoppm") is None, reason="needs poppler-utils"
)


@pytest.fixture
def layout(make_item: Callable[..., DiscItem], make_request: Callable[..., DiscRequest], long_name: str) -> DiscLayout:
    items = [make_item(long_name, 1000)] + [
        make_item(f"DSJ_20260301_0930{n:02d}.MP4", 1000, case=f"冀市监罚〔2026〕{12 + n % 3}号") for n in range(30)
    ]
    plan = plan_discs(make_request(items), BD)
    return build_layout(plan, plan.discs[0])


def fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


def render(pdf: Path, page: int) -> Path:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(prefix)], check=True)
    return prefix.with_suffix(".png")


def test_catalogue_embeds_cjk_font_and_spans_pages(layout: DiscLayout, tmp_path: Path) -> None:
    pdf = tmp_path / "catalogue.pdf"
    pdf.write_bytes(layout.entry("data/catalogue.pdf").data)  # type: ignore[arg-type]
    rows = fonts(pdf)
    assert rows and all("WenQuanYiMicroHei" in r and " yes " in r for r in rows), rows
    text = assert_pdfa(pdf)
    assert "执法音视频证据光盘目录" in text and "A001-2026-Y30-0007" in text and "张三（13010012345）" in text
    assert "第2页" in text.replace(" ", "")  # 31 items do not fit on one landscape page
    flat = "".join(text.split())
    assert "制作日期：2026年4月2日" in flat and re.search(r"2026年3月1日\d\d:\d\d:00至\d\d:\d\d:00", flat)  # as written
    assert "2026-0" not in flat
    assert render(pdf, 1).stat().st_size > 10_000


def test_label_has_one_page_per_copy_with_embedded_font(layout: DiscLayout, tmp_path: Path) -> None:
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(labels_for(layout))
    assert_pdfa(pdf)
    rows = fonts(pdf)
    assert rows and all("WenQuanYiMicroHei" in r and " yes " in r for r in rows), rows
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "副本 A" in pages[0] and "副本 B" in pages[1]
    assert "第 1 张 / 共 1 张" in pages[0] and "A001-2026-Y30-0007" in pages[0]
    assert "2026年4月2日" in pages[0] and "2026年3月1日 09:40 至" in pages[0] and "2026-0" not in pages[0]
    for element in ("记录事项", "记录时间", "记录地点", "记录方式", "执法人员"):
        assert element in pages[0]
    assert render(pdf, 1).stat().st_size > 5_000


def test_disc_dates_are_written_as_the_clock_writes_them() -> None:
    from datetime import date, datetime

    from archive_core.spine import clock
    from disc_burning import written_dates

    for day in (date(2026, 1, 2), date(2026, 12, 31)):
        assert written_dates.day(day) == clock.fmt_day(day)
    when = datetime(2026, 1, 2, 7, 5, 9, tzinfo=clock.agency_zone())
    assert written_dates.minute(when) == clock.read_text(when)
    assert written_dates.second(when) == clock.fmt(when, clock.READ_SECOND)
