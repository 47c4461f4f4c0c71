"""Screenshots of the transfer page in Chinese at 1366×768: the records room after writing a year's package, the
archives room with a damaged package refused, and the same room after receiving the sound one.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/transfer/transfer_screenshots.py OUT
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from archive_core.cases import case_files  # noqa: E402
from archive_core.cases.views import CaseView  # noqa: E402
from archive_core.spine import users  # noqa: E402
from archive_core.spine.workstation import open_workstation  # noqa: E402
from archive_core.transfer import trust  # noqa: E402
from tests.av.evidence_screenshots import shot, wait_for  # noqa: E402
from tests.av.screenshots import start_app  # noqa: E402
from tests.cases.conftest import case_input  # noqa: E402
from tests.transfer.conftest import YEAR, file_two_volumes  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.transfer.transfer_page import TransferPage  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="transfer-shots-"))
    app, a, archivist = start_app(work)

    def ended(no: str, documents: bool = False) -> CaseView:
        return case_files.create_case(a, archivist, case_input(no, action_ended_at=date(2024, 4, 1)))

    (work / "scans").mkdir()
    file_two_volumes(a, archivist, work / "scans", ended)
    tasks = TaskRunner()
    page = TransferPage(UiContext(a, archivist, tasks))
    page.resize(1366, 768)
    page.show()
    page.activate()
    page.year.setValue(YEAR)
    page.recipient.setText("石家庄市档案馆")
    package = work / "移交" / f"移交-{YEAR}"
    package.parent.mkdir()
    page.target.setText(str(package))
    page.run_export()
    wait_for(app, lambda: page.transfer_model.rowCount() == 1, 60)
    shot(page, out / "transfer-page-export.png")

    b = open_workstation(work / "archives-home", name="石家庄市档案馆-接收")
    users.create_first_admin(b, "secadmin", "安全管理员", "Passw0rd!")
    sec = users.login(b, "secadmin", "Passw0rd!")
    users.create_user(b, sec, "zhoumin", "周敏", "Passw0rd!", {"archivist"})
    receiver = users.login(b, "zhoumin", "Passw0rd!")
    trust.add(b, sec, "石家庄市市场监督管理局", trust.write_key(a, archivist, work / "sender-key.json"))
    damaged = work / "移交" / "移交-损坏"
    shutil.copytree(package, damaged)
    clip = next(damaged.glob("data/*/*.mp4"))
    data = bytearray(clip.read_bytes())
    data[len(data) // 2] ^= 1
    clip.write_bytes(bytes(data))
    (damaged / "data" / "说明.txt").write_text("后来加入的文件", encoding="utf-8")
    room = TransferPage(UiContext(b, receiver, tasks))
    room.resize(1366, 768)
    room.show()
    room.activate()
    room.package.setText(str(damaged))
    room.run_receive(check_only=False)
    wait_for(app, lambda: room.check_model.rowCount() > 0 and room.receive_button.isEnabled(), 60)
    shot(room, out / "transfer-page-refused.png")
    room.package.setText(str(package))
    room.run_receive(check_only=False)
    wait_for(app, lambda: room.receipt_model.rowCount() == 1 and room.check_model.rowCount() > 20, 60)
    shot(room, out / "transfer-page-received.png")
    tasks.wait(30000)
    a.close()
    b.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
