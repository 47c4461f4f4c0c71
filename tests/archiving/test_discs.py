"""Evidence discs from the catalogue: plan, build and verify, a corrupted image, burning to stdio:, the register."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pycdlib
import pytest
from lxml import etree
from sqlalchemy import select

from archive_core.archiving import disc_register, discs, volumes
from archive_core.archiving.disc_errors import DiscFailure
from archive_core.archiving.disc_register import DiscNotVerifiedError, Health
from archive_core.archiving.discs import EvidenceChangedError, NotFiledError, TargetExistsError
from archive_core.av import av_records
from archive_core.spine import clock
from archive_core.spine.audit.chain import Checkpoint
from archive_core.spine.i18n import Translator
from archive_core.spine.progress import CancelledError, Progress
from disc_burning import metadata_schema
from disc_burning.plan import MEDIA, MIB, Medium
from models.archiving import DiscSet
from models.audit import AuditEvent

pytestmark = pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")

# Room for two ~13 KB clips (each counted with 64 KiB of overhead) per disc.
TINY = Medium("tiny", "测试盘 4.2MiB", 4 * MIB + 200 * 1024)


@pytest.fixture(autouse=True)
def tiny_medium(monkeypatch):
    monkeypatch.setitem(MEDIA, TINY.key, TINY)


@pytest.fixture
def filed(ws, archivist, ended_case, evidence):
    """A filed case with three evidence clips: two discs on the tiny medium."""
    case = ended_case()
    for n in range(1, 4):
        evidence.add_mp4(case, f"执法记录仪_现场检查_{n}.mp4", matter=f"现场检查第{n}段：后厨卫生与原料台账")
    volume = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    return case, volume


def build(ws, actor, case_nos, out, **kw):
    """Plan and build in one go, as ``disc build`` does."""
    return discs.build_set(ws, actor, discs.plan_for_cases(ws, actor, case_nos, medium="tiny"), out, **kw)


def read_from_image(image: Path, path: str) -> bytes:
    iso = pycdlib.PyCdlib()
    iso.open(str(image))
    try:
        with iso.open_file_from_iso(udf_path="/" + path) as fh:
            return fh.read()
    finally:
        iso.close()


def test_plan_shows_n_of_N_and_what_does_not_fit(ws, archivist, filed, evidence, tmp_path):
    case, volume = filed
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    assert plan.ok and [(d.number, d.count, len(d.items)) for d in plan.discs] == [(1, 2, 2), (2, 2, 1)]
    assert plan.archive_code == volume.archive_code and plan.copies == ("A", "B")
    evidence.add_mp4(case, "整段录像.mp4", seconds=20)
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    (problem,) = plan.problems
    assert not plan.ok and problem.code == "disc_item_too_large" and problem.name == "整段录像.mp4"
    assert "larger than the usable capacity" in problem.message
    with pytest.raises(DiscFailure) as refused:
        discs.build_set(ws, archivist, plan, tmp_path / "out")
    assert refused.value.code == "disc_item_too_large"
    assert "整段录像.mp4" in refused.value.render(Translator("zh_CN").error)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_plan_shown_is_what_is_built(ws, archivist, filed, ended_case, evidence, tmp_path):
    case, _volume = filed
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    evidence.add_mp4(ended_case(), "另案录像.mp4")  # another case's evidence is no change to this plan
    built = discs.build_set(ws, archivist, plan, tmp_path / "discs")
    assert built.ok and [d.volume_label for d in built.discs] == [d.volume_label for d in plan.discs]
    for shown, disc in zip(plan.discs, built.discs, strict=True):
        contents = disc_register.disc_detail(ws, archivist, disc.id).contents
        assert sorted((c.media_record_id, c.sha256, c.original_name) for c in contents) == sorted(
            (i.media_record_id, i.item.sha256, i.item.original_name) for i in shown.items)
        for i in shown.items:
            sidecar = json.loads(read_from_image(Path(disc.image), f"data/metadata/{i.item.original_name}.json"))
            assert sidecar["matter"] == i.item.matter and sidecar["file"]["sha256"] == i.item.sha256
            xml = read_from_image(Path(disc.image), f"data/archival-metadata/{i.item.original_name}.xml")
            assert metadata_schema.problems(xml) == []
            clip = etree.fromstring(xml).find("音像文件")
            assert clip.findtext("题名") == i.item.matter and clip.findtext("数字摘要") == i.item.sha256
            assert clip.findtext("存储位置") == f"data/media/{i.item.original_name}"


@pytest.mark.parametrize(("change", "says"), [("linked", "新增了 补充录像.mp4"),
                                              ("unmarked", "执法记录仪_现场检查_1.mp4 已不再是本案证据"),
                                              ("details", "执法记录仪_现场检查_1.mp4 的记录事项、记录地点已更改")],
                         ids=["linked", "unmarked", "details"])
def test_build_refuses_a_plan_whose_evidence_changed(ws, archivist, filed, evidence, tmp_path, change, says):
    case, _volume = filed
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    first = evidence.clips[case.id][0]
    if change == "linked":
        evidence.add_mp4(case, "补充录像.mp4")
    elif change == "unmarked":
        av_records.set_evidence(ws, archivist, first.id, False)
    else:
        av_records.set_details(ws, archivist, first.id, matter="复查", place="石家庄市新华区和平西路")
    out = tmp_path / "discs"
    with pytest.raises(EvidenceChangedError) as refused:
        discs.build_set(ws, archivist, plan, out)
    zh = refused.value.render(Translator("zh_CN").error)
    assert zh.startswith(f"案件 {case.case_no} 的证据在显示规划后已变化：") and says in zh and "重新规划" in zh
    assert case.case_no in str(refused.value) and "plan again" in str(refused.value)
    assert not out.exists()
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(DiscSet)).scalars().all() == []
        assert uow.session.execute(select(AuditEvent).where(AuditEvent.action == "disc.build_start")).first() is None
    assert disc_register.list_discs(ws, archivist) == []


def test_unfiled_case_is_refused(ws, archivist, ended_case, evidence, tmp_path):
    case = ended_case()
    evidence.add_mp4(case)
    with pytest.raises(NotFiledError, match=r"Art\. 26"):
        discs.plan_for_cases(ws, archivist, [case.case_no])


def test_two_disc_set_built_from_the_catalogue(ws, archivist, filed, tmp_path):
    case, volume = filed
    out = tmp_path / "discs"
    seen = []
    built = build(ws, archivist, [case.case_no], out, progress=Progress(lambda d, t, s: seen.append(s)))
    assert built.ok and [d.status for d in built.discs] == ["verified", "verified"]
    assert {"build 1/2", "verify 2/2", "digest 2/2"} <= set(seen)
    first = built.discs[0]
    image = Path(first.image)
    assert image.parent == out.resolve() and image.stat().st_size == first.image_size
    sidecar = json.loads(read_from_image(image, "data/metadata/执法记录仪_现场检查_1.mp4.json"))
    assert sidecar["case"]["number"] == case.case_no and sidecar["place"].startswith("石家庄市")
    assert sidecar["time"]["start"] == "2024-03-05T09:45:00+08:00"  # China Standard Time on the disc
    assert [o["certificate_no"] for o in sidecar["officers"]] == ["13010001", "13010002"]
    bag_info = read_from_image(image, "bag-info.txt").decode()
    assert f"Bag-Group-Identifier: {volume.archive_code}" in bag_info and "Bag-Count: 1 of 2" in bag_info
    # the signed audit checkpoint on the disc covers the start of this build
    cp = Checkpoint(**json.loads(read_from_image(image, "data/audit-checkpoint.json")))
    assert cp.signature_valid() and cp.seq == built.checkpoint_seq
    with ws.unit(archivist, write=False) as uow:
        start = uow.session.execute(select(AuditEvent).where(AuditEvent.action == "disc.build_start")).scalar_one()
    assert start.seq <= cp.seq
    rows = disc_register.list_discs(ws, archivist, case_no=case.case_no)
    assert sorted(r.bag_count for r in rows) == ["1 of 2", "2 of 2"]
    detail = disc_register.disc_detail(ws, archivist, first.id)
    assert len(detail.contents) == 2 and all(len(c.sha256) == 64 and len(c.sm3) == 64 for c in detail.contents)
    assert [c.copy for c in detail.disc.copies] == ["A", "B"]
    assert {c.health for c in detail.disc.copies} == {"not_burned"}
    assert Path(first.label_pdf).read_bytes().startswith(b"%PDF")
    # images are never overwritten
    with pytest.raises(TargetExistsError):
        build(ws, archivist, [case.case_no], out)


def test_a_damaged_clip_is_marked_in_the_catalogue_index_sidecars_and_label(ws, archivist, ended_case, evidence,
                                                                              tmp_path):
    case = ended_case()
    evidence.add_mp4(case, "完整.mp4", matter="现场检查：完整录像")
    evidence.add_mp4(case, "截断.mp4", seconds=3, matter="现场检查：截断录像", truncated=True)
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10),
                        checks_reason="录像入库时已截断，损坏已登记", findings_reason="按现状归档")
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="cd")
    built = discs.build_set(ws, archivist, plan, tmp_path / "discs")
    assert built.ok and len(built.discs) == 1
    image = Path(built.discs[0].image)
    damaged = json.loads(read_from_image(image, "data/metadata/截断.mp4.json"))
    assert damaged["damage"].startswith("文件不完整（已截断）") and "入库时" in damaged["damage"]
    assert damaged["time"]["end"] == ""  # not the start again: where it ends is not known
    assert "damage" not in json.loads(read_from_image(image, "data/metadata/完整.mp4.json"))
    xml = read_from_image(image, "data/metadata/截断.mp4.xml").decode()
    assert '<damage label="损坏情况">文件不完整（已截断）' in xml
    index = read_from_image(image, "data/index.html").decode()
    broken = index[index.index("截断.mp4</a>（已损坏）"):]
    assert "此文件已损坏，浏览器可能无法播放" in broken[:broken.index("</section>")]
    assert "起，结束时间不明（文件已损坏）" in broken[:broken.index("</section>")]
    catalogue = tmp_path / "catalogue.pdf"
    catalogue.write_bytes(read_from_image(image, "data/catalogue.pdf"))
    text = subprocess.run(["pdftotext", str(catalogue), "-"], capture_output=True, text=True, check=True).stdout
    assert "已损坏" in text and "结束时间不明" in text
    label = subprocess.run(["pdftotext", built.discs[0].label_pdf, "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "已损坏：1 个文件" in label.replace("\n", "")


def test_flipped_byte_fails_the_disc_and_blocks_burning(ws, archivist, filed, evidence, tmp_path):
    case, _volume = filed
    built = build(ws, archivist, [case.case_no], tmp_path / "discs")
    disc = built.discs[0]
    image = Path(disc.image)
    clip = evidence.clips[case.id][0]
    payload = ws.vault.path_of(clip.sha256).read_bytes()
    data = bytearray(image.read_bytes())
    at = data.find(payload[4000:4064]) + 32
    assert at > 32
    data[at] ^= 0x01
    image.chmod(0o644)
    image.write_bytes(bytes(data))
    result = discs.verify_image_file(ws, archivist, image)
    assert not result.ok and result.disc_id == disc.id
    assert any("sha256 differs" in p for p in result.problems)
    assert any("image SHA-256" in p for p in result.problems)
    row = disc_register.disc_detail(ws, archivist, disc.id)
    assert row.disc.status == "failed" and row.disc.health == "failed" and row.problems
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(DiscSet, built.id).status == "failed"
    with pytest.raises(DiscNotVerifiedError):
        disc_register.burn_copy(ws, archivist, disc.id, "A", f"stdio:{tmp_path / 'a.bin'}")
    assert not (tmp_path / "a.bin").exists()
    # the untouched disc still verifies
    assert discs.verify_image_file(ws, archivist, built.discs[1].image).ok


def test_burn_to_stdio_read_back_and_register(ws, archivist, filed, tmp_path):
    case, _volume = filed
    built = build(ws, archivist, [case.case_no], tmp_path / "discs")
    disc = built.discs[0]
    target = tmp_path / "copy-A.bin"
    copy = disc_register.burn_copy(ws, archivist, disc.id, "A", f"stdio:{target}")
    today = clock.today()
    assert copy.status == "burned" and copy.health == "ok" and copy.last_check.kind == "burn"
    assert copy.next_check_due == clock.add_months(today, 12)
    assert target.stat().st_size >= disc.image_size
    placed = disc_register.locate_copy(ws, archivist, disc.id, "a", "档案室 3 号柜 A 层")
    assert placed.location == "档案室 3 号柜 A 层"

    # copy B onto the same "disc": not blank any more, refused, recorded as a failed burn
    with pytest.raises(DiscFailure) as refused:
        disc_register.burn_copy(ws, archivist, disc.id, "B", f"stdio:{target}")
    assert refused.value.code == "disc_no_blank_medium"
    zh = refused.value.render(Translator("zh_CN").error)
    assert "空白" in zh and str(target) in zh
    b = next(c for c in disc_register.disc_detail(ws, archivist, disc.id).disc.copies if c.copy == "B")
    assert b.status == "failed" and b.health == "failed"
    with ws.unit(archivist, write=False) as uow:
        burns = uow.session.execute(select(AuditEvent.outcome).where(AuditEvent.action == "disc.burn")
                                    .order_by(AuditEvent.seq)).scalars().all()
    assert burns == ["ok", "failed"]


def test_recheck_schedule_and_warning_levels(ws, archivist, filed, tmp_path):
    case, _volume = filed
    built = build(ws, archivist, [case.case_no], tmp_path / "discs")
    disc = built.discs[1]
    target = tmp_path / "copy-A.bin"
    disc_register.burn_copy(ws, archivist, disc.id, "A", f"stdio:{target}")
    due = clock.add_months(clock.today(), 12)
    states = {due - timedelta(days=31): "ok", due - timedelta(days=30): "due_soon", due + timedelta(days=1): "overdue"}
    for today, health in states.items():
        (row,) = [r for r in disc_register.list_discs(ws, archivist, today=today) if r.id == disc.id]
        assert row.copies[0].health == health
    attention = disc_register.list_discs(ws, archivist, today=due + timedelta(days=1), attention=True)
    assert disc.id in [r.id for r in attention]

    checked = disc_register.recheck_copy(ws, archivist, disc.id, "A", str(target), today=date(2026, 1, 15))
    assert checked.last_check.ok and checked.next_check_due == date(2027, 1, 15) and checked.health == "ok"
    data = bytearray(target.read_bytes())
    data[disc.image_size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    bad = disc_register.recheck_copy(ws, archivist, disc.id, "A", f"stdio:{target}")
    assert bad.health == "failed" and bad.last_check.attempts == 3 and "does not match" in bad.last_check.problem
    assert bad.next_check_due == date(2027, 1, 15)


def test_copy_health_levels():
    from datetime import UTC

    def check(ok=True, seconds=1.0, attempts=1):
        return disc_register.CheckView(1, "recheck", "x", ok, 100_000_000, seconds, attempts, "",
                                       datetime.now(UTC), "u")

    today = date(2026, 6, 1)
    later = date(2027, 1, 1)
    assert disc_register.copy_health("pending", None, [], today) is Health.NOT_BURNED
    assert disc_register.copy_health("burned", later, [check()], today) is Health.OK
    assert disc_register.copy_health("burned", later, [check(), check(seconds=3.0)], today) is Health.DEGRADED
    assert disc_register.copy_health("burned", later, [check(), check(attempts=2)], today) is Health.DEGRADED
    assert disc_register.copy_health("burned", later, [check(), check(ok=False)], today) is Health.FAILED
    assert disc_register.copy_health("burned", date(2026, 5, 31), [check()], today) is Health.OVERDUE
    assert disc_register.copy_health("burned", date(2026, 6, 20), [check()], today) is Health.DUE_SOON


def test_cancelled_build_keeps_nothing(ws, archivist, filed, tmp_path):
    case, _volume = filed
    progress = Progress()
    progress.cancel()
    out = tmp_path / "discs"
    with pytest.raises(CancelledError):
        build(ws, archivist, [case.case_no], out, progress=progress)
    assert not list(out.glob("*.iso")) and not list(out.glob("*.pdf"))
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(DiscSet.status)).scalars().all() == ["cancelled"]
    assert disc_register.list_discs(ws, archivist) == []
