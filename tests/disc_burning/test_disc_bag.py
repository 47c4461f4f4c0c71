"""Disc content: the BagIt tag files, sidecars with Art. 26's elements first, index.html and the checkpoint."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from disc_burning.bag import build_layout, parse_bag_info, parse_manifest
from disc_burning.errors import VerifyCancelledError
from disc_burning.iso import build_image
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.names import disc_names, iso9660_names, joliet_names, volume_id
from disc_burning.plan import BD, plan_discs
from disc_burning.verify import verify_image

ItemFactory = Callable[..., DiscItem]


def test_bag_tag_files_and_payload(make_item: ItemFactory, make_request: Callable[..., DiscRequest]) -> None:
    items = [make_item("现场执法记录.mp4", 10_000), make_item("现场执法记录.mp4", 20_000)]
    plan = plan_discs(make_request(items, audit_checkpoint={"seq": 7, "签名": "abc"}), BD)
    layout = build_layout(plan, plan.discs[0])
    paths = [e.path for e in layout.entries]
    assert {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sm3.txt", "tagmanifest-sha256.txt"} <= set(
        paths)
    assert "data/media/现场执法记录.mp4" in paths and "data/media/现场执法记录 (2).mp4" in paths
    assert {"data/catalogue.pdf", "data/index.html", "data/audit-checkpoint.json"} <= set(paths)
    # media are referenced, not copied
    media = [e for e in layout.entries if e.path.startswith("data/media/")]
    assert all(e.source is not None and e.data is None for e in media)

    info = parse_bag_info(layout.entry("bag-info.txt").data.decode())  # type: ignore[union-attr]
    assert info["Bag-Group-Identifier"] == "A001-2026-Y30-0007"
    assert info["Bag-Count"] == "1 of 1"
    assert info["Bagging-Date"] == "2026-04-02"
    assert info["Source-Organization"] == "石家庄市市场监督管理局"
    payload = layout.payload
    assert info["Payload-Oxum"] == f"{sum(e.size for e in payload)}.{len(payload)}"
    sha = parse_manifest(layout.entry("manifest-sha256.txt").data.decode())  # type: ignore[union-attr]
    assert sha["data/media/现场执法记录 (2).mp4"] == items[1].sha256
    checkpoint = json.loads(layout.entry("data/audit-checkpoint.json").data)  # type: ignore[arg-type]
    assert checkpoint == {"seq": 7, "签名": "abc"}


def test_sidecars_put_art26_elements_first(make_item: ItemFactory, make_request: Callable[..., DiscRequest]) -> None:
    item = make_item("现场执法记录.mp4", 1000)
    plan = plan_discs(make_request([item]), BD)
    layout = build_layout(plan, plan.discs[0])
    record = json.loads(layout.entry("data/metadata/现场执法记录.mp4.json").data)  # type: ignore[arg-type]
    keys = [k for k in record if k != "labels"]
    assert keys[:5] == ["matter", "time", "place", "method", "officers"]
    assert record["officers"][0] == {"name": "张三", "certificate_no": "13010012345"}
    assert record["time"]["start"].endswith("+08:00")
    assert record["stage"] == {"code": "investigation", "label": "调查取证"}
    assert record["file"]["sm3"] == item.sm3 and record["file"]["path"] == "data/media/现场执法记录.mp4"

    root = ET.fromstring(layout.entry("data/metadata/现场执法记录.mp4.xml").data)  # type: ignore[arg-type]
    assert [el.tag for el in root][:5] == ["matter", "time", "place", "method", "officers"]
    assert root.find("place").get("label") == "记录地点"  # type: ignore[union-attr]
    assert root.find("officers/officer").get("certificate_no") == "13010012345"  # type: ignore[union-attr]


def test_index_html_plays_media_without_external_resources(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest]
) -> None:
    items = [make_item("现场 执法#1.mp4", 1000), make_item("询问录音.m4a", 1000)]
    plan = plan_discs(make_request(items), BD)
    html = layout_html = build_layout(plan, plan.discs[0]).entry("data/index.html").data.decode()  # type: ignore[union-attr]
    assert '<meta charset="utf-8">' in layout_html
    assert '<video controls preload="metadata" src="media/%E7%8E%B0%E5%9C%BA%20%E6%89%A7%E6%B3%95%231.mp4">' in html
    assert "<audio controls" in html
    assert "记录事项" in html and "张三（13010012345）" in html and "调查取证" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html) and "<script" not in html


def test_names_for_each_view() -> None:
    long = "执" * 80 + ".mp4"
    (full,) = disc_names([long])
    assert full.endswith(".mp4") and len(full.encode("utf-16-be")) // 2 + len(".json") <= 126
    a, b = joliet_names(["执法记录" * 10 + ".mp4"] * 2)
    assert a != b and all(len(n.encode()) <= 64 and n.endswith(".mp4") for n in (a, b))
    assert iso9660_names(["bagit.txt", "现场.mp4", "x.mp4", "X.MP4"]) == ["BAGIT.TXT;1", "F0002.MP4;1", "X.MP4;1",
                                                                          "F0004.MP4;1"]
    assert volume_id("A001-2026-Y30-0007", 1, 2) == "A001_2026_Y30_0007_1OF2"
    assert volume_id("冀市监档〔2026〕Y30-0007", 1, 1) == "2026_Y30_0007"
    assert len(volume_id("X" * 40, 10, 12)) == 32
    # Joliet and UDF hold 16 characters: the discs of a set still differ, and so do volumes of one year.
    assert volume_id("0001-2026-Y30-0001", 1, 3, 16) == "Y30_0001_1OF3"
    assert volume_id("0001-2026-Y30-0001", 3, 3, 16) == "Y30_0001_3OF3"
    assert volume_id("0001-2026-Y30-0002", 1, 1, 16) == "2026_Y30_0002"
    assert volume_id("0001-2026-Y30-0012", 10, 12, 16) == "Y30_0012_10OF12"
    assert disc_names(["a\nb:c.mp4", "%.mp4"]) == ["a_b_c.mp4", "％.mp4"]


def test_name_too_long_for_udf_is_shortened_and_the_original_kept(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    original = "某" * 196 + ".mp4"  # 200 characters, 592 UTF-8 bytes: more than UDF or any filesystem holds
    plan = plan_discs(make_request([make_item(original, 1000)]), BD)
    layout = build_layout(plan, plan.discs[0])
    (media,) = [e for e in layout.entries if e.path.startswith("data/media/")]
    name = media.path.rpartition("/")[2]
    # 82 characters: with ".json" the sidecar name stays within 255 UTF-8 bytes (Linux NAME_MAX)
    assert name == "某" * 82 + ".mp4" and len(f"{name}.json".encode()) <= 255
    record = json.loads(layout.entry(f"data/metadata/{name}.json").data)  # type: ignore[arg-type]
    assert record["file"]["original_name"] == original
    image = build_image(layout, tmp_path / "disc.iso")
    assert verify_image(image.path, layout).ok


def test_verification_can_be_cancelled(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    plan = plan_discs(make_request([make_item(size=3 * 1024 * 1024)]), BD)
    layout = build_layout(plan, plan.discs[0])
    image = build_image(layout, tmp_path / "disc.iso")
    with pytest.raises(VerifyCancelledError):
        verify_image(image.path, layout, cancelled=lambda: True)
