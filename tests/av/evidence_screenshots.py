"""Screenshots of the evidence page's Art. 23, 24 and 26 actions, in Chinese: the page with its buttons, the
details and deadline-exception dialogs, the interruptions view with one explained and one unexplained gap, and the
explain dialog.

Run: QT_QPA_PLATFORM=offscreen python tests/av/evidence_screenshots.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from archive_core.av import av_records, ingest, interruptions  # noqa: E402
from archive_core.equipment import devices, loans  # noqa: E402
from archive_core.spine import officers  # noqa: E402
from tests.av.conftest import clip_name  # noqa: E402
from tests.av.screenshots import UNIT, pump, sample_case, start_app  # noqa: E402
from tests.media_factory import make_mp4  # noqa: E402
from ui.av.records_page import EvidencePage  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402


def wait_for(app: QApplication, test: object, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not test() and time.monotonic() < end:  # type: ignore[operator]
        pump(app, 0.05)
    pump(app, 0.3)


def shot(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="evidence-shots-"))
    app, ws, actor = start_app(work)
    case = sample_case(ws, actor, av_reasons=("major_property",))
    officers.add_officer(ws, actor, "赵强", "13010003", UNIT)
    officers.add_officer(ws, actor, "孙丽", "13010004", "长安区市场监督管理局")
    start = (datetime.now(UTC) - timedelta(hours=5)).replace(second=0, microsecond=0)
    devices.add_device(ws, actor, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", model="DSJ-V9",
                       now=start - timedelta(days=10))
    loans.checkout(ws, actor, "ZF-0001", "13010001", start + timedelta(hours=10), now=start - timedelta(hours=1))
    dock = work / "采集站01"
    dock.mkdir()
    colours = [(200, 40, 40), (40, 160, 60), (40, 80, 200)]
    # Three clips of one camera with two interruptions of about ten minutes.
    clips = [make_mp4(dock / clip_name(start + timedelta(minutes=11 * i), officer="13010001", seq=i + 1),
                      seconds=65 + 5 * i, fps=2, size=(320, 180), colour=colours[i], pattern="bars")
             for i in range(3)]
    late = make_mp4(dock / clip_name(start - timedelta(hours=40), officer="13010002", seq=7), seconds=3, fps=5,
                    size=(320, 180), colour=(90, 90, 90), pattern="solid")
    # A clip copied off a phone: its name says nothing and its file has no creation time.
    bare = make_mp4(dock / "现场补录.mp4", seconds=3, fps=5, size=(320, 180), colour=(160, 120, 40),
                    pattern="solid", creation_time=None)
    os.utime(bare, ((start - timedelta(hours=2)).timestamp(),) * 2)
    done = ingest.ingest_paths(ws, actor, [*clips, late, bare], case_no=case.case_no, stage="investigation",
                               settle=0)
    by_name = {Path(r.path).name: r.media_id for r in done}
    ids = [by_name[p.name] for p in (*clips, late, bare)]
    av_records.set_tags(ws, actor, ids[0], ["22.1", "onsite_inspection"])
    av_records.set_details(ws, actor, ids[0], matter="现场检查无证经营烟花爆竹", place="石家庄市长安区建设北大街12号",
                      method="执法记录仪录音录像", officers=["13010002"])
    av_records.set_evidence(ws, actor, ids[0], True)
    interruptions.explain(ws, actor, ids[0], ids[1], voice_at_ms=4000)

    tasks = TaskRunner()
    page = EvidencePage(UiContext(ws, actor, tasks))
    page.resize(1366, 680)
    page.show()
    page.activate()
    wait_for(app, lambda: page.model.rowCount() == 5 and page.model.row_value(4) is not None)
    page.table.selectRow(page.model.row_of(ids[0]))
    wait_for(app, lambda: page.detail is not None and page.detail.row.id == ids[0])
    page.table.selectionModel().select(page.model.index(page.model.row_of(ids[3]), 0),
                                       QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    pump(app, 0.5)
    shot(page, out / "evidence-page.png")

    page.open_details()
    wait_for(app, lambda: page.dialog is not None and page.dialog.isVisible())
    shot(page.dialog, out / "evidence-details.png")
    page.dialog.reject()
    wait_for(app, lambda: page.dialog is None)

    page.open_exception()
    wait_for(app, lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    dialog.kind.setCurrentIndex(1)
    dialog.set_returned(datetime.now(UTC) - timedelta(hours=1))
    dialog.note.setText("赴保定市异地执法，次日返回单位")
    pump(app, 0.2)
    shot(dialog, out / "evidence-exception.png")
    dialog.reject()
    wait_for(app, lambda: page.dialog is None)

    page.table.selectRow(page.model.row_of(ids[4]))
    wait_for(app, lambda: page.detail is not None and page.detail.row.id == ids[4])
    pump(app, 0.3)
    shot(page, out / "evidence-guessed-time.png")
    page.open_recording_time()
    wait_for(app, lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.reason.setText("当事人手机录像，时间以手机屏幕显示为准，经当事人确认")
    pump(app, 0.2)
    shot(page.dialog, out / "evidence-recording-time.png")
    page.dialog.reject()
    wait_for(app, lambda: page.dialog is None)
    page.table.selectRow(page.model.row_of(ids[0]))
    wait_for(app, lambda: page.detail is not None and page.detail.row.id == ids[0])

    page.open_interruptions()
    gaps = page.interruptions
    assert gaps is not None
    wait_for(app, lambda: gaps.model.rowCount() == 2)
    shot(gaps, out / "evidence-interruptions.png")

    gaps.table.selectRow(next(i for i, g in enumerate(gaps.model.rows) if g.explanation is None))
    gaps.explain()
    wait_for(app, lambda: gaps.explain_dialog is not None and gaps.explain_dialog.isVisible())
    explain = gaps.explain_dialog
    assert explain is not None
    explain.written.setChecked(True)
    explain.reason.setPlainText("执法记录仪电池耗尽，更换备用电池期间无法继续录像。")
    explain.signers.check(["13010001", "13010002"])
    pump(app, 0.3)
    shot(explain, out / "evidence-explain.png")
    explain.reject()
    gaps.close()
    page.close()
    tasks.wait(60000)
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/evidence-shots"))
