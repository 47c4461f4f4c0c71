"""One confidentiality rule on every way evidence leaves the workstation: export, and a disc (plan and build)."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from sqlalchemy import select

from archive_core.archiving import discs, volumes
from archive_core.av import av_records
from archive_core.spine.confidentiality import CopyOutRefusedError
from archive_core.spine.i18n import Translator
from disc_burning.plan import MEDIA
from models.archiving import DiscSet
from models.audit import AuditEvent
from tests.archiving.test_discs import TINY
from tests.conftest import PASSWORD, run_cli

pytestmark = pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
REFUSAL_ZH = "不能将 隐私.mp4 复制出工作站：其密级为“个人隐私”"


@pytest.fixture
def privacy_case(ws, archivist, ended_case, evidence, monkeypatch):
    """A filed case with an internal clip and one marked personal privacy."""
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    case = ended_case()
    evidence.add_mp4(case, "普通.mp4")
    clip = evidence.add_mp4(case, "隐私.mp4", matter="询问未成年当事人")
    av_records.set_details(ws, archivist, clip.id, confidentiality="personal_privacy")
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    return case, clip


def _refusals(ws, actor):
    with ws.unit(actor, write=False) as uow:
        rows = uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == "access.refused")).scalars()
        return [json.loads(d) for d in rows]


def test_the_disc_plan_shows_why_a_privacy_clip_is_refused(ws, archivist, privacy_case):
    case, _clip = privacy_case
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    (problem,) = plan.problems
    assert not plan.ok and problem.code == "copy_out_refused" and problem.name == "隐私.mp4"
    assert REFUSAL_ZH in problem.render(Translator("zh_CN").error)


def test_a_disc_build_refuses_a_privacy_clip_for_a_user_who_may_not_open_it(ws, archivist, make_actor,
                                                                             privacy_case, tmp_path):
    case, _clip = privacy_case
    both = make_actor("archivist", "supervisor")
    plan = discs.plan_for_cases(ws, both, [case.case_no], medium="tiny")
    assert plan.ok  # a user with the right sees a buildable plan; the archivist builds it
    out = tmp_path / "discs"
    with pytest.raises(CopyOutRefusedError) as refused:
        discs.build_set(ws, archivist, plan, out)
    assert REFUSAL_ZH in refused.value.render(Translator("zh_CN").error)
    assert not out.exists()
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(DiscSet)).first() is None
    assert {"copy_out": "disc", "confidentiality": "personal_privacy", "name": "隐私.mp4",
            "permission": "media.restricted"} in _refusals(ws, archivist)
    assert discs.build_set(ws, both, plan, out).ok


def test_disc_build_on_the_command_line_refuses_it_too(ws, home, db_url, archivist, privacy_case, tmp_path,
                                                       monkeypatch, capsys):
    case, _clip = privacy_case
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    code, err = run_cli(home, db_url, archivist.username, capsys, "disc", "build", "--case", case.case_no,
                        "--media", "tiny", "-o", str(tmp_path / "discs"))
    assert code == 5 and err["error"] == "copy_out_refused" and "隐私.mp4" in err["message"]
    assert not (tmp_path / "discs").exists()


def test_export_refuses_it_by_the_same_rule(ws, archivist, privacy_case, tmp_path):
    _case, clip = privacy_case
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(CopyOutRefusedError) as refused:
        av_records.export_clip(ws, archivist, clip.id, out, "移送检察机关")
    assert REFUSAL_ZH in refused.value.render(Translator("zh_CN").error)
    assert list(out.iterdir()) == []
    assert any(r.get("copy_out") == "export" for r in _refusals(ws, archivist))
