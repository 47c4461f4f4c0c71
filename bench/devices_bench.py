"""Benchmark: 10,000 devices and 500,000 loans; time the overdue list, a device's history and officer_holding.

Usage: python bench/devices_bench.py [--db postgresql://…] [--devices 10000] [--loans 500000]
Without --db an SQLite catalogue is made in a temporary data home. Target: each query under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import summary

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text

from archive_core.equipment import devices, loans
from archive_core.spine import users
from archive_core.spine.workstation import open_workstation
from models.devices import DEVICE_KINDS, Device, Loan
from models.people import Officer

PASSWORD = "Bench-passw0rd"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
CHUNK = 20_000


def timed(fn, repeat: int = 20) -> tuple[float, float, object]:
    """Median and worst wall time in ms over repeat calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def populate(ws, n_devices: int, n_loans: int, n_officers: int = 800) -> None:
    rnd = random.Random(42)
    per_device = n_loans // n_devices
    with ws.db.write_engine.begin() as conn:
        conn.execute(insert(Officer), [
            {"name": f"执法员{i:04d}", "certificate_no": f"1302{i:06d}", "unit": "某某区市场监管局", "phone": "",
             "active": True, "created_at": NOW} for i in range(n_officers)])
        conn.execute(insert(Device), [
            {"asset_tag": f"ZF-{i:06d}", "device_code": f"DSJ-{i:06X}", "kind": DEVICE_KINDS[i % len(DEVICE_KINDS)],
             "serial_no": f"SN{i:08d}", "model": f"DSJ-V{i % 7}", "manufacturer": "某某科技",
             "explosion_proof": i % 11 == 0, "night_vision": i % 3 == 0, "positioning": i % 2 == 0,
             "location_kind": "equipment_room", "location": f"装备室 {i % 20} 柜", "purchase_date": None,
             "status": "available", "clock_zone": "Asia/Shanghai", "notes": "", "created_at": NOW,
             "updated_at": NOW} for i in range(n_devices)])
        officer_ids = [r[0] for r in conn.execute(text("SELECT id FROM officers"))]
        device_ids = [r[0] for r in conn.execute(text("SELECT id FROM devices ORDER BY id"))]
        rows: list[dict] = []
        out_devices = []
        for device_id in device_ids:
            t = NOW - timedelta(days=2 * per_device)
            for k in range(per_device):
                start = t + timedelta(hours=rnd.randint(0, 30))
                due = start + timedelta(hours=12)
                last = k == per_device - 1
                open_loan = last and rnd.random() < 0.3  # about 3,000 devices out now
                if open_loan:
                    start = NOW - timedelta(hours=rnd.randint(1, 48))
                    due = start + timedelta(hours=12)  # some of these are overdue at NOW
                    out_devices.append(device_id)
                back = None if open_loan else start + timedelta(hours=rnd.randint(6, 14))
                rows.append({"device_id": device_id, "officer_id": rnd.choice(officer_ids), "checked_out_at": start,
                             "due_at": due, "out_condition": "good", "out_notes": "电池满", "out_by": "bench",
                             "checked_in_at": back, "in_condition": None if open_loan else "good",
                             "in_notes": "", "docked": None if open_loan else True,
                             "in_by": None if open_loan else "bench"})
                t += timedelta(days=2)
                if len(rows) >= CHUNK:
                    conn.execute(insert(Loan), rows)
                    rows = []
        if rows:
            conn.execute(insert(Loan), rows)
        for i in range(0, len(out_devices), 1000):
            conn.execute(Device.__table__.update().where(Device.id.in_(out_devices[i:i + 1000]))
                         .values(status="checked_out"))
    if ws.db.dialect == "postgresql":
        with ws.db.write_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    else:
        with ws.db.write_engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="catalogue URL (default: SQLite in a temp home)")
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--loans", type=int, default=500_000)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="devices-bench-"))
    ws = open_workstation(home, args.db, name="bench")
    users.create_first_admin(ws, "secadmin", "", PASSWORD)
    admin = users.login(ws, "secadmin", PASSWORD)
    users.create_user(ws, admin, "clerk", "装备管理员", PASSWORD, {"equipment_clerk"})
    clerk = users.login(ws, "clerk", PASSWORD)

    start = time.perf_counter()
    populate(ws, args.devices, args.loans)
    print(f"{ws.db.dialect}: inserted {args.devices:,} devices and {args.loans:,} loans "
          f"in {time.perf_counter() - start:.1f} s")

    results = []
    median, worst, overdue = timed(lambda: loans.overdue_loans(ws, clerk, now=NOW))
    results.append(("overdue list", median, worst, f"{len(overdue)} loans"))
    tags = [f"ZF-{i:06d}" for i in random.Random(7).sample(range(args.devices), 20)]
    it = iter(tags * 2)
    median, worst, hist = timed(lambda: devices.history(ws, clerk, next(it)))
    results.append(("device history", median, worst, f"{len(hist.entries)} entries"))
    at = NOW - timedelta(days=30)
    it2 = iter(tags * 2)
    median, worst, _ = timed(lambda: loans.officer_holding(ws, next(it2), at))
    results.append(("officer_holding", median, worst, "one device, one time"))
    median, worst, page = timed(lambda: devices.device_ids(ws, clerk, devices.DeviceFilter(search="ZF-00123")))
    results.append(("register search", median, worst, f"{len(page)} ids"))
    plan_sql = ("EXPLAIN QUERY PLAN " if ws.db.dialect == "sqlite" else "EXPLAIN ") + (
        "SELECT id FROM device_loans WHERE checked_in_at IS NULL AND due_at < :now ORDER BY due_at")
    with ws.db.read_engine.connect() as conn:
        plan = [" ".join(str(c) for c in row) for row in conn.execute(text(plan_sql), {"now": NOW})]
    print("  overdue plan: " + " | ".join(plan))
    ok = True
    for name, med, wst, note in results:
        print(f"  {name:<16} median {med:6.1f} ms   worst {wst:6.1f} ms   ({note})")
        ok &= med < 100
        summary.limit(f"devices: {name} median", med, "ms", 100)
    ws.close()
    print("OK: all medians under 100 ms" if ok else "SLOW: a median is over 100 ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
