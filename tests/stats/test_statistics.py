"""Every figure of the statistics pack against the hand count of the fixture (see conftest.py)."""

from __future__ import annotations

import pytest

from archive_core.spine.errors import PermissionDeniedError, ValidationError
from archive_core.stats import statistics
from tests.stats.conftest import UNIT_A, UNIT_B


def pack(ws, actor, world, unit=""):
    return statistics.statistics_pack(ws, actor, world.start, world.today, unit, today=world.today, now=world.now)


def test_cases_by_type_stage_status_and_unit(ws, supervisor, world):
    p = pack(ws, supervisor, world)
    # C5 opened before the period; the other five are in it.
    assert p.cases == 5
    assert p.by_type_stage == {"penalty": {"decision": 1, "service_execution": 1},
                               "inspection": {"service_execution": 1},
                               "coercion": {"investigation": 1, "service_execution": 1}}
    assert p.by_status == {"open": 2, "ended": 1, "archived": 2}  # C1 C4 | C6 | C2 C3
    assert p.by_unit == {UNIT_A: 3, UNIT_B: 2}


def test_completeness_by_stage(ws, supervisor, world):
    c = pack(ws, supervisor, world).completeness
    # initiation: C1 8.1a 8.1b N/A, C2 the same; C3, C4, C6 8.1a 8.1b missing (C4's initiation is behind it).
    assert (c["initiation"].recorded, c["initiation"].not_applicable, c["initiation"].missing) == (0, 4, 6)
    # investigation (passed by C1, C2, C3, C6): C1 9.1 recorded, 9.3 N/A, 9.2 9.9a 9.9b missing; C2 five N/A;
    # C3 (inspection) 9.1 9.3 missing; C6 (coercion) 9.1 9.2 9.3 9.8 9.9a 9.9b missing.
    assert (c["investigation"].recorded, c["investigation"].not_applicable, c["investigation"].missing) == (1, 6, 11)
    # decision (C2 C3 C6 ended): C2 four N/A; C3 10.1 10.2 10.5; C6 10.1 10.2 10.3 10.5.
    assert (c["decision"].recorded, c["decision"].not_applicable, c["decision"].missing) == (0, 4, 7)
    # service: C2 two N/A; C3 11.1; C6 11.1 11.2.
    assert (c["service_execution"].recorded, c["service_execution"].not_applicable,
            c["service_execution"].missing) == (0, 2, 3)
    assert c["investigation"].rate == round(7 / 18, 4)
    total = pack(ws, supervisor, world).completeness_total
    assert (total.recorded + total.not_applicable, total.total) == (1 + 16, 17 + 27)


def test_av_coverage_of_mandatory_cases(ws, supervisor, world):
    av = pack(ws, supervisor, world).av_coverage
    assert (av.mandatory, av.due, av.covered) == (2, 2, 1)
    assert av.uncovered == (world.nos["C4"],)
    assert av.rate == 0.5


def test_ingest_timeliness(ws, supervisor, world):
    p = pack(ws, supervisor, world)
    assert p.ingest.by_state == {"on_time": 2, "late": 2}  # K1 K3 | K2 K4
    assert p.ingest.rate == 0.5
    a = pack(ws, supervisor, world, UNIT_A).ingest  # K1 (C6), K2 (C1)
    assert a.by_state == {"on_time": 1, "late": 1}
    assert pack(ws, supervisor, world, UNIT_B).ingest.total == 0


def test_archiving_timeliness(ws, supervisor, world):
    arch = pack(ws, supervisor, world).archiving
    # Ended in the period: C2 filed in 20 days, C3 in 50, C5 overdue, C6 due in 5 days.
    assert arch.by_state == {"pending": 0, "due_soon": 1, "overdue": 1, "filed": 1, "filed_late": 1}
    assert arch.average_days == 35.0
    assert arch.rate == round(1 / 3, 4)
    b = pack(ws, supervisor, world, UNIT_B).archiving
    assert b.by_state["filed_late"] == 1 and b.total == 1


def test_findings_by_article(ws, supervisor, world):
    p = pack(ws, supervisor, world)
    assert p.findings == {
        "8": {"error": 6},     # C3 C4 C6: 8.1a 8.1b
        "9": {"error": 11},    # C1 three, C3 two, C6 six missing items
        "10": {"error": 7},    # C3 three, C6 four
        "11": {"error": 3},    # C3 one, C6 two
        "20": {"error": 1},    # C4 without A/V
        "24": {"error": 1},    # K2 stored three days after recording
        "26": {"error": 1, "warning": 1},  # C3 filed late; C6 due within 7 days
    }
    assert p.cases_with_findings == 4  # C1 C3 C4 C6


def test_device_utilisation(ws, supervisor, world):
    use = {u.kind: u for u in pack(ws, supervisor, world).devices}
    assert (use["body_worn_camera"].devices, use["body_worn_camera"].device_days,
            use["body_worn_camera"].loan_days, use["body_worn_camera"].loans) == (1, 100.0, 12.0, 2)
    assert (use["camera"].device_days, use["camera"].loan_days) == (10.0, 2.0)
    assert pack(ws, supervisor, world).devices_total.rate == round(14 / 110, 4)


def test_period_and_permission_are_checked(ws, supervisor, clerk, world):
    with pytest.raises(ValidationError, match="ends before it starts"):
        statistics.statistics_pack(ws, supervisor, world.today, world.start)
    nobody = type(supervisor)(supervisor.user_id, "x", "x", frozenset({"security_admin"}))
    with pytest.raises(PermissionDeniedError):
        statistics.statistics_pack(ws, nobody, world.start, world.today)
