"""Run a test module under the process zones UTC and Asia/Shanghai: the agency clock must give the same answers."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

PROCESS_ZONES = ["UTC", "Asia/Shanghai"]


@pytest.fixture(params=PROCESS_ZONES, autouse=True)
def process_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
