"""真实性 checks: metadata values valid, content agreeing with its metadata, located where it says, digests, trail."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from archive_core.archiving.four_properties.engine import CheckContext, Problem, Property, check
from archive_core.spine import clock
from archive_core.spine.errors import QT_TRANSLATE_NOOP

HEX64 = re.compile(r"^[0-9a-f]{64}$")
RETENTION_CODES = {"Y", "Y30", "Y10", "D30", "D10"}
# Containers round their duration to the frame or the audio packet: a difference below this is not a disagreement.
DURATION_TOLERANCE_S = 0.5
TEXT_LIMITS = {"archive_code": 96, "title": 512, "doc_no": 96, "fonds": 32}
P = Property.AUTHENTICITY


def _bad(ctx: CheckContext, file: str, field: str, value: Any, rule: str) -> Problem:
    return ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{file}: {field} = {value!r} is not valid ({rule})."),
                       file, file=file, field=field, value=value, rule=rule)


@check("ZS-01", P, title=QT_TRANSLATE_NOOP("four_properties", "Metadata types, lengths and value ranges"))
def metadata_values(ctx: CheckContext) -> Iterator[Problem]:
    s, today = ctx.subject, clock.today()
    meta = s.metadata
    for key, limit in TEXT_LIMITS.items():
        value = meta.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            yield _bad(ctx, s.label, key, value, f"text ≤ {limit}")
    year = meta.get("year")
    if year is not None and (not isinstance(year, int) or not 1949 <= year <= today.year + 1):
        yield _bad(ctx, s.label, "year", year, f"1949–{today.year + 1}")
    if "retention" in meta and meta["retention"] not in RETENTION_CODES:
        yield _bad(ctx, s.label, "retention", meta["retention"], "/".join(sorted(RETENTION_CODES)))
    seq = meta.get("seq")
    if seq is not None and (not isinstance(seq, int) or seq < 1):
        yield _bad(ctx, s.label, "seq", seq, "≥ 1")
    filed, ended = meta.get("filed_on"), meta.get("action_ended_at")
    if isinstance(filed, date) and isinstance(ended, date) and filed < ended:
        yield _bad(ctx, s.label, "filed_on", filed.isoformat(), "≥ action_ended_at")
    for item in s.items:
        m = item.metadata
        if not isinstance(item.number, int) or item.number < 1:
            yield _bad(ctx, item.name, "number", item.number, "≥ 1")
        for key in ("title", "doc_no"):
            value = m.get(key)
            if value is not None and (not isinstance(value, str) or len(value) > TEXT_LIMITS[key]):
                yield _bad(ctx, item.name, key, value, f"text ≤ {TEXT_LIMITS[key]}")
        day = m.get("item_date")
        if day is not None and (not isinstance(day, date) or day > today):
            yield _bad(ctx, item.name, "item_date", day, "a date not in the future")
        pages = m.get("pages")
        if pages is not None and (not isinstance(pages, int) or pages < (1 if item.kind == "document" else 0)):
            yield _bad(ctx, item.name, "pages", pages, "≥ 1" if item.kind == "document" else "≥ 0")
        for key in ("seconds", "duration"):
            value = m.get(key)
            if value is not None and (not isinstance(value, int | float) or value < 0):
                yield _bad(ctx, item.name, key, value, "≥ 0")
        if item.electronic:
            if not HEX64.match(item.sha256):
                yield _bad(ctx, item.name, "sha256", item.sha256, "64 hexadecimal digits")
            if not HEX64.match(item.sm3):
                yield _bad(ctx, item.name, "sm3", item.sm3, "64 hexadecimal digits")


def _differs(catalogued: float, found: float) -> bool:
    return abs(catalogued - found) > DURATION_TOLERANCE_S


@check("ZS-02", P, title=QT_TRANSLATE_NOOP("four_properties", "Content properties agree with the metadata"))
def content_agrees(ctx: CheckContext) -> Iterator[Problem]:
    compared = 0
    for item in ctx.subject.items:
        facts = ctx.facts.of(item)
        if not item.electronic or not facts.present:
            continue  # WZ-03 reports missing content
        m = item.metadata
        kind = facts.format
        if kind.startswith("mp4") or kind in ("mp3", "wav", "aac"):
            media = facts.media
            if media.problem is not None:
                continue  # KY-01 reports content that does not open
            compared += 1
            for key in ("duration", "seconds"):
                want = m.get(key)
                if isinstance(want, int | float) and media.duration is not None and _differs(want, media.duration):
                    yield ctx.problem(QT_TRANSLATE_NOOP(
                        "four_properties", "{file}: the metadata gives {field} {want:.1f} s, the content lasts "
                                           "{found:.1f} s."), item.name, file=item.name, field=key, want=float(want),
                        found=media.duration)
            for key, found in (("video_codec", media.video_codec), ("audio_codec", media.audio_codec),
                               ("width", media.width), ("height", media.height)):
                want = m.get(key)
                if want not in (None, "") and want != found:
                    yield ctx.problem(QT_TRANSLATE_NOOP(
                        "four_properties", "{file}: the metadata gives {field} {want}, the content has {found}."),
                        item.name, file=item.name, field=key, want=want, found=found or "—")
        elif kind == "pdf":
            pdf = facts.pdf
            if pdf.pages is None:
                continue
            compared += 1
            want = m.get("pages")
            if isinstance(want, int) and want != pdf.pages:
                yield ctx.problem(QT_TRANSLATE_NOOP(
                    "four_properties", "{file}: the metadata gives {want} pages, the PDF has {found}."),
                    item.name, file=item.name, want=want, found=pdf.pages)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} content files agree with their metadata."), n=compared)


@check("ZS-03", P, title=QT_TRANSLATE_NOOP("four_properties", "Content is where the metadata locates it"))
def located(ctx: CheckContext) -> Iterator[Problem]:
    n = 0
    for item in ctx.subject.items:
        if not item.electronic:
            continue
        n += 1
        if item.content is None or str(item.content) != item.location or not item.content.is_file():
            yield ctx.problem(QT_TRANSLATE_NOOP(
                "four_properties", "{file}: the metadata locates the content at {location}, it is not there."),
                item.name, file=item.name, location=item.location)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} content files are where their metadata says."), n=n)


@check("ZS-04", P, title=QT_TRANSLATE_NOOP("four_properties", "SHA-256 and SM3 digests match"))
def digests_match(ctx: CheckContext) -> Iterator[Problem]:
    n = 0
    for item in ctx.subject.items:
        digests = ctx.facts.of(item).digests if item.electronic else None
        if digests is None:
            continue
        n += 1
        for algo, want, found in (("SHA-256", item.sha256, digests.sha256), ("SM3", item.sm3, digests.sm3)):
            if want != found:
                yield ctx.problem(QT_TRANSLATE_NOOP(
                    "four_properties", "{file}: {algo} is {found}, the metadata declares {want}."),
                    item.name, file=item.name, algo=algo, found=found, want=want)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "{n} files: SHA-256 and SM3 as declared."), n=n)


@check("ZS-05", P, title=QT_TRANSLATE_NOOP("four_properties", "Metadata unchanged since it was audited"))
def metadata_as_audited(ctx: CheckContext) -> Iterator[Problem]:
    if ctx.subject.trail is None:
        raise ctx.not_applicable(QT_TRANSLATE_NOOP("four_properties", "The subject carries no audit trail."))
    for text in ctx.subject.trail().record_problems:
        yield ctx.problem(QT_TRANSLATE_NOOP("four_properties", "{problem}"), ctx.subject.label, problem=text)
    ctx.passed(QT_TRANSLATE_NOOP("four_properties", "Every catalogue row matches the digests in the audit trail."))
