"""完整性 checks: required elements present, numbers without gaps, every entry with its content and back, history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from archive_core.archiving.four_properties.engine import CheckContext, Problem, Property, check
from archive_core.spine.errors import QT_TRANSLATE_NOOP

# The elements a volume and each kind of entry must have (DA/T 46 for text, DA/T 63 for audio-visual records).
REQUIRED = {
    "volume": ("archive_code", "fonds", "year", "retention", "seq", "title", "filed_on"),
    "document": ("title", "item_date", "pages"),
    "media": ("title", "item_date", "seconds", "format"),
}
# Their names in a report: the element's name as people know it, with the element itself.
ELEMENT_NAMES = (
    QT_TRANSLATE_NOOP("four_properties", "archive_code"), QT_TRANSLATE_NOOP("four_properties", "fonds"),
    QT_TRANSLATE_NOOP("four_properties", "year"), QT_TRANSLATE_NOOP("four_properties", "retention"),
    QT_TRANSLATE_NOOP("four_properties", "seq"), QT_TRANSLATE_NOOP("four_properties", "title"),
    QT_TRANSLATE_NOOP("four_properties", "filed_on"), QT_TRANSLATE_NOOP("four_properties", "item_date"),
    QT_TRANSLATE_NOOP("four_properties", "pages"), QT_TRANSLATE_NOOP("four_properties", "seconds"),
    QT_TRANSLATE_NOOP("four_properties", "format"),
)
P = Property.INTEGRITY


def _missing(value: object) -> bool:
    return value is None or value == "" or value == ()


@check("WZ-01", P, title=QT_TRANSLATE_NOOP("four_properties", "Required metadata elements present"))
def required_elements(ctx: CheckContext) -> Iterator[Problem]:
    s = ctx.subject
    for key in REQUIRED["volume"]:
        if _missing(s.metadata.get(key)):
            yield Problem(QT_TRANSLATE_NOOP("four_properties", "{file}: the element {field} is missing."),
                          {"file": s.label, "field": key}, s.label, ("field",))
    for item in s.items:
        for key in REQUIRED.get(item.kind, ()):
            if _missing(item.metadata.get(key)):
                yield Problem(QT_TRANSLATE_NOOP("four_properties", "{file}: the element {field} is missing."),
                              {"file": item.name, "field": key}, item.name, ("field",))


def _gaps(numbers: Iterable[int]) -> tuple[list[int], list[int]]:
    """Numbers missing from 1..max, and numbers given twice."""
    counts = Counter(numbers)
    top = max(counts, default=0)
    return [n for n in range(1, top + 1) if n not in counts], sorted(n for n, c in counts.items() if c > 1)


@check("WZ-02", P, title=QT_TRANSLATE_NOOP("four_properties", "Archive codes and item numbers without gaps"))
def numbered_without_gaps(ctx: CheckContext) -> Iterator[Problem]:
    s = ctx.subject
    missing, twice = _gaps(i.number for i in s.items)
    if missing:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: item numbers {numbers} are missing."),
                          s.label, file=s.label, numbers="、".join(map(str, missing)))
    if twice:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: item numbers {numbers} are given twice."),
                          s.label, file=s.label, numbers="、".join(map(str, twice)))
    missing, twice = _gaps(s.siblings)
    scope = f"{s.metadata.get('fonds', '')}-{s.metadata.get('year', '')}-{s.metadata.get('retention', '')}"
    if missing:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{scope}: volume numbers {numbers} are missing."),
                          s.label, scope=scope, numbers="、".join(map(str, missing)))
    if twice:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{scope}: volume numbers {numbers} are given twice."),
                          s.label, scope=scope, numbers="、".join(map(str, twice)))
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "Items 1–{items} and volumes 1–{volumes} of {scope}, "
                                                    "without gaps."),
               items=len(s.items), volumes=len(s.siblings), scope=scope)


@check("WZ-03", P, title=QT_TRANSLATE_NOOP("four_properties", "Every entry has its content, no content without "
                                                              "an entry"))
def entries_and_content(ctx: CheckContext) -> Iterator[Problem]:
    s = ctx.subject
    electronic = 0
    for item in s.items:
        if not item.electronic:
            continue
        electronic += 1
        facts = ctx.facts.of(item)
        if not facts.present:
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: the content is missing."), item.name,
                              file=item.name)
        elif item.size is not None and facts.digests is not None and facts.digests.size != item.size:
            yield ctx.problem(QT_TRANSLATE_NOOP(
                "four_properties", "{file}: the content has {found} bytes, the metadata declares {want}."),
                item.name, file=item.name, found=facts.digests.size, want=item.size)
    for name in s.stray:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: content without an entry."), name, file=name)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} entries with electronic content, {paper} on paper only; "
                                                    "no content without an entry."),
               n=electronic, paper=len(s.items) - electronic)


@check("WZ-04", P, title=QT_TRANSLATE_NOOP("four_properties", "Management history present"))
def history_present(ctx: CheckContext) -> Iterator[Problem]:
    known = [i for i in ctx.subject.items if i.history is not None]
    if not known:
        raise ctx.not_applicable(QT_TRANSLATE_NOOP("four_properties", "The subject records no management history."))
    for item in known:
        if not item.history:
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: no management history is recorded."),
                              item.name, file=item.name)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{events} history events for {n} entries."),
               events=sum(i.history or 0 for i in known), n=len(known))
