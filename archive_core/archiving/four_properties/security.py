"""安全性 checks: a ClamAV virus scan of the content, and the audit trail's chain and signed checkpoints."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

from archive_core.archiving.four_properties.engine import CheckContext, Problem, Property, check
from archive_core.spine.errors import QT_TRANSLATE_NOOP

P = Property.SECURITY
SCAN_TIMEOUT_S = 3600
FOUND = " FOUND"


@check("AQ-01", P, title=QT_TRANSLATE_NOOP("four_properties", "Virus scan (ClamAV)"))
def virus_scan(ctx: CheckContext) -> Iterator[Problem]:
    s = ctx.settings
    if s.clamscan is None:
        raise ctx.not_checked(QT_TRANSLATE_NOOP("four_properties", "clamscan is not installed (Debian package "
                                                                   "clamav)."))
    if s.signatures is None:
        why = s.signatures_missing or Problem(QT_TRANSLATE_NOOP("four_properties", "No signature database."))
        raise ctx.not_checked(why.message, **why.params)
    files = {str(item.content): item.name for item in ctx.subject.items
             if item.electronic and item.content is not None and item.content.is_file()}
    if not files:
        raise ctx.not_applicable(QT_TRANSLATE_NOOP("four_properties", "There is no electronic content to scan."))
    try:
        # --no-summary: one line per infected file, "<path>: <signature> FOUND"; exit 1 = found, 2 = error
        done = subprocess.run([s.clamscan, "--no-summary", "--infected", "-d", str(s.signatures), "--", *files],
                              capture_output=True, text=True, timeout=SCAN_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ctx.not_checked(QT_TRANSLATE_NOOP("four_properties", "clamscan did not run: {reason}."),
                              reason=str(exc)) from exc
    if done.returncode not in (0, 1):
        raise ctx.not_checked(QT_TRANSLATE_NOOP("four_properties", "clamscan failed: {reason}."),
                              reason=(done.stderr or done.stdout).strip()[:300])
    if done.returncode == 1 and FOUND not in done.stdout:
        raise ctx.not_checked(QT_TRANSLATE_NOOP("four_properties", "clamscan failed: {reason}."),
                              reason=done.stdout.strip()[:300])
    for line in done.stdout.splitlines():
        if line.endswith(FOUND):
            path, _, signature = line[: -len(FOUND)].rpartition(": ")
            name = files.get(path, Path(path).name)
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: malicious code {signature} found."),
                              name, file=name, signature=signature)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} files scanned with the signatures in {folder}: "
                                                    "nothing found."), n=len(files), folder=str(s.signatures))


@check("AQ-02", P, title=QT_TRANSLATE_NOOP("four_properties", "Audit trail and signed checkpoints verify"))
def trail_verifies(ctx: CheckContext) -> Iterator[Problem]:
    if ctx.subject.trail is None:
        raise ctx.not_applicable(QT_TRANSLATE_NOOP("four_properties", "The subject carries no audit trail."))
    verdict = ctx.subject.trail()
    for text in verdict.chain_problems:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{problem}"), ctx.subject.label, problem=text)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{events} audit events: the hash chain and every signed "
                                                    "checkpoint verify."), events=verdict.events)
