"""Equipment-room reports: device register, check-out log, maintenance log, stock-taking result and overdue list
as Chinese PDF or Excel-ready CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archive_core.equipment import devices, loans, maintenance, stock_taking
from archive_core.equipment.devices import (
    CAPABILITY_LABELS,
    CONDITION_LABELS,
    KIND_LABELS,
    LOCATION_LABELS,
    MAINTENANCE_LABELS,
    STATUS_LABELS,
    aware_now,
)
from archive_core.spine import clock, people
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ChoiceError, StorageError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.pdf import write_pdf
from archive_core.spine.workstation import Workstation
from resources import CJK_FONT

CTX = "device_reports"
KINDS = ("register", "loans", "maintenance", "stocktake", "overdue")
DATED = ("loans", "maintenance")  # the kinds that take a period; the others are as of now or of one stock-taking
TITLES = {
    "register": QT_TRANSLATE_NOOP("device_reports", "Recording device register"),
    "loans": QT_TRANSLATE_NOOP("device_reports", "Device check-out log"),
    "maintenance": QT_TRANSLATE_NOOP("device_reports", "Device maintenance log"),
    "stocktake": QT_TRANSLATE_NOOP("device_reports", "Stock-taking result"),
    "overdue": QT_TRANSLATE_NOOP("device_reports", "Overdue devices"),
}
REGISTER_COLUMNS = (
    QT_TRANSLATE_NOOP("device_reports", "Asset tag"), QT_TRANSLATE_NOOP("device_reports", "Device code"),
    QT_TRANSLATE_NOOP("device_reports", "Type"), QT_TRANSLATE_NOOP("device_reports", "Model"),
    QT_TRANSLATE_NOOP("device_reports", "Manufacturer"), QT_TRANSLATE_NOOP("device_reports", "Serial number"),
    QT_TRANSLATE_NOOP("device_reports", "Capabilities"), QT_TRANSLATE_NOOP("device_reports", "Location"),
    QT_TRANSLATE_NOOP("device_reports", "Purchased"), QT_TRANSLATE_NOOP("device_reports", "Status"),
    QT_TRANSLATE_NOOP("device_reports", "Holder"),
)
LOAN_COLUMNS = (
    QT_TRANSLATE_NOOP("device_reports", "Asset tag"), QT_TRANSLATE_NOOP("device_reports", "Officer"),
    QT_TRANSLATE_NOOP("device_reports", "Certificate no."), QT_TRANSLATE_NOOP("device_reports", "Checked out"),
    QT_TRANSLATE_NOOP("device_reports", "Due"), QT_TRANSLATE_NOOP("device_reports", "Returned"),
    QT_TRANSLATE_NOOP("device_reports", "Condition"), QT_TRANSLATE_NOOP("device_reports", "Docked"),
    QT_TRANSLATE_NOOP("device_reports", "Notes"), QT_TRANSLATE_NOOP("device_reports", "Clerk"),
)
MAINTENANCE_COLUMNS = (
    QT_TRANSLATE_NOOP("device_reports", "Asset tag"), QT_TRANSLATE_NOOP("device_reports", "Kind"),
    QT_TRANSLATE_NOOP("device_reports", "Started"), QT_TRANSLATE_NOOP("device_reports", "Finished"),
    QT_TRANSLATE_NOOP("device_reports", "Technician"), QT_TRANSLATE_NOOP("device_reports", "Work done"),
    QT_TRANSLATE_NOOP("device_reports", "Result"), QT_TRANSLATE_NOOP("device_reports", "Recorded by"),
)
STOCKTAKE_COLUMNS = (
    QT_TRANSLATE_NOOP("device_reports", "Asset tag"), QT_TRANSLATE_NOOP("device_reports", "Type"),
    QT_TRANSLATE_NOOP("device_reports", "Model"), QT_TRANSLATE_NOOP("device_reports", "Location"),
    QT_TRANSLATE_NOOP("device_reports", "Count result"), QT_TRANSLATE_NOOP("device_reports", "Registered status"),
    QT_TRANSLATE_NOOP("device_reports", "Recorded"), QT_TRANSLATE_NOOP("device_reports", "Recorded by"),
)
OVERDUE_COLUMNS = (
    QT_TRANSLATE_NOOP("device_reports", "Asset tag"), QT_TRANSLATE_NOOP("device_reports", "Type"),
    QT_TRANSLATE_NOOP("device_reports", "Model"), QT_TRANSLATE_NOOP("device_reports", "Officer"),
    QT_TRANSLATE_NOOP("device_reports", "Certificate no."), QT_TRANSLATE_NOOP("device_reports", "Unit"),
    QT_TRANSLATE_NOOP("device_reports", "Checked out"), QT_TRANSLATE_NOOP("device_reports", "Due"),
    QT_TRANSLATE_NOOP("device_reports", "Overdue by"),
)
STOCKTAKE_HEADING = QT_TRANSLATE_NOOP(
    "device_reports", "Stock-taking #{id}, started {started} by {by}, finished {finished}: {found} found, "
                      "{missing} missing, {loan} on loan, {odd} discrepancies")
OVERDUE_HEADING = QT_TRANSLATE_NOOP("device_reports", "Devices out past their expected return at {at}: {n}")
OVERDUE_BY = QT_TRANSLATE_NOOP("device_reports", "{days} d {hours} h")
YES, NO = QT_TRANSLATE_NOOP("device_reports", "Yes"), QT_TRANSLATE_NOOP("device_reports", "No")
PRINTED = QT_TRANSLATE_NOOP("device_reports", "Printed {at} by {user}")
PAGE = QT_TRANSLATE_NOOP("device_reports", "Page {n}")
# Relative column widths in the PDF (landscape A4).
WIDTHS = {
    "register": (9, 9, 8, 9, 9, 9, 9, 12, 7, 6, 9),
    "loans": (9, 7, 9, 11, 11, 11, 5, 5, 18, 8),
    "maintenance": (9, 6, 12, 12, 9, 24, 18, 8),
    "stocktake": (10, 9, 10, 16, 14, 9, 11, 8),
    "overdue": (9, 8, 9, 8, 10, 15, 11, 11, 8),
}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    kind: str
    rows: int


def translate_label(lookup: Callable[[str, str], str], table: dict[str, str], key: str | None) -> str:
    return lookup("devices", table[key]) if key is not None and key in table else (key or "")


def _place(kind: str, location: str) -> str:
    return location if kind and kind in location else " ".join(x for x in (kind, location) if x)


def _overdue_by(tr: Callable[[str, str], str], due: datetime, now: datetime) -> str:
    hours = int((now - due).total_seconds() // 3600)
    return tr(CTX, OVERDUE_BY).format(days=hours // 24, hours=hours % 24)


def _rows(ws: Workstation, actor: Actor, kind: str, tr: Callable[[str, str], str],
          since: datetime | None, until: datetime | None, now: datetime,
          audit_id: int | None = None, human: bool = True) -> tuple[Sequence[str], list[list[str]], str]:
    """The header, the rows and a line saying what the rows are (the stock-taking, the moment of the list); dates as
    people write them (``human``, for the PDF) or in ISO form (CSV)."""
    def at(value: datetime | None) -> str:
        return clock.fmt(value, clock.READ_MINUTE if human else clock.MINUTE)

    def label(table: dict[str, str], key: str | None) -> str:
        return translate_label(tr, table, key)

    yes, no = tr(CTX, YES), tr(CTX, NO)
    if kind == "register":
        views = devices.list_devices(ws, actor)
        body = [[d.asset_tag, d.device_code or "", label(KIND_LABELS, d.kind), d.model, d.manufacturer, d.serial_no,
                 "、".join(label(CAPABILITY_LABELS, c) for c in d.capabilities),
                 _place(label(LOCATION_LABELS, d.location_kind), d.location),
                 clock.fmt_day(d.purchase_date, clock.READ_DATE if human else clock.DATE),
                 label(STATUS_LABELS, d.status),
                 f"{d.holder_name} {d.holder_cert}".strip()] for d in views]
        return REGISTER_COLUMNS, body, ""
    if kind == "loans":
        log = loans.loans(ws, actor, since=since, until=until)
        with ws.db.reader() as session:  # the clerk who handed the device out, by name (the login is in the trail)
            clerks = people.names_of(session, (x.out_by for x in log))
        body = [[x.asset_tag, x.officer_name, x.officer_cert, at(x.checked_out_at), at(x.due_at),
                 at(x.checked_in_at), label(CONDITION_LABELS, x.in_condition),
                 "" if x.docked is None else (yes if x.docked else no),
                 " / ".join(n for n in (x.out_notes, x.in_notes) if n), clerks.get(x.out_by, x.out_by)] for x in log]
        return LOAN_COLUMNS, body, ""
    if kind == "stocktake":
        audit, lines = stock_taking.audit_result(ws, actor, audit_id)
        body = [[x.asset_tag, label(KIND_LABELS, x.kind), x.model,
                 _place(label(LOCATION_LABELS, x.location_kind), x.location),
                 label(stock_taking.RESULT_LABELS, x.result), label(STATUS_LABELS, x.status_then), at(x.at),
                 x.by_name] for x in lines]
        count = {r: sum(1 for x in lines if x.result == r) for r in stock_taking.RESULT_LABELS}
        heading = tr(CTX, STOCKTAKE_HEADING).format(
            id=audit.id, started=at(audit.started_at), by=audit.started_by_name,
            finished=at(audit.finished_at), found=count["found"] + count["discrepancy"],
            missing=count["missing"], loan=count["on_loan"], odd=count["discrepancy"])
        return STOCKTAKE_COLUMNS, body, heading
    if kind == "overdue":
        late = loans.overdue_loans(ws, actor, now=now)
        body = [[x.asset_tag, label(KIND_LABELS, x.device_kind), x.device_model, x.officer_name, x.officer_cert,
                 x.officer_unit, at(x.checked_out_at), at(x.due_at), _overdue_by(tr, x.due_at, now)]
                for x in late]
        return OVERDUE_COLUMNS, body, tr(CTX, OVERDUE_HEADING).format(at=at(now), n=len(body))
    records = maintenance.maintenance_log(ws, actor, since=since, until=until)
    body = [[r.asset_tag, label(MAINTENANCE_LABELS, r.kind), at(r.started_at), at(r.finished_at),
             r.technician, r.note, r.result, r.recorded_by] for r in records]
    return MAINTENANCE_COLUMNS, body, ""


def write_report(ws: Workstation, actor: Actor, kind: str, path: str | Path, *, since: datetime | None = None,
                 until: datetime | None = None, tr: Callable[[str, str], str] | None = None,
                 now: datetime | None = None, audit_id: int | None = None) -> ReportResult:
    """Write one of KINDS; the file suffix (.pdf or .csv) picks the format. The stock-taking result is that of
    audit_id, by default the latest finished one."""
    now = aware_now(now)
    target = Path(path)
    if kind not in KINDS:
        raise ChoiceError(field=QT_TRANSLATE_NOOP("errors", "kind of report"), value=kind, allowed=", ".join(KINDS))
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a report file ends in .pdf or .csv"))
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.DEVICE_READ, "device_report", kind)
        uow.require(Permission.REPORT_READ, "device_report", kind)
    translate = tr or Translator().translate
    header, body, heading = _rows(ws, actor, kind, translate, since, until, now, audit_id, human=suffix != ".csv")
    columns = [translate(CTX, h) for h in header]
    title = translate(CTX, TITLES[kind])
    try:
        if suffix == ".csv":
            # The BOM lets Excel open the Chinese correctly.
            with target.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                writer.writerows(body)
        else:
            period = " – ".join(clock.fmt(x, clock.READ_DATE) for x in (since, until) if x) if kind in DATED else ""
            subtitle = translate(CTX, PRINTED).format(at=clock.fmt(now, clock.READ_MINUTE), user=actor.display_name)
            _write_pdf(target, title, "\n".join(x for x in (f"{subtitle}  {period}".strip(), heading) if x),
                       columns, body, WIDTHS[kind], translate(CTX, PAGE))
    except OSError as exc:
        raise StorageError(name=target.name, reason=exc.strerror or str(exc)) from exc
    with ws.unit(actor) as uow:
        uow.audit("device.report_written", "device_report", kind, {"file": str(target), "rows": len(body)})
    return ReportResult(target, kind, len(body))


FONT = "WQY"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT), subfontIndex=0))


def _write_pdf(target: Path, title: str, subtitle: str, columns: list[str], body: list[list[str]],
               widths: Sequence[int], page_label: str) -> None:
    """A landscape A4 table with the CJK font embedded, header repeated on each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    _register_font()
    cell = ParagraphStyle("cell", fontName=FONT, bulletFontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, textColor=colors.white)
    page_w, _ = landscape(A4)
    usable = page_w - 24 * mm
    scale = usable / sum(widths)

    def on_page(canvas, doc) -> None:
        canvas.setFont(FONT, 8)
        canvas.drawRightString(page_w - 12 * mm, 8 * mm, page_label.format(n=doc.page))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=title,
                            # every page starts in the embedded font, else Helvetica is listed un-embedded
                            initialFontName=FONT)
    data = [[Paragraph(_escape(c), head) for c in columns]]
    data += [[Paragraph(_escape(v), cell) for v in row] for row in body]
    table = LongTable(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#34495e")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f6")]),
    ]))
    story = [Paragraph(_escape(title), ParagraphStyle("title", parent=cell, fontSize=16, leading=20)),
             Spacer(1, 2 * mm), Paragraph(_escape(subtitle), ParagraphStyle("sub", parent=cell, fontSize=9)),
             Spacer(1, 4 * mm), table]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_pdf(Path(target), out.getvalue(), title=title)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
