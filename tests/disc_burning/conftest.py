"""Shared fixtures: small evidence files with real digests, and disc requests around them."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from disc_burning.digests import digest_file
from disc_burning.items import DiscItem, DiscRequest, Officer, Stage
from disc_burning.plan import MIB, Medium

CST = timezone(timedelta(hours=8))
# 60 Chinese characters, 180 UTF-8 bytes: beyond Joliet (64 bytes in pycdlib), within UDF and Rock Ridge.
LONG_NAME = (
    "市场监督管理局现场检查执法记录仪视频某某食品有限公司后厨卫生"
    "状况第一次复查全过程录像证据材料编号零零一二号附件甲之一.mp4"
)
CHECKPOINT = {"seq": 42, "head": "ab" * 32, "signature": {"alg": "SM2", "value": "3045022100"}, "signer": "工作站 01"}


ItemFactory = Callable[..., DiscItem]


@pytest.fixture
def make_item(tmp_path: Path) -> ItemFactory:
    vault = tmp_path / "vault"
    vault.mkdir()
    counter = iter(range(1, 10_000))

    def make(
        name: str = "现场执法记录.mp4",
        size: int = 256 * 1024,
        case: str = "冀市监罚〔2026〕12号",
        path: Path | None = None,
    ) -> DiscItem:
        n = next(counter)
        if path is None:
            path = vault / f"{n:04d}.obj"
            path.write_bytes(os.urandom(size))
        digests = digest_file(path)
        start = datetime(2026, 3, 1, 9, 30, tzinfo=CST) + timedelta(minutes=10 * n)
        return DiscItem(
            source=path, original_name=name, size=digests.size, sha256=digests.sha256, sm3=digests.sm3,
            matter=f"现场检查第{n}段：后厨卫生与原料台账",
            recorded_start=start,
            recorded_end=start + timedelta(minutes=8),
            place="石家庄市长安区中山东路 18 号某某食品有限公司", method="执法记录仪",
            officers=(Officer("张三", "13010012345"), Officer("李四", "13010067890")),
            case_number=case, case_title="某某食品有限公司涉嫌违反食品安全法案", stage=Stage.INVESTIGATION,
            device_id="DSJ-0007", confidentiality="内部",
        )

    return make


@pytest.fixture
def long_name() -> str:
    return LONG_NAME


@pytest.fixture
def make_request() -> Callable[..., DiscRequest]:
    def make(items: list[DiscItem], **kw: object) -> DiscRequest:
        args: dict[str, object] = {
            "archive_code": "A001-2026-Y30-0007", "items": tuple(items), "agency_name": "石家庄市市场监督管理局",
            "audit_checkpoint": CHECKPOINT, "bagging_date": date(2026, 4, 2),
        }
        args.update(kw)
        return DiscRequest(**args)  # type: ignore[arg-type]

    return make


@pytest.fixture
def small_medium() -> Callable[[int], Medium]:
    return lambda mib: Medium("test", f"测试介质 {mib}MiB", mib * MIB)
