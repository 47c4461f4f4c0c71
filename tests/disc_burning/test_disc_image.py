"""Images built by disc_burning read the same in independent readers, and verification catches damage."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest

from disc_burning.bag import DiscLayout, build_layout, parse_manifest
from disc_burning.digests import digest_file
from disc_burning.iso import ImageResult, build_image
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.plan import BD, plan_discs
from disc_burning.verify import verify_image

ItemFactory = Callable[..., DiscItem]


def needs(*tools: str) -> pytest.MarkDecorator:
    missing = [t for t in tools if shutil.which(t) is None]
    return pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


@pytest.fixture
def built(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], long_name: str, tmp_path: Path
) -> tuple[DiscLayout, ImageResult]:
    items = [
        make_item("现场执法记录.mp4", 300_000),
        make_item(long_name, 200_000),
        make_item("DSJ_20260301_093000.MP4", 150_000, case="冀市监罚〔2026〕13号"),
        make_item("询问笔录录音 100%.m4a", 50_000),
        make_item("现场执法记录.mp4", 10_000, case="冀市监罚〔2026〕13号"),
    ]
    plan = plan_discs(make_request(items), BD)
    layout = build_layout(plan, plan.discs[0])
    return layout, build_image(layout, tmp_path / "disc1.iso")


def all_paths(layout: DiscLayout) -> set[str]:
    return {e.path for e in layout.entries}


def test_verify_passes_and_checks_every_file(built: tuple[DiscLayout, ImageResult]) -> None:
    layout, image = built
    result = verify_image(image.path, expected=layout)
    assert result.ok, result.problems
    assert result.files_checked == len(layout.entries)
    assert image.size == image.path.stat().st_size


def test_long_chinese_name_survives_in_udf_rock_ridge_and_manifest(
    built: tuple[DiscLayout, ImageResult], long_name: str
) -> None:
    layout, image = built
    assert len(long_name) >= 60
    path = f"data/media/{long_name}"
    manifest = parse_manifest(layout.entry("manifest-sha256.txt").data.decode())  # type: ignore[union-attr]
    assert path in manifest
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.open(str(image.path))
    try:
        udf = {name for _d, _s, names in iso.walk(udf_path="/data/media") for name in names}
        rr = {name for _d, _s, names in iso.walk(rr_path="/data/media") for name in names}
        joliet = {name for _d, _s, names in iso.walk(joliet_path="/data/media") for name in names}
    finally:
        iso.close()
    assert long_name in udf
    assert long_name in rr
    assert all(len(n.encode()) <= 64 for n in joliet) and len(joliet) == len(udf)
    # "%" is replaced by its full-width form: BagIt tools disagree on decoding "%25" in manifests.
    assert "询问笔录录音 100％.m4a" in udf and "data/media/询问笔录录音 100％.m4a" in manifest


@needs("xorriso")
def test_xorriso_lists_every_file(built: tuple[DiscLayout, ImageResult]) -> None:
    layout, image = built
    out = subprocess.run(["xorriso", "-indev", f"stdio:{image.path}", "-find", "/", "-type", "f"],
                         capture_output=True, text=True, check=True).stdout
    listed = {line.strip().strip("'").lstrip("/") for line in out.splitlines() if line.startswith("'")}
    assert listed == all_paths(layout)


@needs("7z")
def test_7z_lists_every_file_through_udf(built: tuple[DiscLayout, ImageResult]) -> None:
    layout, image = built
    out = subprocess.run(["7z", "l", "-slt", "-tudf", str(image.path)], capture_output=True, text=True,
                         check=True).stdout
    listed = {line[len("Path = "):] for line in out.splitlines() if line.startswith("Path = ")}
    files = {p for p in listed if p.rpartition("/")[2] and p != str(image.path) and p not in ("data", "data/media",
                                                                                              "data/metadata")}
    assert files == all_paths(layout)


@needs("xorriso")
def test_osirrox_extract_validates_as_bag(built: tuple[DiscLayout, ImageResult], tmp_path: Path) -> None:
    layout, image = built
    out = tmp_path / "extracted"
    subprocess.run(["xorriso", "-osirrox", "on", "-indev", f"stdio:{image.path}", "-extract", "/", str(out)],
                   capture_output=True, check=True)
    bag = bagit.Bag(str(out))
    bag.validate()  # sha256 manifest, tag manifest, Payload-Oxum
    sm3 = parse_manifest((out / "manifest-sm3.txt").read_text("utf-8"))
    assert set(sm3) == {e.path for e in layout.payload}
    for path, want in sm3.items():
        assert digest_file(out / path).sm3 == want, path
    sha = parse_manifest((out / "manifest-sha256.txt").read_text("utf-8"))
    for path, want in sha.items():
        assert hashlib.sha256((out / path).read_bytes()).hexdigest() == want, path


def test_flipped_byte_is_caught(built: tuple[DiscLayout, ImageResult], long_name: str) -> None:
    layout, image = built
    original = image.path.read_bytes()
    marker = layout.entry(f"data/media/{long_name}")
    assert marker.source is not None
    chunk = marker.source.read_bytes()[1000:1064]
    offset = original.index(chunk)
    damaged = bytearray(original)
    damaged[offset] ^= 0x01
    image.path.write_bytes(bytes(damaged))
    result = verify_image(image.path, expected=layout)
    assert not result.ok
    hit = [p for p in result.problems if p.path == f"data/media/{long_name}"]
    assert hit and "sha256" in str(hit[0]) and marker.sha256 in str(hit[0])


def test_bag_damage_is_caught_without_a_plan(built: tuple[DiscLayout, ImageResult]) -> None:
    layout, image = built
    data = bytearray(image.path.read_bytes())
    manifest = layout.entry("manifest-sm3.txt").data
    assert manifest is not None
    offset = bytes(data).index(manifest[:64])
    data[offset] = ord("0") if data[offset] != ord("0") else ord("1")
    image.path.write_bytes(bytes(data))
    problems = [str(p) for p in verify_image(image.path).problems]
    assert any("manifest-sm3.txt" in p and "tagmanifest" in p for p in problems)
    assert any("sm3 differs" in p for p in problems)


def test_with_a_plan_the_sm3_manifest_is_held_to_the_planned_digests(built: tuple[DiscLayout, ImageResult]) -> None:
    """With a plan, media are re-read with SHA-256 only; the SM3 manifest must still agree with the vault's SM3."""
    from dataclasses import replace

    layout, image = built
    media = next(e for e in layout.entries if e.path.startswith("data/media/"))
    wrong = replace(layout, entries=tuple(replace(e, sm3="0" * 64) if e is media else e for e in layout.entries))
    problems = [str(p) for p in verify_image(image.path, expected=wrong).problems]
    assert any(media.path in p and "sm3 differs from manifest-sm3.txt" in p for p in problems)
    assert verify_image(image.path, expected=layout).ok


def test_without_in_kernel_copy_the_image_is_the_same(
    built: tuple[DiscLayout, ImageResult], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    layout, first = built

    def cross_device(*args: object) -> int:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", cross_device)
    second = build_image(layout, tmp_path / "copied-by-hand.iso")
    assert verify_image(second.path, expected=layout).ok
    assert second.size == first.size


def test_archival_metadata_on_disc_is_validated(make_item: ItemFactory, make_request: Callable[..., DiscRequest],
                                                tmp_path: Path) -> None:
    """The standard XML goes beside the sidecars with its schema; verify checks it against the schema, so XML
    that the manifest lists but the schema refuses fails the disc, naming the file and the element."""
    from tests.metadata_samples import INVALID_DURATION, VALID_MEDIA

    good, bad = make_item("完整.mp4", 20_000), make_item("改过.mp4", 20_000)
    request = make_request([good, bad], metadata_xml={good.sha256: VALID_MEDIA, bad.sha256: INVALID_DURATION})
    plan = plan_discs(request, BD)
    layout = build_layout(plan, plan.discs[0])
    assert layout.entry("data/archival-metadata/完整.mp4.xml").data == VALID_MEDIA
    assert layout.entry("data/archival-metadata/archival-metadata.xsd").size > 0
    image = build_image(layout, tmp_path / "disc.iso")
    for result in (verify_image(image.path, expected=layout), verify_image(image.path)):
        (problem,) = result.problems
        assert problem.path == "data/archival-metadata/改过.mp4.xml" and "时长" in problem.what
