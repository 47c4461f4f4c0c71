"""CLI: case catalogue, import, compliance checks, evaluation reports (Art. 2, 8–18, 20, 26, 30) and the demo set."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from archive_core.cases import case_files, compliance, demo, importing, records
from archive_core.cases import labels as L
from archive_core.cases.case_files import CaseInput, CaseQuery, OfficerInput, PartyInput
from archive_core.cases.compliance import SEVERITY_LABELS, Finding
from archive_core.cli import CliContext
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from models.cases import ComplianceState, EnforcementType, Stage


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser("case", help="case files: list, show, add, import, check, evaluate")
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    ls = csub.add_parser("list", help="search the case catalogue")
    ls.add_argument("search", nargs="?", default="",
                    help="any part of the case number, title, party or officer name (also their ID or certificate "
                         "number, whole)")
    ls.add_argument("--search", dest="search_option", metavar="TEXT", default="",
                    help="the same, as an option (like officer list and device list)")
    ls.add_argument("--field", choices=["all", "case_no", "title", "party", "officer"], default="all")
    ls.add_argument("--type", choices=[t.value for t in EnforcementType])
    ls.add_argument("--status", choices=["open", "ended", "archived"])
    ls.add_argument("--stage", choices=[s.value for s in Stage])
    ls.add_argument("--compliance", choices=[s.value for s in ComplianceState])
    ls.add_argument("--sort", choices=sorted(case_files.SORT_COLUMNS), default="opened_on")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(handler=_list)

    show = csub.add_parser("show", help="a case with its checklists, records and findings")
    show.add_argument("case_no")
    show.set_defaults(handler=_show)

    add = csub.add_parser("add", help="register a case")
    add.add_argument("case_no")
    add.add_argument("--title", required=True)
    add.add_argument("--type", required=True, choices=[t.value for t in EnforcementType])
    add.add_argument("--initiation", choices=["ex_officio", "application"], default="ex_officio")
    add.add_argument("--opened", type=_date, required=True, help="YYYY-MM-DD")
    add.add_argument("--source", default="")
    add.add_argument("--agency", default="")
    add.add_argument("--entrusting-agency", default="", help="Art. 32: the agency that entrusted the enforcement")
    add.add_argument("--confidentiality", default="internal",
                     help="public, internal, personal_privacy, commercial_secret (state secrets are refused)")
    add.add_argument("--av-reason", action="append", default=[],
                     help="Art. 20: personal_freedom, life_health, major_property, venue (repeatable)")
    add.add_argument("--stage", choices=[s.value for s in Stage], default="initiation")
    add.add_argument("--party", action="append", default=[], help='"name[;kind[;id number]]" (repeatable)')
    add.add_argument("--officer", action="append", default=[], help='"name;certificate number" (repeatable)')
    add.set_defaults(handler=_add)

    upd = csub.add_parser("update", help="change stage, end date or descriptive fields")
    upd.add_argument("case_no")
    upd.add_argument("--title")
    upd.add_argument("--stage", choices=[s.value for s in Stage])
    upd.add_argument("--ended", type=_date, help="date the enforcement action ended (Art. 26)")
    upd.add_argument("--archived", type=_date, help="date the case file was archived (Art. 26)")
    upd.add_argument("--confidentiality")
    upd.set_defaults(handler=_update)

    imp = csub.add_parser("import", help="import cases, parties, officers, documents (JSON or CSV; see "
                                         "docs/import-schema.md)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)

    chk = csub.add_parser("check", help="compliance findings of a case, or of every case with --all")
    chk.add_argument("case_no", nargs="?")
    chk.add_argument("--all", action="store_true")
    chk.set_defaults(handler=_check)

    ev = csub.add_parser("evaluate", help="case-file evaluation report as PDF (Art. 30)")
    ev.add_argument("case_no")
    ev.add_argument("-o", "--output", type=Path, required=True)
    ev.set_defaults(handler=_evaluate)

    na = csub.add_parser("na", help="mark a checklist item not applicable, with the reason")
    na.add_argument("case_no")
    na.add_argument("code", help="checklist code, e.g. 9.5")
    na.add_argument("--reason", required=True)
    na.set_defaults(handler=_na)

    link = csub.add_parser("link", help="link a text record to a checklist item")
    link.add_argument("case_no")
    link.add_argument("code")
    link.add_argument("--record", type=int, required=True)
    link.set_defaults(handler=_link)

    fix = csub.add_parser("correct", help="correct a text record: a new version with the reason; the old one stays "
                                          "(Art. 27)")
    fix.add_argument("record", type=int, help="record id (case show --json lists them)")
    fix.add_argument("--reason", required=True, help="why it is corrected")
    fix.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="changes",
                     help=f"a field and its corrected value (repeatable): {', '.join(records.CORRECTABLE)}")
    fix.add_argument("--file", type=Path, help="the corrected scan (stored in the vault; the old one stays)")
    fix.set_defaults(handler=_correct)

    hist = csub.add_parser("history", help="every version of a text record, with who corrected what and why")
    hist.add_argument("record", type=int)
    hist.set_defaults(handler=_history)

    dm = sub.add_parser("demo", help="load a realistic demo data set of cases (as the signed-in user)")
    dm.add_argument("--per-type", type=int, default=7, help="cases per enforcement type (default 7)")
    dm.set_defaults(handler=_demo)


def _tr_label(ctx: CliContext, table: dict[str, str], code: str) -> str:
    return L.label(table, code, ctx.tr)


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    q = CaseQuery(args.search_option or args.search, args.field, args.type, args.status, args.stage, args.compliance)
    ids = case_files.search_ids(ctx.ws, ctx.actor, q, args.sort, True)
    shown = ids[:args.limit] if args.limit > 0 else ids
    rows = case_files.rows(ctx.ws, ctx.actor, shown)
    ordered = [rows[i] for i in shown if i in rows]
    lines = [f"{r.case_no:<22}\t{r.opened_on}\t{_tr_label(ctx, L.ENFORCEMENT_TYPES, r.enforcement_type)}\t"
             f"{_tr_label(ctx, L.STAGES, r.current_stage)}\t{_tr_label(ctx, L.COMPLIANCE, r.compliance_state)}"
             f"({r.finding_count})\t{r.title}\t{r.parties}" for r in ordered]
    lines.append(ctx.tr("cli", "{shown} of {total} cases").format(shown=len(ordered), total=len(ids)))
    ctx.emit({"total": len(ids), "cases": [asdict(r) for r in ordered]}, "\n".join(lines))
    return 0


def _finding_lines(ctx: CliContext, findings: tuple[Finding, ...] | list[Finding]) -> list[str]:
    out = []
    for f in findings:
        out.append(f"  [{ctx.tr('compliance', SEVERITY_LABELS[f.severity])}] {f.label(ctx.tr)}  {f.text(ctx.tr)}")
        out.append(f"      → {f.action_text(ctx.tr)}")
    return out


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    d = case_files.case_detail(ctx.ws, ctx.actor, args.case_no)
    c = d.case
    zh = ctx.tr.language.startswith("zh")
    t = lambda text: ctx.tr("cli", text)  # noqa: E731
    lines = [f"{c.case_no}  {c.title}",
             f"{t('Type')}: {_tr_label(ctx, L.ENFORCEMENT_TYPES, c.enforcement_type)}  "
             f"{t('Stage')}: {_tr_label(ctx, L.STAGES, c.current_stage)}  "
             f"{t('Status')}: {_tr_label(ctx, L.STATUSES, c.status)}  "
             f"{t('Opened')}: {c.opened_on}  {t('Ended')}: {c.action_ended_at or '—'}  "
             f"{t('Archived')}: {c.archived_at or '—'}",
             f"{t('Parties')}: " + "、".join(p.name for p in d.parties),
             f"{t('Officers')}: " + "、".join(f"{o.name}（{o.certificate_no}）" for o in d.officers)]
    for stage in Stage:
        lines.append(f"\n{_tr_label(ctx, L.STAGES, stage.value)}")
        for i in (i for i in d.checklist if i.stage == stage.value):
            mark = {"recorded": "✔", "not_applicable": "—", "missing": "✘" if i.required else "·"}[i.status]
            extra = f"  ({i.na_reason})" if i.status == "not_applicable" else ""
            lines.append(f"  {mark} {i.code:<5} {i.name_zh if zh else i.name}{extra}")
        for r in (r for r in d.records if r.stage == stage.value):
            version = f"v{r.version}" + ("" if r.is_current else " " + t("superseded"))
            lines.append(f"    📄 #{r.id} {r.type_name_zh if zh else r.type_name} {r.doc_no} {r.issued_on or ''} "
                         f"{version}")
    lines.append(f"\n{t('Findings')}: {len(d.findings)}")
    lines += _finding_lines(ctx, d.findings)
    data: dict[str, Any] = {"case": asdict(c), "parties": [asdict(p) for p in d.parties],
                            "officers": [asdict(o) for o in d.officers],
                            "checklist": [asdict(i) for i in d.checklist],
                            "records": [r.as_dict() for r in d.records],
                            "findings": [f.as_dict(ctx.tr) for f in d.findings]}
    ctx.emit(data, "\n".join(lines))
    return 0


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("；", ";").split(";")]


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    parties = []
    for p in args.party:
        parts = [*_split(p), "", ""]
        parties.append(PartyInput(parts[0], parts[1] or "person", parts[2]))
    officers = []
    for o in args.officer:
        parts = _split(o)
        if len(parts) != 2:
            raise ValidationError(reason=f'--officer needs "name;certificate number", not {o!r}')
        officers.append(OfficerInput(parts[0], parts[1]))
    view = case_files.create_case(ctx.ws, ctx.actor, CaseInput(
        case_no=args.case_no, title=args.title, enforcement_type=args.type, initiation=args.initiation,
        opened_on=args.opened, source=args.source, agency=args.agency, entrusting_agency=args.entrusting_agency,
        confidentiality=args.confidentiality, av_reasons=tuple(args.av_reason), current_stage=args.stage,
        parties=tuple(parties), officers=tuple(officers)))
    ctx.emit(asdict(view), ctx.tr("cli", "Registered case {case_no}.").format(case_no=view.case_no))
    return 0


def _update(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    if args.title:
        changes["title"] = args.title
    if args.stage:
        changes["current_stage"] = args.stage
    if args.ended:
        changes["action_ended_at"] = args.ended
    if args.confidentiality:
        changes["confidentiality"] = args.confidentiality
    view = case_files.update_case(ctx.ws, ctx.actor, args.case_no, **changes) if changes else None
    if args.archived:
        view = case_files.archive_case(ctx.ws, ctx.actor, args.case_no, args.archived)
    if view is None:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "nothing to change"))
    ctx.emit(asdict(view), ctx.tr("cli", "Updated case {case_no}.").format(case_no=view.case_no))
    return 0


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    report = importing.import_file(ctx.ws, ctx.actor, args.file, translate=ctx.tr.error)
    lines = [ctx.tr("cli", "{rows} rows: {cases} cases, {parties} parties, {officers} officers, {documents} documents "
                           "created; {unchanged} unchanged; {errors} rejected.").format(
        rows=report.rows, unchanged=report.unchanged, errors=len(report.errors), **report.created)]
    lines += [ctx.tr("cli", "line {line} ({key}): {reason}").format(line=e.line, key=e.key or "—", reason=e.reason)
              for e in report.errors]
    ctx.emit(asdict(report), "\n".join(lines))
    return 0 if report.ok else 1


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.all:
        result = compliance.evaluate_all(ctx.ws, ctx.actor)
        text = ctx.tr("cli", "{cases} cases evaluated in {seconds:.1f} s: {ok} compliant, {warning} with warnings, "
                             "{error} non-compliant; {findings} findings.").format(
            cases=result.cases, seconds=result.seconds, findings=result.findings, **result.by_state)
        ctx.emit(asdict(result), text)
        return 0
    if not args.case_no:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name a case number, or use --all"))
    result_one = compliance.evaluate_case(ctx.ws, ctx.actor, args.case_no)
    lines = [f"{args.case_no}: {_tr_label(ctx, L.COMPLIANCE, result_one.state.value)}"]
    lines += _finding_lines(ctx, result_one.findings)
    ctx.emit({"case_no": args.case_no, "state": result_one.state.value,
              "findings": [f.as_dict(ctx.tr) for f in result_one.findings]}, "\n".join(lines))
    return 0 if result_one.state is ComplianceState.OK else 1


def _evaluate(args: argparse.Namespace, ctx: CliContext) -> int:
    from archive_core.cases.evaluation_report import write_case_evaluation

    path = write_case_evaluation(ctx.ws, ctx.actor, args.case_no, args.output, ctx.tr.language)
    ctx.emit({"case_no": args.case_no, "file": str(path)},
             ctx.tr("cli", "Wrote the evaluation report to {file}.").format(file=path))
    return 0


def _na(args: argparse.Namespace, ctx: CliContext) -> int:
    item = records.mark_not_applicable(ctx.ws, ctx.actor, args.case_no, args.code, args.reason)
    ctx.emit(asdict(item), ctx.tr("cli", "Done."))
    return 0


def _link(args: argparse.Namespace, ctx: CliContext) -> int:
    item = records.link_item(ctx.ws, ctx.actor, args.case_no, args.code, text_record_id=args.record)
    ctx.emit(asdict(item), ctx.tr("cli", "Done."))
    return 0


def _field_value(field: str, text: str) -> Any:
    kind = records.CORRECTABLE.get(field)
    if kind is None:
        raise ValidationError(records.NOT_CORRECTABLE, fields=field)
    if kind is date:
        return _date(text) if text else None
    if kind is bool:
        if text.lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: {field} is yes or no, not {value}."),
                                  field=field, value=text)
        return text.lower() in ("yes", "true", "1")
    if kind is int:
        if not text.isdigit():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: {field} is a whole number, not "
                                                              "{value}."), field=field, value=text)
        return int(text)
    return text


def _correct(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    for item in args.changes:
        field, eq, text = item.partition("=")
        if not eq:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: --set takes FIELD=VALUE, not {value}."),
                                  value=item)
        changes[field.strip()] = _field_value(field.strip(), text.strip())
    if args.file is not None:
        changes["file"] = args.file
    if not changes:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: nothing to correct; give --set FIELD=VALUE "
                                                          "or --file."))
    view = records.correct_record(ctx.ws, ctx.actor, args.record, args.reason, **changes)
    ctx.emit(view.as_dict(), ctx.tr("cli", "Record {old} corrected: version {version} is record {id}.").format(
        old=args.record, version=view.version, id=view.id))
    return 0


def _history(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = records.record_history(ctx.ws, ctx.actor, args.record)
    lines = []
    for before, v in zip([None, *versions], versions, strict=False):
        changed = [f for f in records.CORRECTABLE if before is not None and getattr(before, f) != getattr(v, f)]
        if before is not None and before.file_sha256 != v.file_sha256:
            changed.append("file")
        lines.append(ctx.tr("cli", "v{version}  record {id}  {at:%Y-%m-%d %H:%M}  {by}{current}").format(
            version=v.version, id=v.id, at=v.created_at, by=v.created_by,
            current=ctx.tr("cli", "  (current)") if v.is_current else ""))
        if before is not None:
            lines.append("    " + ctx.tr("cli", "Reason: {reason}").format(reason=v.correction_reason))
            lines.append("    " + ctx.tr("cli", "Changed: {fields}").format(fields=", ".join(changed) or "—"))
    ctx.emit([v.as_dict() for v in versions], "\n".join(lines))
    return 0


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    summary = demo.load_demo(ctx.ws, ctx.actor, cases_per_type=args.per_type)
    ctx.emit(asdict(summary), ctx.tr("cli", "Demo data: {cases} cases with {records} documents added; {skipped} "
                                            "already present.").format(**asdict(summary)))
    return 0
