"""A/V rules: ingest within 24 hours (Art. 24), explained interruptions (Art. 23), damaged clips, and the A/V
coverage that the Art. 20 rule reads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, select

from archive_core.av.deadline import ClockState
from archive_core.av.interruptions import find_gaps
from archive_core.cases.compliance.engine import QT_TRANSLATE_NOOP, Finding, RuleContext, Severity, av_coverage, rule
from archive_core.spine import clock
from models.av import Damage, MediaRecord

N = QT_TRANSLATE_NOOP


@av_coverage
def stages_with_av(ctx: RuleContext) -> Select[Any]:
    """(case, stage) pairs that have a playable A/V record (Art. 20)."""
    stmt: Any = select(MediaRecord.case_id, MediaRecord.stage).where(
        MediaRecord.case_id.is_not(None), MediaRecord.damage == Damage.NONE.value, ctx.scoped(MediaRecord.case_id))
    return stmt


@rule("art24.ingest_deadline", article="24", severity=Severity.ERROR,
      title=N("compliance", "A/V records are stored within 24 hours of recording (or of the return to the agency)"))
def ingested_within_24h(ctx: RuleContext) -> Iterator[Finding]:
    rows = ctx.session.execute(
        select(MediaRecord.id, MediaRecord.case_id, MediaRecord.stage, MediaRecord.original_name,
               MediaRecord.recorded_end, MediaRecord.ingested_at, MediaRecord.due_at)
        .where(MediaRecord.clock_state == ClockState.LATE.value, MediaRecord.case_id.is_not(None),
               ctx.scoped(MediaRecord.case_id)).order_by(MediaRecord.id))
    for mid, cid, stage, name, ended, ingested, due in rows:
        hours = round((ingested - due).total_seconds() / 3600, 1) if due else 0
        yield ctx.finding(
            cid or 0, N("compliance", "A/V record {name} was stored {hours} h after its 24-hour deadline "
                                 "(recorded until {ended}, stored {ingested})."),
            N("compliance", "Record the reason in the case file; if the officers were on continuous, off-site or "
                            "remote-area enforcement, record the exception with their return time."),
            stage=stage, record_id=mid, name=name, hours=hours, ended=_local(ended), ingested=_local(ingested))


@rule("art23.interruption", article="23", severity=Severity.ERROR,
      title=N("compliance", "Every interruption of recording is explained by voice or in writing signed by two "
                            "officers"))
def interruptions_explained(ctx: RuleContext) -> Iterator[Finding]:
    for gap in find_gaps(ctx.session, ctx.case_ids):
        if gap.explanation is None:
            yield ctx.finding(
                gap.case_id, N("compliance", "Recording on device {device} stopped for {minutes} min between {before} "
                                             "and {after} ({start} – {end}) with no explanation."),
                N("compliance", "Record the voice explanation's time in the next clip, or a written explanation "
                                "signed by at least two officers."),
                stage=gap.stage, record_id=gap.after_id, device=gap.device, minutes=round(gap.seconds / 60, 1),
                before=gap.before_name, after=gap.after_name, start=_local(gap.start), end=_local(gap.end))


@rule("art24.damaged_record", article="24", severity=Severity.WARNING,
      title=N("compliance", "A/V records linked to a case can be played"))
def damaged_records(ctx: RuleContext) -> Iterator[Finding]:
    rows = ctx.session.execute(
        select(MediaRecord.id, MediaRecord.case_id, MediaRecord.stage, MediaRecord.original_name)
        .where(MediaRecord.damage != Damage.NONE.value, MediaRecord.case_id.is_not(None),
               ctx.scoped(MediaRecord.case_id)))
    for mid, cid, stage, name in rows:
        yield ctx.finding(cid or 0, N("compliance", "A/V record {name} is damaged and cannot be played."),
                          N("compliance", "Copy it again from the device if it still holds it; otherwise record "
                                          "the damage in the case file."),
                          stage=stage, record_id=mid, name=name)


def _local(value: Any) -> str:
    return clock.fmt(value, clock.READ_MINUTE, empty="?")
