"""The Art. 31 register on paper: a Chinese PDF for printing, an XLSX workbook or a CSV table, audited."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from archive_core.cases.compliance.engine import chinese_number
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, StorageError
from archive_core.spine.i18n import Translator
from archive_core.spine.pdf import build, key_value, para, styles, table
from archive_core.spine.workstation import Workstation
from archive_core.stats.statistics_pack import ReportFormatError, XlsxUnavailableError
from archive_core.stats.violations import LIABILITIES, Register

CTX = "violations"
FORMATS = ("pdf", "xlsx", "csv")
TITLE = QT_TRANSLATE_NOOP("violations", "Register of Art. 31 liabilities")
SUBTITLE = QT_TRANSLATE_NOOP("violations", "Hebei Province Measures on Whole-Process Recording of Administrative "
                                           "Enforcement, Art. 31")
HEADING = QT_TRANSLATE_NOOP("violations", "({n}) {title}")
COUNT = QT_TRANSLATE_NOOP("violations", "{count} item(s)")
NONE_FOUND = QT_TRANSLATE_NOOP("violations", "None found.")
COLUMNS = (
    QT_TRANSLATE_NOOP("violations", "Liability"), QT_TRANSLATE_NOOP("violations", "No."),
    QT_TRANSLATE_NOOP("violations", "Finding"), QT_TRANSLATE_NOOP("violations", "Evidence"),
    QT_TRANSLATE_NOOP("violations", "When"),
)
GENERATED = QT_TRANSLATE_NOOP("violations", "Generated")
PREPARED = QT_TRANSLATE_NOOP("violations", "Prepared by")
TOTAL = QT_TRANSLATE_NOOP("violations", "Items in total")
SNAPSHOT = QT_TRANSLATE_NOOP("violations", "Compliance findings as of")
LIVE = QT_TRANSLATE_NOOP("violations", "evaluated now")
NOTE = QT_TRANSLATE_NOOP(
    "violations", "Each item is detected from the catalogue, the evidence vault and the audit trail; the evidence "
                  "names case numbers, audit event numbers and digests that can be looked up on this workstation. "
                  "The register lists facts for review; it is not a finding of liability.")
SUMMARY_SHEET = QT_TRANSLATE_NOOP("violations", "Summary")
ITEMS_SHEET = QT_TRANSLATE_NOOP("violations", "Items")

Tr = Callable[[str, str], str]


def rows(reg: Register, tr: Tr) -> list[list[Any]]:
    """One row per item (liability, number within it, finding, evidence, when): what the CSV and XLSX hold."""
    out: list[list[Any]] = []
    for number in LIABILITIES:
        heading = _heading(number, tr)
        items = [v for v in reg.items if v.liability == number]
        out += [[heading, i, v.text(tr), v.evidence_text(tr), v.when(iso=True)] for i, v in enumerate(items, 1)]
    return out


def _heading(number: int, tr: Tr) -> str:
    """"(1) …" in English, "（一）…" in Chinese."""
    return tr(CTX, HEADING).format(n=number, n_zh=chinese_number(number), title=tr(CTX, LIABILITIES[number]))


def _story(reg: Register, tr: Tr, prepared_by: str) -> list[Flowable]:
    st = styles()
    snapshot = reg.checks.get("findings_snapshot_at")
    story: list[Flowable] = [
        para(tr(CTX, TITLE), st["title"]),
        para(tr(CTX, SUBTITLE), st["subtitle"]),
        key_value([
            (tr(CTX, GENERATED), clock.fmt(reg.generated_at, clock.READ_MINUTE)),
            (tr(CTX, PREPARED), prepared_by),
            (tr(CTX, TOTAL), len(reg.items)),
            (tr(CTX, SNAPSHOT),
             clock.fmt(datetime.fromisoformat(snapshot), clock.READ_MINUTE) if snapshot else tr(CTX, LIVE)),
        ]),
        Spacer(1, 2 * mm),
        para(tr(CTX, NOTE), st["small"]),
    ]
    header = [tr(CTX, c) for c in COLUMNS[1:]]
    for number in LIABILITIES:
        items = [v for v in reg.items if v.liability == number]
        heading = _heading(number, tr)
        story.append(CondPageBreak(30 * mm))
        story.append(para(f"{heading}　{tr(CTX, COUNT).format(count=len(items))}", st["h2"]))
        if not items:
            story.append(para(tr(CTX, NONE_FOUND), st["body"]))
            continue
        body = [[i, v.text(tr), v.evidence_text(tr), v.when()] for i, v in enumerate(items, 1)]
        story.append(table([header, *body], [0.06, 0.42, 0.36, 0.16]))
    return story


def _write_xlsx(path: Path, reg: Register, tr: Tr) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError as exc:
        raise XlsxUnavailableError(name=path.name) from exc
    wb = Workbook()
    summary = wb.active
    summary.title = tr(CTX, SUMMARY_SHEET)[:31]
    summary.append([tr(CTX, TITLE)])
    summary["A1"].font = Font(bold=True, size=12)
    summary.append([tr(CTX, GENERATED), clock.fmt(reg.generated_at)])
    for number in LIABILITIES:
        summary.append([_heading(number, tr),
                        reg.by_liability()[number]])
    summary.append([tr(CTX, TOTAL), len(reg.items)])
    summary.column_dimensions["A"].width = 48
    summary.column_dimensions["B"].width = 18
    sheet = wb.create_sheet(tr(CTX, ITEMS_SHEET)[:31])
    sheet.append([tr(CTX, c) for c in COLUMNS])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EDF3")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    for row in rows(reg, tr):
        sheet.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (30, 6, 60, 60, 18), strict=True):
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter][1:]:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    wb.save(str(path))


def write(ws: Workstation, actor: Actor, reg: Register, target: Path, translator: Tr | None = None) -> Path:
    """Write the register as PDF, XLSX or CSV (by the file's suffix); the writing is audited."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ReportFormatError(name=target.name)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.REPORT_READ, "violations", target.name)
        uow.require(Permission.AUDIT_READ, "violations", target.name)
    tr = translator or Translator().translate
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            title = tr(CTX, TITLE)
            build(target, _story(reg, tr, actor.display_name or actor.username), title=title,
                  footer=f"{title}　{clock.fmt(reg.generated_at, clock.READ_MINUTE)}")
        elif fmt == "xlsx":
            _write_xlsx(target, reg, tr)
        else:
            with target.open("w", newline="", encoding="utf-8-sig") as fh:  # the BOM: Excel reads the Chinese
                writer = csv.writer(fh)
                writer.writerow([tr(CTX, c) for c in COLUMNS])
                writer.writerows(rows(reg, tr))
    except OSError as exc:
        raise StorageError(name=target.name, reason=exc.strerror or str(exc)) from exc
    with ws.unit(actor) as uow:
        uow.audit("report.violations", "violations", target.name,
                  {"format": fmt, "items": len(reg.items), "by_liability": reg.by_liability(),
                   "generated_at": reg.generated_at.isoformat()})
    return target
