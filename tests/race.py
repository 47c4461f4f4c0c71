"""Two workstations acting at once: each on its own thread and its own catalogue connections, meeting after
their reads so that neither writes before both have read."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from archive_core.spine.workstation import Workstation, open_workstation

# How long one side waits for the other at the meeting point. A side held by a row lock never arrives (that is
# the guarantee under test), so the wait must end; both sides arrive at once when nothing holds them.
MEETING_WAIT = 0.5


class Meeting:
    """Call ``meet()`` right after a read: the first side waits there for the second, at most MEETING_WAIT."""

    def __init__(self) -> None:
        self.barrier = threading.Barrier(2)
        self.arrived = 0
        self._lock = threading.Lock()

    def meet(self) -> None:
        with self._lock:
            self.arrived += 1
        try:
            self.barrier.wait(MEETING_WAIT)
        except threading.BrokenBarrierError:
            pass


def after(meeting: Meeting, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` followed by the meeting: patch a service's read step with it."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        meeting.meet()
        return result

    return wrapped


@contextmanager
def two_workstations(home: Path, db_url: str) -> Iterator[tuple[Workstation, Workstation]]:
    a, b = open_workstation(home, db_url, name="ws-a"), open_workstation(home, db_url, name="ws-b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def at_once(*actions: Callable[[], Any]) -> list[Any]:
    """Run the actions on threads of their own; each one's result, or the exception it raised."""
    results: list[Any] = [None] * len(actions)

    def run(i: int) -> None:
        try:
            results[i] = actions[i]()
        except BaseException as exc:  # handed to the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "an action did not finish"
    return results
