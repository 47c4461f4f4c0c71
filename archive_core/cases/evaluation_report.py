"""Case-file evaluation report (案卷评查, Art. 30): case, checklists, records and findings by article, as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from archive_core.cases import labels as L
from archive_core.cases.case_files import get_case, load_detail
from archive_core.cases.compliance import SEVERITY_LABELS, Severity
from archive_core.cases.views import CaseDetail, RecordView
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from archive_core.spine.i18n import Translator
from archive_core.spine.pdf import build, key_value, para, styles, table
from archive_core.spine.workstation import Workstation
from models.audit import AuditHead
from models.cases import STAGE_ORDER

CTX = "case_report"
Tr = Callable[[str, str], str]
SEVERITY_FILL = {Severity.ERROR: colors.HexColor("#fbe3e1"), Severity.WARNING: colors.HexColor("#fdf3d8")}


def _conclusion(detail: CaseDetail) -> str:
    errors = sum(f.severity is Severity.ERROR for f in detail.findings)
    warnings = sum(f.severity is Severity.WARNING for f in detail.findings)
    if errors:
        return QT_TRANSLATE_NOOP(
            "case_report", "Non-compliant: {errors} problem(s) and {warnings} warning(s) to rectify."
        )
    if warnings:
        return QT_TRANSLATE_NOOP("case_report", "Basically compliant: {warnings} warning(s) to note.")
    return QT_TRANSLATE_NOOP("case_report", "Compliant: no problem found against the regulation.")


def _yes(value: bool, tr: Tr) -> str:
    return (
        tr(CTX, QT_TRANSLATE_NOOP("case_report", "Yes")) if value else tr(CTX, QT_TRANSLATE_NOOP("case_report", "No"))
    )


def _day(d: date | None) -> str:
    return clock.fmt_day(d, empty="—")


def _record_name(r: RecordView, zh: bool) -> str:
    return r.type_name_zh if zh else r.type_name


def story(detail: CaseDetail, tr: Tr, zh: bool, head: tuple[int, str] | None) -> list[Flowable]:
    st = styles()
    c = detail.case
    t = lambda text: tr(CTX, text)  # noqa: E731
    out: list[Flowable] = [
        para(t(QT_TRANSLATE_NOOP("case_report", "Case-file evaluation report")), st["title"]),
        para(
            t(
                QT_TRANSLATE_NOOP(
                    "case_report", "Hebei measures on whole-process recording of administrative enforcement, Art. 30"
                )
            ),
            st["subtitle"],
        ),
    ]
    av = _yes(c.av_mandatory, tr)
    if c.av_reasons:
        av += (
            "（" + "、".join(L.label(L.AV_REASONS, r, tr) for r in c.av_reasons) + "）"
            if zh
            else " (" + ", ".join(L.label(L.AV_REASONS, r, tr) for r in c.av_reasons) + ")"
        )
    out.append(
        key_value(
            [
                (t(QT_TRANSLATE_NOOP("case_report", "Case number")), c.case_no),
                (t(QT_TRANSLATE_NOOP("case_report", "Case title")), c.title),
                (
                    t(QT_TRANSLATE_NOOP("case_report", "Enforcement type")),
                    L.label(L.ENFORCEMENT_TYPES, c.enforcement_type, tr),
                ),
                (t(QT_TRANSLATE_NOOP("case_report", "How it started")), L.label(L.INITIATIONS, c.initiation, tr)),
                (t(QT_TRANSLATE_NOOP("case_report", "Source")), c.source or "—"),
                (t(QT_TRANSLATE_NOOP("case_report", "Agency")), c.agency or "—"),
                (t(QT_TRANSLATE_NOOP("case_report", "Entrusting agency (Art. 32)")), c.entrusting_agency or "—"),
                (
                    t(QT_TRANSLATE_NOOP("case_report", "Confidentiality")),
                    L.label(L.CONFIDENTIALITY, c.confidentiality, tr),
                ),
                (t(QT_TRANSLATE_NOOP("case_report", "Opened")), _day(c.opened_on)),
                (t(QT_TRANSLATE_NOOP("case_report", "Action ended")), _day(c.action_ended_at)),
                (t(QT_TRANSLATE_NOOP("case_report", "Archived (Art. 26)")), _day(c.archived_at)),
                (t(QT_TRANSLATE_NOOP("case_report", "Current stage")), L.label(L.STAGES, c.current_stage, tr)),
                (t(QT_TRANSLATE_NOOP("case_report", "Whole-process A/V mandatory (Art. 20)")), av),
                (t(QT_TRANSLATE_NOOP("case_report", "Status")), L.label(L.STATUSES, c.status, tr)),
            ]
        )
    )
    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Parties and officers")), st["h2"]))
    people = [
        [
            t(QT_TRANSLATE_NOOP("case_report", "Role")),
            t(QT_TRANSLATE_NOOP("case_report", "Name")),
            t(QT_TRANSLATE_NOOP("case_report", "ID or certificate number")),
            t(QT_TRANSLATE_NOOP("case_report", "Unit or address")),
        ]
    ]
    people += [
        [
            t(QT_TRANSLATE_NOOP("case_report", "Party")) + "（" + L.label(L.PARTY_KINDS, p.kind, tr) + "）"
            if zh
            else t(QT_TRANSLATE_NOOP("case_report", "Party")) + f" ({L.label(L.PARTY_KINDS, p.kind, tr)})",
            p.name,
            p.id_number or "—",
            p.address or "—",
        ]
        for p in detail.parties
    ]
    people += [
        [t(QT_TRANSLATE_NOOP("case_report", "Officer")), o.name, o.certificate_no, o.unit or "—"]
        for o in detail.officers
    ]
    out.append(table(people, [0.16, 0.2, 0.26, 0.38]))

    errors = sum(f.severity is Severity.ERROR for f in detail.findings)
    warnings = sum(f.severity is Severity.WARNING for f in detail.findings)
    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Conclusion")), st["h2"]))
    out.append(para(t(_conclusion(detail)).format(errors=errors, warnings=warnings), st["body"]))
    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Findings by article")), st["h2"]))
    if detail.findings:
        rows = [
            [
                t(QT_TRANSLATE_NOOP("case_report", "Article")),
                t(QT_TRANSLATE_NOOP("case_report", "Level")),
                t(QT_TRANSLATE_NOOP("case_report", "Stage")),
                t(QT_TRANSLATE_NOOP("case_report", "Finding")),
                t(QT_TRANSLATE_NOOP("case_report", "What to do")),
            ]
        ]
        fills = []
        for i, f in enumerate(detail.findings, 1):
            rows.append(
                [
                    f.label(tr),
                    tr("compliance", SEVERITY_LABELS[f.severity]),
                    L.label(L.STAGES, f.stage, tr) if f.stage else "—",
                    f.text(tr),
                    f.action_text(tr),
                ]
            )
            if f.severity in SEVERITY_FILL:
                fills.append((i, SEVERITY_FILL[f.severity]))
        out.append(table(rows, [0.12, 0.09, 0.13, 0.38, 0.28], row_colors=fills))
    else:
        out.append(para(t(QT_TRANSLATE_NOOP("case_report", "No findings.")), st["body"]))

    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Stage checklists (Art. 8–11)")), st["h2"]))
    by_id = {r.id: r for r in detail.records}
    rows = [
        [
            t(QT_TRANSLATE_NOOP("case_report", "Stage")),
            t(QT_TRANSLATE_NOOP("case_report", "Item")),
            t(QT_TRANSLATE_NOOP("case_report", "Required")),
            t(QT_TRANSLATE_NOOP("case_report", "Status")),
            t(QT_TRANSLATE_NOOP("case_report", "Records or reason")),
        ]
    ]
    fills = []
    for stage in STAGE_ORDER:
        for item in (i for i in detail.checklist if i.stage == stage.value):
            linked = [by_id[r] for r in item.text_record_ids if r in by_id]
            evidence = "；".join(f"{_record_name(r, zh)} {r.doc_no}".strip() for r in linked)
            if item.media_record_ids:
                evidence += ("；" if evidence else "") + t(
                    QT_TRANSLATE_NOOP("case_report", "{n} A/V record(s)")
                ).format(n=len(item.media_record_ids))
            if item.status == "not_applicable":
                evidence = item.na_reason
            rows.append(
                [
                    L.label(L.STAGES, item.stage, tr),
                    f"{item.code} {item.name_zh if zh else item.name}",
                    _yes(item.required, tr),
                    L.label(L.ITEM_STATUSES, item.status, tr),
                    evidence or "—",
                ]
            )
            if item.status == "missing" and item.required:
                fills.append((len(rows) - 1, SEVERITY_FILL[Severity.WARNING]))
    out.append(table(rows, [0.14, 0.36, 0.08, 0.1, 0.32], row_colors=fills))

    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Document register (Art. 12–18, 27)")), st["h2"]))
    rows = [
        [
            t(QT_TRANSLATE_NOOP("case_report", "Stage")),
            t(QT_TRANSLATE_NOOP("case_report", "Document")),
            t(QT_TRANSLATE_NOOP("case_report", "Number")),
            t(QT_TRANSLATE_NOOP("case_report", "Issued")),
            t(QT_TRANSLATE_NOOP("case_report", "Sealed")),
            t(QT_TRANSLATE_NOOP("case_report", "Version")),
            t(QT_TRANSLATE_NOOP("case_report", "Correction reason")),
        ]
    ]
    for r in detail.records:
        version = f"v{r.version}" + ("" if r.is_current else " " + t(QT_TRANSLATE_NOOP("case_report", "(superseded)")))
        rows.append(
            [
                L.label(L.STAGES, r.stage, tr),
                r.title or _record_name(r, zh),
                r.doc_no or "—",
                _day(r.issued_on),
                _yes(r.sealed, tr),
                version,
                r.correction_reason or "—",
            ]
        )
    out.append(table(rows, [0.13, 0.25, 0.17, 0.11, 0.07, 0.11, 0.16]))

    out.append(Spacer(1, 8))
    out.append(para(t(QT_TRANSLATE_NOOP("case_report", "Evaluator: ____________    Date: ____________")), st["body"]))
    if head:
        out.append(
            para(
                t(
                    QT_TRANSLATE_NOOP("case_report", "Audit trail at the time of the report: event {seq}, hash {hash}")
                ).format(seq=head[0], hash=head[1]),
                st["small"],
            )
        )
    return out


def write_case_evaluation(
    ws: Workstation, actor: Actor, case_no: str, target: Path, language: str = "zh_CN", today: date | None = None
) -> Path:
    """Write the evaluation PDF of one case; the export is audited."""
    tr = Translator(language)
    with ws.unit(actor) as uow:
        uow.require(Permission.REPORT_READ, "case", case_no)
        case = get_case(uow.session, case_no)
        detail = load_detail(uow.session, case, today)
        head_row = uow.session.get(AuditHead, 1)
        head = (head_row.seq, head_row.hash) if head_row else None
        title = tr(CTX, QT_TRANSLATE_NOOP("case_report", "Case-file evaluation report")) + " " + case_no
        footer = tr(CTX, QT_TRANSLATE_NOOP("case_report", "Workstation {name} · evaluated by {user}")).format(
            name=ws.name, user=actor.display_name or actor.username
        )
        build(target, story(detail, tr, language.startswith("zh"), head), title=title, footer=footer)
        uow.audit("report.case_evaluation", "case", case_no, {"file": str(target), "findings": len(detail.findings)})
    return target
