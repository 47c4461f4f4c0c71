"""Import cases, parties, officers and documents from a case-handling system's JSON or CSV export.

The schema is documented in docs/import-schema.md. Each row is imported in its own savepoint: a bad row is
reported with its line and reason and leaves the rest untouched; importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.cases import compliance
from archive_core.cases.case_files import (
    CaseInput,
    OfficerInput,
    PartyInput,
    get_case,
    insert_case,
    officer_for,
    party_for,
    validate,
)
from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.cases.records import RecordInput, ServiceInput, insert_record
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ArchiveError, NestingTooDeepError, ValidationError
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.case_records import TextRecord
from models.cases import Case, CaseOfficer, CaseParty

Translate = Callable[[str], str]
LIST_SEP = ";"


@dataclass(frozen=True)
class RowError:
    line: int
    key: str
    reason: str


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: dict[str, int] = field(default_factory=lambda: {"cases": 0, "parties": 0, "officers": 0,
                                                              "documents": 0})
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class RowProblem(ValidationError):
    code = "import_row"


# --- reading ----------------------------------------------------------------------------------------------

def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _json_rows(text: str) -> Iterator[tuple[int, Any]]:
    """The elements of the top-level array (or of the "cases" array) with the line each starts on."""
    decoder = json.JSONDecoder()
    i = _skip_ws(text, 0)
    if text.startswith("{", i):
        i = _skip_ws(text, i + 1)
        while True:
            key, i = decoder.raw_decode(text, i)
            i = _skip_ws(text, i)
            if text[i] != ":":
                raise ValueError("malformed object")
            i = _skip_ws(text, i + 1)
            if key == "cases":
                break
            _, i = decoder.raw_decode(text, i)
            i = _skip_ws(text, i)
            if text[i] != ",":
                raise ValueError('no "cases" array in the file')
            i = _skip_ws(text, i + 1)
    if not text.startswith("[", i):
        raise ValueError('expected an array of cases (or an object with a "cases" array)')
    i = _skip_ws(text, i + 1)
    if text.startswith("]", i):
        return
    while True:
        line = text.count("\n", 0, i) + 1
        value, i = decoder.raw_decode(text, i)
        yield line, value
        i = _skip_ws(text, i)
        if text.startswith(",", i):
            i = _skip_ws(text, i + 1)
            continue
        if text.startswith("]", i):
            return
        raise ValueError(f"expected , or ] on line {text.count(chr(10), 0, i) + 1}")


def _csv_kind(header: list[str]) -> str:
    if "doc_type" in header:
        return "documents"
    if "certificate_no" in header:
        return "officers"
    if "title" in header:
        return "cases"
    if "name" in header:
        return "parties"
    raise ValidationError(reason=QT_TRANSLATE_NOOP(
        "errors", "the CSV header matches no import table (cases, parties, officers, documents)"))


# --- converting -------------------------------------------------------------------------------------------

def _str(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _bool(row: Mapping[str, Any], key: str) -> bool:
    value = row.get(key)
    if isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip().lower()
    if text in ("", "0", "false", "no", "n", "否"):
        return False
    if text in ("1", "true", "yes", "y", "是"):
        return True
    raise RowProblem(QT_TRANSLATE_NOOP("errors", "{key}: not a yes/no value: {value}"), key=key, value=repr(value))


def _date(row: Mapping[str, Any], key: str) -> date | None:
    text = _str(row, key)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RowProblem(QT_TRANSLATE_NOOP("errors", "{key}: not a date (YYYY-MM-DD): {value}"), key=key,
                         value=repr(text)) from None


def _datetime(row: Mapping[str, Any], key: str) -> datetime | None:
    text = _str(row, key)
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise RowProblem(QT_TRANSLATE_NOOP("errors", "{key}: not a date and time (ISO 8601): {value}"), key=key,
                         value=repr(text)) from None
    if value.tzinfo is None:
        raise RowProblem(QT_TRANSLATE_NOOP("errors", "{key}: give the time zone, e.g. {value}+08:00"), key=key,
                         value=text)
    return value


def _list(row: Mapping[str, Any], key: str) -> list[Any]:
    value = row.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [part.strip() for part in str(value).split(LIST_SEP) if part.strip()]


def _party(d: Mapping[str, Any]) -> PartyInput:
    return PartyInput(name=_str(d, "name"), kind=_str(d, "kind") or "person", id_number=_str(d, "id_number"),
                      address=_str(d, "address"), phone=_str(d, "phone"))


def _officer(d: Mapping[str, Any]) -> OfficerInput:
    return OfficerInput(name=_str(d, "name"), certificate_no=_str(d, "certificate_no"), unit=_str(d, "unit"))


def _case(d: Mapping[str, Any]) -> CaseInput:
    opened = _date(d, "opened_on")
    if opened is None:
        raise RowProblem(QT_TRANSLATE_NOOP("errors", "opened_on is required"))
    return CaseInput(
        case_no=_str(d, "case_no"), title=_str(d, "title"), enforcement_type=_str(d, "enforcement_type"),
        initiation=_str(d, "initiation") or "ex_officio", opened_on=opened, source=_str(d, "source"),
        entrusting_agency=_str(d, "entrusting_agency"), agency=_str(d, "agency"),
        confidentiality=_str(d, "confidentiality") or "internal", av_mandatory=_bool(d, "av_mandatory"),
        av_reasons=tuple(_list(d, "av_reasons")), current_stage=_str(d, "current_stage") or "initiation",
        action_ended_at=_date(d, "action_ended_at"), summary=_str(d, "summary"),
        parties=tuple(_party(p) for p in d.get("parties") or []),
        officers=tuple(_officer(o) for o in d.get("officers") or []))


def _participants(d: Mapping[str, Any]) -> list[tuple[str, bool]]:
    out = []
    for p in _list(d, "participants"):
        if isinstance(p, Mapping):
            out.append((_str(p, "name"), _bool(p, "signed")))
        else:
            name, _, signed = str(p).partition(":")
            out.append((name.strip(), _bool({"signed": signed or "1"}, "signed")))
    return out


def _service(d: Mapping[str, Any]) -> ServiceInput | None:
    s = d.get("service")
    if isinstance(s, Mapping):
        src: Mapping[str, Any] = s
    elif _str(d, "service_method"):
        src = {**d, "method": d["service_method"]}
    else:
        return None
    return ServiceInput(
        method=_str(src, "method"), served_document=_str(src, "served_document"), recipient=_str(src, "recipient"),
        served_at=_datetime(src, "served_at"), place=_str(src, "place"), server_name=_str(src, "server_name"),
        server_signed=_bool(src, "server_signed"), recipient_signed=_bool(src, "recipient_signed"),
        entrust_reason=_str(src, "entrust_reason"), receipt_kept=_bool(src, "receipt_kept"),
        lien_circumstances=_str(src, "lien_circumstances"), witness_name=_str(src, "witness_name"),
        witness_signed=_bool(src, "witness_signed"))


def _document(d: Mapping[str, Any], base: Path) -> RecordInput:
    nested = d.get("approval")
    approval: Mapping[str, Any] = nested if isinstance(nested, Mapping) else d
    file_path = None
    if _str(d, "file"):
        folder = base.resolve()
        file_path = (folder / _str(d, "file")).resolve()
        if not file_path.is_relative_to(folder):
            raise RowProblem(QT_TRANSLATE_NOOP("errors", "the file {path} lies outside the import file's folder; put "
                                                         "the scans beside the import file or below it"),
                             path=_str(d, "file"))
        if not file_path.is_file():
            raise RowProblem(QT_TRANSLATE_NOOP("errors", "file not found: {path}"), path=_str(d, "file"))
    checklist = d.get("checklist")
    pages = _str(d, "pages")
    if pages and not pages.isdigit():
        raise RowProblem(QT_TRANSLATE_NOOP("errors", "pages: not a number: {value}"), value=repr(pages))
    return RecordInput(
        doc_type=_str(d, "doc_type"), stage=_str(d, "stage") or None, doc_no=_str(d, "doc_no"),
        title=_str(d, "title"), issued_on=_date(d, "issued_on"), sealed=_bool(d, "sealed"),
        pages=int(pages or 1), party_signed=_bool(d, "party_signed"), cross_page_sealed=_bool(d, "cross_page_sealed"),
        has_alterations=_bool(d, "has_alterations"), alterations_marked=_bool(d, "alterations_marked"),
        refusal_note=_str(d, "refusal_note"), refusal_witnesses=tuple(str(x) for x in _list(d, "refusal_witnesses")),
        handler_opinion=_str(approval, "handler_opinion"), handler_reasons=_str(approval, "handler_reasons"),
        handler_signed_on=_date(approval, "handler_signed_on"),
        reviewer_opinion=_str(approval, "reviewer_opinion"),
        reviewer_signed_on=_date(approval, "reviewer_signed_on"),
        approver_opinion=_str(approval, "approver_opinion"),
        approver_signed_on=_date(approval, "approver_signed_on"),
        participants=tuple(_participants(d)), service=_service(d),
        checklist=None if checklist in (None, "") else [str(c) for c in _list(d, "checklist")], file=file_path)


# --- applying ---------------------------------------------------------------------------------------------

class _Importer:
    def __init__(self, uow: UnitOfWork, report: ImportReport, base: Path) -> None:
        self.uow, self.report, self.base = uow, report, base
        self.touched: set[int] = set()
        self.pending: dict[str, int] = {}  # counts of the row in progress, kept only if it succeeds

    @property
    def session(self) -> Session:
        return self.uow.session

    def case(self, d: Mapping[str, Any]) -> bool:
        data = validate(_case(d))
        existing = self.session.execute(select(Case).where(Case.case_no == data.case_no)).scalar_one_or_none()
        changed = False
        if existing is None:
            case = insert_case(self.uow, data)
            self.session.flush()
            self.pending["cases"] = self.pending.get("cases", 0) + 1
            for kind, table in (("parties", CaseParty), ("officers", CaseOfficer)):
                stored = self.session.scalar(select(func.count()).select_from(table).where(table.case_id == case.id))
                self.pending[kind] = self.pending.get(kind, 0) + (stored or 0)
            changed = True
        else:
            same = (existing.title, existing.enforcement_type, existing.initiation, existing.opened_on) == (
                data.title, data.enforcement_type, data.initiation, data.opened_on)
            if not same:
                raise RowProblem(QT_TRANSLATE_NOOP("errors", "case {case_no} exists with a different title, type or "
                                                           "opening date; not changed"), case_no=data.case_no)
            case = existing
            for p in data.parties:
                changed |= self._link_party(case, p)
            for o in data.officers:
                changed |= self._link_officer(case, o)
        for doc in d.get("documents") or []:
            changed |= self._document(case, doc)
        self.touched.add(case.id)
        return changed

    def _link_party(self, case: Case, p: PartyInput) -> bool:
        if not p.name:
            raise RowProblem(QT_TRANSLATE_NOOP("errors", "a party needs a name"))
        party = party_for(self.session, p)
        if self.session.get(CaseParty, (case.id, party.id)) is not None:
            return False
        self.session.add(CaseParty(case_id=case.id, party_id=party.id))
        self.uow.audit("case.party_added", "case", case.case_no, {"party": party.name, "source": "import"})
        self.pending["parties"] = self.pending.get("parties", 0) + 1
        return True

    def _link_officer(self, case: Case, o: OfficerInput) -> bool:
        if not o.name or not o.certificate_no:
            raise RowProblem(QT_TRANSLATE_NOOP("errors", "an officer needs a name and a certificate number (Art. 9)"))
        officer = officer_for(self.session, o)
        if self.session.get(CaseOfficer, (case.id, officer.id)) is not None:
            return False
        self.session.add(CaseOfficer(case_id=case.id, officer_id=officer.id))
        self.uow.audit("case.officer_added", "case", case.case_no,
                       {"officer": officer.certificate_no, "source": "import"})
        self.pending["officers"] = self.pending.get("officers", 0) + 1
        return True

    def _document(self, case: Case, d: Mapping[str, Any]) -> bool:
        data = _document(d, self.base)
        if not data.doc_type:
            raise RowProblem(QT_TRANSLATE_NOOP("errors", "doc_type is required"))
        key = select(TextRecord.id).where(TextRecord.case_id == case.id, TextRecord.doc_type == data.doc_type)
        if data.doc_no:
            key = key.where(TextRecord.doc_no == data.doc_no)
        else:
            key = key.where(TextRecord.title == data.title, TextRecord.issued_on == data.issued_on)
        if self.session.execute(key.limit(1)).first():
            return False
        insert_record(self.uow, case, data)
        self.pending["documents"] = self.pending.get("documents", 0) + 1
        return True

    def child(self, kind: str, d: Mapping[str, Any]) -> bool:
        case = get_case(self.session, _str(d, "case_no"))
        self.touched.add(case.id)
        if kind == "parties":
            return self._link_party(case, _party(d))
        if kind == "officers":
            return self._link_officer(case, _officer(d))
        return self._document(case, d)


def _rows(path: Path) -> Iterator[tuple[int, str, Any]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        for line, value in _json_rows(text):
            yield line, "cases", value
        return
    reader = csv.DictReader(text.splitlines())
    kind = _csv_kind([h.strip() for h in reader.fieldnames or []])
    for row in reader:
        clean = {(k or "").strip(): v for k, v in row.items()}
        if kind == "cases":
            for list_key in ("parties", "officers", "documents"):
                clean.pop(list_key, None)
        yield reader.line_num, kind, clean


def import_file(ws: Workstation, actor: Actor, path: Path, progress: Progress | None = None,
                translate: Translate | None = None) -> ImportReport:
    """Import one JSON or CSV file (see docs/import-schema.md)."""
    tr = translate or (lambda text: text)
    report = ImportReport(str(path))
    with ws.unit(actor) as uow:
        uow.require(Permission.CASE_IMPORT, "file", path.name)
        ensure_defaults(uow.session)
        importer = _Importer(uow, report, path.parent)
        try:
            rows = list(_rows(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ValidationError(reason=f"{path.name}: {exc}") from exc
        except RecursionError as exc:
            raise NestingTooDeepError(name=path.name) from exc
        for n, (line, kind, row) in enumerate(rows, 1):
            if progress:
                progress.check()
                progress.report(n, len(rows), str(line))
            report.rows += 1
            key = _str(row, "case_no") if isinstance(row, Mapping) else ""
            importer.pending = {}
            try:
                if not isinstance(row, Mapping):
                    raise RowProblem(QT_TRANSLATE_NOOP("errors", "a row must be an object"))
                with uow.session.begin_nested():
                    changed = importer.case(row) if kind == "cases" else importer.child(kind, row)
                for kind_name, n in importer.pending.items():
                    report.created[kind_name] += n
                if not changed:
                    report.unchanged += 1
            except ArchiveError as exc:
                report.errors.append(RowError(line, key, exc.render(tr)))
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                report.errors.append(RowError(line, key, str(exc)))
        if importer.touched:
            touched = sorted(importer.touched)
            compliance.refresh(uow.session, touched)
        uow.audit("case.import", "file", path.name,
                  {"rows": report.rows, "created": report.created, "unchanged": report.unchanged,
                   "errors": [(e.line, e.reason) for e in report.errors]},
                  outcome="ok" if report.ok else "failed")
    return report
