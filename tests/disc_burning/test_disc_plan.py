"""Planning a disc set: bin packing by case, "n of N", items too large for the medium; building a 2-disc set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pycdlib
import pytest

from disc_burning.bag import parse_bag_info
from disc_burning.disc_set import build_disc_set
from disc_burning.errors import ItemTooLargeError
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.plan import BD, CD, MIB, Medium, human_size, plan_discs

ItemFactory = Callable[..., DiscItem]


def test_media_capacities_are_the_real_ones() -> None:
    assert CD.capacity == 737_280_000
    assert BD.capacity == 25_025_314_816
    assert 0 < CD.usable < CD.capacity


def test_small_medium_forces_two_discs_and_keeps_cases_together(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], small_medium: Callable[[int], Medium]
) -> None:
    medium = small_medium(8)  # about 3.9 MiB usable
    items = [
        make_item("甲-1.mp4", 1 * MIB, case="案一"),
        make_item("甲-2.mp4", 1 * MIB, case="案一"),
        make_item("乙-1.mp4", 1 * MIB, case="案二"),
        make_item("乙-2.mp4", 1 * MIB, case="案二"),
        make_item("丙-1.mp4", 512 * 1024, case="案三"),
    ]
    plan = plan_discs(make_request(items), medium)
    assert plan.ok
    assert [d.bag_count for d in plan.discs] == ["1 of 2", "2 of 2"]
    assert sorted(c for d in plan.discs for c in d.case_numbers) == ["案一", "案三", "案二"]
    for disc in plan.discs:
        assert sum(i.size for i in disc.items) <= medium.usable
    assert sorted(i.original_name for d in plan.discs for i in d.items) == sorted(i.original_name for i in items)


def test_a_case_too_big_for_one_disc_is_split_over_consecutive_discs(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], small_medium: Callable[[int], Medium]
) -> None:
    big_case = [make_item(f"大案-{n}.mp4", 1536 * 1024, case="大案") for n in range(4)]
    small = make_item("小案.mp4", 100 * 1024, case="小案")
    plan = plan_discs(make_request([small, *big_case]), small_medium(8))
    holding_big = [d.number for d in plan.discs if "大案" in d.case_numbers]
    assert holding_big == [1, 2]
    assert sum(1 for d in plan.discs if "小案" in d.case_numbers) == 1


def test_item_larger_than_medium_is_reported_by_name_size_and_capacity(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], small_medium: Callable[[int], Medium]
) -> None:
    huge = make_item("超大录像.mp4", 5 * MIB)
    fine = make_item("正常.mp4", 100 * 1024)
    medium = small_medium(8)
    plan = plan_discs(make_request([huge, fine]), medium)
    assert not plan.ok
    assert [p.item for p in plan.problems] == [huge]
    message = plan.problems[0].message
    for part in ("超大录像.mp4", "5.0 MiB", "测试介质 8MiB", human_size(medium.usable)):
        assert part in message
    assert plan.problems[0].error.code == "disc_item_too_large"
    assert [i.original_name for d in plan.discs for i in d.items] == ["正常.mp4"]
    with pytest.raises(ItemTooLargeError):
        plan.raise_for_problems()


def test_two_disc_set_is_built_verified_and_labelled(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], small_medium: Callable[[int], Medium],
    tmp_path: Path,
) -> None:
    items = [make_item(f"片段{n}.mp4", 1536 * 1024, case=f"案{n % 2}") for n in range(4)]
    plan = plan_discs(make_request(items), small_medium(8))
    assert len(plan.discs) == 2
    steps: set[str] = set()
    built = build_disc_set(plan, tmp_path / "out", progress=lambda step, done, total: steps.add(step))
    assert {"build 1/2", "verify 1/2", "build 2/2", "verify 2/2"} <= steps
    assert [b.layout.volume_id for b in built] == ["A001_2026_Y30_0007_1OF2", "A001_2026_Y30_0007_2OF2"]
    for n, disc in enumerate(built, start=1):
        assert disc.verification.ok, disc.verification.problems
        assert disc.image.size <= plan.medium.capacity
        iso = pycdlib.PyCdlib()
        iso.open(str(disc.image.path))
        try:
            with iso.open_file_from_iso(udf_path="/bag-info.txt") as fp:
                info = parse_bag_info(fp.read().decode())
        finally:
            iso.close()
        assert info["Bag-Count"] == f"{n} of 2" and info["Bag-Group-Identifier"] == "A001-2026-Y30-0007"
        assert disc.label_pdf.read_bytes().startswith(b"%PDF") and disc.catalogue_pdf.stat().st_size > 0


def test_building_a_set_with_problems_is_refused(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], small_medium: Callable[[int], Medium],
    tmp_path: Path,
) -> None:
    plan = plan_discs(make_request([make_item(size=5 * MIB)]), small_medium(8))
    with pytest.raises(ItemTooLargeError):
        build_disc_set(plan, tmp_path / "out")
    assert not (tmp_path / "out").exists()
