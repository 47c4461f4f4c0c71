"""Display names of case codes (types, stages, statuses …): English sources, Chinese in cases.ts (context "cases")."""

from __future__ import annotations

from collections.abc import Callable

from archive_core.spine.errors import QT_TRANSLATE_NOOP

CONTEXT = "cases"

ENFORCEMENT_TYPES = {
    "penalty": QT_TRANSLATE_NOOP("cases", "Administrative penalty"),
    "licensing": QT_TRANSLATE_NOOP("cases", "Administrative licensing"),
    "coercion": QT_TRANSLATE_NOOP("cases", "Coercive measure"),
    "inspection": QT_TRANSLATE_NOOP("cases", "Administrative inspection"),
    "levy": QT_TRANSLATE_NOOP("cases", "Levy and expropriation"),
}
INITIATIONS = {
    "ex_officio": QT_TRANSLATE_NOOP("cases", "Ex officio"),
    "application": QT_TRANSLATE_NOOP("cases", "On application"),
}
STAGES = {
    "initiation": QT_TRANSLATE_NOOP("cases", "Initiation"),
    "investigation": QT_TRANSLATE_NOOP("cases", "Investigation and evidence"),
    "decision": QT_TRANSLATE_NOOP("cases", "Review and decision"),
    "service_execution": QT_TRANSLATE_NOOP("cases", "Service and execution"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("cases", "In progress"),
    "ended": QT_TRANSLATE_NOOP("cases", "Ended, to be archived"),
    "archived": QT_TRANSLATE_NOOP("cases", "Archived"),
}
CONFIDENTIALITY = {
    "public": QT_TRANSLATE_NOOP("cases", "Public"),
    "internal": QT_TRANSLATE_NOOP("cases", "Internal"),
    "personal_privacy": QT_TRANSLATE_NOOP("cases", "Personal privacy"),
    "commercial_secret": QT_TRANSLATE_NOOP("cases", "Commercial secret"),
}
AV_REASONS = {
    "personal_freedom": QT_TRANSLATE_NOOP("cases", "Personal freedom"),
    "life_health": QT_TRANSLATE_NOOP("cases", "Life and health"),
    "major_property": QT_TRANSLATE_NOOP("cases", "Major property rights"),
    "venue": QT_TRANSLATE_NOOP("cases", "Case-handling venue"),
}
COMPLIANCE = {
    "unchecked": QT_TRANSLATE_NOOP("cases", "Not checked"),
    "ok": QT_TRANSLATE_NOOP("cases", "Compliant"),
    "warning": QT_TRANSLATE_NOOP("cases", "Warnings"),
    "error": QT_TRANSLATE_NOOP("cases", "Non-compliant"),
}
ITEM_STATUSES = {
    "recorded": QT_TRANSLATE_NOOP("cases", "Recorded"),
    "not_applicable": QT_TRANSLATE_NOOP("cases", "Not applicable"),
    "missing": QT_TRANSLATE_NOOP("cases", "Missing"),
}
SERVICE_METHODS = {
    "direct": QT_TRANSLATE_NOOP("cases", "Direct service"),
    "entrusted": QT_TRANSLATE_NOOP("cases", "Entrusted service"),
    "postal": QT_TRANSLATE_NOOP("cases", "Postal service"),
    "public_notice": QT_TRANSLATE_NOOP("cases", "Service by public notice"),
    "lien": QT_TRANSLATE_NOOP("cases", "Lien service"),
}
PARTY_KINDS = {
    "person": QT_TRANSLATE_NOOP("cases", "Person"),
    "organisation": QT_TRANSLATE_NOOP("cases", "Organisation"),
}


def label(table: dict[str, str], code: str, tr: Callable[[str, str], str] | None = None) -> str:
    """The translated name of a code (the code itself when unknown)."""
    text = table.get(code)
    if text is None:
        return code
    return tr(CONTEXT, text) if tr else text
