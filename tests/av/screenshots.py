"""Screenshots of the ingest monitor during an ingest, in Chinese (the player's: player_screenshots.py).

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/av/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from archive_core.av import av_records, ingest  # noqa: E402
from archive_core.cases import case_files  # noqa: E402
from archive_core.cases.case_files import CaseInput, OfficerInput  # noqa: E402
from archive_core.cases.views import CaseView  # noqa: E402
from archive_core.equipment import devices, loans  # noqa: E402
from archive_core.spine import users  # noqa: E402
from archive_core.spine.auth import Actor  # noqa: E402
from archive_core.spine.workstation import Workstation, open_workstation  # noqa: E402
from tests.av.conftest import clip_name  # noqa: E402
from tests.media_factory import make_empty, make_mp4, make_truncated_mp4  # noqa: E402
from ui.av.ingest_page import IngestPage  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.shell.i18n import install_font, install_translators  # noqa: E402


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


UNIT = "石家庄市市场监督管理局"


def sample_case(ws: Workstation, actor: Actor, **extra: Any) -> CaseView:
    """The penalty case the A/V screenshots show, with two officers of the unit."""
    return case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕88号", title="无证经营烟花爆竹案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=date(2026, 11, 20), agency=UNIT, current_stage="investigation",
        officers=(OfficerInput("王建国", "13010001", UNIT), OfficerInput("李明", "13010002", UNIT)),
        av_mandatory=True, **extra))


def start_app(work: Path) -> tuple[QApplication, Workstation, Actor]:
    """The application in Chinese, and a workstation in ``work`` with an archivist (also equipment clerk)."""
    app = QApplication(["shots"])
    install_translators(app, "zh_CN")
    install_font(app)
    ws = open_workstation(work / "home", name="执法档案工作站-01")
    users.create_first_admin(ws, "secadmin", "安全管理员", "Passw0rd!")
    admin = users.login(ws, "secadmin", "Passw0rd!")
    users.create_user(ws, admin, "liwen", "李文", "Passw0rd!", {"archivist", "equipment_clerk"})
    actor = users.login(ws, "liwen", "Passw0rd!")
    return app, ws, actor


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="av-shots-"))
    app, ws, actor = start_app(work)
    officers = (OfficerInput("王建国", "13010001", "石家庄市市场监督管理局"),
                OfficerInput("李明", "13010002", "石家庄市市场监督管理局"))
    case = case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕88号", title="无证经营烟花爆竹案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=date(2026, 11, 20), officers=officers, current_stage="investigation",
        av_mandatory=True))
    start = (datetime.now(UTC) - timedelta(hours=5)).replace(microsecond=0)
    devices.add_device(ws, actor, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", model="DSJ-V9",
                       now=start - timedelta(days=10))
    loans.checkout(ws, actor, "ZF-0001", "13010001", start + timedelta(hours=10), now=start - timedelta(hours=1))
    dock = work / "采集站01"
    dock.mkdir()
    colours = [(200, 40, 40), (40, 160, 60), (40, 80, 200), (200, 160, 30)]
    clips = [make_mp4(dock / clip_name(start + timedelta(minutes=12 * i), officer="13010001", seq=i + 1),
                      seconds=6 + i, fps=10, size=(640, 360), colour=colours[i], pattern="bars") for i in range(4)]
    make_truncated_mp4(dock / clip_name(start + timedelta(hours=1), seq=9), seconds=3, fps=10, size=(320, 240))
    make_empty(dock / clip_name(start + timedelta(hours=2), seq=10))
    old = make_mp4(dock / clip_name(start - timedelta(hours=40), seq=11), seconds=3, fps=10, size=(320, 240),
                   colour=(90, 90, 90), pattern="solid")
    done = ingest.ingest_paths(ws, actor, [*clips[:3], old], case_no=case.case_no, stage="investigation", settle=0)
    av_records.set_tags(ws, actor, done[0].media_id, ["22.1", "22.2", "onsite_inspection"])
    av_records.set_evidence(ws, actor, done[0].media_id, True)
    # A large clip arriving while the monitor watches: the shot is taken while it is being copied.
    big = dock / clip_name(start + timedelta(hours=3), seq=12)

    tasks = TaskRunner()
    ctx = UiContext(ws, actor, tasks)
    page = IngestPage(ctx)
    page.resize(1366, 640)
    page.show()
    page.activate()
    page.add_folder(str(dock), False)
    pump(app, 1.0)
    page.start_watching()
    pump(app, 3.0)
    with open(big, "wb") as fh:  # noise: a copy that takes long enough to be seen
        for i in range(120):
            fh.write(bytes([i % 251]) * (4 * 1024 * 1024))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pump(app, 0.2)
        rows = [page.model.row_object(i) for i in range(page.model.rowCount())]
        if any(r and r.state == "claimed" and page.model._progress.get(r.name, (0, 1))[0] > 0 for r in rows):
            break
    pump(app, 0.3)
    page.grab().save(str(out / "ingest-monitor.png"))
    page.stop_watching()
    tasks.wait(60000)
    pump(app, 0.5)
    page.close()
    ws.close()
    print(out / "ingest-monitor.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/av-shots"))
