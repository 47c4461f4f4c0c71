"""Benchmark: build + verify a disc image with disc_burning against `xorriso -as mkisofs` on the same clips.

Usage: python bench/disc_bench.py [--total-mib 2048] [--clip-mib 128] [--dir /tmp]
(or DISC_BENCH_MIB=1024). Prints times, the ratio to xorriso (target <= 1.3x) and the build's peak RSS
(target < 200 MB). Each side runs twice, after a sync, and its better run counts. Everything it writes is deleted at
the end.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import summary  # noqa: E402
from disc_burning.bag import build_layout  # noqa: E402
from disc_burning.digests import digest_file  # noqa: E402
from disc_burning.items import DiscItem, DiscRequest, Officer, Stage  # noqa: E402
from disc_burning.plan import BD, plan_discs  # noqa: E402

RUNS = 2
CHILD = """
import json, pickle, sys, time
from disc_burning.iso import build_image
from disc_burning.verify import verify_image
layout = pickle.load(open(sys.argv[1], "rb"))
t0 = time.perf_counter()
image = build_image(layout, sys.argv[2])
t1 = time.perf_counter()
result = verify_image(image.path, expected=layout)
t2 = time.perf_counter()
print(json.dumps({"build": t1 - t0, "verify": t2 - t1, "ok": result.ok, "size": image.size}))
"""


def make_clips(folder: Path, total: int, clip: int) -> list[Path]:
    folder.mkdir()
    paths = []
    n = 0
    while total > 0:
        size = min(clip, total)
        path = folder / f"执法记录仪_{n:04d}.mp4"
        with open(path, "wb") as fp:
            left = size
            while left:
                chunk = os.urandom(min(4 << 20, left))
                fp.write(chunk)
                left -= len(chunk)
        paths.append(path)
        total -= size
        n += 1
    return paths


def item_for(path: Path, n: int) -> DiscItem:
    d = digest_file(path)
    start = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=8))) + timedelta(minutes=20 * n)
    return DiscItem(
        source=path, original_name=path.name, size=d.size, sha256=d.sha256, sm3=d.sm3, matter="现场检查",
        recorded_start=start, recorded_end=start + timedelta(minutes=15), place="石家庄市长安区", method="执法记录仪",
        officers=(Officer("张三", "13010012345"),), case_number="冀市监罚〔2026〕12号", case_title="基准测试案件",
        stage=Stage.INVESTIGATION,
    )


def _xorriso(work: Path) -> float:
    subprocess.run(["sync"], check=True)  # every timed run starts with nothing waiting to be written
    t0 = time.perf_counter()
    subprocess.run(["xorriso", "-as", "mkisofs", "-quiet", "-J", "-R", "-o", str(work / "xorriso.iso"),
                    str(work / "clips")], check=True, capture_output=True)
    elapsed = time.perf_counter() - t0
    (work / "xorriso.iso").unlink()
    return elapsed


def _xorriso_and_sha256sum(work: Path) -> float:
    """Build and verify by hand: xorriso writes the image, sha256sum reads it back."""
    subprocess.run(["sync"], check=True)
    t0 = time.perf_counter()
    subprocess.run(["xorriso", "-as", "mkisofs", "-quiet", "-J", "-R", "-o", str(work / "xorriso.iso"),
                    str(work / "clips")], check=True, capture_output=True)
    subprocess.run(["sha256sum", str(work / "xorriso.iso")], check=True, capture_output=True)
    elapsed = time.perf_counter() - t0
    (work / "xorriso.iso").unlink()
    return elapsed


def _ours(layout_file: Path, image: Path) -> tuple[dict[str, float], float]:
    """One build + verify in a child process: its times and its peak RSS in MB."""
    subprocess.run(["sync"], check=True)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(layout_file), str(image)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"build failed with status {status}")
    image.unlink()
    return json.loads(out), usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total-mib", type=int, default=int(os.environ.get("DISC_BENCH_MIB", "2048")))
    parser.add_argument("--clip-mib", type=int, default=128)
    parser.add_argument("--dir", default=tempfile.gettempdir())
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="disc-bench-", dir=args.dir))
    try:
        print(f"generating {args.total_mib} MiB of clips in {work} …", flush=True)
        clips = make_clips(work / "clips", args.total_mib << 20, args.clip_mib << 20)
        items = tuple(item_for(p, n) for n, p in enumerate(clips))
        request = DiscRequest("A001-2026-Y30-0007", items, "石家庄市市场监督管理局", {"seq": 1},
                              bagging_date=date.today())
        plan = plan_discs(request, BD)
        layout_file = work / "layout.pickle"
        layout_file.write_bytes(pickle.dumps(build_layout(plan, plan.discs[0])))

        xorriso_s = min(_xorriso(work) for _ in range(RUNS))
        by_hand_s = min(_xorriso_and_sha256sum(work) for _ in range(RUNS))
        # For comparison: xorriso builds, then every clip is hashed with both digests by hand.
        t0 = time.perf_counter()
        for clip in clips:
            digest_file(clip)
        hash_s = time.perf_counter() - t0

        runs = [_ours(layout_file, work / "ours.iso") for _ in range(RUNS)]
        ours = min((r for r, _ in runs), key=lambda r: r["build"] + r["verify"])
        peak_mb = max(peak for _, peak in runs)

        print(f"payload              {args.total_mib} MiB in {len(clips)} clips, image {ours['size'] / 2**20:.0f} MiB")
        print(f"xorriso -as mkisofs  {xorriso_s:7.2f} s")
        print(f"disc_burning build   {ours['build']:7.2f} s   ratio {ours['build'] / xorriso_s:.2f}x")
        print(f"disc_burning verify  {ours['verify']:7.2f} s   (UDF read-back with SHA-256, SM3 manifest held to "
              f"the plan, ok={ours['ok']})")
        both = ours["build"] + ours["verify"]
        print(f"build + verify       {both:7.2f} s   ratio {both / xorriso_s:.2f}x to xorriso alone, "
              f"{both / (xorriso_s + hash_s):.2f}x to xorriso + hashing the clips ({xorriso_s + hash_s:.2f} s)")
        print(f"                               {both / by_hand_s:.2f}x to xorriso + sha256sum of its image "
              f"({by_hand_s:.2f} s: building and verifying by hand)")
        summary.ratio("disc build vs xorriso", ours["build"] / xorriso_s, 1.3, "xorriso -as mkisofs",
                      at_least=False)
        summary.limit("disc build + verify peak RSS", peak_mb, "MB", 200)
        print(f"peak RSS build+verify {peak_mb:6.1f} MB (target < 200 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
