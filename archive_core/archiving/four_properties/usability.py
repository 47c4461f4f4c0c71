"""可用性 checks: every content file opens, its format is on the allowed list, no encryption or private compression."""

from __future__ import annotations

from collections.abc import Iterator

from archive_core.archiving.four_properties.content import ItemFacts
from archive_core.archiving.four_properties.engine import CheckContext, Problem, Property, check
from archive_core.spine.errors import QT_TRANSLATE_NOOP

P = Property.USABILITY


def _present(ctx: CheckContext) -> Iterator[tuple[str, ItemFacts]]:
    for item in ctx.subject.items:
        facts = ctx.facts.of(item)
        if item.electronic and facts.present:
            yield item.name, facts


@check("KY-01", P, title=QT_TRANSLATE_NOOP("four_properties", "Every content file opens"))
def content_opens(ctx: CheckContext) -> Iterator[Problem]:
    n = 0
    for _name, facts in _present(ctx):
        n += 1
        problem = facts.opens()
        if problem is not None:
            yield problem
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} files open (audio and video decoded for {frames} frames, "
                                                    "PDFs rendered, images read)."),
               n=n, frames=ctx.settings.decode_frames)


@check("KY-02", P, title=QT_TRANSLATE_NOOP("four_properties", "Formats on the allowed list"))
def allowed_format(ctx: CheckContext) -> Iterator[Problem]:
    allowed = ctx.settings.allowed_formats
    n = 0
    for name, facts in _present(ctx):
        n += 1
        kind = facts.format
        if kind not in allowed:
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: the format {format} is not on the "
                                                                   "allowed list ({allowed})."),
                              name, file=name, format=kind or "?", allowed="、".join(sorted(allowed)))
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} files in allowed formats ({allowed})."),
               n=n, allowed="、".join(sorted(allowed)))


@check("KY-03", P, title=QT_TRANSLATE_NOOP("four_properties", "No encryption and no non-public compression"))
def not_encrypted(ctx: CheckContext) -> Iterator[Problem]:
    for name, facts in _present(ctx):
        kind = facts.format
        if kind == "pdf" and facts.pdf.encrypted:
            yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file} is an encrypted PDF."), name, file=name)
        elif kind in ("zip", "ofd") and facts.zip_problem is not None:
            yield facts.zip_problem
