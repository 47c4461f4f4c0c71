"""Run every benchmark (or those named): python -m bench [vault audit discs …], then print one table: measure,
result, ceiling, share, target, met.

Sizes (environment): BENCH_VAULT_MB, BENCH_VAULT_ROUNDS, INGEST_BENCH_MIB, DISC_BENCH_MIB, BENCH_AUDIT_EVENTS,
BENCH_BACKUP_MB, BENCH_BACKUP_OBJECTS, BENCH_BACKUP_ROUNDS, BENCH_INCREMENTAL_OBJECTS, BENCH_DIR; the latency
benchmarks run at the sizes their targets name."""

from __future__ import annotations

import importlib
import sys
import time

from bench import summary

BENCHES = {
    "vault": "bench.vault_bench",
    "audit": "bench.audit_bench",
    "discs": "bench.disc_bench",
    "cases": "bench.cases_bench",
    "devices": "bench.devices_bench",
    "ingest": "bench.ingest_bench",
    "stats": "bench.stats_bench",
    "custody": "bench.custody_bench",
    "transfer": "bench.transfer_bench",
}


def main(names: list[str]) -> int:
    chosen = names or list(BENCHES)
    for name in chosen:
        module = BENCHES.get(name)
        if module is None:
            print(f"unknown benchmark {name}; choose from {', '.join(BENCHES)}")
            return 2
        try:
            bench = importlib.import_module(module)
        except ModuleNotFoundError:
            print(f"[{name}] not available in this checkout")
            continue
        print(f"\n=== {name} ===", flush=True)
        sys.argv = [module]  # each benchmark reads its own options (environment variables here)
        started = time.perf_counter()
        bench.main()
        print(f"[{name}] {time.perf_counter() - started:.0f} s", flush=True)
    print("\n=== summary ===")
    print(summary.table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
