"""The task runner: a job started again by its owner replaces the answer of the one before, whatever finishes last."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject


def test_only_the_newest_job_of_a_name_answers(qtbot, tasks) -> None:
    owner = QObject()
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release.wait(20)
        return "old filter"

    tasks.run(slow, on_done=answers.append, owner=owner, latest="reload")
    tasks.run(lambda: "new filter", on_done=answers.append, owner=owner, latest="reload")
    qtbot.waitUntil(lambda: answers == ["new filter"], timeout=10_000)
    release.set()  # the older query ends last: its rows must not replace the newer ones
    tasks.wait()
    qtbot.wait(50)
    assert answers == ["new filter"]
    tasks.run(lambda: "other", on_done=answers.append, owner=owner)  # unnamed jobs always answer
    qtbot.waitUntil(lambda: answers[-1] == "other", timeout=10_000)
