"""The filing checks (归档): run on the volume about to be filed; a failure blocks filing unless a reason is given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from archive_core.archiving.four_properties import engine, service, volume_subject
from archive_core.archiving.four_properties.engine import CheckResult, Occasion
from archive_core.archiving.four_properties.report import Report
from archive_core.spine import clock
from archive_core.spine.auth import Actor
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.archiving import ArchiveVolume, VolumeItem


class FilingChecksFailedError(ValidationError):
    code = "filing_checks_failed"
    translated_params = ()
    message = QT_TRANSLATE_NOOP("errors", "Case {case_no} is not filed: the four-properties checks found "
                                          "problems: {problems}")
    hint = QT_TRANSLATE_NOOP("errors", "Put the content right and file again, or give the reason for filing "
                                       "it as it is; the reason is kept with the volume's check report.")


Fingerprint = tuple[tuple[str, int | None, int | None, str], ...]


def fingerprint(lines: Sequence[VolumeItem]) -> Fingerprint:
    return tuple((i.kind, i.text_record_id, i.media_record_id, i.sha256) for i in lines)


@dataclass(frozen=True)
class Checked:
    results: tuple[CheckResult, ...]
    lines: Fingerprint
    case_id: int

    @property
    def failed(self) -> list[CheckResult]:
        return engine.failed(self.results)

    def problems_text(self) -> str:
        """The failures as the report states them (in its language), a few of each check."""
        tr = Translator(service.REPORT_LANGUAGE).translate
        return "；".join(f"{r.code} {p.text(tr)}" for r in self.failed for p in r.problems[:5])


def precheck(ws: Workstation, session: Session, volume: ArchiveVolume, lines: Sequence[VolumeItem]) -> Checked:
    """The filing checks of a volume not yet stored (its code is allocated when it is filed)."""
    subject = volume_subject.subject(ws, session, volume, lines)
    results = service.run(subject, Occasion.FILING, service.settings_of(session))
    return Checked(tuple(results), fingerprint(lines), volume.case_id)


def refuse_unless_reason(ws: Workstation, actor: Actor, checked: Checked, case_no: str, reason: str) -> None:
    """A failure without a reason refuses the filing; its report is kept with the case all the same (audited), so
    the refusal and what it found stay on record."""
    if checked.failed and not reason:
        report = Report("", case_no, Occasion.FILING, checked.results, clock.now(), actor.username)
        with ws.unit(actor) as uow:
            service.keep(uow, ws, checked.case_id, None, report)
            uow.audit("volume.file_refused", "case", case_no,
                      {"check": "four_properties", "failed": [r.code for r in checked.failed]}, outcome="refused")
        raise FilingChecksFailedError(case_no=case_no, problems=checked.problems_text())


def keep(uow: UnitOfWork, ws: Workstation, checked: Checked, volume: ArchiveVolume, lines: Sequence[VolumeItem],
         case_no: str, reason: str) -> None:
    """Inside the filing transaction: the catalogue must be the one checked; the report is kept with the volume."""
    if fingerprint(lines) != checked.lines:
        raise ConcurrentChangeError()
    report = Report(volume.archive_code, case_no, Occasion.FILING, checked.results, clock.now(),
                    uow.actor.username, reason if checked.failed else "")
    service.keep(uow, ws, volume.case_id, volume.id, report)
