"""Screenshots of custody in the window, in Chinese at 1366×768: the backup page with its register, a fixity failure and
the volume whose scheduled 四性检测 failed with it, the repair dialog after a repair from the backup, and the
dashboard with the custody tile warning of an old backup.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/custody/custody_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from archive_core.archiving import volumes  # noqa: E402
from archive_core.cases import case_files, records  # noqa: E402
from archive_core.cases.records import RecordInput  # noqa: E402
from archive_core.custody import backup, verify  # noqa: E402
from archive_core.spine import clock, users  # noqa: E402
from archive_core.spine.vault import fixity  # noqa: E402
from models.custody import BackupRun  # noqa: E402
from tests.av.evidence_screenshots import shot, wait_for  # noqa: E402
from tests.av.screenshots import start_app  # noqa: E402
from tests.cases.conftest import case_input  # noqa: E402
from tests.custody.test_repair import flip_byte  # noqa: E402
from ui.custody.backup_page import BackupPage  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.stats.dashboard_page import DashboardPage  # noqa: E402

SCANS = ("询问笔录_张三.pdf", "现场检查笔录.pdf", "行政处罚决定书.pdf", "送达回证.pdf", "现场照片01.jpg",
         "现场照片02.jpg")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="custody-shots-"))
    app, ws, archivist = start_app(work)
    admin = users.login(ws, "secadmin", "Passw0rd!")
    users.create_user(ws, admin, "zhaoyun", "赵云", "Passw0rd!", {"system_admin"})
    sysadmin = users.login(ws, "zhaoyun", "Passw0rd!")
    scans = work / "扫描件"
    scans.mkdir()
    shas = []
    for i, name in enumerate(SCANS):
        (scans / name).write_bytes(f"{name} 第{i}页\n".encode() * (20000 * (i + 1)))
        shas.append(fixity.store_file(ws, archivist, scans / name).sha256)
    case = case_files.create_case(ws, archivist, case_input("石市监罚〔2026〕77号",
                                                            action_ended_at=clock.today() - timedelta(days=3)))
    records.add_record(ws, archivist, case.case_no, RecordInput(
        "inspection_record", doc_no="检查-77", title="现场检查笔录", issued_on=clock.today() - timedelta(days=5),
        pages=1, sealed=True, file_sha256=shas[0], file_name=SCANS[0]))
    volumes.file_volume(ws, archivist, case.case_no, findings_reason="按现状归档", checks_reason="扫描件为纯文本样张")
    usb, nas = work / "media" / "USB备份盘", work / "mnt" / "nas" / "archive-backup"
    backup.run_backup(ws, sysadmin, usb)
    verify.verify_backup(ws, sysadmin, usb)
    backup.run_backup(ws, sysadmin, nas)
    backup.run_backup(ws, sysadmin, usb)
    with ws.unit(sysadmin) as uow:  # the runs were made over the past fortnight: the newest nine days ago
        for age, run in zip((9, 12, 15), uow.session.execute(
                select(BackupRun).order_by(BackupRun.started_at.desc())).scalars(), strict=True):
            shift = clock.now() - timedelta(days=age, hours=2) - run.started_at
            run.started_at += shift
            run.finished_at = (run.finished_at or run.started_at) + shift
            if run.verified_at is not None:
                run.verified_at += shift + timedelta(hours=1)
    flip_byte(ws.vault.path_of(shas[0]))

    tasks = TaskRunner()
    ctx = UiContext(ws, sysadmin, tasks)
    page = BackupPage(ctx)
    page.resize(1366, 768)
    page.show()
    page.target.setText(str(usb))
    page.activate()
    wait_for(app, lambda: page.register_model.rowCount() == 3 and page.status is not None)
    page.run_fixity()
    wait_for(app, lambda: page.failure_model.rowCount() == 1)
    page.register_view.selectRow(0)
    shot(page, out / "custody-backup-page.png")

    dashboard = DashboardPage(ctx)
    dashboard.resize(1366, 768)
    dashboard.show()
    dashboard.refresh()
    wait_for(app, lambda: not dashboard._pending)
    shot(dashboard, out / "custody-dashboard-warning.png")
    dashboard.hide()

    page.open_repair()
    dialog = page.repair_dialog
    dialog.source.setText(str(usb))
    dialog.run()
    wait_for(app, lambda: shas[0] in dialog.result.toPlainText())
    shot(dialog, out / "custody-repair.png")
    dialog.close()

    tasks.wait()
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
