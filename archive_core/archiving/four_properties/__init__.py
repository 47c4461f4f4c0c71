"""四性检测 (DA/T 70): authenticity, integrity, usability and security checks of volumes at filing and in storage.

A check registers in its property's module (see engine.CHECK_MODULES)::

    @check("ZS-04", Property.AUTHENTICITY, title=QT_TRANSLATE_NOOP("four_properties", "…"), occasions=…)
    def digests_match(ctx: CheckContext) -> Iterator[Problem]:
        for item in ctx.subject.items:
            ...
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: …"), item.name, file=item.name)

and works on a Subject (engine.Subject): a volume of the catalogue (volume_subject) or, for transfer and receipt,
a package read from its folder, which provides the same facts.
"""

from archive_core.archiving.four_properties.engine import (
    OCCASION_LABELS,
    OUTCOME_LABELS,
    PROPERTY_LABELS,
    CheckResult,
    Occasion,
    Outcome,
    Property,
    Subject,
    SubjectItem,
    checks,
)
from archive_core.archiving.four_properties.service import (
    ReportView,
    check_all,
    check_volume,
    configure,
    report_pdf,
    reports_of,
)

__all__ = [
    "OCCASION_LABELS", "OUTCOME_LABELS", "PROPERTY_LABELS", "CheckResult", "Occasion", "Outcome", "Property",
    "ReportView", "Subject", "SubjectItem", "check_all", "check_volume", "checks", "configure", "report_pdf",
    "reports_of",
]
