"""The 四性检测 engine: checks register with a code, a property and their occasions; a subject is checked at one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import import_module
from pathlib import Path
from typing import Any

from archive_core.spine.errors import QT_TRANSLATE_NOOP

CONTEXT = "four_properties"
Translate = Callable[[str, str], str]


def _plain(_context: str, text: str) -> str:
    return text


class Property(StrEnum):
    AUTHENTICITY = "authenticity"  # 真实性
    INTEGRITY = "integrity"        # 完整性
    USABILITY = "usability"        # 可用性
    SECURITY = "security"          # 安全性


class Occasion(StrEnum):
    FILING = "filing"      # 归档
    TRANSFER = "transfer"  # 移交
    RECEIPT = "receipt"    # 接收
    STORAGE = "storage"    # 长期保存


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    NOT_CHECKED = "not_checked"  # could not be checked here (e.g. no virus signatures): never counted as passed


PROPERTY_LABELS = {
    Property.AUTHENTICITY: QT_TRANSLATE_NOOP("four_properties", "Authenticity"),
    Property.INTEGRITY: QT_TRANSLATE_NOOP("four_properties", "Integrity"),
    Property.USABILITY: QT_TRANSLATE_NOOP("four_properties", "Usability"),
    Property.SECURITY: QT_TRANSLATE_NOOP("four_properties", "Security"),
}
OCCASION_LABELS = {
    Occasion.FILING: QT_TRANSLATE_NOOP("four_properties", "Filing"),
    Occasion.TRANSFER: QT_TRANSLATE_NOOP("four_properties", "Transfer"),
    Occasion.RECEIPT: QT_TRANSLATE_NOOP("four_properties", "Receipt"),
    Occasion.STORAGE: QT_TRANSLATE_NOOP("four_properties", "Long-term storage"),
}
OUTCOME_LABELS = {
    Outcome.PASS: QT_TRANSLATE_NOOP("four_properties", "Pass"),
    Outcome.FAIL: QT_TRANSLATE_NOOP("four_properties", "Fail"),
    Outcome.NOT_APPLICABLE: QT_TRANSLATE_NOOP("four_properties", "Not applicable"),
    Outcome.NOT_CHECKED: QT_TRANSLATE_NOOP("four_properties", "Not checked"),
}
ALL_OCCASIONS = frozenset(Occasion)


@dataclass(frozen=True)
class SubjectItem:
    """One entry of what is checked, as a catalogue or a package's metadata describes it, and where its content is.

    ``metadata`` holds the entry's described facts (title, item_date, pages, seconds, duration, video_codec,
    audio_codec, width, height, …); ``content`` the file (None: it is not there); ``location`` where the metadata
    says the content is kept; ``sha256``/``sm3``/``size`` and ``declared_format`` what the metadata declares."""

    number: int
    kind: str  # document | media
    name: str
    metadata: Mapping[str, Any]
    content: Path | None
    location: str
    sha256: str
    sm3: str
    size: int | None
    declared_format: str = ""
    history: int | None = None  # management-history events about the entry; None: the subject cannot tell

    @property
    def electronic(self) -> bool:
        """Whether the entry declares electronic content (a paper document has none)."""
        return bool(self.sha256)


@dataclass(frozen=True)
class TrailVerdict:
    """The subject's audit trail: the hash chain and signed checkpoints, and the catalogue rows against it."""

    chain_problems: tuple[str, ...]
    record_problems: tuple[str, ...]
    events: int


@dataclass(frozen=True)
class Subject:
    """What a check looks at: a filed volume in the catalogue and vault now, a package folder later.

    ``siblings``: item numbers of the volumes of the same fonds, year and retention (this one's included);
    ``stray``: content found without an entry; ``trail``: verifies the audit trail when asked (None: none)."""

    kind: str  # volume | package
    label: str
    metadata: Mapping[str, Any]
    items: tuple[SubjectItem, ...]
    siblings: tuple[int, ...] = ()
    stray: tuple[str, ...] = ()
    trail: Callable[[], TrailVerdict] | None = None


@dataclass(frozen=True)
class Settings:
    allowed_formats: frozenset[str]
    clamscan: str | None          # the program, None when not installed
    signatures: Path | None       # ClamAV signature folder, None when there is none
    signatures_missing: Problem | None = None  # why there are none
    decode_frames: int = 5


@dataclass(frozen=True)
class Problem:
    """One thing wrong, in one file or entry: an English template (context "four_properties") over params."""

    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    file: str = ""
    translated: tuple[str, ...] = ()  # params that are themselves texts of the catalogue (an element's name)

    def text(self, tr: Translate = _plain) -> str:
        params = {k: tr(CONTEXT, v) if k in self.translated else v for k, v in self.params.items()}
        return tr(CONTEXT, self.message).format(**params)


@dataclass(frozen=True)
class CheckResult:
    code: str
    property: Property
    title: str
    outcome: Outcome
    reason: Problem
    problems: tuple[Problem, ...] = ()

    def as_dict(self, tr: Translate = _plain) -> dict[str, Any]:
        return {"code": self.code, "property": self.property.value,
                "property_label": tr(CONTEXT, PROPERTY_LABELS[self.property]), "title": tr(CONTEXT, self.title),
                "outcome": self.outcome.value, "outcome_label": tr(CONTEXT, OUTCOME_LABELS[self.outcome]),
                "reason": self.reason.text(tr),
                "problems": [{"file": p.file, "message": p.text(tr)} for p in self.problems]}


class Skip(Exception):
    """Raised by a check that does not apply here or cannot run: its outcome and reason."""

    def __init__(self, outcome: Outcome, message: str, **params: Any) -> None:
        super().__init__(message)
        self.outcome, self.problem = outcome, Problem(message, params)


@dataclass
class CheckContext:
    subject: Subject
    occasion: Occasion
    settings: Settings
    facts: Any  # the content facts read once per run (content.Facts), shared by the checks
    summary: Problem | None = None

    def problem(self, message: str, at: str = "", **params: Any) -> Problem:
        """A problem found in the file or entry ``at``."""
        return Problem(message, params, at)

    def passed(self, message: str, **params: Any) -> None:
        """What the report says when the check finds nothing."""
        self.summary = Problem(message, params)

    def not_applicable(self, message: str, **params: Any) -> Skip:
        return Skip(Outcome.NOT_APPLICABLE, message, **params)

    def not_checked(self, message: str, **params: Any) -> Skip:
        return Skip(Outcome.NOT_CHECKED, message, **params)


@dataclass(frozen=True)
class Check:
    code: str
    property: Property
    title: str
    occasions: frozenset[Occasion]
    fn: Callable[[CheckContext], Iterable[Problem]]
    module: str


_CHECKS: dict[str, Check] = {}
# Modules whose import registers checks (one per property).
CHECK_MODULES = [
    "archive_core.archiving.four_properties.authenticity",
    "archive_core.archiving.four_properties.integrity",
    "archive_core.archiving.four_properties.usability",
    "archive_core.archiving.four_properties.security",
]
_ORDER = list(Property)


def check(code: str, prop: Property, *, title: str, occasions: Iterable[Occasion] = ALL_OCCASIONS,
          ) -> Callable[[Callable[[CheckContext], Iterable[Problem]]], Callable[[CheckContext], Iterable[Problem]]]:
    """Register a check: ``@check("ZS-04", Property.AUTHENTICITY, title=…, occasions=…)``. The function yields
    ``ctx.problem(message, file=…, **params)`` for each problem found (none: passed), and may set the pass text
    with ``ctx.passed(…)`` or raise ``ctx.not_applicable(…)`` / ``ctx.not_checked(…)``."""

    def register(fn: Callable[[CheckContext], Iterable[Problem]]) -> Callable[[CheckContext], Iterable[Problem]]:
        if code in _CHECKS and _CHECKS[code].fn is not fn:
            raise ValueError(f"check {code} is registered twice")
        _CHECKS[code] = Check(code, prop, title, frozenset(occasions), fn, fn.__module__)
        return fn

    return register


def checks(occasion: Occasion | None = None) -> list[Check]:
    for name in CHECK_MODULES:
        import_module(name)
    return sorted((c for c in _CHECKS.values() if occasion is None or occasion in c.occasions),
                  key=lambda c: (_ORDER.index(c.property), c.code))


DEFAULT_PASS = QT_TRANSLATE_NOOP("four_properties", "No problem found in {items} entries.")


def run(subject: Subject, occasion: Occasion, settings: Settings, facts: Any) -> list[CheckResult]:
    """Every check of the occasion over the subject, in the order of the four properties."""
    results = []
    for c in checks(occasion):
        ctx = CheckContext(subject, occasion, settings, facts)
        try:
            found = tuple(c.fn(ctx))
        except Skip as skip:
            results.append(CheckResult(c.code, c.property, c.title, skip.outcome, skip.problem))
            continue
        if found:
            results.append(CheckResult(c.code, c.property, c.title, Outcome.FAIL,
                                       Problem(QT_TRANSLATE_NOOP("four_properties", "{n} problems found."),
                                               {"n": len(found)}), found))
        else:
            results.append(CheckResult(c.code, c.property, c.title, Outcome.PASS,
                                       ctx.summary or Problem(DEFAULT_PASS, {"items": len(subject.items)})))
    return results


def failed(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.outcome is Outcome.FAIL]
