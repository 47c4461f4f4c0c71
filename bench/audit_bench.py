"""Verifying a trail of a million audit events (target: under 20 s)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from archive_core.spine.audit import chain
from archive_core.spine.workstation import open_workstation
from bench import summary
from models.audit import AuditEvent, AuditHead

EVENTS = int(os.environ.get("BENCH_AUDIT_EVENTS", "1000000"))


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="audit-bench-", dir=os.environ.get("BENCH_DIR", "/var/tmp")))
    try:
        ws = open_workstation(root / "home", name="bench")
        with ws.db.writer() as s, s.begin():
            head = s.get(AuditHead, 1)
            assert head is not None
            prev, seq = head.hash, head.seq
            start_at = datetime(2026, 1, 1, tzinfo=UTC)
            started = time.perf_counter()
            batch = []
            for i in range(EVENTS):
                seq += 1
                at = start_at + timedelta(seconds=i)
                details = chain.canonical_details({"case": f"冀市监罚〔2026〕{i % 9000}号", "n": i})
                digest = chain.event_hash(seq, at, "archivist1", "bench", "case.updated", "ok", "case", str(i),
                                          details, prev)
                batch.append({"seq": seq, "at": at, "actor": "archivist1", "workstation": "bench",
                              "action": "case.updated", "outcome": "ok", "object_type": "case", "object_id": str(i),
                              "details": details, "prev_hash": prev, "hash": digest})
                prev = digest
                if len(batch) == 20000:
                    s.execute(insert(AuditEvent), batch)
                    batch.clear()
            if batch:
                s.execute(insert(AuditEvent), batch)
            head.seq, head.hash = seq, prev
            chain.sign_head(s, ws.signer, ws.name, always=True)
            print(f"generated {EVENTS} events in {time.perf_counter() - started:.1f} s")
            chain.checkpoint(s, ws.signer, ws.name)
        started = time.perf_counter()
        with ws.db.reader() as s:
            result = chain.verify(s, ws.signer)
        elapsed = time.perf_counter() - started
        assert result.ok, result.problems[:3]
        summary.limit(f"audit verify {result.events:,} events", elapsed * 1_000_000 / result.events, "s per 1M", 20)
        print(f"verified {result.events} events and {result.checkpoints} checkpoint(s) in {elapsed:.1f} s "
              f"({result.events / elapsed:,.0f} events/s; target: 1,000,000 in under 20 s)")
        ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
