"""Display names of case codes (types, stages, statuses …): English sources, Chinese in cases.ts (context "cases")."""

from __future__ import annotations

from collections.abc import Callable

from archive_core.errors import QT_TRANSLATE_NOOP as N

CONTEXT = "cases"

ENFORCEMENT_TYPES = {
    "penalty": N("cases", "Administrative penalty"),
    "licensing": N("cases", "Administrative licensing"),
    "coercion": N("cases", "Coercive measure"),
    "inspection": N("cases", "Administrative inspection"),
    "levy": N("cases", "Levy and expropriation"),
}
INITIATIONS = {
    "ex_officio": N("cases", "Ex officio"),
    "application": N("cases", "On application"),
}
STAGES = {
    "initiation": N("cases", "Initiation"),
    "investigation": N("cases", "Investigation and evidence"),
    "decision": N("cases", "Review and decision"),
    "service_execution": N("cases", "Service and execution"),
}
STATUSES = {
    "open": N("cases", "In progress"),
    "ended": N("cases", "Ended, to be archived"),
    "archived": N("cases", "Archived"),
}
CONFIDENTIALITY = {
    "public": N("cases", "Public"),
    "internal": N("cases", "Internal"),
    "personal_privacy": N("cases", "Personal privacy"),
    "commercial_secret": N("cases", "Commercial secret"),
}
AV_REASONS = {
    "personal_freedom": N("cases", "Personal freedom"),
    "life_health": N("cases", "Life and health"),
    "major_property": N("cases", "Major property rights"),
    "venue": N("cases", "Case-handling venue"),
}
COMPLIANCE = {
    "unchecked": N("cases", "Not checked"),
    "ok": N("cases", "Compliant"),
    "warning": N("cases", "Warnings"),
    "error": N("cases", "Non-compliant"),
}
ITEM_STATUSES = {
    "recorded": N("cases", "Recorded"),
    "not_applicable": N("cases", "Not applicable"),
    "missing": N("cases", "Missing"),
}
SERVICE_METHODS = {
    "direct": N("cases", "Direct service"),
    "entrusted": N("cases", "Entrusted service"),
    "postal": N("cases", "Postal service"),
    "public_notice": N("cases", "Service by public notice"),
    "lien": N("cases", "Lien service"),
}
PARTY_KINDS = {
    "person": N("cases", "Person"),
    "organisation": N("cases", "Organisation"),
}


def label(table: dict[str, str], code: str, tr: Callable[[str, str], str] | None = None) -> str:
    """The translated name of a code (the code itself when unknown)."""
    text = table.get(code)
    if text is None:
        return code
    return tr(CONTEXT, text) if tr else text
