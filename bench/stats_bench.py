"""Statistics benchmark: the dashboard's figures and the yearly statistics pack on 100,000 cases.

Run: python -m bench.stats_bench [--cases 100000] [--home DIR] [--year 2025]. Generates the cases with the case
catalogue benchmark's generator (skipped when DIR already holds them), adds A/V records, devices and loans in bulk,
stores the findings snapshot once, then times the dashboard (target < 1 s) and writing the yearly PDF pack
(target < 30 s) through the same services the window and the CLI use.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics as stats_
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.spine import users
from archive_core.spine.workstation import open_workstation
from archive_core.stats import dashboard, findings, statistics, statistics_pack
from bench import summary
from bench.cases_bench import PASSWORD, generate

KINDS = ("body_worn_camera", "camera", "audio_recorder", "camcorder")


def add_media_and_devices(db_path: Path, seed: int = 3) -> dict[str, int]:
    """About one case in three gets one to three clips of its investigation stage; 300 devices with loans."""
    rng = random.Random(seed)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA synchronous=OFF")
    cases = con.execute("SELECT id, opened_on, av_mandatory FROM cases").fetchall()
    objects, media = [], []
    mid = 0
    for cid, opened, mandatory in cases:
        if not (mandatory or rng.random() < 0.3):
            continue
        for _ in range(rng.randint(1, 3)):
            mid += 1
            start = datetime.fromisoformat(opened).replace(tzinfo=UTC) + timedelta(days=rng.randrange(0, 20),
                                                                                    hours=rng.randrange(0, 24))
            end = start + timedelta(minutes=rng.randrange(1, 30))
            late = rng.random() < 0.05
            ingested = end + timedelta(hours=rng.randrange(25, 90) if late else rng.randrange(1, 20))
            sha = f"{mid:064x}"
            ts = ingested.strftime("%Y-%m-%d %H:%M:%S.%f")
            objects.append((sha, sha, 1_000_000, f"DSJ_{mid}.MP4", ts, "bench"))
            media.append((mid, sha, f"DSJ_{mid}.MP4", "", 1_000_000, "mp4", 600.0, "", start.strftime(
                "%Y-%m-%d %H:%M:%S.%f"), end.strftime("%Y-%m-%d %H:%M:%S.%f"), "filename", "", f"DSJ-{mid % 300:06d}",
                "", ts, "bench", "bench", "", (end + timedelta(hours=24)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                "late" if late else "on_time", cid, "investigation", 1 if rng.random() < 0.2 else 0, "", "", "", ""))
    con.executemany("INSERT INTO vault_objects (sha256, sm3, size, original_name, stored_at, stored_by) "
                    "VALUES (?,?,?,?,?,?)", objects)
    con.executemany(
        "INSERT INTO media_records (id, sha256, original_name, source_path, size, container, duration, damage, "
        "damage_reason, exception_note, recorded_start, recorded_end, time_source, filename_pattern, device_code, "
        "officer_code, ingested_at, ingested_by, workstation, exception_kind, due_at, clock_state, case_id, stage, "
        "is_evidence, matter, place, method, confidentiality) "
        "VALUES (?,?,?,?,?,?,?,'','','',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [m[:7] + m[8:] for m in media])
    devices, loans = [], []
    lid = 0
    for did in range(1, 301):
        born = datetime(2022, 6, 1, tzinfo=UTC) + timedelta(days=rng.randrange(0, 700))
        devices.append((did, f"ZF-{did:04d}", f"DSJ-{did:06d}", KINDS[did % len(KINDS)], "", "DSJ-V9", "",
                        "equipment_room", "", "available", "Asia/Shanghai", "",
                        born.strftime("%Y-%m-%d %H:%M:%S.%f"), born.strftime("%Y-%m-%d %H:%M:%S.%f")))
        at = born
        while at < datetime(2026, 5, 1, tzinfo=UTC):
            at += timedelta(days=rng.randrange(1, 6), hours=rng.randrange(0, 12))
            back = at + timedelta(hours=rng.randrange(4, 60))
            lid += 1
            loans.append((lid, did, 1 + did % 2000, at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                          (at + timedelta(hours=12)).strftime("%Y-%m-%d %H:%M:%S.%f"), "good", "", "bench",
                          back.strftime("%Y-%m-%d %H:%M:%S.%f"), "good", "", 1, "bench"))
            at = back
    con.executemany("INSERT INTO devices (id, asset_tag, device_code, kind, serial_no, model, manufacturer, "
                    "explosion_proof, night_vision, positioning, location_kind, location, status, clock_zone, notes, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,0,0,?,?,?,?,?,?,?)", devices)
    con.executemany("INSERT INTO device_loans (id, device_id, officer_id, checked_out_at, due_at, out_condition, "
                    "out_notes, out_by, checked_in_at, in_condition, in_notes, docked, in_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", loans)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"media": len(media), "devices": len(devices), "loans": len(loans)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="stats-bench-"))
    ws = open_workstation(home, name="bench")
    fresh = not (ws.paths.database_file.exists() and sqlite3.connect(ws.paths.database_file).execute(
        "SELECT count(*) FROM cases").fetchone()[0])
    if fresh:
        users.create_first_admin(ws, "secadmin", "", PASSWORD)
    admin = users.login(ws, "secadmin", PASSWORD)
    known = {u.username for u in users.list_users(ws, admin)}
    for name in ("archivist", "supervisor"):
        if name not in known:
            users.create_user(ws, admin, name, "", PASSWORD, {name})
    archivist = users.login(ws, "archivist", PASSWORD)
    if fresh:
        with ws.unit(archivist) as uow:
            ensure_defaults(uow.session)
        started = time.perf_counter()
        print(f"generated {generate(ws.paths.database_file, args.cases)} in {time.perf_counter() - started:.1f} s")
    con = sqlite3.connect(ws.paths.database_file)
    if not con.execute("SELECT count(*) FROM media_records").fetchone()[0]:
        print(f"added {add_media_and_devices(ws.paths.database_file)}")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("cases", "checklist_items", "text_records", "media_records", "devices", "device_loans")}
    con.close()
    print(f"catalogue: {counts}")
    today = date(2026, 6, 1)
    now = datetime(2026, 6, 1, 2, tzinfo=UTC)
    started = time.perf_counter()
    findings.refresh_snapshot(ws, archivist, today=today)
    print(f"findings snapshot of every case (once, or on request): {time.perf_counter() - started:.1f} s")
    samples = []
    for _ in range(args.runs):
        started = time.perf_counter()
        data = dashboard.dashboard(ws, archivist, today=today, now=now)
        samples.append(time.perf_counter() - started)
    per_tile = {}
    for spec in dashboard.visible_tiles(archivist):
        started = time.perf_counter()
        dashboard.tile(ws, archivist, spec.key, today=today, now=now)
        per_tile[spec.key] = round((time.perf_counter() - started) * 1000)
    summary.limit("statistics dashboard median", stats_.median(samples), "s", 1)
    print(f"dashboard, all {len(data.tiles)} tiles: first {samples[0]:.2f} s, median {stats_.median(samples):.2f} s "
          f"(target < 1 s); per tile ms {per_tile}")
    supervisor = users.login(ws, "supervisor", PASSWORD)
    out = home / f"statistics-{args.year}.pdf"
    started = time.perf_counter()
    pack = statistics.statistics_pack(ws, supervisor, date(args.year, 1, 1), date(args.year, 12, 31), today=today,
                                      now=now)
    computed = time.perf_counter() - started
    statistics_pack.write(ws, supervisor, pack, out)
    total = time.perf_counter() - started
    summary.limit("yearly statistics pack PDF", total, "s", 30)
    print(f"yearly pack {args.year}: {pack.cases} cases, figures {computed:.1f} s, PDF written in {total:.1f} s "
          f"(target < 30 s): {out}")
    started = time.perf_counter()
    statistics_pack.write(ws, supervisor, pack, out.with_suffix(".xlsx"))
    print(f"same pack as XLSX: {time.perf_counter() - started:.1f} s")
    ws.close()


if __name__ == "__main__":
    main()
