"""The CLI as a user runs it, a process killed mid-ingest and restarted, and two workstations on one dock."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseInput
from archive_core.spine.vault import fixity
from models.av import MediaRecord
from models.av_ingest import IngestEntry
from tests.av.conftest import recent
from tests.conftest import PASSWORD, run_cli
from tests.media_factory import make_random_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(ws, home, db_url, archivist, monkeypatch, capsys):
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)

    def call(*argv: str, user: str = archivist.username, stdin: str | None = None, as_json: bool = True):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return run_cli(home, db_url, user, capsys, *argv, as_json=as_json)

    return call


def test_av_commands(cli, dock, case_no, tmp_path):
    from datetime import timedelta

    t0 = recent(3)
    a, b = dock.clip(t0, seconds=2, seq=1), dock.clip(t0 + timedelta(minutes=5), seconds=2, seq=2)
    empty = dock.path / "DSJ-A1B2C3_012345_20261127_090000_0009.MP4"
    empty.write_bytes(b"")
    code, results = cli("ingest", str(dock.path), "--case", case_no, "--stage", "investigation", "--settle", "0")
    assert code == 1  # one file was refused
    by_name = {Path(r["path"]).name: r for r in results}
    assert by_name[empty.name]["state"] == "rejected" and "0 字节" in by_name[empty.name]["message"]
    ida, idb = by_name[a.name]["media_id"], by_name[b.name]["media_id"]
    code, rows = cli("media", "list", "--case", case_no)  # the older name of the command still works
    assert code == 0 and [r["id"] for r in rows] == [idb, ida]
    code, shown = cli("av", "show", str(ida))
    assert shown["clock_state"] == "on_time" and shown["video_codec"] == "h264"
    code, gaps = cli("av", "gaps", "--case", case_no)
    assert [(g["before_id"], g["after_id"]) for g in gaps] == [(ida, idb)] and gaps[0]["explanation"] is None
    code, err = cli("av", "explain-gap", str(ida), str(idb), "--note", "设备故障", "--signer", "13010001")
    assert code == 2 and "两名" in err["message"]
    code, gap = cli("av", "explain-gap", str(ida), str(idb), "--voice-at", "0.5")
    assert code == 0 and gap["explanation"]["kind"] == "voice"
    assert cli("av", "link", str(ida), "--case", case_no, "--stage", "investigation")[0] == 0
    assert cli("av", "tag", str(ida), "22.1", "22.5")[1]["tags"] == ["22.1", "22.5"]
    assert cli("av", "details", str(ida), "--matter", "现场检查", "--place", "长安区")[0] == 0
    assert cli("av", "evidence", str(ida), "--on")[1]["is_evidence"] is True
    code, clips = cli("av", "evidence-clips", "--case", case_no)
    assert [c["media_id"] for c in clips] == [ida] and clips[0]["matter"] == "现场检查"
    assert Path(clips[0]["vault_path"]).is_file()
    out = tmp_path / "out"
    out.mkdir()
    code, exported = cli("av", "export", str(ida), str(out), "--purpose", "移送")
    assert code == 0 and Path(exported["path"]).read_bytes() == a.read_bytes()
    code, queue = cli("av", "queue")
    assert {q["state"] for q in queue} == {"done", "rejected"}
    code, err = cli("av", "link", "99999", "--case", case_no, "--stage", "decision")
    assert code == 3


def _env(**extra):
    env = dict(os.environ, ARCHIVE_WS_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT), **extra)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _start(home, db_url, user, *argv):
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--db", db_url,
                             "--user", user, *argv], cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _check_exactly_once(ws, actor, files):
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    with ws.unit(actor, write=False) as uow:
        s = uow.session
        stored = set(s.execute(select(MediaRecord.sha256)).scalars())
        assert stored == digests
        assert s.execute(select(func.count()).select_from(MediaRecord)).scalar() == len(files)
        entries = s.execute(select(IngestEntry.source_path, IngestEntry.state)).all()
    assert sorted(p for p, _ in entries) == sorted(str(p) for p in files)
    assert {state for _, state in entries} == {"done"}
    for sha in digests:
        assert ws.vault.path_of(sha).is_file()
    report = fixity.verify_vault(ws, actor)
    assert report.ok and report.uncatalogued == []
    assert [p for p in ws.vault.tmp.iterdir()] == []


def test_killed_mid_ingest_resumes_and_stores_each_file_once(ws, home, db_url, archivist, dock):
    files = [make_random_bytes(dock.path / f"CAM7_2026112709{i:02d}00_{i}.mp4", size=48 * 1024 * 1024, seed=i)
             for i in range(4)]
    files.append(dock.clip(recent(1)))
    proc = _start(home, db_url, archivist.username, "ingest", str(dock.path), "--settle", "0")
    deadline = time.monotonic() + 60
    killed_during_copy = False
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".part") for p in ws.vault.tmp.iterdir()):
            time.sleep(0.05)
            proc.send_signal(signal.SIGKILL)
            killed_during_copy = True
            break
        time.sleep(0.005)
    proc.wait(30)
    err = proc.stderr.read().decode()[-2000:]
    proc.stdout.close()
    proc.stderr.close()
    assert killed_during_copy, err
    with ws.unit(archivist, write=False) as uow:
        states = [s for s in uow.session.execute(select(IngestEntry.state)).scalars()]
    assert "claimed" in states, "the kill left a claimed entry behind"
    again = _start(home, db_url, archivist.username, "ingest", str(dock.path), "--settle", "0")
    _out, err = again.communicate(timeout=180)
    assert again.returncode == 0, err.decode()[-2000:]
    _check_exactly_once(ws, archivist, files)


@pytest.mark.pg
def test_two_workstations_share_one_dock(ws, home, db_url, archivist, dock, tmp_path):
    if not db_url.startswith("postgresql"):
        pytest.skip("two workstations need the shared PostgreSQL catalogue (ARCHIVE_WS_TEST_PG_URL)")
    second = tmp_path / "second-home"
    second.mkdir()
    (second / "vault").symlink_to(home / "vault")  # the shared vault share
    procs = [_start(h, db_url, archivist.username, "--json", "watch", str(dock.path), "--settle", "0.3",
                    "--rescan", "1") for h in (home, second)]
    try:
        for p in procs:  # both workstations watch before anything arrives, however slowly each one started
            assert p.stdout is not None and json.loads(p.stdout.readline()) == {"watching": [str(dock.path)]}
        files = [dock.clip(recent(2) + __import__("datetime").timedelta(minutes=i), seq=i) for i in range(8)]
        files += [make_random_bytes(dock.path / f"CAM7_20261127100{i}00_{i}.mp4", size=6 * 1024 * 1024, seed=i)
                  for i in range(4)]
        time.sleep(2)
        late = [dock.clip(recent(1) + __import__("datetime").timedelta(seconds=i), seq=100 + i) for i in range(4)]
        files += late
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with ws.unit(archivist, write=False) as uow:
                done = uow.session.execute(select(func.count()).select_from(IngestEntry)
                                           .where(IngestEntry.state == "done")).scalar()
            if done >= len(files):
                break
            time.sleep(0.5)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1].decode()[-1500:] for o in outputs]
    _check_exactly_once(ws, archivist, files)
    with ws.unit(archivist, write=False) as uow:
        workers = set(uow.session.execute(select(IngestEntry.claimed_by)).scalars())
    assert len({w.split("|")[2] for w in workers}) == 2, "both workstations took part"


def test_reingest_with_a_case_says_it_was_stored_and_links_it_or_says_where_it_is(cli, ws, archivist, dock, case_no):
    clip = dock.clip(recent(2), seconds=1, seq=1)
    code, (first,) = cli("ingest", str(clip), "--settle", "0")
    assert code == 0 and first["state"] == "done" and not first["already_stored"] and first["linked_case"] == ""
    # again, now asking for a case: stored once, and linked to it
    code, text = cli("ingest", str(clip), "--case", case_no, "--stage", "investigation", "--settle", "0",
                     as_json=False)
    assert code == 0 and f"此前已存储，音像记录 {first['media_id']}；已关联到案件 {case_no}" in text
    with ws.unit(archivist, write=False) as uow:
        rec = uow.session.get(MediaRecord, first["media_id"])
        assert (rec.case_id is not None, rec.stage) == (True, "investigation")
        assert uow.session.execute(select(func.count()).select_from(MediaRecord)).scalar_one() == 1
    # a third time, for another case: refused clearly, the link stays
    other = case_files.create_case(ws, archivist, CaseInput(
        case_no="石市监罚〔2026〕89号", title="另一案件", enforcement_type="penalty", initiation="ex_officio",
        opened_on=recent(5).date()))
    code, text = cli("ingest", str(clip), "--case", other.case_no, "--settle", "0", as_json=False)
    assert code == 2 and f"它已关联到案件 {case_no}，仍保留在该案件" in text
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.get(MediaRecord, first["media_id"]).case_id == rec.case_id
