"""A build that fails, is cancelled or is killed leaves nothing at the target name."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from disc_burning.bag import build_layout
from disc_burning.errors import BuildCancelledError, ImageBuildError, ImageTooLargeError
from disc_burning.files import remove_stale_temps
from disc_burning.iso import build_image
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.plan import BD, MIB, Medium, plan_discs

ItemFactory = Callable[..., DiscItem]


def test_error_raised_from_progress_leaves_no_image(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    plan = plan_discs(make_request([make_item(size=3 * MIB)]), BD)
    layout = build_layout(plan, plan.discs[0])
    target = tmp_path / "out" / "disc.iso"
    target.parent.mkdir()
    calls = []

    def crash(done: int, total: int) -> None:
        calls.append(done)
        if done > total // 3:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        build_image(layout, target, progress=crash)
    assert calls and not target.exists()
    assert list(target.parent.iterdir()) == []


def test_cancel_leaves_no_image(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    plan = plan_discs(make_request([make_item(size=3 * MIB)]), BD)
    layout = build_layout(plan, plan.discs[0])
    seen: list[int] = []
    with pytest.raises(BuildCancelledError) as info:
        build_image(layout, tmp_path / "disc.iso", progress=lambda d, t: seen.append(d), cancelled=lambda: bool(seen))
    assert info.value.code == "disc_build_cancelled"
    assert list(tmp_path.glob("*.iso")) == [] and list(tmp_path.glob(".*part")) == []


def test_changed_source_is_refused(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    item = make_item(size=1000)
    item.source.write_bytes(b"x" * 999)
    plan = plan_discs(make_request([item]), BD)
    with pytest.raises(ImageBuildError, match="999 bytes"):
        build_image(build_layout(plan, plan.discs[0]), tmp_path / "disc.iso")
    assert not (tmp_path / "disc.iso").exists()


def test_image_larger_than_medium_is_refused(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    # A medium whose reserve is too small for the real overhead: the plan fits, the image does not.
    plan = plan_discs(make_request([make_item(size=1000)]), BD)
    tiny = Medium("tiny", "tiny", 200 * 1024)
    plan = dataclasses.replace(plan, medium=tiny)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ImageTooLargeError):
        build_image(build_layout(plan, plan.discs[0]), out / "disc.iso")
    assert list(out.iterdir()) == []


BUILD_SCRIPT = """
import pickle, sys
from disc_burning.iso import build_image
layout = pickle.load(open(sys.argv[1], "rb"))
def slow(done, total):
    print(done, flush=True)
    import time; time.sleep(0.05)
build_image(layout, sys.argv[2], progress=slow)
"""


def test_sigkill_mid_build_leaves_no_image(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    import pickle

    plan = plan_discs(make_request([make_item(size=8 * MIB)]), BD)
    layout_file = tmp_path / "layout.pickle"
    layout_file.write_bytes(pickle.dumps(build_layout(plan, plan.discs[0])))
    target = tmp_path / "disc.iso"
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, str(layout_file), str(target)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    for _ in range(3):  # a few megabytes written
        assert proc.stdout.readline()
    parts = list(tmp_path.glob(".disc.iso.*.part"))
    assert parts and parts[0].stat().st_size > 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()
    assert remove_stale_temps(tmp_path) == parts and not parts[0].exists()


def test_source_ending_mid_copy_is_refused_and_leaves_no_image(
    make_item: ItemFactory, make_request: Callable[..., DiscRequest], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = make_item(size=3 * MIB)
    plan = plan_discs(make_request([item]), BD)
    layout = build_layout(plan, plan.discs[0])
    monkeypatch.setattr(os, "copy_file_range", lambda *args: 0)  # the file was cut short under us
    with pytest.raises(ImageBuildError, match=f"ended after 0 of {3 * MIB} bytes"):
        build_image(layout, tmp_path / "disc.iso")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
    assert item.source.stat().st_size == 3 * MIB
