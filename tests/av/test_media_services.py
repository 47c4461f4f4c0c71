"""After ingest: linking and tagging, evidence clips for the disc builder, the 24-hour clock with exceptions,
interruptions, audited playback with the digest check, restricted clips, markers and snapshots."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import select

from archive_core.av import av_records, ingest, interruptions, snapshots
from archive_core.av.deadline import ClockState, clock
from archive_core.cases import case_files, compliance
from archive_core.spine import clock as agency_clock
from archive_core.spine.errors import PermissionDeniedError, ValidationError
from models.audit import AuditEvent
from models.av import MediaRecord
from tests.av.conftest import DEVICE_CODE, recent
from tests.zones import process_zone  # noqa: F401


def _ingest(ws, actor, *paths, **kw):
    return [r.media_id for r in ingest.ingest_paths(ws, actor, list(paths), settle=0, **kw)]


def _events(ws, actor, action):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars().all()


def test_clock_rules():
    end = recent(48)
    assert clock(end, end + timedelta(hours=23)).state is ClockState.ON_TIME
    late = clock(end, end + timedelta(hours=30))
    assert late.state is ClockState.LATE and late.late_hours == 6.0
    back = end + timedelta(hours=20)
    excepted = clock(end, end + timedelta(hours=30), exception_kind="off_site", returned_at=back)
    assert excepted.state is ClockState.EXCEPTED and excepted.due_at == back + timedelta(hours=24)
    assert clock(end, back + timedelta(hours=25), exception_kind="off_site", returned_at=back).state is ClockState.LATE
    assert clock(end, None, now=end + timedelta(hours=21)).state is ClockState.DUE_SOON
    assert clock(end, None, now=end + timedelta(hours=25)).state is ClockState.OVERDUE
    assert clock(None, end).state is ClockState.UNKNOWN


def test_link_tag_evidence_and_disc_metadata(ws, archivist, dock, loaned_device, case_no):
    start = recent(5)
    loaned_device(start - timedelta(hours=1))
    [mid] = _ingest(ws, archivist, dock.clip(start, seconds=2))
    with pytest.raises(ValidationError, match="link the clip to a case"):
        av_records.set_evidence(ws, archivist, mid, True)
    av_records.link(ws, archivist, mid, case_no, "investigation", checklist_code="9.2")
    av_records.set_tags(ws, archivist, mid, ["22.1", "22.3", "onsite_inspection"])
    with pytest.raises(ValidationError, match="these A/V items do not exist"):
        av_records.set_tags(ws, archivist, mid, ["22.9"])
    av_records.set_details(ws, archivist, mid, matter="现场检查无证经营烟花爆竹", place="石家庄市长安区建设北大街12号",
                      officers=["13010002"])
    av_records.save_markers(ws, archivist, mid, [(1200, "当事人出示营业执照"), (400, "执法人员出示执法证件")])
    row = av_records.set_evidence(ws, archivist, mid, True)
    assert row.is_evidence and row.tags == ("22.1", "22.3", "onsite_inspection")
    [clip] = av_records.evidence_clips(ws, archivist, case_no)
    assert clip.media_id == mid and clip.stage == "investigation"
    assert clip.matter == "现场检查无证经营烟花爆竹" and clip.place.startswith("石家庄市")
    assert clip.method == "body_worn_camera" and clip.device_asset_tag == "ZF-0001"
    assert [o.certificate_no for o in clip.officers] == ["13010001", "13010002"]
    assert clip.recorded_start == start and clip.sha256 and len(clip.sm3) == 64
    assert clip.vault_path == ws.vault.path_of(clip.sha256) and clip.vault_path.is_file()
    assert clip.original_name.startswith("DSJ-A1B2C3_") and clip.markers[0] == (400, "执法人员出示执法证件")
    av_records.set_evidence(ws, archivist, mid, False)
    assert av_records.evidence_clips(ws, archivist, case_no) == []


def test_late_ingest_is_a_finding_until_an_exception_covers_it(ws, archivist, dock, case_no):
    [mid] = _ingest(ws, archivist, dock.clip(recent(40)), case_no=case_no, stage="investigation")
    assert av_records.media_detail(ws, archivist, mid).row.clock_state == "late"
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    late = [f for f in found if f.rule == "art24.ingest_deadline"]
    assert len(late) == 1 and late[0].record_id == mid and late[0].article == "24"
    [row] = av_records.set_exception(ws, archivist, [mid], "off_site", recent(10), "异地执法，次日返回")
    assert row.clock_state == "excepted"
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    assert not [f for f in found if f.rule == "art24.ingest_deadline"]
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(clock_state="excepted")) == [mid]


def test_interruptions_and_their_explanations(ws, archivist, dock, case_no):
    t0 = recent(3)
    a = dock.clip(t0, seconds=2, seq=1)
    b = dock.clip(t0 + timedelta(seconds=30), seconds=2, seq=2)    # 28 s pause: within tolerance
    c = dock.clip(t0 + timedelta(minutes=10), seconds=2, seq=3)    # ~10 min: an interruption
    d = dock.clip(t0 + timedelta(minutes=20), seconds=2, seq=4)    # another one
    ids = _ingest(ws, archivist, a, b, c, d, case_no=case_no, stage="investigation")
    gaps = interruptions.case_gaps(ws, archivist, case_no)
    assert [(g.before_id, g.after_id) for g in gaps] == [(ids[1], ids[2]), (ids[2], ids[3])]
    rule = [f for f in compliance.evaluate_case(ws, archivist, case_no).findings if f.rule == "art23.interruption"]
    assert len(rule) == 2
    with pytest.raises(ValidationError, match="at least two officers"):
        interruptions.explain(ws, archivist, ids[2], ids[3], reason="设备故障", signers=["13010001"])
    with pytest.raises(ValidationError, match="no interruption"):
        interruptions.explain(ws, archivist, ids[0], ids[1], voice_at_ms=500)
    interruptions.explain(ws, archivist, ids[1], ids[2], voice_at_ms=1500)
    gap = interruptions.explain(ws, archivist, ids[2], ids[3], reason="电池耗尽，更换设备后继续",
                                signers=["13010001", "13010002"])
    assert gap.explanation.signers == ("13010001", "13010002")
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    assert not [f for f in found if f.rule == "art23.interruption"]
    # Art. 20: the investigation stage of this mandatory-A/V case now has A/V.
    assert not [f for f in found if f.rule == "art20.whole_process_av"]


def test_a_damaged_clip_keeps_its_place_in_the_gaps(ws, archivist, dock, case_no):
    t0 = recent(3)
    a = dock.clip(t0, seconds=2, seq=1)
    broken = dock.clip(t0 + timedelta(minutes=35), seconds=4, seq=2)  # 35 min after a: an interruption
    broken.write_bytes(broken.read_bytes()[: broken.stat().st_size // 2])  # truncated: its end is unknown
    c = dock.clip(t0 + timedelta(minutes=50), seconds=2, seq=3)
    ids = _ingest(ws, archivist, a, broken, c, case_no=case_no, stage="investigation")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(MediaRecord, ids[1]).damage != "none"
    gaps = interruptions.case_gaps(ws, archivist, case_no)
    assert [(g.before_id, g.after_id, g.before_damaged) for g in gaps] == [
        (ids[0], ids[1], False), (ids[1], ids[2], True)]
    assert 34 * 60 < gaps[0].seconds < 35 * 60
    rule = [f for f in compliance.evaluate_case(ws, archivist, case_no).findings if f.rule == "art23.interruption"]
    assert sorted(f.record_id for f in rule) == [ids[1], ids[2]]


def test_interruptions_name_the_camera_by_its_code(ws, archivist, dock, case_no, loaned_device):
    t0 = recent(3)
    loaned_device(t0 - timedelta(hours=1))  # registered: its clips are grouped by the register's device
    other = "DSJ-9Z8Y7X"                    # not registered: grouped by the code in the file names
    clips = [dock.clip(t0, seconds=2, seq=1), dock.clip(t0 + timedelta(minutes=10), seconds=2, seq=2),
             dock.clip(t0, seconds=2, seq=3, device=other),
             dock.clip(t0 + timedelta(minutes=10), seconds=2, seq=4, device=other)]
    ids = _ingest(ws, archivist, *clips, case_no=case_no, stage="investigation")
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(MediaRecord, ids[0]).device_id is not None
    gaps = interruptions.case_gaps(ws, archivist, case_no)
    assert sorted((g.device, g.before_id, g.after_id) for g in gaps) == sorted([
        (DEVICE_CODE, ids[0], ids[1]), (other, ids[2], ids[3])])


def test_mandatory_av_without_recordings_is_a_finding(ws, archivist, case_no):
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    assert [f.stage for f in found if f.rule == "art20.whole_process_av"] == ["investigation"]


def test_playback_is_audited_and_checks_the_digest(ws, archivist, dock):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)))
    with pytest.raises(ValidationError, match="say why"):
        av_records.open_for_playback(ws, archivist, mid, " ")
    ticket = av_records.open_for_playback(ws, archivist, mid, "案件审核")
    assert ticket.path == ws.vault.path_of(av_records.media_detail(ws, archivist, mid).row.sha256)
    [event] = _events(ws, archivist, "media.play")
    assert event.actor == archivist.username and "案件审核" in event.details
    # Someone with root rights alters the object: playback is refused and the alarm is in the audit trail.
    os.chmod(ticket.path, 0o644)
    with open(ticket.path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\0\0\0\0")
    with pytest.raises(av_records.TamperedError, match="no longer matches"):
        av_records.open_for_playback(ws, archivist, mid, "再次审核")
    [alarm] = _events(ws, archivist, "media.tamper_detected")
    assert alarm.outcome == "failed"
    assert len(_events(ws, archivist, "media.play")) == 1


def test_restricted_clips_need_the_permission(ws, archivist, supervisor, dock, case_no, tmp_path):
    case_files.update_case(ws, archivist, case_no, confidentiality="personal_privacy")
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)), case_no=case_no)
    with pytest.raises(PermissionDeniedError):
        av_records.open_for_playback(ws, archivist, mid, "审核")
    assert av_records.open_for_playback(ws, supervisor, mid, "法制审核").media_id == mid
    av_records.set_details(ws, archivist, mid, confidentiality="internal")
    out = tmp_path / "export"
    out.mkdir()
    exported = av_records.export_clip(ws, archivist, mid, out, "移送检察机关")
    stored = ws.vault.path_of(av_records.media_detail(ws, archivist, mid).row.sha256)
    assert exported.read_bytes() == stored.read_bytes()
    assert "移送检察机关" in _events(ws, archivist, "media.export")[0].details
    refusals = _events(ws, archivist, "access.refused")
    assert refusals and "media.restricted" in refusals[0].details


def test_snapshot_is_a_derived_vault_object(ws, archivist, dock, tmp_path):
    from tests.media_factory import make_png

    [mid] = _ingest(ws, archivist, dock.clip(recent(2)))
    png = make_png(tmp_path / "snap.png")
    saved = snapshots.add_snapshot(ws, archivist, mid, png, 1234)
    sha = saved.snapshot.sha256
    assert not saved.already_kept and saved.snapshots == (saved.snapshot,)
    assert ws.vault.path_of(sha).read_bytes() == png.read_bytes() and saved.snapshot.path == ws.vault.path_of(sha)
    assert av_records.media_detail(ws, archivist, mid).snapshots == ((sha, 1234),)
    assert saved.snapshot.taken_by == archivist.display_name and saved.snapshot.taken_by_login == archivist.username
    again = snapshots.add_snapshot(ws, archivist, mid, png, 1234)  # the same paused frame taken twice
    assert again.already_kept and snapshots.list_snapshots(ws, archivist, mid) == (saved.snapshot,)


def test_filters(ws, archivist, dock, case_no, loaned_device):
    start = recent(4)
    if agency_clock.local_date(start) != agency_clock.local_date(start + timedelta(minutes=5)):
        start -= timedelta(minutes=10)  # both clips on one agency day, whatever the hour the test runs
    loaned_device(start - timedelta(hours=1))
    ids = _ingest(ws, archivist, dock.clip(start, seq=1), dock.clip(start + timedelta(minutes=5), seq=2,
                                                                    device="CAM7X"))
    av_records.link(ws, archivist, ids[0], case_no, "investigation")
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(case_no=case_no)) == [ids[0]]
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(device="ZF-0001")) == [ids[0]]
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(device="cam7x")) == [ids[1]]
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(officer="王建国")) == [ids[0]]
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(unlinked=True)) == [ids[1]]
    local_day = agency_clock.local_date(start)
    assert len(av_records.media_ids(ws, archivist, av_records.MediaFilter(date_from=local_day, date_to=local_day))) == 2
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(date_from=local_day + timedelta(days=1))) == []
    assert av_records.media_ids(ws, archivist, av_records.MediaFilter(evidence=True)) == []


def test_damaged_record_of_a_case_is_a_finding_and_no_coverage(ws, archivist, dock, case_no):
    from tests.av.conftest import clip_name
    from tests.media_factory import make_truncated_mp4

    broken = make_truncated_mp4(dock.path / clip_name(recent(2), seq=1), seconds=2, fps=5, size=(160, 120))
    [bad] = _ingest(ws, archivist, broken, case_no=case_no, stage="investigation")
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    damaged = [f for f in found if f.rule == "art24.damaged_record"]
    assert [(f.record_id, f.article, f.severity, f.stage) for f in damaged] == [
        (bad, "24", compliance.Severity.WARNING, "investigation")]
    assert damaged[0].text() == f"A/V record {broken.name} is damaged and cannot be played."
    # Art. 20: a clip that cannot be played does not cover the stage.
    assert [f.stage for f in found if f.rule == "art20.whole_process_av"] == ["investigation"]
    [good] = _ingest(ws, archivist, dock.clip(recent(1), seq=2), case_no=case_no, stage="investigation")
    found = compliance.evaluate_case(ws, archivist, case_no).findings
    assert [f.record_id for f in found if f.rule == "art24.damaged_record"] == [bad]
    assert not [f for f in found if f.rule == "art20.whole_process_av"]
    assert good != bad
