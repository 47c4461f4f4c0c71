"""End dates per rule, evidence A/V following its case, the editable schedule and the due list (Art. 25, 27)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from archive_core.retention import schedule
from archive_core.retention.schedule import RetentionFilter
from archive_core.spine.auth import Actor
from archive_core.spine.clock import add_months
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.spine.workstation import Workstation
from tests.retention.conftest import Factory

TODAY = date(2026, 6, 1)


def _status(ws: Workstation, actor: Actor, **kw: object) -> schedule.RetentionItem:
    return schedule.item_status(ws, actor, today=TODAY, **kw)  # type: ignore[arg-type]


def test_add_months_keeps_to_the_calendar() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 120) == date(2034, 2, 28)
    assert add_months(date(2010, 5, 20), 360) == date(2040, 5, 20)


def test_case_end_dates_follow_type_and_risk(ws: Workstation, archivist: Actor, factory: Factory) -> None:
    factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31))
    factory.case("冀罚〔2010〕2号", "penalty", ended=date(2010, 5, 20))
    factory.case("冀罚〔2010〕3号", "penalty", ended=date(2010, 5, 20), reasons=("major_property",))
    factory.case("冀强〔2012〕4号", "coercion", ended=date(2012, 1, 9), reasons=("personal_freedom",))
    factory.case("冀强〔2012〕5号", "coercion", ended=date(2012, 1, 9), reasons=("venue",))
    factory.case("冀罚〔2026〕6号", "penalty", ended=None)

    inspection = _status(ws, archivist, case_no="冀检〔2014〕1号")
    assert (inspection.rule_code, inspection.end, inspection.state) == ("case.inspection", date(2024, 3, 31), "due")
    ordinary = _status(ws, archivist, case_no="冀罚〔2010〕2号")
    assert (ordinary.rule_code, ordinary.end, ordinary.state) == ("case.penalty", date(2040, 5, 20), "running")
    major = _status(ws, archivist, case_no="冀罚〔2010〕3号")
    assert (major.rule_code, major.end, major.state) == ("case.penalty.high", None, "permanent")
    freedom = _status(ws, archivist, case_no="冀强〔2012〕4号")
    assert (freedom.rule_code, freedom.end, freedom.state) == ("case.coercion.high", None, "permanent")
    # A venue (Art. 20 (4)) is no risk ground: ordinary coercion, 30 years.
    venue = _status(ws, archivist, case_no="冀强〔2012〕5号")
    assert (venue.rule_code, venue.end) == ("case.coercion", date(2042, 1, 9))
    still_open = _status(ws, archivist, case_no="冀罚〔2026〕6号")
    assert (still_open.end, still_open.state) == (None, "not_started")


def test_av_end_dates_from_recording_time_or_the_case(ws: Workstation, archivist: Actor, factory: Factory) -> None:
    inspection = factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31))
    penalty = factory.case("冀罚〔2010〕2号", "penalty", ended=date(2010, 5, 20))
    # 23:00 and 01:00 in Beijing: the six months count from the local recording day.
    late = factory.media("DSJ_0001.MP4", datetime(2025, 8, 31, 15, 0, tzinfo=UTC))
    after_midnight = factory.media("DSJ_0002.MP4", datetime(2025, 8, 31, 17, 0, tzinfo=UTC))
    evidence_alone = factory.media("DSJ_0003.MP4", datetime(2020, 1, 1, tzinfo=UTC), evidence=True)
    with_inspection = factory.media("DSJ_0004.MP4", datetime(2014, 3, 1, tzinfo=UTC), evidence=True,
                                    case_id=inspection)
    with_penalty = factory.media("DSJ_0005.MP4", datetime(2010, 5, 1, tzinfo=UTC), case_id=penalty)

    a = _status(ws, archivist, media_id=late)
    assert (a.rule_code, a.counted_from, a.end, a.state) == ("media.non_evidence", date(2025, 8, 31),
                                                              date(2026, 2, 28), "due")
    b = _status(ws, archivist, media_id=after_midnight)
    assert (b.counted_from, b.end) == (date(2025, 9, 1), date(2026, 3, 1))
    c = _status(ws, archivist, media_id=evidence_alone)
    assert (c.end, c.state) == (None, "not_started")
    d = _status(ws, archivist, media_id=with_inspection)
    assert (d.end, d.state, d.follows_case) == (date(2024, 3, 31), "due", "冀检〔2014〕1号")
    e = _status(ws, archivist, media_id=with_penalty)
    assert (e.end, e.state, e.rule_code) == (date(2040, 5, 20), "running", "case.penalty")


def test_due_list_filters(ws: Workstation, archivist: Actor, sysadmin: Actor, factory: Factory) -> None:
    from archive_core.retention import holds

    inspection = factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31))
    factory.case("冀罚〔2010〕2号", "penalty", ended=date(2010, 5, 20))
    factory.case("冀检〔2020〕7号", "inspection", ended=date(2020, 7, 1))
    clip = factory.media("DSJ_0001.MP4", datetime(2025, 8, 31, 15, 0, tzinfo=UTC))
    factory.media("DSJ_0009.MP4", datetime(2026, 5, 1, tzinfo=UTC))
    factory.media("DSJ_0004.MP4", datetime(2014, 3, 1, tzinfo=UTC), case_id=inspection)

    due = schedule.due_list(ws, archivist, RetentionFilter(due_before=TODAY), today=TODAY)
    assert [(i.kind, i.label, i.end) for i in due] == [
        ("case", "冀检〔2014〕1号", date(2024, 3, 31)), ("media", "DSJ_0001.MP4", date(2026, 2, 28))]
    later = schedule.due_list(ws, archivist, RetentionFilter(due_before=date(2030, 12, 31)), today=TODAY)
    assert [i.label for i in later] == ["冀检〔2014〕1号", "DSJ_0001.MP4", "DSJ_0009.MP4", "冀检〔2020〕7号"]
    only_media = schedule.due_list(ws, archivist, RetentionFilter(due_before=TODAY, category="media"), today=TODAY)
    assert [i.id for i in only_media] == [clip]

    holds.add_hold(ws, sysadmin, case_no="冀检〔2020〕7号", reason="行政复议中")
    held = schedule.due_list(ws, archivist, RetentionFilter(due_before=TODAY, held=True), today=TODAY)
    assert [(i.label, i.state) for i in held] == [("冀检〔2020〕7号", "held")]
    not_held = schedule.due_list(ws, archivist, RetentionFilter(due_before=date(2030, 12, 31), held=False),
                                  today=TODAY)
    assert "冀检〔2020〕7号" not in [i.label for i in not_held]


def test_schedule_is_data_the_system_administrator_edits(ws: Workstation, archivist: Actor, sysadmin: Actor,
                                                         factory: Factory) -> None:
    factory.case("冀检〔2014〕1号", "inspection", ended=date(2014, 3, 31))
    codes = [r.code for r in schedule.rules(ws, archivist)]
    assert codes[:2] == ["case.coercion.high", "case.penalty.high"] and "media.non_evidence" in codes

    with pytest.raises(PermissionDeniedError):
        schedule.edit_rule(ws, archivist, "case.inspection", months=180)
    changed = schedule.edit_rule(ws, sysadmin, "case.inspection", months=180)
    assert changed.months == 180
    assert _status(ws, archivist, case_no="冀检〔2014〕1号").end == date(2029, 3, 31)

    with pytest.raises(ValidationError, match="at least six months"):
        schedule.edit_rule(ws, sysadmin, "media.non_evidence", months=3)
    assert {r.code: r.months for r in schedule.rules(ws, archivist)}["media.non_evidence"] == 6

    # Deactivating the specific rule lets the general one apply.
    schedule.edit_rule(ws, sysadmin, "case.inspection", active=False)
    status = _status(ws, archivist, case_no="冀检〔2014〕1号")
    assert (status.rule_code, status.end) == ("case.other", date(2044, 3, 31))
    schedule.edit_rule(ws, sysadmin, "case.other", months=None)
    assert _status(ws, archivist, case_no="冀检〔2014〕1号").state == "permanent"
