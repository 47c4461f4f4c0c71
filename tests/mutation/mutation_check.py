"""Hand-made mutants: remove one guarantee at a time, run the tests meant to guard it, record whether one fails.

    .venv/bin/python -m tests.mutation.mutation_check [--only ID ...] [--list]

Each compliance rule is disabled through the plugin tests/mutation/rule_mutant.py (the rule finds nothing); every other
guarantee by replacing one piece of source text, restored afterwards. One pytest runs at a time, with ``-x``: the
first failing test is the one that killed the mutant. The outcome is printed as one JSON line per mutant; the record
is docs/mutation-check.md. A mutant marked ``pg`` runs on PostgreSQL too when ARCHIVE_WS_TEST_PG_URL is set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULE_TESTS = ("tests/cases/test_compliance.py", "tests/av/test_media_services.py", "tests/archiving/test_volumes.py")


@dataclass(frozen=True)
class Mutant:
    id: str
    what: str
    tests: tuple[str, ...]
    path: str = ""          # a source mutant: replace ``old`` (found exactly once) by ``new`` in this file
    old: str = ""
    new: str = ""
    rule: str = ""          # a rule mutant: this compliance rule yields nothing
    pg: bool = False
    env: dict[str, str] = field(default_factory=dict)


RULES = ("art8_11.checklist", "art8_11.internal_opinions", "art9.officers", "art14.seal_date",
         "art15.party_signature", "art15.refusal_two_officers", "art15.cross_page_seal", "art15.alterations_marked",
         "art16.approval_opinions", "art17.hearing_signatures", "art18.service",
         "art20.whole_process_av", "art23.interruption", "art24.ingest_deadline", "art24.damaged_record",
         "art26.archive_deadline")

INGEST = "archive_core/av/ingest.py"
STORE = "archive_core/spine/vault/store.py"
CODES = "archive_core/archiving/archive_codes.py"
DISPOSAL = "archive_core/retention/disposal.py"
VAULT_TESTS = ("tests/spine/test_vault.py",)
AV_TESTS = ("tests/av/test_bad_input.py", "tests/av/test_ingest.py")

MUTANTS: list[Mutant] = [
    *(Mutant(f"rule:{code}", f"rule {code} finds nothing", RULE_TESTS, rule=code) for code in RULES),
    Mutant("cover:links", "Art. 20 coverage ignores checklist links to A/V records", RULE_TESTS,
           "archive_core/cases/rules.py", "ChecklistLink.media_record_id.is_not(None)",
           "ChecklistLink.media_record_id.is_(None)"),
    Mutant("cover:damaged", "a damaged A/V record counts as Art. 20 coverage", RULE_TESTS,
           "archive_core/av/rules.py", "MediaRecord.case_id.is_not(None), MediaRecord.damage == Damage.NONE.value,",
           "MediaRecord.case_id.is_not(None),"),
    Mutant("split:lumped", "the document of one fact of an article item meets the whole item again (8.2)",
           ("tests/cases/test_compliance.py",), "resources/catalogues/document_types.json",
           '"issued_to_party": true, "checklist": ["8.2c"]}',
           '"issued_to_party": true, "checklist": ["8.2a", "8.2c"]}'),
    Mutant("split:situational", "a supplement (8.2b) cannot be marked not applicable where there was none",
           ("tests/cases/test_compliance.py",), "archive_core/cases/records.py",
           " and not template.situational:", ":"),
    Mutant("art16:every_internal", "Art. 16 applies to every internal document again",
           ("tests/cases/test_compliance.py",), "archive_core/cases/rules.py",
           "_current_records(ctx).where(DocumentType.category == DocumentCategory.APPROVAL.value, _opinion_gaps())",
           "_current_records(ctx).where(DocumentType.category.in_(('approval', 'internal')), _opinion_gaps())"),
    Mutant("split:migration", "migration 0009 copies no link to the new items",
           ("tests/cases/test_checklist_migration.py",), "models/migrations/versions/0009_exact_checklist_items.py",
           "                for record_id, created_at in linked:\n",
           "                for record_id, created_at in ():\n"),
    Mutant("link:service_check", "linking does not check the A/V record exists and belongs to the case",
           ("tests/cases/test_compliance.py",), "archive_core/cases/records.py",
           "        if media_record_id is not None:\n            _check_media(uow.session, case, media_record_id)\n",
           ""),
    Mutant("link:foreign_key", "migration 0008 adds no foreign key",
           ("tests/cases/test_compliance.py", "tests/spine/test_migrations.py"),
           "models/migrations/versions/0008_checklist_media_fk.py",
           "        batch_op.create_foreign_key(", "        (lambda *a: None)("),
    Mutant("ingest:verify", "ingest ignores a read-back that differs", AV_TESTS, INGEST,
           "    if check.sha256 != stored.sha256 or check.size != stored.size:",
           "    if False:"),
    Mutant("ingest:read_back", "ingest trusts the digests of the write, never reads the copy back", AV_TESTS,
           INGEST, "    check = ws.vault.digest_object(stored.sha256)\n", "    check = stored\n"),
    Mutant("vault:read_only", "vault objects stay writable", VAULT_TESTS, STORE,
           "            os.chmod(tmp, 0o400)\n", ""),
    Mutant("vault:overwrite", "a put over an existing object replaces it", VAULT_TESTS, STORE,
           "            if final.exists():\n", "            if False:\n"),
    Mutant("vault:fsync", "the copy is renamed without fsync", VAULT_TESTS, STORE,
           "            os.fsync(out.fileno())\n", ""),
    Mutant("vault:dispose_guard", "the vault removes an object without an approved disposal",
           ("tests/retention/test_disposal.py",), STORE,
           '            raise IntegrityError(reason=f"object {sha256} is not marked for removal by disposal '
           '{request_id}")', "            pass"),
    Mutant("vault:dispose_four_eyes", "the vault's removal accepts a disposal decided by its requester",
           ("tests/retention/test_disposal.py",), STORE,
           "                or not request.decided_by or request.decided_by == request.requested_by):",
           "                ):"),
    Mutant("sweep:nothing", "the temp sweep removes nothing", VAULT_TESTS, STORE,
           "            if stale:\n", "            if False:\n"),
    Mutant("sweep:live", "the temp sweep removes temp files of live processes", VAULT_TESTS, STORE,
           "                stale = not _pid_alive(int(pid_text)) or int(pid_text) == os.getpid()",
           "                stale = True"),
    Mutant("sweep:foreign", "the temp sweep removes fresh temp files of another host", VAULT_TESTS, STORE,
           "                stale = time.time() - entry.lstat().st_mtime > FOREIGN_TEMP_MAX_AGE",
           "                stale = True"),
    Mutant("sweep:at_start", "opening the workstation does not sweep", VAULT_TESTS,
           "archive_core/spine/workstation.py", "    swept = vault.sweep_temp()\n", "    swept: list[Path] = []\n"),
    Mutant("codes:step", "archive item numbers skip one", ("tests/archiving/test_volumes.py",), CODES,
           "    counter.last_seq += 1\n", "    counter.last_seq += 2\n"),
    Mutant("codes:lock", "the archive code counter is read without a row lock", ("tests/archiving/test_volumes.py",),
           CODES, "        .with_for_update()\n", "", pg=True),
    Mutant("codes:stale", "the counter row may come from the session's cache", ("tests/archiving/test_volumes.py",),
           CODES, "        .execution_options(populate_existing=True)\n", "", pg=True),
    Mutant("disposal:four_eyes", "the requester may approve his own disposal", ("tests/retention/test_disposal.py",),
           DISPOSAL, "    if req.requested_by == uow.actor.username:\n", "    if False:\n"),
    Mutant("audit:refusal", "a permission refusal is not audited", ("tests/spine/test_users.py",),
           "archive_core/spine/workstation.py",
           "        self.workstation.audit_refusal(self.actor, permission, object_type, str(object_id))\n", ""),
    Mutant("audit:disposal_blocked", "a blocked disposal step is not audited", ("tests/retention/test_disposal.py",),
           DISPOSAL, '        uow.audit("disposal.blocked", "disposal", req.id, {"action": action, '
           '"item": blocked[0],\n                                                           "why": blocked[1]}, '
           'outcome=chain.REFUSED)\n', "        pass\n"),
]


def run(m: Mutant, timeout: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **m.env)
    if not m.pg:
        env.pop("ARCHIVE_WS_TEST_PG_URL", None)
    source = ROOT / m.path if m.path else None
    original = source.read_text(encoding="utf-8") if source else ""
    if source:
        if original.count(m.old) != 1:
            return {"id": m.id, "result": "error", "detail": f"mutation text found {original.count(m.old)} times"}
        source.write_text(original.replace(m.old, m.new), encoding="utf-8")
    if m.rule:
        env["ARCHIVE_WS_MUTANT_RULE"] = m.rule
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-rf", "-p", "no:cacheprovider",
                               "-p", "tests.mutation.rule_mutant", "-m", "not xvfb", *m.tests],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
        out = done.stdout + done.stderr
        code: int | str = done.returncode
    except subprocess.TimeoutExpired:
        out, code = "", "timeout"
    finally:
        if source:
            source.write_text(original, encoding="utf-8")
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", out, re.M)
    result = "killed" if failed else ("survived" if code == 0 else f"unclear (exit {code})")
    return {"id": m.id, "what": m.what, "result": result, "killed_by": failed[:1],
            "seconds": round(time.monotonic() - started), "tail": "" if failed or code == 0 else out[-2000:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="mutant ids")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--timeout", type=int, default=900)
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if args.only is None or m.id in args.only]
    if args.list:
        for m in chosen:
            print(f"{m.id:28} {m.what}")
        return 0
    survivors = 0
    for m in chosen:
        outcome = run(m, args.timeout)
        survivors += outcome["result"] != "killed"
        print(json.dumps(outcome, ensure_ascii=False), flush=True)
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main())
