"""Qt fixtures: a task runner bound to the test's QApplication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.tasks import TaskRunner


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(60000)
