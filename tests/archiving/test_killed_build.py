"""A real `archive-ws disc build` killed at a few points: the next start leaves no debris and a rebuildable set, and
`disc verify` says when an image is not in the register."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_core.archiving import disc_recovery, discs, volumes
from models.archiving import DiscSet
from models.audit import AuditEvent
from tests.conftest import PASSWORD, run_cli

pytestmark = pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
ROOT = Path(__file__).resolve().parents[2]
# The command line itself, stopped at one point of the build so that the kill lands there.
BUILD = """
import os, sys, time
from pathlib import Path
import archive_core.archiving.discs as discs
import disc_burning.disc_set as disc_set
import disc_burning.iso as iso
from archive_core.cli import run

def stop():
    Path(os.environ["STOP_MARKER"]).write_text("stopped")
    time.sleep(60)

def stop_before(fn):
    def wrapped(*args, **kwargs):
        stop()
        return fn(*args, **kwargs)
    return wrapped

def stop_after(fn):
    def wrapped(*args, **kwargs):
        result = fn(*args, **kwargs)
        stop()
        return result
    return wrapped

point = os.environ["STOP_AT"]
if point == "started":  # the set is registered as building; nothing is written yet
    disc_set.build_layout = stop_before(disc_set.build_layout)
elif point == "writing":  # the hidden temp image holds the clip, the image is not finished
    iso._copy_media = stop_after(iso._copy_media)
elif point == "written":  # the whole image is written and verified, not yet registered
    discs._record_built = stop_before(discs._record_built)
sys.exit(run(sys.argv[1:]))
"""


@pytest.fixture
def filed_case(ws, archivist, ended_case, evidence):
    case = ended_case(documents=False)
    evidence.add_mp4(case, "现场检查.mp4", seconds=0.4)
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    return case


def _kill_at(point, home, db_url, user, case_no, out, tmp_path, *, while_stopped=lambda: None):
    marker = tmp_path / f"stopped-{point}"
    env = {**os.environ, "ARCHIVE_WS_PASSWORD": PASSWORD, "ARCHIVE_WS_NAME": "test-ws", "STOP_AT": point,
           "STOP_MARKER": str(marker)}
    with open(tmp_path / "build.err", "w") as err:
        proc = subprocess.Popen([sys.executable, "-c", BUILD, "--home", str(home), "--db", db_url, "--user", user,
                                 "disc", "build", "--case", case_no, "--media", "cd", "-o", str(out)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        try:
            deadline = time.monotonic() + 30
            while not marker.exists():
                assert proc.poll() is None, (tmp_path / "build.err").read_text()
                assert time.monotonic() < deadline, "the build never reached " + point
                time.sleep(0.02)
            while_stopped()
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _sets(ws, actor):
    with ws.unit(actor, write=False) as uow:
        return [(s.status, s.error) for s in uow.session.execute(select(DiscSet).order_by(DiscSet.id)).scalars()]


@pytest.mark.parametrize("point", ["started", "writing", "written"])
def test_a_killed_build_is_cleared_up_at_the_next_start(ws, home, db_url, archivist, filed_case, point, tmp_path,
                                                        monkeypatch, capsys):
    out = tmp_path / "discs"
    kept = tmp_path / "kept.iso"

    def while_stopped():
        # a build still running is not touched by another start on the same workstation
        assert disc_recovery.recover_interrupted_builds(ws) == []
        if point == "writing":
            assert list(out.glob(".*.part"))

    _kill_at(point, home, db_url, archivist.username, filed_case.case_no, out, tmp_path,
             while_stopped=while_stopped)
    assert _sets(ws, archivist) == [("building", "")]
    if point == "written":
        (image,) = out.glob("*.iso")
        shutil.copyfile(image, kept)  # as if someone kept the leftover image somewhere else

    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    monkeypatch.setenv("ARCHIVE_WS_NAME", "test-ws")
    code, _listed = run_cli(home, db_url, archivist.username, capsys, "disc", "list")  # the next start
    assert code == 0
    assert not out.exists() or list(out.iterdir()) == []
    assert _sets(ws, archivist) == [("failed", disc_recovery.INTERRUPTED)]
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(AuditEvent.seq).where(
            AuditEvent.action == "disc.build_interrupted")).first() is not None

    if point == "written":
        code, verified = run_cli(home, db_url, archivist.username, capsys, "disc", "verify", str(kept))
        assert code == 3 and verified["ok"] and not verified["registered"] and verified["disc_id"] is None
        code, text = run_cli(home, db_url, archivist.username, capsys, "disc", "verify", str(kept), as_json=False)
        assert code == 3 and "不在光盘登记簿中" in text and "请勿刻录或归档" in text

    rebuilt = discs.build_set(ws, archivist, discs.plan_for_cases(ws, archivist, [filed_case.case_no], "cd"), out)
    assert rebuilt.ok and _sets(ws, archivist)[-1] == ("built", "")
