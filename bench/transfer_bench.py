"""Transfer export against ``cp`` + ``sync`` of the same content files, and the receipt checks against
``sha256sum`` + ``openssl dgst -sm3`` over the same package files, in the same run.

A sending workstation files volumes whose scanned documents are large PDFs (the size is in the content, as with
video); the package is written, then checked as the receiving workstation checks it (nothing read in). Targets:
export >= 0.8x cp, receipt checks >= 0.7x the standard tools. The export computes SHA-256 of every byte it copies
(and takes SM3 from the vault for a copy whose SHA-256 proves the same bytes, docs/transfer.md), so it is also set
against the slower of cp and SHA-256 on every core; it prints the CPU time the export used, which a loaded machine
does not inflate as it does the wall time. Options (environment): BENCH_TRANSFER_MB (512), BENCH_DIR (/var/tmp).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

import pikepdf

from archive_core.archiving import volumes
from archive_core.cases import case_files, records
from archive_core.cases.records import RecordInput
from archive_core.spine import users
from archive_core.spine.workstation import open_workstation
from archive_core.transfer import export, receipt, trust
from bench import ceiling, summary
from tests.cases.conftest import case_input

SIZE = int(os.environ.get("BENCH_TRANSFER_MB", "512")) * 1024 * 1024
VOLUMES, DOCS = 4, 2
EXPORT_TARGET, RECEIPT_TARGET = 0.8, 0.7


def _pdf(path: Path, size: int, seed: int) -> Path:
    """A PDF that opens and renders, carrying ``size`` bytes of incompressible content in a stream."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    block = os.urandom(1024 * 1024)
    data = b"".join(block[:-1] + bytes([(seed + i) % 256]) for i in range(size // len(block)))
    pdf.Root.BenchContent = pikepdf.Stream(pdf, data)
    pdf.save(path, compress_streams=False)
    return path


def _station(home: Path, name: str):  # type: ignore[no-untyped-def]
    ws = open_workstation(home, name=name)
    users.create_first_admin(ws, "sec", "sec", "Bench1234")
    sec = users.login(ws, "sec", "Bench1234")
    users.create_user(ws, sec, "arch", "arch", "Bench1234", {"archivist"})
    return ws, sec, users.login(ws, "arch", "Bench1234")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds used so far by this process (every thread) and its finished subprocesses."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="transfer-bench-", dir=os.environ.get("BENCH_DIR", "/var/tmp")))
    try:
        a, _sec, arch = _station(root / "a", "records-room")
        scans = root / "scans"
        scans.mkdir()
        for v in range(VOLUMES):
            no = f"石市监罚〔2024〕{v + 1}号"
            case_files.create_case(a, arch, case_input(no, action_ended_at=date(2024, 4, 1)))
            for d, doc_type in enumerate(("filing_approval", "penalty_decision")[:DOCS]):
                scan = _pdf(scans / f"{v}-{d}.pdf", SIZE // (VOLUMES * DOCS), v * 7 + d)
                records.add_record(a, arch, no, RecordInput(doc_type, doc_no=f"{no}-{d}", title=doc_type,
                                                            issued_on=date(2024, 3, 1 + d), pages=1, sealed=True,
                                                            file=scan, file_name=scan.name))
            volumes.file_volume(a, arch, no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
        content = sorted(a.vault.root.rglob("objects/*/*/*"))
        content = [p for p in content if p.stat().st_size > 1024 * 1024]
        mb = sum(p.stat().st_size for p in content) / 1e6
        subprocess.run(["cat", *map(str, content)], stdout=subprocess.DEVNULL, check=True)
        print(f"data: {len(content)} content files, {mb:.0f} MB in {VOLUMES} volumes", flush=True)

        cp_dir = root / "cp"
        cp_dir.mkdir()
        subprocess.run(["sync"], check=True)
        t_cp = _timed(lambda: (subprocess.run(["cp", *map(str, content), str(cp_dir)], check=True),
                               subprocess.run(["sync", "-f", str(cp_dir)], check=True)))
        shutil.rmtree(cp_dir)
        subprocess.run(["sync"], check=True)
        package = root / "package"
        cpu = _cpu()
        t_export = _timed(lambda: export.export_package(a, arch, 2024, package, "石家庄市档案馆"))
        cpu = _cpu() - cpu
        total = int(mb * 1e6)
        t_hash = ceiling.cpu_seconds(total, [ceiling.SHA256])
        print(f"cp + sync {t_cp:.2f} s; SHA-256 on every core {t_hash:.2f} s; transfer export {t_export:.2f} s "
              f"using {cpu:.2f} CPU s (threads and the checks' subprocesses; on {ceiling.cores()} cores)", flush=True)
        summary.ratio("transfer export vs cp + sync (same files)", t_cp / t_export, EXPORT_TARGET, "cp + sync")
        # The export hashes every byte it copies: the machine's bound is the slower of the copy and the hashing.
        bound = max(t_cp, t_hash)
        summary.throughput("transfer export vs max(cp + sync, SHA-256)", mb / t_export, mb / bound,
                           EXPORT_TARGET, " (" + ("disk" if t_cp >= t_hash else "CPU") + ")")

        b, b_sec, b_arch = _station(root / "b", "archives-room")
        trust.add(b, b_sec, "sender", trust.write_key(a, arch, root / "key.json"))
        files = sorted(p for p in package.rglob("*") if p.is_file())
        subprocess.run(["cat", *map(str, files)], stdout=subprocess.DEVNULL, check=True)
        t_tools = _timed(lambda: (
            subprocess.run(["sha256sum", *map(str, files)], stdout=subprocess.DEVNULL, check=True),
            subprocess.run(["openssl", "dgst", "-sm3", *map(str, files)], stdout=subprocess.DEVNULL, check=True)))
        found: list[receipt.Inspection] = []
        t_checks = _timed(lambda: found.append(receipt.inspect(b, b_arch, package)))
        assert found[0].ok, found[0].problems()
        print(f"sha256sum + openssl dgst -sm3 {t_tools:.2f} s; receipt checks {t_checks:.2f} s", flush=True)
        summary.ratio("receipt checks vs sha256sum + openssl sm3", t_tools / t_checks, RECEIPT_TARGET,
                      "sha256sum + sm3")
        a.close()
        b.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
    print(summary.table())
