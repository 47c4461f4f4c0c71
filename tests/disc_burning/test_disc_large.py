"""A file over 4 GiB on BD: ISO 9660 needs several extents; it must come back whole through UDF."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pycdlib
import pytest

from disc_burning.bag import build_layout
from disc_burning.iso import build_image
from disc_burning.items import DiscItem, DiscRequest
from disc_burning.plan import BD, plan_discs
from disc_burning.verify import verify_image

SIZE = 4 * 1024**3 + 3 * 1024 * 1024


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_file_over_4gib_reads_back_through_udf(
    make_item: Callable[..., DiscItem], make_request: Callable[..., DiscRequest], tmp_path: Path
) -> None:
    source = tmp_path / "large.obj"
    with open(source, "wb") as fp:
        fp.truncate(SIZE)  # sparse; random marks where extents meet so misplaced extents change the digest
        for offset in (0, 2 * 1024**3, 4 * 1024**3 - 512 * 1024, SIZE - 1024 * 1024):
            fp.seek(offset)
            fp.write(os.urandom(1024 * 1024))
    item = make_item("全天执法记录仪录像.mp4", path=source)
    plan = plan_discs(make_request([item]), BD)
    layout = build_layout(plan, plan.discs[0])
    image = build_image(layout, tmp_path / "large.iso")
    try:
        result = verify_image(image.path, expected=layout)
        assert result.ok, result.problems
        iso = pycdlib.PyCdlib()
        iso.open(str(image.path))
        try:
            rec = iso.get_record(udf_path="/data/media/全天执法记录仪录像.mp4")
            assert rec.get_data_length() == SIZE
        finally:
            iso.close()
    finally:
        image.path.unlink()
