"""What filing a case rests on: its retention period from the schedule, with the schedule row it came from, and
the compliance findings still open, which filing records with a reason (Art. 25, 26)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes
from archive_core.cases import case_files, compliance
from archive_core.cases.compliance import Finding
from archive_core.retention import schedule
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import Workstation
from models.cases import Case

# The filing deadline's own finding is settled by filing (late filing has its own reason).
SETTLED_BY_FILING = frozenset({"art26.archive_deadline"})


class FindingsReasonMissingError(ValidationError):
    code = "findings_reason_missing"
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} still has {count} compliance findings.")
    hint = QT_TRANSLATE_NOOP("errors", "Correct them first, or give in a few words why the case is filed as it is; "
                                       "the reason is kept in the audit trail.")


@dataclass(frozen=True)
class FilingRetention:
    code: str  # the archive code's retention token (保管期限), e.g. Y or D30
    months: int | None  # the schedule's period; None: permanent
    rule_code: str  # the schedule row it came from; "" when no active row matched (kept permanently)
    rule_name: str
    rule_name_zh: str
    agency_setting: bool = False  # the agency fixed one period for every volume instead of the schedule


@dataclass(frozen=True)
class FilingPreview:
    case_no: str
    retention: FilingRetention
    findings: tuple[Finding, ...]


def filing_retention(session: Session, case: Case, scheme: archive_codes.Scheme) -> FilingRetention:
    """The period filing gives the case: the agency's fixed setting if it has one, else the schedule's row."""
    rule = schedule.case_rule(session, case)
    months = rule.months if rule is not None else None
    code = scheme.default_retention or schedule.period_code(months)
    if rule is None:
        return FilingRetention(code, None, "", "", "", bool(scheme.default_retention))
    return FilingRetention(code, months, rule.code, rule.name, rule.name_zh, bool(scheme.default_retention))


def open_findings(session: Session, case_id: int) -> list[Finding]:
    """The case's findings evaluated now (not the stored summary, which may be older than the last change)."""
    return [f for f in compliance.evaluate(session, [case_id]).get(case_id, []) if f.rule not in SETTLED_BY_FILING]


def preview(ws: Workstation, actor: Actor, case_no: str) -> FilingPreview:
    """What filing this case would record: for the filing dialog, before anything is written."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VOLUME_FILE, "case", case_no)
        case = case_files.get_case(uow.session, case_no)
        scheme = archive_codes.scheme_of(uow.session)
        return FilingPreview(case.case_no, filing_retention(uow.session, case, scheme),
                             tuple(open_findings(uow.session, case.id)))
