"""Run every benchmark (or those named): python -m bench [vault audit discs …]."""

from __future__ import annotations

import importlib
import sys

BENCHES = {
    "vault": "bench.vault_bench",
    "audit": "bench.audit_bench",
    "discs": "bench.disc_bench",
    "cases": "bench.cases_bench",
    "devices": "bench.devices_bench",
    "ingest": "bench.ingest_bench",
    "stats": "bench.stats_bench",
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
        bench.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
