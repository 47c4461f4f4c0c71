"""A separate, idle process that notes when the whole machine stops: it wakes every 5 ms and reports each wake-up that
came late although it had not been waiting for a CPU (a virtual machine paused by its host, not a busy program).

Each line printed is ``start end paused``: the late wake-up's window on the monotonic clock, which every process on the
machine shares, and how much of it the process was not queued for a CPU (seconds). Runs until
stopped; a benchmark starts it beside the program it measures (``python -m bench.machine_pauses``).
"""

from __future__ import annotations

import sys
import time

PERIOD_S = 0.005
LATE_S = 0.020


def _queued_s() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux schedstat)."""
    with open("/proc/thread-self/schedstat") as fh:
        return int(fh.read().split()[1]) / 1e9


def main() -> int:
    last, queued = time.monotonic(), _queued_s()
    while True:
        time.sleep(PERIOD_S)
        now, queued_now = time.monotonic(), _queued_s()
        # Late because other programs had the CPUs is not a pause of the machine: only the part not queued counts.
        paused = now - last - PERIOD_S - (queued_now - queued)
        if paused > LATE_S:
            print(f"{last:.4f} {now:.4f} {paused:.4f}", flush=True)
        last, queued = now, queued_now


if __name__ == "__main__":
    sys.exit(main())
